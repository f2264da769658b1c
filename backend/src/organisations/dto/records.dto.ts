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
  @ApiProperty({ format: 'uri', description: 'The public page that proves the badge (what its QR code opens)' }) verifyUrl: string;
}

export class PublicBadgeRecordDto {
  @ApiProperty() code: string;
  @ApiProperty({ description: 'Valid now' }) valid: boolean;
  @ApiProperty({ description: 'Organisation name, type, number and municipalities; for an emblem the holder name and title' }) verifies: object;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) validUntil: string | null;
  @ApiProperty({ type: [String], description: 'Pseudonymous reviewer references' }) reviewers: string[];
  @ApiProperty({ format: 'uri', description: 'The public page that proves the badge (what its QR code opens)', example: 'https://samverka.se/verify/K7M2Q-XR4PA' }) verifyUrl: string;
}

export class AllowedDomainRecordDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() domain: string;
  @ApiProperty({ enum: ['police', 'municipality'] }) organisationType: string;
}
