import { Body, Controller, Get, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Action, Subject, type MunicipalityRecord } from '@samverka/shared';
import { CurrentCaller } from '../../access/caller.decorator.js';
import type { Caller } from '../../access/caller.js';
import { Allow } from '../../access/policy.decorator.js';
import { UuidParam } from '../../platform/http/id-param.decorator.js';
import type { ListQuery } from '../../platform/http/simple-rest/list-query.js';
import { ListEndpoint, ListParams } from '../../platform/http/simple-rest/list-params.decorator.js';
import type { Page } from '../../platform/http/simple-rest/page.js';
import { CreateMunicipalityDto, MUNICIPALITIES_LIST, type MunicipalityFilterDto, UpdateMunicipalityDto } from './dto/municipality.dto.js';
import { MunicipalityRecordDto } from './municipality-record.js';
import { MunicipalitiesService } from './municipalities.service.js';

@ApiTags('municipalities')
@Controller('municipalities')
export class MunicipalitiesController {
  constructor(private readonly municipalities: MunicipalitiesService) {}

  @Get()
  @Allow(Action.Read, Subject.Municipality)
  @ListEndpoint(MUNICIPALITIES_LIST, MunicipalityRecordDto)
  list(@ListParams(MUNICIPALITIES_LIST) query: ListQuery<MunicipalityFilterDto>): Promise<Page<MunicipalityRecord>> {
    return this.municipalities.list(query);
  }

  @Get(':id')
  @Allow(Action.Read, Subject.Municipality)
  @ApiOkResponse({ type: MunicipalityRecordDto })
  get(@UuidParam() id: string): Promise<MunicipalityRecord> {
    return this.municipalities.get(id);
  }

  @Post()
  @Allow(Action.Create, Subject.Municipality)
  @ApiCreatedResponse({ type: MunicipalityRecordDto })
  create(@CurrentCaller() caller: Caller, @Body() dto: CreateMunicipalityDto): Promise<MunicipalityRecord> {
    return this.municipalities.create(caller, dto);
  }

  @Put(':id')
  @Allow(Action.Update, Subject.Municipality)
  @ApiOkResponse({ type: MunicipalityRecordDto })
  update(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: UpdateMunicipalityDto): Promise<MunicipalityRecord> {
    return this.municipalities.update(caller, id, dto);
  }
}
