import { ApiProperty } from '@nestjs/swagger';
import { type AuthorityOrderConfirmationRecord, type AuthorityOrderDisclosureRecord, DISCLOSURE_CATEGORIES, type DisclosureCategory, type OrderScopeItem } from '@samverka/shared';
import { IsDateString, IsOptional } from 'class-validator';
import { TextField } from '../../platform/http/field-decorators.js';
import { OrderScopeItemDto } from './authority-order.dto.js';

/** Producing the disclosure: when the order says the people concerned must not be told yet, until when and why. */
export class MakeDisclosureDto {
  @IsOptional()
  @IsDateString({}, { message: 'secretUntil must be a date and time' })
  @ApiProperty({ required: false, format: 'date-time', description: 'Until when the people concerned must not be told (the order says so); their access export leaves the disclosure out until then' })
  secretUntil?: string;
  @TextField({ min: 3, max: 1000, required: false, description: 'Why they must not be told yet, as the order gives it (required with secretUntil)', example: 'Förundersökningssekretess' })
  secrecyReason?: string;
}

export class AuthorityOrderConfirmationRecordDto implements AuthorityOrderConfirmationRecord {
  @ApiProperty({ format: 'uuid' }) orderId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) reviewedBy: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) confirmedBy: string | null;
  @ApiProperty({ format: 'date-time' }) confirmedAt: string;
}

export class AuthorityOrderDisclosureRecordDto implements AuthorityOrderDisclosureRecord {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) orderId: string;
  @ApiProperty({ format: 'uuid' }) recipientOrganisationId: string;
  @ApiProperty({ type: [String], format: 'uuid' }) subjectIds: string[];
  @ApiProperty({ enum: DISCLOSURE_CATEGORIES, isArray: true }) categories: DisclosureCategory[];
  @ApiProperty({ type: [OrderScopeItemDto] }) given: OrderScopeItem[];
  @ApiProperty({ type: [OrderScopeItemDto] }) notFound: OrderScopeItem[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) secretUntil: string | null;
  @ApiProperty({ type: String, nullable: true }) secrecyReason: string | null;
  @ApiProperty({ format: 'date-time' }) producedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) downloadedAt: string | null;
}
