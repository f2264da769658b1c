import { RefreshToken } from '../../access/refresh-token.entity.js';
import { GroupMessage } from '../../content/group-message.entity.js';
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
import { OutboxJob } from '../../jobs/outbox-job.entity.js';
import { EmailMessage } from '../../notify/email-message.entity.js';
import { Notification } from '../../notify/notification.entity.js';
import { StoredFile } from '../../storage/stored-file.entity.js';

/** Every entity of every context, for the data source. */
export const ENTITIES = [
  AuditEvent,
  EmailMessage,
  Group,
  GroupBan,
  GroupInvitation,
  GroupMember,
  GroupMessage,
  Intervention,
  JoinRequest,
  Municipality,
  MunicipalityArea,
  MunicipalityScope,
  Notification,
  OutboxJob,
  Post,
  RefreshToken,
  StoredFile,
  User,
];
