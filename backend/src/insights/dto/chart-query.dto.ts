import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { UuidField } from '../../platform/http/field-decorators.js';
import { MAX_PERIOD_DAYS, PeriodDayField } from '../../platform/http/period.js';

// Only the day form: ISO 8601 also allows '2026', '2026-W05' or a time, which the queries would misread.
export class ChartQueryDto {
  @PeriodDayField(`First day, inclusive (default: 30 days before \`to\`); a period is at most ${MAX_PERIOD_DAYS} days`, '2026-11-01') from?: string;
  @PeriodDayField('Last day, inclusive (default: today)', '2026-11-30') to?: string;
  @UuidField(false, 'One municipality (default: all the caller may see)') municipalityId?: string;
  @IsOptional() @IsIn(['json', 'csv'], { message: 'format must be json or csv' }) @ApiPropertyOptional({ enum: ['json', 'csv'] }) format?: 'json' | 'csv';
}
