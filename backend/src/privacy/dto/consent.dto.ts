import { ApiProperty } from '@nestjs/swagger';
import { CONSENT_DECISIONS, type ConsentDecision, LEGAL_BASES, type LegalBasis } from '@samverka/shared';
import { IsBoolean, IsInt, Matches, Min } from 'class-validator';
import { EnumField, ReasonField, TextField, UuidField } from '../../platform/http/field-decorators.js';

export class ConsentDecisionDto {
  @EnumField(CONSENT_DECISIONS) decision: ConsentDecision;
  @ApiProperty({ description: 'The text version the person was shown and answered' })
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be at least 1' })
  version: number;
}

export class ConsentOnBehalfDto extends ConsentDecisionDto {
  @UuidField(true, 'The person who answered') userId: string;
  @ReasonField() reason: string;
}

export class CreatePurposeDto {
  @ApiProperty({ example: 'neighbourhood_newsletter' })
  @Matches(/^[a-z][a-z0-9_]{1,49}$/, { message: 'key must be 2 to 50 lower-case letters, digits or _' })
  key: string;
  @EnumField(LEGAL_BASES) legalBasis: LegalBasis;
  @ApiProperty() @IsBoolean({ message: 'optional must be true or false' }) optional: boolean;
  @TextField({ max: 4000 }) textSv: string;
  @TextField({ max: 4000 }) textEn: string;
}

export class PublishVersionDto {
  @TextField({ max: 4000 }) textSv: string;
  @TextField({ max: 4000 }) textEn: string;
  @ApiProperty({ description: 'A material change asks everyone again' }) @IsBoolean({ message: 'material must be true or false' }) material: boolean;
  @ReasonField() reason: string;
}
