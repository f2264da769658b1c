import { Controller, Get, Param, ParseEnumPipe, Query, Res, BadRequestException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Action, CHART_NAMES, CHARTS, type ChartName, Subject } from '@samverka/shared';
import type { Response } from 'express';
import { CurrentCaller } from '../access/caller.decorator.js';
import type { Caller } from '../access/caller.js';
import { Allow } from '../access/policy.decorator.js';
import { toCsv } from '../platform/csv/csv.js';
import { chartsFor, resolveScope } from './chart-scope.js';
import { ChartQueryDto } from './dto/chart-query.dto.js';
import { InsightsService } from './insights.service.js';

@ApiTags('insights')
@Controller('insights')
export class InsightsController {
  constructor(private readonly insights: InsightsService) {}

  @Get('dashboard')
  @Allow(Action.Read, Subject.Insight)
  @ApiOperation({ summary: 'The charts on the caller’s dashboard' })
  @ApiOkResponse({ schema: { type: 'object', properties: { charts: { type: 'array', items: { type: 'string', enum: [...CHART_NAMES] } } } } })
  dashboard(@CurrentCaller() caller: Caller): { charts: ChartName[] } {
    return { charts: chartsFor(caller.roles) };
  }

  @Get('charts/:chart')
  @Allow(Action.Read, Subject.Insight)
  @ApiOperation({ summary: 'The numbers behind one chart, for a period (Swedish days) and the caller’s municipalities; CSV with format=csv' })
  @ApiParam({ name: 'chart', enum: CHART_NAMES })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ description: 'One row per bar, point or measure' })
  async chart(
    @CurrentCaller() caller: Caller,
    @Param('chart', new ParseEnumPipe(CHARTS, { exceptionFactory: () => new BadRequestException(`chart must be one of: ${CHART_NAMES.join(', ')}`) })) chart: ChartName,
    @Query() query: ChartQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<unknown> {
    const rows = await this.insights.chart(chart, resolveScope(caller, chart, query));
    if (query.format !== 'csv') return rows;
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="${chart}.csv"`);
    return toCsv(rows);
  }
}
