import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Action, AUDIT_CHAIN_PROBLEMS, Subject } from '@samverka/shared';
import { DataSource } from 'typeorm';
import { Allow } from '../access/policy.decorator.js';
import { type ChainReport, verifyAuditChain } from './audit-chain.js';

class ChainBreakDto {
  @ApiProperty({ description: 'The audit event; for tail_missing, the last one the head names, which is gone' }) id: string;
  @ApiProperty() chainSeq: string;
  @ApiProperty({ enum: AUDIT_CHAIN_PROBLEMS }) problem: string;
}

class ChainReportDto {
  @ApiProperty() intact: boolean;
  @ApiProperty({ description: 'Rows found intact before the first broken one' }) checked: number;
  @ApiProperty({ type: ChainBreakDto, nullable: true }) firstBroken: ChainBreakDto | null;
}

@ApiTags('audit-events')
@Controller('audit-chain')
export class AuditChainController {
  constructor(private readonly db: DataSource) {}

  @Get('verification')
  @Allow(Action.Manage, Subject.AuditEvent)
  @ApiOperation({ summary: 'Recompute the audit log hash chain, check that it ends at its head, and name the first broken row (also: npm run audit:verify)' })
  @ApiOkResponse({ type: ChainReportDto })
  verify(): Promise<ChainReport> {
    return verifyAuditChain(this.db);
  }
}
