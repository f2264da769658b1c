import { Foundation1764115200000 } from './1764115200000-Foundation.js';
import { OutboxNotifyStorage1764201600000 } from './1764201600000-OutboxNotifyStorage.js';
import { OrganisationsVerification1764288000000 } from './1764288000000-OrganisationsVerification.js';
import { GroupsAndContent1764374400000 } from './1764374400000-GroupsAndContent.js';
import { Moderation1764460800000 } from './1764460800000-Moderation.js';
import { OrganisationMessages1764547200000 } from './1764547200000-OrganisationMessages.js';
import { Privacy1764633600000 } from './1764633600000-Privacy.js';
import { SecurityHardening1764720000000 } from './1764720000000-SecurityHardening.js';
import { Insights1764806400000 } from './1764806400000-Insights.js';
import { HotPathIndexes1764892800000 } from './1764892800000-HotPathIndexes.js';
import { AuditContext1764979200000 } from './1764979200000-AuditContext.js';
import { AuditRedactionSeal1765065600000 } from './1765065600000-AuditRedactionSeal.js';
import { AccessVersion1765324800000 } from './1765324800000-AccessVersion.js';
import { ModerationQueueCounts1765411200000 } from './1765411200000-ModerationQueueCounts.js';
import { TotpUsedStep1765497600000 } from './1765497600000-TotpUsedStep.js';
import { AuditChainHead1765584000000 } from './1765584000000-AuditChainHead.js';
import { GroupQueueIndex1765670400000 } from './1765670400000-GroupQueueIndex.js';
import { QueueCountsFoldChanged1765756800000 } from './1765756800000-QueueCountsFoldChanged.js';
import { ServedMunicipalitiesCovering1765843200000 } from './1765843200000-ServedMunicipalitiesCovering.js';
import { SessionAuthMethods1765936800000 } from './1765936800000-SessionAuthMethods.js';
import { UnattachedUploadsRetention1765944000000 } from './1765944000000-UnattachedUploadsRetention.js';
import { AuditPseudonymiseDefiner1765947600000 } from './1765947600000-AuditPseudonymiseDefiner.js';
import { EmailConfirmationAndPasswordReset1765951200000 } from './1765951200000-EmailConfirmationAndPasswordReset.js';
import { ProcessingRestriction1765980000000 } from './1765980000000-ProcessingRestriction.js';
import { AuditHashCoversEveryColumn1766000000000 } from './1766000000000-AuditHashCoversEveryColumn.js';
import { AuditPseudonymiseGuarded1766003600000 } from './1766003600000-AuditPseudonymiseGuarded.js';
import { PrivacyDueOnStockholmCalendar1766016000000 } from './1766016000000-PrivacyDueOnStockholmCalendar.js';
import { EmailSealedText1766052000000 } from './1766052000000-EmailSealedText.js';
import { UserLanguage1766100000000 } from './1766100000000-UserLanguage.js';
import { GroupBanLiftReason1766103600000 } from './1766103600000-GroupBanLiftReason.js';
import { OrganisationTipAnswers1766112300000 } from './1766112300000-OrganisationTipAnswers.js';
import { StoredFileSizeBigint1766190000000 } from './1766190000000-StoredFileSizeBigint.js';
import { AuthorityOrders1766276400000 } from './1766276400000-AuthorityOrders.js';
import { Lagesbild1766300000000 } from './1766300000000-Lagesbild.js';
import { AuthorityOrderDisclosures1766400000000 } from './1766400000000-AuthorityOrderDisclosures.js';
import { AuthorityOrderActions1766410000000 } from './1766410000000-AuthorityOrderActions.js';
import { HeldContent1766430000000 } from './1766430000000-HeldContent.js';

/** Every migration, in order. Listed by hand: ESM and the test runner cannot glob-load them. */
export const MIGRATIONS = [
  Foundation1764115200000,
  OutboxNotifyStorage1764201600000,
  OrganisationsVerification1764288000000,
  GroupsAndContent1764374400000,
  Moderation1764460800000,
  OrganisationMessages1764547200000,
  Privacy1764633600000,
  SecurityHardening1764720000000,
  Insights1764806400000,
  HotPathIndexes1764892800000,
  AuditContext1764979200000,
  AuditRedactionSeal1765065600000,
  AccessVersion1765324800000,
  ModerationQueueCounts1765411200000,
  TotpUsedStep1765497600000,
  AuditChainHead1765584000000,
  GroupQueueIndex1765670400000,
  QueueCountsFoldChanged1765756800000,
  ServedMunicipalitiesCovering1765843200000,
  SessionAuthMethods1765936800000,
  UnattachedUploadsRetention1765944000000,
  AuditPseudonymiseDefiner1765947600000,
  EmailConfirmationAndPasswordReset1765951200000,
  ProcessingRestriction1765980000000,
  AuditHashCoversEveryColumn1766000000000,
  AuditPseudonymiseGuarded1766003600000,
  PrivacyDueOnStockholmCalendar1766016000000,
  EmailSealedText1766052000000,
  UserLanguage1766100000000,
  GroupBanLiftReason1766103600000,
  OrganisationTipAnswers1766112300000,
  StoredFileSizeBigint1766190000000,
  AuthorityOrders1766276400000,
  Lagesbild1766300000000,
  AuthorityOrderDisclosures1766400000000,
  AuthorityOrderActions1766410000000,
  HeldContent1766430000000,
];
