import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { MAX_PERIOD_DAYS, PeriodInstantField } from '../../platform/http/period.js';

export class PeriodQueryDto {
  @PeriodInstantField(`Start, inclusive (default: 30 days before \`to\`); a period touches at most ${MAX_PERIOD_DAYS} Swedish days`, '2026-11-01T00:00:00+01:00') from?: string;
  @PeriodInstantField('End, exclusive (default: now)', '2026-12-01T00:00:00+01:00') to?: string;
  @IsOptional() @IsIn(['json', 'csv'], { message: 'format must be json or csv' }) @ApiPropertyOptional({ enum: ['json', 'csv'] }) format?: 'json' | 'csv';
}
