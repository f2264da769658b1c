import { createHash } from 'node:crypto';

/**
 * The page's only stylesheet, served from /verify/assets (the CSP allows styles from 'self'): the
 * system's own fonts, colours that keep 4.5:1 against their background, each state told by its
 * words and a sign as well as its colour, and a visible focus ring for keyboard use. Kept in code
 * rather than as a file because the build copies only compiled TypeScript.
 */
export const VERIFY_PAGE_CSS = `
:root { color-scheme: light; --text: #1b1f24; --muted: #4a5360; --line: #c9d1da; --focus: #1d4ed8; }
* { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; font-size: 1.0625rem; line-height: 1.5; color: var(--text); background: #f4f6f8; }
a { color: #0b4fa8; }
a:focus-visible, input:focus-visible, button:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
header, main, footer { max-width: 40rem; margin: 0 auto; padding: 1rem; }
header { display: flex; justify-content: space-between; align-items: baseline; gap: 1rem; }
.brand { margin: 0; font-weight: 700; font-size: 1.25rem; }
h1 { font-size: 1.75rem; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.375rem; margin: 0 0 0.5rem; }
.intro, footer p { color: var(--muted); }
.result { border: 2px solid var(--line); border-left-width: 0.5rem; border-radius: 0.5rem; background: #fff; padding: 1rem 1.25rem; margin-bottom: 1.5rem; }
.result-valid { border-color: #1e7b34; background: #eef8f0; }
.result-valid h2 { color: #14532d; }
.result-suspended, .result-lapsed { border-color: #a15c00; background: #fff6e5; }
.result-suspended h2, .result-lapsed h2 { color: #6b3d00; }
.result-revoked, .result-expired, .result-unknown, .result-problem { border-color: #b42318; background: #fdf0ef; }
.result-revoked h2, .result-expired h2, .result-unknown h2, .result-problem h2 { color: #8a1c12; }
.sign { display: inline-block; min-width: 1.5em; }
dl { display: grid; grid-template-columns: minmax(9rem, max-content) 1fr; gap: 0.25rem 1rem; margin: 1rem 0; }
dt { font-weight: 600; }
dd { margin: 0; overflow-wrap: anywhere; }
.code { font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace; letter-spacing: 0.05em; }
.checked { font-size: 0.9375rem; color: var(--muted); margin-bottom: 0; }
form { background: #fff; border: 1px solid var(--line); border-radius: 0.5rem; padding: 1rem 1.25rem; margin-bottom: 1.5rem; }
label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
.hint { margin: 0 0 0.5rem; color: var(--muted); font-size: 0.9375rem; }
.row { display: flex; flex-wrap: wrap; gap: 0.5rem; }
input { font: inherit; font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace; text-transform: uppercase; padding: 0.5rem 0.75rem; border: 2px solid #5b6572; border-radius: 0.375rem; min-width: 12rem; flex: 1; }
input[aria-invalid='true'] { border-color: #b42318; }
button { font: inherit; font-weight: 600; padding: 0.5rem 1.25rem; border: 2px solid #0b4fa8; border-radius: 0.375rem; background: #0b4fa8; color: #fff; cursor: pointer; }
button:hover { background: #083d82; }
@media (max-width: 30rem) { dl { grid-template-columns: 1fr; } dd { margin-bottom: 0.5rem; } }
`.trim();

/** Changes with the stylesheet, so the page's link to it may be cached for good. */
export const VERIFY_PAGE_CSS_VERSION = createHash('sha256').update(VERIFY_PAGE_CSS).digest('hex').slice(0, 12);
