import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { INSIGHTS_FIRST_DAY, INSIGHTS_LAST_DAY, MAX_INSIGHTS_PERIOD_DAYS } from '@samverka/shared';
import { IsIn, IsOptional, ValidateBy } from 'class-validator';
import { UuidField } from '../../platform/http/field-decorators.js';

/** A real calendar day written YYYY-MM-DD, within the years the platform can have data for. */
export const isInsightsDay = (value: unknown): value is string =>
  typeof value === 'string' &&
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  // 2026-02-30 parses to 2 March: only a day that reads back the same is a real one.
  !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
  new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value &&
  value >= INSIGHTS_FIRST_DAY &&
  value <= INSIGHTS_LAST_DAY;

// Only the day form: ISO 8601 also allows '2026', '2026-W05' or a time, which the queries would misread.
const DayField = (description: string, example: string) =>
  applyDecorators(
    IsOptional(),
    ValidateBy({
      name: 'isInsightsDay',
      validator: { validate: isInsightsDay, defaultMessage: () => `$property must be a date (YYYY-MM-DD) from ${INSIGHTS_FIRST_DAY} to ${INSIGHTS_LAST_DAY}` },
    }),
    ApiPropertyOptional({ description, example, format: 'date' }),
  );

export class ChartQueryDto {
  @DayField(`First day, inclusive (default: 30 days before \`to\`); a period is at most ${MAX_INSIGHTS_PERIOD_DAYS} days`, '2026-11-01') from?: string;
  @DayField('Last day, inclusive (default: today)', '2026-11-30') to?: string;
  @UuidField(false, 'One municipality (default: all the caller may see)') municipalityId?: string;
  @IsOptional() @IsIn(['json', 'csv'], { message: 'format must be json or csv' }) @ApiPropertyOptional({ enum: ['json', 'csv'] }) format?: 'json' | 'csv';
}
