import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type AuthorityOrderActionRecord, ORDER_ACTION_KINDS, ORDER_ITEM_TYPES, type OrderActionKind, type OrderItemType } from '@samverka/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDateString, IsOptional, ValidateNested } from 'class-validator';
import { EnumField, TextField } from '../../platform/http/field-decorators.js';
import { AuthorityOrderRecordDto, OrderScopeItemDto } from './authority-order.dto.js';

/** What acting on an order against content may do to an item: the decision types that change its visibility. */
export const ORDER_CONTENT_MEASURES = ['remove', 'hide'] as const;
export type OrderContentMeasure = (typeof ORDER_CONTENT_MEASURES)[number];

export class ActOnOrderDto {
  @IsArray({ message: 'items must be a list of {itemType, id} from the order’s scope' })
  @ArrayMinSize(1, { message: 'items must name at least one item of the order’s scope' })
  @ArrayMaxSize(500, { message: 'items may name at most 500 items' })
  @ValidateNested({ each: true })
  @Type(() => OrderScopeItemDto)
  @ApiProperty({ type: [OrderScopeItemDto] })
  items: OrderScopeItemDto[];

  @IsOptional()
  @IsDateString({}, { message: 'holdUntil must be a date and time' })
  @ApiPropertyOptional({ format: 'date-time', description: 'Preservation orders: how long the legal holds last' })
  holdUntil?: string;

  @EnumField(ORDER_CONTENT_MEASURES, false, 'Orders against content: remove or hide the items') measure?: OrderContentMeasure;
  @TextField({ min: 10, max: 4000, required: false, description: 'Orders against content: the statement of reasons the author receives (the order is cited after it)' })
  statement?: string;

  @IsOptional()
  @IsDateString({}, { message: 'authorNotToldUntil must be a date and time' })
  @ApiPropertyOptional({ format: 'date-time', description: 'When the order says the author must not be told yet: until when' })
  authorNotToldUntil?: string;
  @TextField({ min: 3, max: 1000, required: false, description: 'Why the order keeps the statement from the author for now' }) authorNotToldReason?: string;
}

export class AuthorityOrderActionDto implements AuthorityOrderActionRecord {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ORDER_ACTION_KINDS }) kind: OrderActionKind;
  @ApiProperty({ enum: ORDER_ITEM_TYPES }) targetType: OrderItemType;
  @ApiProperty({ format: 'uuid' }) targetId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) legalHoldId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) interventionId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) moderationActionId: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) statementWithheldUntil: string | null;
  @ApiProperty({ type: String, nullable: true }) statementWithheldReason: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) statementSentAt: string | null;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) by: string | null;
}

/** One order with what was done on it. */
export class AuthorityOrderDetailDto extends AuthorityOrderRecordDto {
  @ApiProperty({ type: [AuthorityOrderActionDto] }) actions: AuthorityOrderActionRecord[];
}
