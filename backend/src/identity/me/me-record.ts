import { EnumField } from '../../platform/http/field-decorators.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { BADGE_STATUSES, type BadgeStatus, LANGUAGES, type Language, ROLES, type MeRecord, type Role, USER_STATUSES, type UserStatus } from '@samverka/shared';

class MunicipalityRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
}

class RelationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() role: string;
}

class OrganisationBadgeDto {
  @ApiProperty({ example: 'DEMOP-0L1S7' }) code: string;
  @ApiProperty({ format: 'date-time' }) validUntil: string;
}

class EmblemDto {
  @ApiProperty({ example: 'DEMOE-MB1EM' }) code: string;
  @ApiProperty({ enum: BADGE_STATUSES, description: 'expired when active under an organisation badge that is no longer valid' }) status: BadgeStatus;
  @ApiProperty() valid: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) validUntil: string | null;
}

class OrganisationRelationDto extends RelationDto {
  @ApiProperty({ example: 'Kommunpolis' }) title: string;
  @ApiProperty({ description: 'The organisation holds an active, unexpired badge' }) verified: boolean;
  @ApiProperty({ type: OrganisationBadgeDto, nullable: true, description: 'The organisation’s current badge, while verified' }) badge: OrganisationBadgeDto | null;
  @ApiProperty({ type: EmblemDto, nullable: true, description: 'The person’s own emblem there, the newest issued' }) emblem: EmblemDto | null;
}

export class MeRecordDto implements MeRecord {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'email' }) email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: USER_STATUSES }) status: UserStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'While suspended: until when (null: until lifted, or not suspended)' }) suspendedUntil: string | null;
  @ApiProperty({ description: 'A suspended account’s restricted session: only the routes marked x-samverka-open-while-suspended answer' }) restricted: boolean;
  @ApiProperty({ enum: LANGUAGES, description: 'The language Samverka writes to the person in' }) language: Language;
  @ApiProperty({ description: 'Receives the monthly lägesbild by e-mail' }) lagesbildEmail: boolean;
  @ApiProperty({ enum: ROLES, isArray: true }) roles: Role[];
  @ApiProperty({ type: [MunicipalityRefDto], description: 'Municipalities a coordinator serves' }) municipalities: MunicipalityRefDto[];
  @ApiProperty({ type: [RelationDto] }) groups: RelationDto[];
  @ApiProperty({ type: [OrganisationRelationDto] }) organisations: OrganisationRelationDto[];
  @ApiProperty({ type: 'array', items: { type: 'array', items: {} }, description: 'Packed CASL rules (@casl/ability/extra unpackRules)' }) rules: unknown[];
}

/** What a person may change about themselves. */
export class UpdateMeDto {
  @EnumField(LANGUAGES, false, 'The language of e-mails, decisions and notes (and of the console)') language?: Language;
  @IsOptional()
  @IsBoolean({ message: 'lagesbildEmail must be true or false' })
  @ApiPropertyOptional({ description: 'Receive the monthly lägesbild by e-mail (coordinators and the platform owner)' })
  lagesbildEmail?: boolean;
}
