import { ApiProperty } from '@nestjs/swagger';
import { APPLICATION_STATUSES, BADGE_STATUSES, ORGANISATION_TYPES } from '@samverka/shared';

/** OpenAPI shapes of the records; the full types are in @samverka/shared. */
export class OrganisationRecordDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ORGANISATION_TYPES }) type: string;
  @ApiProperty({ example: '202100-0076' }) organisationNumber: string;
  @ApiProperty({ type: [String], format: 'uuid' }) municipalityIds: string[];
  @ApiProperty() verified: boolean;
}

export class VerificationApplicationRecordDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty({ enum: APPLICATION_STATUSES }) status: string;
  @ApiProperty() requiredApprovals: number;
  @ApiProperty() approvals: number;
  @ApiProperty({ description: 'Working days waited, against the target' }) ageWorkingDays: number;
}

export class BadgeRecordDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'K7M2Q-XR4PA' }) code: string;
  @ApiProperty({ enum: ['organisation', 'member'] }) kind: string;
  @ApiProperty({ enum: BADGE_STATUSES }) status: string;
  @ApiProperty() valid: boolean;
}

export class PublicBadgeRecordDto {
  @ApiProperty() code: string;
  @ApiProperty({ description: 'Valid now' }) valid: boolean;
  @ApiProperty({ description: 'Organisation name, type, number and municipalities; for an emblem the holder name and title' }) verifies: object;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) validUntil: string | null;
  @ApiProperty({ type: [String], description: 'Pseudonymous reviewer references' }) reviewers: string[];
}

export class AllowedDomainRecordDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() domain: string;
  @ApiProperty({ enum: ['police', 'municipality'] }) organisationType: string;
}
