import { Foundation1764115200000 } from './1764115200000-Foundation.js';
import { OutboxNotifyStorage1764201600000 } from './1764201600000-OutboxNotifyStorage.js';
import { OrganisationsVerification1764288000000 } from './1764288000000-OrganisationsVerification.js';
import { GroupsAndContent1764374400000 } from './1764374400000-GroupsAndContent.js';
import { Moderation1764460800000 } from './1764460800000-Moderation.js';
import { SecurityHardening1764720000000 } from './1764720000000-SecurityHardening.js';

/** Every migration, in order. Listed by hand: ESM and the test runner cannot glob-load them. */
export const MIGRATIONS = [
  Foundation1764115200000,
  OutboxNotifyStorage1764201600000,
  OrganisationsVerification1764288000000,
  GroupsAndContent1764374400000,
  Moderation1764460800000,
  SecurityHardening1764720000000,
];
