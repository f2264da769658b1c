import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional } from 'class-validator';

export class PeriodQueryDto {
  @IsOptional() @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date' }) @ApiPropertyOptional({ description: 'Start, inclusive (default: 30 days ago)' }) from?: string;
  @IsOptional() @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date' }) @ApiPropertyOptional({ description: 'End, exclusive (default: now)' }) to?: string;
  @IsOptional() @IsIn(['json', 'csv'], { message: 'format must be json or csv' }) @ApiPropertyOptional({ enum: ['json', 'csv'] }) format?: 'json' | 'csv';
}
