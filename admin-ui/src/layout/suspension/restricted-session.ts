import type { MeRecord } from '@samverka/shared';

/** The page a restricted session lands on. */
export const SUSPENSION_PATH = '/suspension';

/** The console's pages a suspended account's restricted session may open: the API answers it for these only. */
export const OPEN_WHILE_SUSPENDED: readonly string[] = [SUSPENSION_PATH, '/notifications', '/my-data'];

/** A suspended account's session (the server decides; the console only follows). */
export const isRestricted = (me: MeRecord | null | undefined): boolean => me?.restricted === true;
