import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsOptional, IsString, Length, Matches } from 'class-validator';
import { TextField, UuidListField } from '../../../platform/http/field-decorators.js';
import type { ListSpec } from '../../../platform/http/simple-rest/list-query.js';

const AreasField = () => (target: object, key: string) => {
  Transform(({ value }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value))(target, key);
  IsOptional()(target, key);
  IsArray()(target, key);
  ArrayMaxSize(200)(target, key);
  ArrayUnique({ message: 'areas must not name the same area twice' })(target, key);
  IsString({ each: true })(target, key);
  Length(1, 120, { each: true, message: 'areas must contain names of 1 to 120 characters' })(target, key);
  ApiPropertyOptional({ type: [String], description: 'Named parts of the municipality (the full list)', example: ['Gamla stan'] })(target, key);
};

export class CreateMunicipalityDto {
  @Matches(/^\d{4}$/, { message: 'code must be the four-digit kommunkod, e.g. 0191' })
  @ApiPropertyOptional({ example: '0191', required: true })
  code: string;

  @TextField({ min: 2, max: 120, example: 'Sigtuna' }) name: string;
  @AreasField() areas?: string[];
}

export class UpdateMunicipalityDto {
  @TextField({ min: 2, max: 120, required: false }) name?: string;
  @AreasField() areas?: string[];
}

export class MunicipalityFilterDto {
  @TextField({ max: 120, required: false, description: 'Search in name and code' }) q?: string;
  @IsOptional() @Matches(/^\d{4}$/, { message: 'code must be four digits' }) @ApiPropertyOptional() code?: string;
  @UuidListField(false) id?: string[];
}

export const MUNICIPALITIES_LIST: ListSpec<MunicipalityFilterDto> = {
  resource: 'municipalities',
  sortable: ['code', 'name', 'createdAt'],
  defaultSort: { field: 'name', order: 'ASC' },
  filter: MunicipalityFilterDto,
};
