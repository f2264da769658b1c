import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AUDIT_ACTIONS, type AuditAction, type AuditEventRecord, type AuditRedaction } from '@samverka/shared';
import { ArrayMaxSize, IsArray, IsISO8601, IsOptional, Matches } from 'class-validator';
import { EnumField, TextField, UuidField } from '../../platform/http/field-decorators.js';
import type { ListSpec } from '../../platform/http/simple-rest/list-query.js';

class AuditRedactionDto implements AuditRedaction {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) erasureRequestId: string | null;
  @ApiProperty({ example: 'pseudonymised on 2026-01-31 by erasure request 0b6f…' }) note: string;
}

export class AuditEventRecordDto implements AuditEventRecord {
  @ApiProperty({ description: 'Sequence number (as a string: it is a bigint)' }) id: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorId: string | null;
  @ApiProperty({ enum: AUDIT_ACTIONS }) action: string;
  @ApiProperty({ type: String, nullable: true }) subjectType: string | null;
  @ApiProperty({ type: String, nullable: true }) subjectId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) municipalityId: string | null;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true, description: 'field: { before, after }' }) changes: AuditEventRecord['changes'];
  @ApiProperty({ type: String, nullable: true }) requestId: string | null;
  @ApiProperty({ type: [String], format: 'uuid' }) contextIds: string[];
  @ApiProperty({ type: AuditRedactionDto, nullable: true, description: 'Set when an erasure replaced a person in this row by their keyed pseudonym' }) pseudonymised: AuditRedaction | null;
}

export class AuditEventFilterDto {
  @EnumField(AUDIT_ACTIONS, false) action?: AuditAction;
  @UuidField(false) actorId?: string;
  @TextField({ max: 60, required: false }) subjectType?: string;
  @TextField({ max: 100, required: false }) subjectId?: string;
  @UuidField(false) municipalityId?: string;
  @UuidField(false, 'Events about this record or belonging to it (a group and its members, requests, bans)') relatedTo?: string;
  @IsOptional() @IsISO8601({ strict: true, strictSeparator: true }, { message: 'occurredAt_gte must be an ISO 8601 date' }) @ApiPropertyOptional({ format: 'date-time' }) occurredAt_gte?: string;
  @IsOptional() @IsISO8601({ strict: true, strictSeparator: true }, { message: 'occurredAt_lte must be an ISO 8601 date' }) @ApiPropertyOptional({ format: 'date-time' }) occurredAt_lte?: string;
  @IsOptional() @IsArray() @ArrayMaxSize(500) @Matches(/^[1-9][0-9]{0,17}$/, { each: true, message: 'id must contain event numbers only' }) @ApiPropertyOptional({ type: [String] }) id?: string[];
}

export const AUDIT_EVENTS_LIST: ListSpec<AuditEventFilterDto> = {
  resource: 'audit-events',
  sortable: ['occurredAt', 'id', 'action'],
  defaultSort: { field: 'occurredAt', order: 'DESC' },
  filter: AuditEventFilterDto,
};
