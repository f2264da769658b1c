import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Action, AUDIT_ANCHOR_PROBLEMS, AUDIT_CHAIN_PROBLEMS, Subject } from '@samverka/shared';
import { DataSource } from 'typeorm';
import { Allow } from '../access/policy.decorator.js';
import { AppConfig } from '../platform/config/app-config.js';
import { type ChainReport, verifyAuditChain } from './audit-chain.js';

class ChainBreakDto {
  @ApiProperty({ description: 'The audit event; for tail_missing, the last one the head names, which is gone' }) id: string;
  @ApiProperty() chainSeq: string;
  @ApiProperty({ enum: AUDIT_CHAIN_PROBLEMS }) problem: string;
}

class AnchorBreakDto {
  @ApiProperty({ description: 'Line of STORAGE_DIR/audit-anchors.jsonl, from 1' }) line: number;
  @ApiProperty({ enum: AUDIT_ANCHOR_PROBLEMS }) problem: string;
  @ApiProperty({ nullable: true, description: 'The chain position the checkpoint names' }) chainSeq: string | null;
  @ApiProperty({ nullable: true }) at: string | null;
  @ApiProperty({ nullable: true, description: 'The last checkpoint before it that holds: the rows changed lie after it, up to chainSeq' }) intactUpTo: string | null;
}

class AnchorLatestDto {
  @ApiProperty() chainSeq: string;
  @ApiProperty() at: string;
}

class AnchorReportDto {
  @ApiProperty({ description: 'Checkpoint lines read' }) checked: number;
  @ApiProperty({ type: AnchorLatestDto, nullable: true }) latest: AnchorLatestDto | null;
  @ApiProperty({ description: 'Checkpoints that do not hold' }) broken: number;
  @ApiProperty({ type: [AnchorBreakDto], description: 'The first 100 of them' }) problems: AnchorBreakDto[];
}

class ChainReportDto {
  @ApiProperty({ description: 'The chain adds up and every checkpoint holds' }) intact: boolean;
  @ApiProperty({ description: 'Rows found intact before the first broken one' }) checked: number;
  @ApiProperty({ type: ChainBreakDto, nullable: true }) firstBroken: ChainBreakDto | null;
  @ApiProperty({ type: AnchorReportDto }) anchors: AnchorReportDto;
}

@ApiTags('audit-events')
@Controller('audit-chain')
export class AuditChainController {
  constructor(
    private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  @Get('verification')
  @Allow(Action.Manage, Subject.AuditEvent)
  @ApiOperation({
    summary:
      'Recompute the audit log hash chain, check that it ends at its head and matches every signed checkpoint kept outside the database, and name the first broken row and each checkpoint that no longer holds (also: npm run audit:verify)',
  })
  @ApiOkResponse({ type: ChainReportDto })
  verify(): Promise<ChainReport> {
    return verifyAuditChain(this.db, this.config.auditAnchor);
  }
}
