import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { ReasonField, TextField, UuidField } from '../../platform/http/field-decorators.js';

export class UpdateRetentionDto {
  @ApiProperty({ minimum: 1, maximum: 3650 })
  @IsInt({ message: 'days must be a whole number' })
  @Min(1, { message: 'days must be at least 1' })
  @Max(3650, { message: 'days must be at most 3650' })
  days: number;
  @ReasonField() reason: string;
}

export class ErasureCheckDto {
  @UuidField(true, 'The person’s account id') userId: string;
  @TextField({ max: 254, required: false, description: 'The e-mail address they had' }) email?: string;
  @TextField({ max: 200, required: false, description: 'The display name they had' }) displayName?: string;
}
