import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role, USER_STATUSES, type UserRecord, type UserStatus } from '@samverka/shared';
import type { User } from './user.entity.js';

/** A user as the API shows it. */
export class UserRecordDto implements UserRecord {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'email' }) email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: USER_STATUSES }) status: UserStatus;
  @ApiProperty({ enum: ROLES, isArray: true }) roles: Role[];
  @ApiProperty({ type: [String], format: 'uuid', description: 'Municipalities a coordinator serves' }) municipalityIds: string[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) homeMunicipalityId: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastSignInAt: string | null;
  @ApiProperty({ description: 'True until an invited staff member has chosen a password' }) invitationPending: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export function toUserRecord(user: User, municipalityIds: string[]): UserRecord {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    status: user.status,
    roles: user.roles,
    municipalityIds,
    homeMunicipalityId: user.homeMunicipalityId,
    lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
    invitationPending: user.invitationExpiresAt !== null,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
  };
}
