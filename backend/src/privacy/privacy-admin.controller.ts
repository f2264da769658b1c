import { Body, Controller, Get, Header, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Action, type ConsentPurposeRecord, type LegalHoldRecord, type RetentionRuleRecord, Subject } from '@samverka/shared';
import { CurrentCaller } from '../access/caller.decorator.js';
import type { Caller } from '../access/caller.js';
import { Allow } from '../access/policy.decorator.js';
import { UuidParam } from '../platform/http/id-param.decorator.js';
import type { ListQuery } from '../platform/http/simple-rest/list-query.js';
import { ListEndpoint, ListParams } from '../platform/http/simple-rest/list-params.decorator.js';
import { Page } from '../platform/http/simple-rest/page.js';
import { ConsentsService, type MyConsent } from './consents.service.js';
import { ConsentOnBehalfDto, CreatePurposeDto, PublishVersionDto } from './dto/consent.dto.js';
import { LEGAL_HOLDS_LIST, type LegalHoldFilterDto, LegalHoldRecordDto, LiftHoldDto, PlaceHoldDto } from './dto/legal-hold.dto.js';
import { ErasureCheckDto, UpdateRetentionDto } from './dto/retention.dto.js';
import { type ErasureCheckResult, ErasureCheckService } from './erasure-check.service.js';
import { LegalHoldsService, type PreservedItem } from './legal-holds.service.js';
import { RecordOfProcessingService } from './record-of-processing.service.js';
import { RetentionService } from './retention.service.js';

/** Consent purposes with their versions, and consents typed in by staff on someone's behalf. */
@ApiTags('privacy')
@Controller()
export class ConsentPurposesController {
  constructor(private readonly consents: ConsentsService) {}

  @Get('consent-purposes')
  @Allow(Action.Read, Subject.ConsentPurpose)
  @ApiOperation({ summary: 'Consent purposes with every version of their text' })
  async list(): Promise<Page<ConsentPurposeRecord>> {
    const purposes = await this.consents.purposes();
    return new Page('consent-purposes', purposes, 0, purposes.length);
  }

  @Get('consent-purposes/:id')
  @Allow(Action.Read, Subject.ConsentPurpose)
  get(@UuidParam() id: string): Promise<ConsentPurposeRecord> {
    return this.consents.purpose(id);
  }

  @Post('consent-purposes')
  @Allow(Action.Create, Subject.ConsentPurpose)
  @ApiOperation({ summary: 'A new purpose with its first text' })
  create(@CurrentCaller() caller: Caller, @Body() dto: CreatePurposeDto): Promise<ConsentPurposeRecord> {
    return this.consents.createPurpose(caller, dto);
  }

  @Post('consent-purposes/:id/versions')
  @Allow(Action.Update, Subject.ConsentPurpose)
  @ApiOperation({ summary: 'Publish a new text; a material one asks everyone again' })
  publish(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: PublishVersionDto): Promise<ConsentPurposeRecord> {
    return this.consents.publishVersion(caller, id, dto);
  }

  @Post('consents-on-behalf/:purpose')
  @Allow(Action.Update, Subject.ConsentPurpose)
  @ApiOperation({ summary: 'Record an answer given by letter or in person (the staff member is named in the ledger)' })
  onBehalf(@CurrentCaller() caller: Caller, @Param('purpose') purpose: string, @Body() dto: ConsentOnBehalfDto): Promise<MyConsent> {
    return this.consents.decideOnBehalf(caller, dto.userId, purpose, dto.decision, dto.version, dto.reason);
  }
}

/** Legal holds, placed and lifted by the platform owner. */
@ApiTags('privacy')
@Controller('legal-holds')
export class LegalHoldsController {
  constructor(private readonly holds: LegalHoldsService) {}

  @Get()
  @Allow(Action.Read, Subject.LegalHold)
  @ListEndpoint(LEGAL_HOLDS_LIST, LegalHoldRecordDto)
  list(@ListParams(LEGAL_HOLDS_LIST) query: ListQuery<LegalHoldFilterDto>): Promise<Page<LegalHoldRecord>> {
    return this.holds.list(query);
  }

  @Get(':id')
  @Allow(Action.Read, Subject.LegalHold)
  get(@UuidParam() id: string): Promise<LegalHoldRecord> {
    return this.holds.get(id);
  }

  @Get(':id/preserved')
  @Allow(Action.Read, Subject.LegalHold)
  @ApiOperation({ summary: 'Posts and group messages deleted while this hold covered them, as they were (audited)' })
  preserved(@CurrentCaller() caller: Caller, @UuidParam() id: string): Promise<PreservedItem[]> {
    return this.holds.preserved(caller, id);
  }

  @Post()
  @Allow(Action.Create, Subject.LegalHold)
  @ApiOperation({ summary: 'Keep a person’s content, or one item, out of erasure and retention until a date' })
  @ApiCreatedResponse({ type: LegalHoldRecordDto })
  place(@CurrentCaller() caller: Caller, @Body() dto: PlaceHoldDto): Promise<LegalHoldRecord> {
    return this.holds.place(caller, dto);
  }

  @Post(':id/lift')
  @Allow(Action.Update, Subject.LegalHold)
  @ApiCreatedResponse({ type: LegalHoldRecordDto })
  lift(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: LiftHoldDto): Promise<LegalHoldRecord> {
    return this.holds.lift(caller, id, dto.reason);
  }
}

/** The retention schedule, the record of processing and the erasure check. */
@ApiTags('privacy')
@Controller()
export class PrivacyAdminController {
  constructor(
    private readonly retention: RetentionService,
    private readonly record: RecordOfProcessingService,
    private readonly check: ErasureCheckService,
  ) {}

  @Get('retention-rules')
  @Allow(Action.Read, Subject.RetentionRule)
  list(): Promise<Page<RetentionRuleRecord>> {
    return this.retention.list();
  }

  @Get('retention-rules/:id')
  @Allow(Action.Read, Subject.RetentionRule)
  get(@UuidParam() id: string): Promise<RetentionRuleRecord> {
    return this.retention.get(id);
  }

  @Put('retention-rules/:id')
  @Allow(Action.Update, Subject.RetentionRule)
  update(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: UpdateRetentionDto): Promise<RetentionRuleRecord> {
    return this.retention.update(caller, id, dto.days, dto.reason);
  }

  @Post('retention-rules/apply')
  @Allow(Action.Manage, Subject.RetentionRule)
  @ApiOperation({ summary: 'Apply the schedule now (the nightly job does the same); returns rows deleted per kind' })
  apply(): Promise<Record<string, number>> {
    return this.retention.apply();
  }

  @Get('privacy/record-of-processing')
  @Allow(Action.Read, Subject.RecordOfProcessing)
  @ApiOperation({ summary: 'The record of processing (Art. 30), generated; `format=markdown` for text' })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'markdown'] })
  @Header('Cache-Control', 'no-store')
  recordOfProcessing(@Query('format') format?: string): Promise<unknown> {
    return this.record.build().then((record) => (format === 'markdown' ? { markdown: record.markdown } : record));
  }

  @Post('privacy/erasure-check')
  @Allow(Action.Manage, Subject.RecordOfProcessing)
  @ApiOperation({ summary: 'Scan every table for a person’s id, e-mail and name; lists every hit' })
  runCheck(@Body() dto: ErasureCheckDto): Promise<ErasureCheckResult> {
    return this.check.check({ id: dto.userId, email: dto.email, displayName: dto.displayName });
  }
}
