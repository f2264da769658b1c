import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CASE_ROUTINGS,
  CASE_STATUSES,
  CONDUCT_RULES,
  LANGUAGES,
  type Language,
  MODERATION_ACTION_TYPES,
  REPORTABLE_TYPES,
  type CaseRecord,
  type CaseRouting,
  type CaseStatus,
  type ConductRule,
  type ModerationActionRecord,
  type ModerationActionType,
  type ReportableType,
  type ScorePart,
  type CaseItemPreview,
} from '@samverka/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { EnumField, TextField, UuidField, UuidListField } from '../../platform/http/field-decorators.js';
import type { ListSpec } from '../../platform/http/simple-rest/list-query.js';

export class CaseFilterDto {
  @EnumField(CASE_STATUSES, false) status?: CaseStatus;
  @EnumField(CONDUCT_RULES, false) rule?: ConductRule;
  @EnumField(CASE_ROUTINGS, false) routing?: CaseRouting;
  @EnumField(REPORTABLE_TYPES, false) itemType?: ReportableType;
  @TextField({ max: 40, required: false, description: 'A user id, or "me" for the caller’s own (claimed or assigned) cases' }) assignee?: string;
  @UuidField(false) municipalityId?: string;
  @UuidField(false) groupId?: string;
  @UuidField(false) authorId?: string;
  @UuidField(false, 'The cases about one item (a post), in any state unless status is given') itemId?: string;
  @IsOptional() @Type(() => Number) @IsInt({ message: 'minAgeHours must be a whole number' }) @Min(0) @ApiPropertyOptional() minAgeHours?: number;
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'minPriority must be a whole number' })
  @Min(0)
  @ApiPropertyOptional({ description: 'Only cases at or above this priority (urgent ones)' })
  minPriority?: number;
  @UuidListField(false) id?: string[];
}

export const CASES_LIST: ListSpec<CaseFilterDto> = {
  resource: 'moderation-cases',
  sortable: ['priority', 'firstNoticeAt', 'lastNoticeAt'],
  defaultSort: { field: 'priority', order: 'DESC' },
  filter: CaseFilterDto,
};

export class AssignDto {
  @UuidField(true, 'The teammate who takes the case') assigneeId: string;
}

export class NoteDto {
  @TextField({ min: 1, max: 4000 }) text: string;
}

export class EscalateDto {
  @TextField({ min: 3, max: 1000, description: 'Why the platform should take it' }) reason: string;
}

export class ActionDto {
  @EnumField(MODERATION_ACTION_TYPES) type: ModerationActionType;
  @EnumField(CONDUCT_RULES, false, 'The rule enforced (required except for dismiss and restore)') rule?: ConductRule;
  @TextField({ min: 10, max: 4000, description: 'The statement of reasons the author (and reporters) receive' }) statement: string;
  @TextField({ min: 0, max: 4000, required: false, description: 'The facts and circumstances relied on' }) facts?: string;
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'durationDays must be a whole number' })
  @Min(1)
  @Max(3650)
  @ApiPropertyOptional({ description: 'For suspend and group_ban; omit for permanent' })
  durationDays?: number;
  @TextField({ min: 3, max: 100, required: false, description: 'For refer_police: the police report number' }) policeReference?: string;
  @TextField({ min: 3, max: 500, required: false, description: 'For rule illegal: the provision the decision rests on' }) legalGround?: string;
}

export class DecideDto {
  @Type(() => Number)
  @IsInt({ message: 'version must be the case version you decided on' })
  @ApiProperty({ description: 'The case version the decision was made on (409 if it changed)' })
  version: number;
  @IsArray()
  @ArrayMinSize(1, { message: 'actions must hold at least one action' })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ActionDto)
  @ApiProperty({ type: [ActionDto] })
  actions: ActionDto[];
  @UuidListField(false, 'Notices found manifestly unfounded (counts against their reporters)') unfoundedNoticeIds?: string[];
}

export class BulkDismissDto {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(200) @UuidListField(true) caseIds: string[];
  @TextField({ min: 10, max: 4000 }) statement: string;
  @IsOptional() @IsBoolean({ message: 'unfounded must be true or false' }) @ApiPropertyOptional({ description: 'Mark every notice manifestly unfounded' }) unfounded?: boolean;
}

class PlaceDto {
  @ApiProperty() latitude: number;
  @ApiProperty() longitude: number;
}

/** The reported item itself, as the case's detail shows it; never the thread around it. */
export class CaseItemPreviewDto implements CaseItemPreview {
  @ApiProperty({ type: String, nullable: true, description: 'First lines of a post or group message' }) text: string | null;
  @ApiProperty({ description: 'A post with an image: GET /api/posts/{itemId}/image' }) hasImage: boolean;
  @ApiProperty({ type: String, nullable: true }) authorName: string | null;
  @ApiProperty({ type: String, nullable: true }) groupName: string | null;
  @ApiProperty({ type: String, nullable: true }) municipalityName: string | null;
  @ApiProperty({ type: PlaceDto, nullable: true }) place: PlaceDto | null;
}

export class CaseRecordDto implements CaseRecord {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: REPORTABLE_TYPES }) itemType: ReportableType;
  @ApiProperty({ format: 'uuid' }) itemId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) groupId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) municipalityId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) authorId: string | null;
  @ApiProperty({ enum: CASE_ROUTINGS }) routing: CaseRouting;
  @ApiProperty({ enum: CASE_STATUSES }) status: CaseStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) escalatedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) escalationReason: string | null;
  @ApiProperty() priority: number;
  @ApiProperty({ type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, points: { type: 'number' } } } }) scoreParts: ScorePart[];
  @ApiProperty() noticeCount: number;
  @ApiProperty() reporterCount: number;
  @ApiProperty({ enum: CONDUCT_RULES, isArray: true }) rules: ConductRule[];
  @ApiProperty({ format: 'date-time' }) firstNoticeAt: string;
  @ApiProperty({ format: 'date-time' }) lastNoticeAt: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) claimedBy: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) claimedUntil: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) assignedTo: string | null;
  @ApiProperty() autoHidden: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) decidedBy: string | null;
  @ApiProperty() version: number;
  @ApiProperty({ required: false, type: () => CaseItemPreviewDto, description: 'Queue pages only: what was reported' })
  preview?: CaseItemPreview;
}

export class ActionRecordDto implements ModerationActionRecord {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({ enum: MODERATION_ACTION_TYPES }) type: ModerationActionType;
  @ApiProperty({ enum: CONDUCT_RULES, nullable: true }) rule: ConductRule | null;
  @ApiProperty() statement: string;
  @ApiProperty({ type: String, nullable: true }) facts: string | null;
  @ApiProperty() automated: boolean;
  @ApiProperty({ type: Number, nullable: true }) durationDays: number | null;
  @ApiProperty({ type: String, nullable: true }) policeReference: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) decidedBy: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) reversedAt: string | null;
}

export class CaseDetailDto extends CaseRecordDto {
  @ApiProperty({ type: String, nullable: true, description: 'The reported content’s status now; null for users and groups, or when deleted' }) itemStatus: string | null;
  @ApiProperty({ type: String, enum: LANGUAGES, nullable: true, description: 'The language the author reads Samverka in: the statement of reasons is written in it' }) authorLanguage: Language | null;
  @ApiProperty({ enum: LANGUAGES, isArray: true, description: 'The languages the reporters still waiting for the outcome read Samverka in' }) reporterLanguages: Language[];
  @ApiProperty({ type: 'array', items: { type: 'object' }, description: 'Every notice, reporters shown by kind only' }) notices: object[];
  @ApiProperty({ type: [ActionRecordDto] }) actions: ActionRecordDto[];
  @ApiProperty({ type: 'array', items: { type: 'object' } }) notes: object[];
  @ApiProperty({ type: 'array', items: { type: 'object' } }) appeals: object[];
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The item, the thread around it, the author’s recent content, earlier cases and strikes' }) context: object;
}

export const ACTION_TYPES_FOR_GROUP_ADMINS: readonly ModerationActionType[] = ['dismiss', 'hide', 'remove', 'restore', 'warn', 'group_ban'];

/** Removing a post from the posts list: a decision on the post's case, so it carries what a decision does. */
export class RemovePostDto {
  @EnumField(CONDUCT_RULES, true, 'The rule of the code of conduct the post breaks') rule: ConductRule;
  @TextField({ min: 10, max: 4000, description: 'The statement of reasons the author (and any reporters) receive' }) reason: string;
  @TextField({ min: 3, max: 500, required: false, description: 'For rule illegal: the provision the decision rests on' }) legalGround?: string;
}
