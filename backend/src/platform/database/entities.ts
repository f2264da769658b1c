import { RefreshToken } from '../../access/refresh-token.entity.js';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import { MunicipalityArea } from '../../identity/municipalities/municipality-area.entity.js';
import { Municipality } from '../../identity/municipalities/municipality.entity.js';
import { MunicipalityScope } from '../../identity/users/municipality-scope.entity.js';
import { User } from '../../identity/users/user.entity.js';
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
  ApplicationEvidence,
  AuditEvent,
  Badge,
  DomainProof,
  EmailMessage,
  Municipality,
  MunicipalityArea,
  MunicipalityScope,
  Notification,
  Organisation,
  OrganisationMember,
  OrganisationMunicipality,
  OrganisationTypeSetting,
  OutboxJob,
  RefreshToken,
  StoredFile,
  User,
  VerificationApplication,
  VerificationDecision,
];
