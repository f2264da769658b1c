import { ApiProperty } from '@nestjs/swagger';
import { AUDIT_ACTIONS, type AuditAction, CONTENT_STATUSES, type ContentStatus, type GroupMessageRecord, PRIORITIES, type PostRecord, type Priority, SWEDEN_BOUNDS } from '@samverka/shared';
import { Type } from 'class-transformer';
import { IsISO8601, IsNumber, IsOptional, Max, Min } from 'class-validator';
import { EnumField, TextField, UuidField, UuidListField } from '../../platform/http/field-decorators.js';
import type { ListSpec } from '../../platform/http/simple-rest/list-query.js';

export class CreatePostDto {
  @TextField({ min: 1, max: 4000 }) text: string;
  @EnumField(PRIORITIES) priority: Priority;
  @Type(() => Number)
  @IsNumber({}, { message: 'latitude must be a number' })
  @Min(SWEDEN_BOUNDS.minLatitude, { message: 'latitude must be inside Sweden' })
  @Max(SWEDEN_BOUNDS.maxLatitude, { message: 'latitude must be inside Sweden' })
  @ApiProperty({ example: 59.6179 })
  latitude: number;
  @Type(() => Number)
  @IsNumber({}, { message: 'longitude must be a number' })
  @Min(SWEDEN_BOUNDS.minLongitude, { message: 'longitude must be inside Sweden' })
  @Max(SWEDEN_BOUNDS.maxLongitude, { message: 'longitude must be inside Sweden' })
  @ApiProperty({ example: 17.8536 })
  longitude: number;
  @UuidField(false, 'Derived from the position when left out') municipalityId?: string;
  @UuidField(false, 'Post on this group’s map (members only)') groupId?: string;
  @UuidField(false, 'An image uploaded through POST /api/uploads/images') imageFileId?: string;
  @UuidField(false, 'Post as this verified organisation (its members only); the post then carries its badge') asOrganisationId?: string;
}

export class PostFilterDto {
  @UuidField(false) municipalityId?: string;
  @UuidField(false, 'A group’s map instead of the public one') groupId?: string;
  @EnumField(PRIORITIES, false) priority?: Priority;
  @EnumField(CONTENT_STATUSES, false) status?: ContentStatus;
  @UuidField(false) authorId?: string;
  @IsOptional() @IsISO8601({ strict: true }, { message: 'since must be an ISO 8601 date' }) since?: string;
  @UuidListField(false) id?: string[];
}

export const POSTS_LIST: ListSpec<PostFilterDto> = {
  resource: 'posts',
  sortable: ['createdAt', 'priority'],
  defaultSort: { field: 'createdAt', order: 'DESC' },
  filter: PostFilterDto,
};

/** A post's history is the post's own rows, of one action if asked. */
export class PostHistoryFilterDto {
  @EnumField(AUDIT_ACTIONS, false) action?: AuditAction;
}

export const POST_HISTORY_LIST: ListSpec<PostHistoryFilterDto> = {
  resource: 'post-history',
  sortable: ['occurredAt'],
  defaultSort: { field: 'occurredAt', order: 'DESC' },
  filter: PostHistoryFilterDto,
};

export class CreateGroupMessageDto {
  @TextField({ min: 1, max: 4000 }) text: string;
  @UuidField(false) imageFileId?: string;
}

export class MessageFilterDto {
  @IsOptional() @IsISO8601({ strict: true }, { message: 'since must be an ISO 8601 date' }) since?: string;
  @UuidListField(false) id?: string[];
}

export const GROUP_MESSAGES_LIST: ListSpec<MessageFilterDto> = {
  resource: 'group-messages',
  sortable: ['createdAt'],
  defaultSort: { field: 'createdAt', order: 'DESC' },
  filter: MessageFilterDto,
};

export class ModerationDto {
  @TextField({ min: 3, max: 1000, description: 'Why: the author is told, and it is kept in the audit log' }) reason: string;
}

export class PostRecordDto implements PostRecord {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) authorId: string;
  @ApiProperty() authorName: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) groupId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) organisationId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Check it at GET /api/public/badges/{code}' }) organisationBadgeCode: string | null;
  @ApiProperty() text: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) imageFileId: string | null;
  @ApiProperty({ enum: PRIORITIES }) priority: Priority;
  @ApiProperty() latitude: number;
  @ApiProperty() longitude: number;
  @ApiProperty({ format: 'uuid' }) municipalityId: string;
  @ApiProperty({ enum: CONTENT_STATUSES }) status: ContentStatus;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class GroupMessageRecordDto implements GroupMessageRecord {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) groupId: string;
  @ApiProperty({ format: 'uuid' }) authorId: string;
  @ApiProperty() authorName: string;
  @ApiProperty() text: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) imageFileId: string | null;
  @ApiProperty({ enum: CONTENT_STATUSES }) status: ContentStatus;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class UploadedFileDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() contentType: string;
  @ApiProperty() sizeBytes: number;
}
