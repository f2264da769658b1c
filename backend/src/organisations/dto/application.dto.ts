import { ApiProperty } from '@nestjs/swagger';
import { APPLICATION_STATUSES, type ApplicationStatus, ORGANISATION_TYPES, type OrganisationType } from '@samverka/shared';
import { Transform } from 'class-transformer';
import { ArrayMinSize, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { NameField, EmailField, EnumField, TextField, UuidField, UuidListField } from '../../platform/http/field-decorators.js';
import type { ListSpec } from '../../platform/http/simple-rest/list-query.js';

const lowerTrimmed = () => Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value));

/** Apply for a new organisation (all fields) or for an existing one you administer (`organisationId`). */
export class ApplyDto {
  @UuidField(false, 'An existing organisation you administer; the other organisation fields are then ignored') organisationId?: string;
  @NameField({ max: 200, required: false, example: 'Polisen lokalpolisområde Märsta' }) name?: string;
  @EnumField(ORGANISATION_TYPES, false) type?: OrganisationType;
  @TextField({ max: 11, required: false, description: 'NNNNNN-NNNN with a valid check digit', example: '202100-0076' }) organisationNumber?: string;
  @UuidListField(false, 'Municipalities the organisation serves')
  @IsOptional()
  @ArrayMinSize(1, { message: 'municipalityIds must name at least one municipality' })
  municipalityIds?: string[];
  @lowerTrimmed()
  @IsOptional()
  @Matches(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/, { message: 'emailDomain must be a domain name such as polisen.se' })
  @ApiProperty({ required: false, example: 'polisen.se', description: 'Official e-mail domain; required for police and municipality' })
  emailDomain?: string;
  @TextField({ max: 2000, required: false }) description?: string;
  @TextField({ max: 500, required: false, description: 'How residents reach the organisation' }) contact?: string;
  @TextField({ max: 100, required: false, description: "The applicant's title in the organisation", example: 'Kommunpolis' }) title?: string;
  @TextField({ max: 4000, description: 'What the reviewers should know' }) message: string;
}

export class SendDomainProofDto {
  @EmailField() email: string;
}

export class ConfirmCodeDto {
  @Matches(/^\d{6}$/, { message: 'code must be the six digits from the e-mail' })
  @ApiProperty({ example: '482913' })
  code: string;
}

export class RespondDto {
  @TextField({ max: 4000, description: 'The answer to the request for more information' }) response: string;
}

/** Every decision states its grounds; the applicant receives them. */
export class DecisionDto {
  @TextField({ min: 3, max: 2000, description: 'The grounds of the decision, kept in the audit log', example: 'Tjänstekort och förordnande kontrollerade' })
  grounds: string;
}

export class ApplicationFilterDto {
  @UuidField(false) municipalityId?: string;
  @EnumField(ORGANISATION_TYPES, false) type?: OrganisationType;
  @EnumField(APPLICATION_STATUSES, false) status?: ApplicationStatus;
  @UuidField(false) organisationId?: string;
  @IsOptional()
  @IsInt({ message: 'minAgeDays must be a whole number' })
  @Min(0)
  @Max(3650)
  @ApiProperty({ required: false, description: 'Only applications at least this many days old' })
  minAgeDays?: number;
  /** "open" is every status still awaiting someone. */
  @IsOptional() @Transform(({ value }) => value === true || value === 'true') @ApiProperty({ required: false }) open?: boolean;
  @UuidListField(false) id?: string[];
}

export const APPLICATIONS_LIST: ListSpec<ApplicationFilterDto> = {
  resource: 'verification-applications',
  sortable: ['createdAt', 'updatedAt', 'status', 'organisationName'],
  // Oldest first: the queue is worked in the order people have waited.
  defaultSort: { field: 'createdAt', order: 'ASC' },
  filter: ApplicationFilterDto,
};
