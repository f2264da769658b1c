import { ApiProperty } from '@nestjs/swagger';
import { CONTENT_STATUSES, type ContentStatus, type OrganisationMessageRecord, TIP_STATES, type TipState } from '@samverka/shared';
import { IsBoolean, IsISO8601, IsOptional } from 'class-validator';
import { EnumField, TextField, UuidField, UuidListField } from '../../platform/http/field-decorators.js';
import type { ListSpec } from '../../platform/http/simple-rest/list-query.js';

export type { OrganisationMessageRecord } from '@samverka/shared';

/** The longest tip, and the longest answer to one. */
const TIP_MAX_LENGTH = 4000;

export class SendOrganisationMessageDto {
  @TextField({ min: 1, max: TIP_MAX_LENGTH, description: 'A tip or a suggestion; only the organisation’s members read it' }) text: string;
}

/** A member's answer to a tip: trimmed and bounded as the tip itself. */
export class AnswerOrganisationMessageDto {
  @TextField({ min: 1, max: TIP_MAX_LENGTH, description: 'The organisation’s answer; the sender reads it under their sent tips, signed by the organisation' }) text: string;
}

export class OrganisationMessageFilterDto {
  @IsOptional() @IsBoolean({ message: 'unread must be true or false' }) unread?: boolean;
  @IsOptional() @IsISO8601({ strict: true }, { message: 'since must be an ISO 8601 date' }) since?: string;
  @EnumField(TIP_STATES, false, 'open or closed') state?: TipState;
  @UuidField(false, 'Only the tips to this organisation') organisationId?: string;
  @UuidListField(false) id?: string[];
}

export const ORGANISATION_MESSAGES_LIST: ListSpec<OrganisationMessageFilterDto> = {
  resource: 'organisation-messages',
  sortable: ['createdAt'],
  defaultSort: { field: 'createdAt', order: 'DESC' },
  filter: OrganisationMessageFilterDto,
};

export class OrganisationMessageRecordDto implements OrganisationMessageRecord {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() organisationName: string;
  @ApiProperty({ format: 'uuid' }) senderId: string;
  @ApiProperty() senderName: string;
  @ApiProperty() text: string;
  @ApiProperty({ enum: CONTENT_STATUSES }) status: ContentStatus;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readAt: string | null;
  @ApiProperty({ enum: TIP_STATES }) state: TipState;
  @ApiProperty({ type: String, nullable: true }) answer: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) answeredAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The member who answered; null to the sender, who hears from the organisation' }) answeredByName: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The member who closed it; null to the sender' }) closedByName: string | null;
}
