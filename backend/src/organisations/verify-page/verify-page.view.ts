import { type Language, type PublicBadgeRecord, readableDate, readableDateTime } from '@samverka/shared';
import { html, type SafeHtml } from '../../platform/http/html.js';
import { VERIFY_PAGE_PATH } from './verify-page.routes.js';
import { VERIFY_PAGE_CSS_VERSION } from './verify-page.styles.js';
import { type BadgeState, type CheckProblem, PAGE_TEXT, type PageText } from './verify-page.text.js';

/** Server-rendered HTML of the public badge page: no script, one stylesheet, every value escaped by `html`. */

/** The page's address, in Swedish by default and with `?lang=en` in English. */
export const pagePath = (language: Language, code?: string): string => `/${VERIFY_PAGE_PATH}${code ? `/${encodeURIComponent(code)}` : ''}${language === 'en' ? '?lang=en' : ''}`;

/** A sign beside each state's words, so the answer never rests on colour alone. */
const SIGNS: Record<BadgeState | 'problem', string> = { valid: '✓', suspended: '!', lapsed: '!', revoked: '✕', expired: '✕', unknown: '?', problem: '!' };

export interface PageParts {
  language: Language;
  /** What the window title says first: the state or the problem. */
  heading?: string;
  /** The code the page is about, for the link to the other language. */
  code?: string;
  result?: SafeHtml;
  /** What the form shows in its field, and whether that is what was wrong. */
  typed?: string;
  invalid?: boolean;
}

/** The whole document: the heading, the answer (if any), the form, and the language switch. */
export function page({ language, heading, code, result, typed = '', invalid = false }: PageParts): string {
  const t = PAGE_TEXT[language];
  const other = t.otherLanguage;
  return `<!doctype html>\n${
    html`<html lang="${language}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>${heading ? `${heading} – ` : ''}${t.title} – Samverka</title>
        <link rel="stylesheet" href="/${VERIFY_PAGE_PATH}/assets/verify.css?v=${VERIFY_PAGE_CSS_VERSION}" />
      </head>
      <body>
        <header>
          <p class="brand">Samverka</p>
          <a href="${pagePath(other.language, code)}" hreflang="${other.language}" lang="${other.language}">${other.label}</a>
        </header>
        <main>
          <h1>${t.title}</h1>
          ${result} ${codeForm(t, language, typed, invalid)}
          <p class="intro">${t.intro}</p>
        </main>
        <footer><p>${t.footer}</p></footer>
      </body>
    </html>`.text
  }\n`;
}

function codeForm(t: PageText, language: Language, typed: string, invalid: boolean): SafeHtml {
  return html`<form method="get" action="/${VERIFY_PAGE_PATH}" role="search">
    <label for="code">${t.form.label}</label>
    <p class="hint" id="code-hint">${t.form.hint}</p>
    <div class="row">
      <input
        id="code"
        name="code"
        type="text"
        value="${typed}"
        required
        maxlength="64"
        autocomplete="off"
        autocapitalize="characters"
        spellcheck="false"
        aria-describedby="code-hint${invalid ? ' result-heading' : ''}"
        ${invalid ? html` aria-invalid="true"` : ''}
      />
      ${language === 'en' ? html`<input type="hidden" name="lang" value="en" />` : ''}
      <button type="submit">${t.form.button}</button>
    </div>
  </form>`;
}

function section(state: BadgeState | 'problem', heading: string, body: SafeHtml): SafeHtml {
  return html`<section class="result result-${state}" data-state="${state}" aria-labelledby="result-heading">
    <h2 id="result-heading"><span class="sign" aria-hidden="true">${SIGNS[state]}</span>${heading}</h2>
    ${body}
  </section>`;
}

/** What a found badge verifies: the same fields as the public API, the reviewers as a count. */
export function badgeResult(language: Language, badge: PublicBadgeRecord, state: Exclude<BadgeState, 'unknown'>, checkedAt: Date): SafeHtml {
  const t = PAGE_TEXT[language];
  const { organisation, holder } = badge.verifies;
  const count = badge.reviewers.length;
  // Rows without a value (an organisation badge's holder, an emblem without a valid organisation badge) are left out.
  const rows: [string, string | SafeHtml | null][] = [
    [t.fields.kind, t.kinds[badge.kind]],
    [t.fields.code, html`<span class="code">${badge.code}</span>`],
    [t.fields.organisation, organisation.name],
    [t.fields.type, t.types[organisation.type] ?? organisation.type],
    [t.fields.organisationNumber, organisation.organisationNumber],
    [t.fields.municipalities, organisation.municipalities.join(', ')],
    [t.fields.holder, holder?.name ?? null],
    [t.fields.title, holder?.title ?? null],
    [t.fields.approvedBy, count === 0 ? null : badge.kind === 'member' ? t.reviewersOfOrganisation(count) : t.reviewers(count)],
    [t.fields.verifiedAt, readableDate(new Date(badge.verifiedAt), language)],
    [t.fields.validUntil, badge.validUntil ? readableDate(new Date(badge.validUntil), language) : null],
  ];
  return section(
    state,
    t.states[state].heading,
    html`<p>${badge.kind === 'member' ? t.states[state].member : t.states[state].organisation}</p>
      <dl>
        ${rows
          .filter(([, value]) => value)
          .map(
            ([term, value]) =>
              html`<dt>${term}</dt>
                <dd>${value}</dd>`,
          )}
      </dl>
      <p class="checked">${t.checkedAt(readableDateTime(checkedAt, language))}</p>`,
  );
}

export function unknownResult(language: Language, code: string): SafeHtml {
  const t = PAGE_TEXT[language];
  return section('unknown', t.unknown.heading, html`<p><span class="code">${code}</span>: ${t.unknown.text}</p>`);
}

/** Why no answer could be given; for the rate limit, how long to wait. */
export function problemResult(language: Language, problem: CheckProblem, retryAfterSeconds?: number): SafeHtml {
  const t = PAGE_TEXT[language];
  return section('problem', t.problems[problem].heading, html`<p>${t.problems[problem].text}${retryAfterSeconds ? html` ${t.retryIn(retryAfterSeconds)}` : ''}</p>`);
}
