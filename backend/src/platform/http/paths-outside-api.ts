/**
 * Server-rendered pages that live beside the console rather than under `/api` (the public badge
 * page of the organisations context, `/verify/<code>`). Listed here, at the bottom, so the HTTP
 * set-up and the console's file server know them without importing the contexts that own them.
 */
export const PAGES_OUTSIDE_API = { verify: 'verify' } as const;

/** The controller paths Nest serves without the `/api` prefix (configureApp and the tests' route list read it). */
export const PATHS_OUTSIDE_API: readonly string[] = Object.values(PAGES_OUTSIDE_API);

/** The same, as the global prefix's exclusions: each page and everything under it. */
export const OUTSIDE_API_PREFIX = PATHS_OUTSIDE_API.flatMap((path) => [path, `${path}/{*rest}`]);
