import { ApiProperty } from '@nestjs/swagger';
import { CONTENT_STATUSES, type ContentStatus } from '@samverka/shared';
import { IsBoolean, IsISO8601, IsOptional } from 'class-validator';
import { TextField, UuidListField } from '../../platform/http/field-decorators.js';
import type { ListSpec } from '../../platform/http/simple-rest/list-query.js';

export class SendOrganisationMessageDto {
  @TextField({ min: 1, max: 4000, description: 'A tip or a suggestion; only the organisation’s members read it' }) text: string;
}

export class OrganisationMessageFilterDto {
  @IsOptional() @IsBoolean({ message: 'unread must be true or false' }) unread?: boolean;
  @IsOptional() @IsISO8601({ strict: true }, { message: 'since must be an ISO 8601 date' }) since?: string;
  @UuidListField(false) id?: string[];
}

export const ORGANISATION_MESSAGES_LIST: ListSpec<OrganisationMessageFilterDto> = {
  resource: 'organisation-messages',
  sortable: ['createdAt'],
  defaultSort: { field: 'createdAt', order: 'DESC' },
  filter: OrganisationMessageFilterDto,
};

export interface OrganisationMessageRecord {
  id: string;
  organisationId: string;
  senderId: string;
  senderName: string;
  text: string;
  status: ContentStatus;
  createdAt: string;
  readAt: string | null;
}

export class OrganisationMessageRecordDto implements OrganisationMessageRecord {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty({ format: 'uuid' }) senderId: string;
  @ApiProperty() senderName: string;
  @ApiProperty() text: string;
  @ApiProperty({ enum: CONTENT_STATUSES }) status: ContentStatus;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readAt: string | null;
}
