import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type PrivacyRequestRecord, REQUEST_STATUSES, REQUEST_TYPES, type RequestStatus, type RequestType } from '@samverka/shared';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import { EnumField, EnumListField, TextField, UuidField, UuidListField } from '../../platform/http/field-decorators.js';
import type { ListSpec } from '../../platform/http/simple-rest/list-query.js';

export class FileOwnRequestDto {
  @EnumField(REQUEST_TYPES) type: RequestType;
  @TextField({ max: 4000, required: false, description: 'What the request is about (for rectification: what is wrong)' }) details?: string;
  @ApiPropertyOptional({ format: 'password', description: 'Required for erasure: the current password, again' })
  @IsOptional()
  @IsString({ message: 'password must be text' })
  @MaxLength(256)
  password?: string;
}

export class FileOnBehalfDto {
  @UuidField(true, 'The person the request is from') subjectId: string;
  @EnumField(REQUEST_TYPES) type: RequestType;
  @TextField({ min: 10, max: 1000, description: 'How the identity of the person writing was checked', example: 'Letter signed with BankID; address matches the account' }) identityCheck: string;
  @TextField({ max: 4000, required: false }) details?: string;
}

export class ExtendRequestDto {
  @ApiProperty({ enum: [1, 2], description: 'Months added to the due date' })
  @IsInt({ message: 'months must be 1 or 2' })
  @IsIn([1, 2], { message: 'months must be 1 or 2' })
  months: number;
  @TextField({ min: 10, max: 1000, description: 'Why more time is needed: sent to the person' }) reason: string;
}

const CLOSING = ['completed', 'rejected'] as const;

export class CloseRequestDto {
  @EnumField(CLOSING) status: (typeof CLOSING)[number];
  @TextField({ min: 3, max: 4000, description: 'What was done, or why the request is refused: sent to the person' }) note: string;
}

export class LiftRestrictionDto {
  @TextField({ min: 10, max: 1000, description: 'Why the restriction of processing ends (Art. 18(3)): sent to the person' }) reason: string;
}

export class PrivacyRequestFilterDto {
  @EnumListField(REQUEST_STATUSES, false) status?: RequestStatus[];
  @EnumField(REQUEST_TYPES, false) type?: RequestType;
  @UuidField(false) subjectId?: string;
  @UuidListField(false) id?: string[];
  @IsOptional() @IsBoolean({ message: 'open must be true or false' }) @ApiPropertyOptional() open?: boolean;
  @IsOptional() @IsBoolean({ message: 'overdue must be true or false' }) @ApiPropertyOptional() overdue?: boolean;
}

export const PRIVACY_REQUESTS_LIST: ListSpec<PrivacyRequestFilterDto> = {
  resource: 'privacy-requests',
  sortable: ['effectiveDueAt', 'receivedAt'],
  defaultSort: { field: 'effectiveDueAt', order: 'ASC' },
  filter: PrivacyRequestFilterDto,
};

export class PrivacyRequestRecordDto implements PrivacyRequestRecord {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) subjectId: string;
  @ApiProperty({ enum: REQUEST_TYPES }) type: RequestType;
  @ApiProperty({ enum: REQUEST_STATUSES }) status: RequestStatus;
  @ApiProperty({ format: 'date-time' }) receivedAt: string;
  @ApiProperty({ format: 'date-time', description: 'One month after receipt' }) dueAt: string;
  @ApiProperty({ format: 'date-time', description: 'The due date in force' }) effectiveDueAt: string;
  @ApiProperty() overdue: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) extendedDueAt: string | null;
  @ApiProperty({ type: String, nullable: true }) extensionReason: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Staff member who filed it on the person’s behalf' }) filedBy: string | null;
  @ApiProperty({ type: String, nullable: true }) identityCheck: string | null;
  @ApiProperty({ type: String, nullable: true }) details: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Erasure: the end of the grace period' }) eraseAfter: string | null;
  @ApiProperty({ type: Object, nullable: true }) progress: { step: string; done: number; of: number } | null;
  @ApiProperty() resultReady: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) resultExpiresAt: string | null;
  @ApiProperty({ type: String, nullable: true }) closingNote: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) certificateSha256: string | null;
}
