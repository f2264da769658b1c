import { ApiProperty } from '@nestjs/swagger';
import {
  AUTHORITY_ORDER_STATES,
  AUTHORITY_ORDER_TYPES,
  type AuthorityOrderRecord,
  type AuthorityOrderState,
  type AuthorityOrderType,
  ILLEGAL_CONTENT_CATEGORIES,
  type IllegalContentCategory,
  ORDER_DUE_FILTERS,
  ORDER_ITEM_TYPES,
  type OrderDueFilter,
  type OrderItemType,
  type OrderScopeItem,
} from '@samverka/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDateString, IsOptional, Matches, ValidateNested } from 'class-validator';
import { EnumField, ReasonField, TextField, UuidField, UuidListField } from '../../platform/http/field-decorators.js';
import type { ListSpec } from '../../platform/http/simple-rest/list-query.js';

export class OrderScopeItemDto implements OrderScopeItem {
  @EnumField(ORDER_ITEM_TYPES) itemType: OrderItemType;
  @UuidField(true, 'The named item: filing names ids, never content') id: string;
}

export class FileOrderDto {
  @UuidField(false, 'The verified police organisation the order is from; left out for an order the platform owner enters from a letter')
  issuingOrganisationId?: string;
  @TextField({ max: 200, required: false, description: 'The issuing authority, for an order received on paper', example: 'Polismyndigheten, region Stockholm' })
  authorityName?: string;
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'authorityCountry must be a two-letter country code such as SE' })
  @ApiProperty({ required: false, example: 'SE', description: 'Issuing member state (ISO 3166-1 alpha-2); SE when left out' })
  authorityCountry?: string;
  @TextField({ max: 200, description: 'The authority’s reference', example: 'Polisen 5000-K123456-26' }) reference: string;
  @TextField({ max: 1000, description: 'The legal basis the order cites', example: 'Rättegångsbalken 27 kap.' }) legalBasis: string;
  @EnumField(AUTHORITY_ORDER_TYPES) type: AuthorityOrderType;
  @EnumField(ILLEGAL_CONTENT_CATEGORIES) category: IllegalContentCategory;
  @IsArray({ message: 'scope must be a list of {itemType, id}' })
  @ArrayMinSize(1, { message: 'scope must name at least one item' })
  @ArrayMaxSize(500, { message: 'scope may name at most 500 items' })
  @ValidateNested({ each: true })
  @Type(() => OrderScopeItemDto)
  @ApiProperty({ type: [OrderScopeItemDto] })
  scope: OrderScopeItemDto[];
  @ApiProperty({ format: 'date-time' }) @IsDateString({}, { message: 'deadline must be a date and time' }) deadline: string;
}

/** Filing answers with ids only, so nothing about the named items leaks back. */
export class FiledOrderDto {
  @ApiProperty({ format: 'uuid' }) id: string;
}

export class RefuseOrderDto {
  @ReasonField() reason: string;
}

export class AuthorityOrderFilterDto {
  @UuidListField(false) id?: string[];
  @EnumField(AUTHORITY_ORDER_STATES, false) state?: AuthorityOrderState;
  @EnumField(AUTHORITY_ORDER_TYPES, false) type?: AuthorityOrderType;
  @EnumField(ORDER_DUE_FILTERS, false, 'Open orders due within 48 hours (soon), or past their deadline (overdue)') due?: OrderDueFilter;
}

export const AUTHORITY_ORDERS_LIST: ListSpec<AuthorityOrderFilterDto> = {
  resource: 'authority-orders',
  sortable: ['createdAt', 'deadline'],
  defaultSort: { field: 'deadline', order: 'ASC' },
  filter: AuthorityOrderFilterDto,
};

export class AuthorityOrderRecordDto implements AuthorityOrderRecord {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) issuingOrganisationId: string | null;
  @ApiProperty() authorityName: string;
  @ApiProperty() authorityCountry: string;
  @ApiProperty() reference: string;
  @ApiProperty() legalBasis: string;
  @ApiProperty({ enum: AUTHORITY_ORDER_TYPES }) type: AuthorityOrderType;
  @ApiProperty({ enum: ILLEGAL_CONTENT_CATEGORIES }) category: IllegalContentCategory;
  @ApiProperty({ type: [OrderScopeItemDto] }) scope: OrderScopeItem[];
  @ApiProperty({ format: 'date-time' }) deadline: string;
  @ApiProperty({ enum: AUTHORITY_ORDER_STATES }) state: AuthorityOrderState;
  @ApiProperty({ type: String, nullable: true }) refusalReason: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) acknowledgedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) doneAt: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) createdBy: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}
