import { AuditPersonalData } from '../audit/audit.personal-data.js';
import { AuthorityOrdersPersonalData } from '../authority-orders/authority-orders.personal-data.js';
import { ContentPersonalData } from '../content/content.personal-data.js';
import { GroupsPersonalData } from '../groups/groups.personal-data.js';
import { IdentityPersonalData } from '../identity/identity.personal-data.js';
import { JobsPersonalData } from '../jobs/jobs.personal-data.js';
import { ModerationPersonalData } from '../moderation/moderation.personal-data.js';
import { NotifyPersonalData } from '../notify/notify.personal-data.js';
import { OrganisationsPersonalData } from '../organisations/organisations.personal-data.js';
import { StoragePersonalData } from '../storage/storage.personal-data.js';
import type { PersonalDataHolder } from './personal-data-holder.js';
import { PrivacyPersonalData } from './privacy.personal-data.js';

/**
 * Every context that stores personal data, once. A new context adds its holder here; if it does
 * not, the erasure check in the tests finds what it left behind.
 */
export const PERSONAL_DATA_HOLDERS = [
  ContentPersonalData,
  GroupsPersonalData,
  ModerationPersonalData,
  OrganisationsPersonalData,
  NotifyPersonalData,
  StoragePersonalData,
  JobsPersonalData,
  AuthorityOrdersPersonalData,
  PrivacyPersonalData,
  IdentityPersonalData,
  AuditPersonalData,
];

/** The holders in the order they run. */
export class PersonalDataRegistry {
  readonly holders: readonly PersonalDataHolder[];

  constructor(holders: PersonalDataHolder[]) {
    this.holders = [...holders].sort((a, b) => a.order - b.order);
  }
}
