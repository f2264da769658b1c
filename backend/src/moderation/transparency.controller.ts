import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiInternalServerErrorResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Action, Subject } from '@samverka/shared';
import type { Response } from 'express';
import { Allow, Public } from '../access/policy.decorator.js';
import type { DsaStatement } from './dsa-export.js';
import { PeriodQueryDto } from './dto/transparency.dto.js';
import { type TransparencyReport, TransparencyService } from './transparency.service.js';

@ApiTags('moderation')
@Controller('moderation')
export class TransparencyController {
  constructor(private readonly transparency: TransparencyService) {}

  @Get('transparency')
  @Public()
  @ApiOperation({ summary: 'How reports were handled in a period: counts only, no personal data (JSON or CSV)' })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ description: 'The transparency report' })
  async report(@Query() query: PeriodQueryDto, @Res({ passthrough: true }) response: Response): Promise<TransparencyReport | string> {
    const report = await this.transparency.report(query);
    if (query.format !== 'csv') return report;
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', 'attachment; filename="transparency.csv"');
    return this.transparency.toCsv(report);
  }

  @Get('dsa-statements')
  @Allow(Action.Read, Subject.ModerationExport)
  @ApiOperation({ summary: 'Statements of reasons in the EU DSA Transparency Database format' })
  @ApiOkResponse({ description: 'An array of statements, one per restricting action, each checked against the Transparency Database’s field rules' })
  @ApiInternalServerErrorResponse({ description: 'dsa_statement_refused: a statement would break those rules (a defect); the message names its puid and field' })
  statements(@Query() query: PeriodQueryDto): Promise<DsaStatement[]> {
    return this.transparency.dsaStatements(query);
  }
}
