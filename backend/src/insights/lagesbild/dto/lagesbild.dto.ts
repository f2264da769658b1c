import { ApiProperty } from '@nestjs/swagger';
import { LAGESBILD_KINDS, LANGUAGES, type LagesbildKind, type LagesbildRecord, type Language } from '@samverka/shared';
import { EnumField, UuidField } from '../../../platform/http/field-decorators.js';
import { MAX_PERIOD_DAYS, RequiredPeriodDayField } from '../../../platform/http/period.js';
import type { ListSpec } from '../../../platform/http/simple-rest/list-query.js';

export class GenerateLagesbildDto {
  @UuidField(true, 'The municipality the report is about') municipalityId: string;
  @RequiredPeriodDayField(`First day, inclusive; a period is at most ${MAX_PERIOD_DAYS} days`, '2026-11-01') from: string;
  @RequiredPeriodDayField('Last day, inclusive', '2026-11-30') to: string;
  @EnumField(LANGUAGES, false, 'The report’s language (default: the caller’s)') language?: Language;
}

export class LagesbildFilterDto {
  @UuidField(false, 'One municipality (default: all the caller may read)') municipalityId?: string;
  @EnumField(LAGESBILD_KINDS, false) kind?: LagesbildKind;
  @EnumField(LANGUAGES, false) language?: Language;
}

export const LAGESBILD_LIST: ListSpec<LagesbildFilterDto> = {
  resource: 'lagesbild',
  sortable: ['from', 'generatedAt'],
  defaultSort: { field: 'from', order: 'DESC' },
  filter: LagesbildFilterDto,
};

export class LagesbildRecordDto implements LagesbildRecord {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) municipalityId: string;
  @ApiProperty() municipalityName: string;
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date' }) to: string;
  @ApiProperty({ enum: LANGUAGES }) language: Language;
  @ApiProperty({ enum: LAGESBILD_KINDS }) kind: LagesbildKind;
  @ApiProperty({ format: 'date-time' }) generatedAt: string;
  @ApiProperty() pdfBytes: number;
  @ApiProperty() csvBytes: number;
}
