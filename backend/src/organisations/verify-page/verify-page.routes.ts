import { PAGES_OUTSIDE_API } from '../../platform/http/paths-outside-api.js';

/** The public page that proves a badge lives beside the console, outside `/api`: `/verify/<code>`. */
export const VERIFY_PAGE_PATH = PAGES_OUTSIDE_API.verify;

/** The absolute address of a badge's page, which its QR code opens. */
export const verifyPageUrl = (publicUrl: string, code: string): string => `${publicUrl}/${VERIFY_PAGE_PATH}/${encodeURIComponent(code)}`;
