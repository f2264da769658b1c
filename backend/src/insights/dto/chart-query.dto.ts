import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional } from 'class-validator';
import { UuidField } from '../../platform/http/field-decorators.js';

export class ChartQueryDto {
  @IsOptional() @IsISO8601({ strict: true }, { message: 'from must be a date (YYYY-MM-DD)' }) @ApiPropertyOptional({ description: 'First day, inclusive (default: 30 days ago)', example: '2026-11-01' }) from?: string;
  @IsOptional() @IsISO8601({ strict: true }, { message: 'to must be a date (YYYY-MM-DD)' }) @ApiPropertyOptional({ description: 'Last day, inclusive (default: today)', example: '2026-11-30' }) to?: string;
  @UuidField(false, 'One municipality (default: all the caller may see)') municipalityId?: string;
  @IsOptional() @IsIn(['json', 'csv'], { message: 'format must be json or csv' }) @ApiPropertyOptional({ enum: ['json', 'csv'] }) format?: 'json' | 'csv';
}
