import { ApiProperty } from '@nestjs/swagger';
import type { MunicipalityAreaRecord, MunicipalityRecord } from '@samverka/shared';
import type { Municipality } from './municipality.entity.js';

export class MunicipalityAreaDto implements MunicipalityAreaRecord {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Gamla stan' }) name: string;
}

export class MunicipalityRecordDto implements MunicipalityRecord {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'Kommunkod', example: '0191' }) code: string;
  @ApiProperty({ example: 'Sigtuna' }) name: string;
  @ApiProperty({ type: [MunicipalityAreaDto] }) areas: MunicipalityAreaDto[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export function toMunicipalityRecord(municipality: Municipality): MunicipalityRecord {
  return {
    id: municipality.id,
    code: municipality.code,
    name: municipality.name,
    areas: [...(municipality.areas ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'sv')).map(({ id, name }) => ({ id, name })),
    createdAt: municipality.createdAt.toISOString(),
  };
}
