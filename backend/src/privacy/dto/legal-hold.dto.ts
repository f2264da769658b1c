import { ApiProperty } from '@nestjs/swagger';
import { HELD_ITEM_TYPES, type HeldItemType, type LegalHoldRecord } from '@samverka/shared';
import { IsBoolean, IsDateString, IsOptional } from 'class-validator';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { EnumField, ReasonField, TextField, UuidField, UuidListField } from '../../platform/http/field-decorators.js';
import type { ListSpec } from '../../platform/http/simple-rest/list-query.js';

export class PlaceHoldDto {
  @UuidField(true, 'The person whose data is held') subjectId: string;
  @EnumField(HELD_ITEM_TYPES, false, 'Leave out to hold all of the person’s content') itemType?: HeldItemType;
  @UuidField(false, 'The held item, with itemType') itemId?: string;
  @TextField({ min: 3, max: 1000, description: 'Why the data is held' }) reason: string;
  @TextField({ max: 200, description: 'The requesting authority’s reference', example: 'Polisen 5000-K123456-26' }) reference: string;
  @ApiProperty({ format: 'date-time' }) @IsDateString({}, { message: 'endsAt must be a date and time' }) endsAt: string;
}

export class LiftHoldDto {
  @ReasonField() reason: string;
}

export class LegalHoldFilterDto {
  @UuidField(false) subjectId?: string;
  @UuidListField(false) id?: string[];
  @IsOptional() @IsBoolean({ message: 'active must be true or false' }) @ApiPropertyOptional() active?: boolean;
}

export const LEGAL_HOLDS_LIST: ListSpec<LegalHoldFilterDto> = {
  resource: 'legal-holds',
  sortable: ['placedAt', 'endsAt'],
  defaultSort: { field: 'endsAt', order: 'ASC' },
  filter: LegalHoldFilterDto,
};

export class LegalHoldRecordDto implements LegalHoldRecord {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) subjectId: string;
  @ApiProperty({ enum: HELD_ITEM_TYPES, nullable: true }) itemType: HeldItemType | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) itemId: string | null;
  @ApiProperty() reason: string;
  @ApiProperty() reference: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) placedBy: string | null;
  @ApiProperty({ format: 'date-time' }) placedAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) liftedAt: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The order from an authority the hold was placed on' }) authorityOrderId: string | null;
}
