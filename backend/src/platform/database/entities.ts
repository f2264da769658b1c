import { MfaRecoveryCode, UserMfa } from '../../access/mfa/user-mfa.entity.js';
import { RefreshToken } from '../../access/refresh-token.entity.js';
import { GroupMessage } from '../../content/group-message.entity.js';
import { OrganisationMessage } from '../../content/organisation-message.entity.js';
import { Post } from '../../content/post.entity.js';
import { GroupBan } from '../../groups/group-ban.entity.js';
import { GroupInvitation } from '../../groups/group-invitation.entity.js';
import { GroupMember } from '../../groups/group-member.entity.js';
import { Group } from '../../groups/group.entity.js';
import { Intervention } from '../../groups/intervention.entity.js';
import { JoinRequest } from '../../groups/join-request.entity.js';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import { MunicipalityArea } from '../../identity/municipalities/municipality-area.entity.js';
import { Municipality } from '../../identity/municipalities/municipality.entity.js';
import { MunicipalityScope } from '../../identity/users/municipality-scope.entity.js';
import { User } from '../../identity/users/user.entity.js';
import { Appeal } from '../../moderation/appeal.entity.js';
import { CaseNote } from '../../moderation/case-note.entity.js';
import { ModerationAction } from '../../moderation/moderation-action.entity.js';
import { ModerationCase } from '../../moderation/moderation-case.entity.js';
import { Notice } from '../../moderation/notice.entity.js';
import { Strike } from '../../moderation/strike.entity.js';
import { OutboxJob } from '../../jobs/outbox-job.entity.js';
import { EmailMessage } from '../../notify/email-message.entity.js';
import { Notification } from '../../notify/notification.entity.js';
import { StoredFile } from '../../storage/stored-file.entity.js';
import { Badge } from '../../organisations/entities/badge.entity.js';
import { AllowedEmailDomain, Organisation, OrganisationMember, OrganisationMunicipality, OrganisationTypeSetting } from '../../organisations/entities/organisation.entity.js';
import { ApplicationEvidence, DomainProof, VerificationApplication, VerificationDecision } from '../../organisations/entities/verification.entity.js';

/** Every entity of every context, for the data source. */
export const ENTITIES = [
  AllowedEmailDomain,
  Appeal,
  ApplicationEvidence,
  AuditEvent,
  Badge,
  CaseNote,
  DomainProof,
  EmailMessage,
  Group,
  GroupBan,
  GroupInvitation,
  GroupMember,
  GroupMessage,
  Intervention,
  JoinRequest,
  ModerationAction,
  ModerationCase,
  Municipality,
  MunicipalityArea,
  MfaRecoveryCode,
  MunicipalityScope,
  Notice,
  Notification,
  Organisation,
  OrganisationMember,
  OrganisationMessage,
  OrganisationMunicipality,
  OrganisationTypeSetting,
  OutboxJob,
  Post,
  RefreshToken,
  StoredFile,
  Strike,
  User,
  UserMfa,
  VerificationApplication,
  VerificationDecision,
];
