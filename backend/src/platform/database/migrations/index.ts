import { Foundation1764115200000 } from './1764115200000-Foundation.js';
import { OutboxNotifyStorage1764201600000 } from './1764201600000-OutboxNotifyStorage.js';
import { OrganisationsVerification1764288000000 } from './1764288000000-OrganisationsVerification.js';

/** Every migration, in order. Listed by hand: ESM and the test runner cannot glob-load them. */
export const MIGRATIONS = [Foundation1764115200000, OutboxNotifyStorage1764201600000, OrganisationsVerification1764288000000];
