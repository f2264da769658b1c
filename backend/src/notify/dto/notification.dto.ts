import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import type { NotificationRecord } from '@samverka/shared';
import type { ListSpec } from '../../platform/http/simple-rest/list-query.js';

export type { NotificationRecord } from '@samverka/shared';

export class NotificationFilterDto {
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'unread must be true or false' })
  @ApiProperty({ required: false, description: 'Only unread (true) or only read (false) notifications' })
  unread?: boolean;
}

export const NOTIFICATIONS_LIST: ListSpec<NotificationFilterDto> = {
  resource: 'notifications',
  sortable: ['createdAt'],
  defaultSort: { field: 'createdAt', order: 'DESC' },
  filter: NotificationFilterDto,
};

export class NotificationRecordDto implements NotificationRecord {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'moderation.statement, moderation.notice_outcome, moderation.appeal_decided, content.removed, …' }) kind: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) payload: Record<string, unknown>;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readAt: string | null;
}
