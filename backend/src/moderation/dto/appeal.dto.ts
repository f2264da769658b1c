import { ApiProperty } from '@nestjs/swagger';
import { APPEAL_STATUSES, type AppealRecord, type AppealStatus } from '@samverka/shared';
import { IsBoolean } from 'class-validator';
import { EnumField, TextField, UuidField, UuidListField } from '../../platform/http/field-decorators.js';
import type { ListSpec } from '../../platform/http/simple-rest/list-query.js';

export class CreateAppealDto {
  @UuidField(true, 'The decision (action) appealed against') actionId: string;
  @TextField({ min: 10, max: 4000, description: 'Why the decision is wrong' }) text: string;
}

export class AppealWithTokenDto {
  @TextField({ min: 20, max: 100, description: 'The appeal code from the statement of reasons' }) token: string;
  @TextField({ min: 10, max: 4000, description: 'Why the decision is wrong' }) text: string;
}

export class DecideAppealDto {
  @IsBoolean({ message: 'reverse must be true or false' }) @ApiProperty({ description: 'True undoes the decision; false upholds it' }) reverse: boolean;
  @TextField({ min: 10, max: 4000, description: 'The reasons, sent to both sides' }) reason: string;
}

export class AppealFilterDto {
  @EnumField(APPEAL_STATUSES, false) status?: AppealStatus;
  @UuidField(false) caseId?: string;
  @UuidListField(false) id?: string[];
}

export const APPEALS_LIST: ListSpec<AppealFilterDto> = {
  resource: 'appeals',
  sortable: ['createdAt'],
  defaultSort: { field: 'createdAt', order: 'ASC' },
  filter: AppealFilterDto,
};

export class AppealRecordDto implements AppealRecord {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) actionId: string;
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) appellantId: string | null;
  @ApiProperty({ enum: ['author', 'reporter'] }) appellantRole: 'author' | 'reporter';
  @ApiProperty() text: string;
  @ApiProperty({ enum: APPEAL_STATUSES }) status: AppealStatus;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) decidedBy: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) decisionReason: string | null;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true, description: 'The decision appealed against' }) appealed: AppealRecord['appealed'];
}
