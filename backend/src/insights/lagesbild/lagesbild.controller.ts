import { Body, Controller, Get, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Action, type LagesbildRecord, Subject } from '@samverka/shared';
import type { Response } from 'express';
import { CurrentCaller } from '../../access/caller.decorator.js';
import type { Caller } from '../../access/caller.js';
import { Allow } from '../../access/policy.decorator.js';
import { UuidParam } from '../../platform/http/id-param.decorator.js';
import { ListEndpoint, ListParams } from '../../platform/http/simple-rest/list-params.decorator.js';
import type { ListQuery } from '../../platform/http/simple-rest/list-query.js';
import type { Page } from '../../platform/http/simple-rest/page.js';
import { streamFile } from '../../storage/send-file.js';
import { GenerateLagesbildDto, LAGESBILD_LIST, type LagesbildFilterDto, LagesbildRecordDto } from './dto/lagesbild.dto.js';
import { LagesbildService } from './lagesbild.service.js';

@ApiTags('insights')
@Controller('lagesbild')
export class LagesbildController {
  constructor(private readonly reports: LagesbildService) {}

  @Get()
  @Allow(Action.Read, Subject.Lagesbild)
  @ApiOperation({ summary: 'Monthly reports (lägesbild) of the municipalities the caller may read, newest period first' })
  @ListEndpoint(LAGESBILD_LIST, LagesbildRecordDto)
  list(@CurrentCaller() caller: Caller, @ListParams(LAGESBILD_LIST) query: ListQuery<LagesbildFilterDto>): Promise<Page<LagesbildRecord>> {
    return this.reports.list(caller, query);
  }

  @Post()
  @Allow(Action.Create, Subject.Lagesbild)
  @ApiOperation({ summary: 'Make a report for any bounded period now (audited); figures under 5 suppressed' })
  @ApiCreatedResponse({ type: LagesbildRecordDto })
  generate(@CurrentCaller() caller: Caller, @Body() dto: GenerateLagesbildDto): Promise<LagesbildRecord> {
    return this.reports.generate(caller, dto);
  }

  @Get(':id')
  @Allow(Action.Read, Subject.Lagesbild)
  @ApiOkResponse({ type: LagesbildRecordDto })
  get(@CurrentCaller() caller: Caller, @UuidParam() id: string): Promise<LagesbildRecord> {
    return this.reports.get(caller, id);
  }

  @Get(':id/pdf')
  @Allow(Action.Read, Subject.Lagesbild)
  @ApiOperation({ summary: 'The report as a PDF (A4), streamed' })
  @ApiProduces('application/pdf')
  async pdf(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Res() response: Response): Promise<void> {
    await streamFile(response, await this.reports.open(caller, id, 'pdf'));
  }

  @Get(':id/csv')
  @Allow(Action.Read, Subject.Lagesbild)
  @ApiOperation({ summary: 'The report’s figures as CSV (section, from, to, key, measure, value), streamed' })
  @ApiProduces('text/csv')
  async csv(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Res() response: Response): Promise<void> {
    await streamFile(response, await this.reports.open(caller, id, 'csv'));
  }
}
