import { ApiProperty } from '@nestjs/swagger';
import { BADGE_STATUSES, type BadgeKind, type BadgeStatus, MEMBER_ROLES, type MemberRole, ORGANISATION_TYPES, type OrganisationType } from '@samverka/shared';
import { Transform } from 'class-transformer';
import { IsOptional, Matches } from 'class-validator';
import { EmailField, EnumField, ReasonField, TextField, UuidField, UuidListField } from '../../platform/http/field-decorators.js';
import type { ListSpec } from '../../platform/http/simple-rest/list-query.js';

export class AddMemberDto {
  @EmailField() accountEmail: string;
  @TextField({ max: 100, example: 'Kommunpolis' }) title: string;
  @EnumField(MEMBER_ROLES) role: MemberRole;
  @EmailField(false) workEmail?: string;
}

export class RemoveMemberDto {
  @ReasonField() reason: string;
}

export class OrganisationFilterDto {
  @TextField({ max: 200, required: false }) q?: string;
  @EnumField(ORGANISATION_TYPES, false) type?: OrganisationType;
  @UuidField(false) municipalityId?: string;
  @IsOptional() @Transform(({ value }) => value === true || value === 'true') @ApiProperty({ required: false }) verified?: boolean;
  @UuidListField(false) id?: string[];
}

export const ORGANISATIONS_LIST: ListSpec<OrganisationFilterDto> = {
  resource: 'organisations',
  sortable: ['name', 'type', 'createdAt'],
  defaultSort: { field: 'name', order: 'ASC' },
  filter: OrganisationFilterDto,
};

export class BadgeFilterDto {
  @UuidField(false) organisationId?: string;
  @EnumField(BADGE_STATUSES, false) status?: BadgeStatus;
  @EnumField(['organisation', 'member'] as const, false) kind?: BadgeKind;
  @UuidListField(false) id?: string[];
}

export const BADGES_LIST: ListSpec<BadgeFilterDto> = {
  resource: 'badges',
  sortable: ['issuedAt', 'validUntil', 'status'],
  defaultSort: { field: 'issuedAt', order: 'DESC' },
  filter: BadgeFilterDto,
};

export class BadgeActionDto {
  @ReasonField() reason: string;
}

export class AllowedDomainDto {
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @Matches(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/, { message: 'domain must be a domain name such as polisen.se' })
  @ApiProperty({ example: 'polisen.se' })
  domain: string;
  @EnumField(['police', 'municipality'] as const) organisationType: 'police' | 'municipality';
  @TextField({ max: 200, required: false }) note?: string;
  @ReasonField() reason: string;
}

export class AllowedDomainFilterDto {
  @UuidListField(false) id?: string[];
}

export const ALLOWED_DOMAINS_LIST: ListSpec<AllowedDomainFilterDto> = {
  resource: 'allowed-domains',
  sortable: ['domain', 'createdAt'],
  defaultSort: { field: 'domain', order: 'ASC' },
  filter: AllowedDomainFilterDto,
};
