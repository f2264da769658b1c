/** The public page that proves a badge lives beside the console, outside `/api`: `/verify/<code>`. */
export const VERIFY_PAGE_PATH = 'verify';

/** The controller paths Nest serves without the `/api` prefix (configureApp and the route list of the tests read it). */
export const PATHS_OUTSIDE_API = [VERIFY_PAGE_PATH];

/** The same, as the global prefix's exclusions: the page and everything under it. */
export const OUTSIDE_API_PREFIX = PATHS_OUTSIDE_API.flatMap((path) => [path, `${path}/{*rest}`]);

/** The absolute address of a badge's page, which its QR code opens. */
export const verifyPageUrl = (publicUrl: string, code: string): string => `${publicUrl}/${VERIFY_PAGE_PATH}/${encodeURIComponent(code)}`;
