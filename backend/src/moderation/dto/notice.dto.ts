import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONDUCT_RULES, type ConductRule, type NoticeRecord, REPORTABLE_TYPES, type ReportableType, type ReporterKind } from '@samverka/shared';
import { IsBoolean, IsOptional } from 'class-validator';
import { EnumField, TextField, UuidField, UuidListField } from '../../platform/http/field-decorators.js';
import type { ListSpec } from '../../platform/http/simple-rest/list-query.js';

export class CreateNoticeDto {
  @EnumField(REPORTABLE_TYPES) itemType: ReportableType;
  @UuidField() itemId: string;
  @EnumField(CONDUCT_RULES, true, 'A code-of-conduct rule, or illegal') rule: ConductRule;
  @TextField({ min: 10, max: 2000, description: 'What is wrong, in your words' }) explanation: string;
  @TextField({ min: 3, max: 500, required: false, description: 'For illegal: the law or provision (e.g. BrB 4 kap. 5 §, olaga hot)' }) legalGround?: string;
  @IsOptional()
  @IsBoolean({ message: 'goodFaith must be true or false' })
  @ApiPropertyOptional({ description: 'For illegal: the reporter confirms the notice is accurate and made in good faith' })
  goodFaith?: boolean;
}

export class MyNoticeFilterDto {
  @UuidListField(false) id?: string[];
}

export const MY_NOTICES_LIST: ListSpec<MyNoticeFilterDto> = {
  resource: 'my-notices',
  sortable: ['createdAt'],
  defaultSort: { field: 'createdAt', order: 'DESC' },
  filter: MyNoticeFilterDto,
};

export class NoticeRecordDto implements NoticeRecord {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({ enum: REPORTABLE_TYPES }) itemType: ReportableType;
  @ApiProperty({ format: 'uuid' }) itemId: string;
  @ApiProperty({ enum: CONDUCT_RULES }) rule: ConductRule;
  @ApiProperty({ type: String, nullable: true }) legalGround: string | null;
  @ApiProperty() explanation: string;
  @ApiProperty() reporterKind: ReporterKind;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ enum: ['pending', 'actioned', 'dismissed'] }) outcome: 'pending' | 'actioned' | 'dismissed';
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) outcomeAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'What was decided, as told to the reporter' }) outcomeStatement: string | null;
}
