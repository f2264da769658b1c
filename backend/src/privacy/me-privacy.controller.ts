import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { PrivacyRequestRecord } from '@samverka/shared';
import type { Response } from 'express';
import { CurrentCaller } from '../access/caller.decorator.js';
import type { Caller } from '../access/caller.js';
import { OpenWhileSuspended } from '../access/open-while-suspended.decorator.js';
import { SignedIn } from '../access/policy.decorator.js';
import { UuidParam } from '../platform/http/id-param.decorator.js';
import { streamFile } from '../storage/send-file.js';
import { type ConsentHistoryEntry, ConsentsService, type MyConsent } from './consents.service.js';
import { ConsentDecisionDto } from './dto/consent.dto.js';
import { FileOwnRequestDto, PrivacyRequestRecordDto } from './dto/privacy-request.dto.js';
import { PrivacyRequestsService } from './requests.service.js';

/**
 * A person's own privacy: consents, requests, the export download. Open while suspended: a
 * suspension takes none of the GDPR's rights away (access, erasure, withdrawing consent ...).
 */
@ApiTags('privacy')
@Controller('me')
@OpenWhileSuspended()
export class MePrivacyController {
  constructor(
    private readonly consents: ConsentsService,
    private readonly requests: PrivacyRequestsService,
  ) {}

  @Get('consents')
  @SignedIn()
  @ApiOperation({ summary: 'My consents: the state of each purpose (with the text in force) and the full history' })
  myConsents(@CurrentCaller() caller: Caller): Promise<{ purposes: MyConsent[]; history: ConsentHistoryEntry[] }> {
    return this.consents.mine(caller.id);
  }

  @Post('consents/:purpose')
  @SignedIn()
  @ApiOperation({ summary: 'Grant, refuse or withdraw consent to a purpose, for the text version shown' })
  decide(@CurrentCaller() caller: Caller, @Param('purpose') purpose: string, @Body() dto: ConsentDecisionDto): Promise<MyConsent> {
    return this.consents.decide(caller, purpose, dto.decision, dto.version);
  }

  @Get('privacy-requests')
  @SignedIn()
  @ApiOperation({ summary: 'My requests about my personal data' })
  @ApiOkResponse({ type: [PrivacyRequestRecordDto] })
  myRequests(@CurrentCaller() caller: Caller): Promise<PrivacyRequestRecord[]> {
    return this.requests.mine(caller.id);
  }

  @Post('privacy-requests')
  @SignedIn()
  @ApiOperation({ summary: 'Ask for my data (access, portability), erasure (password again; grace period), restriction or rectification' })
  @ApiCreatedResponse({ type: PrivacyRequestRecordDto })
  file(@CurrentCaller() caller: Caller, @Body() dto: FileOwnRequestDto): Promise<PrivacyRequestRecord> {
    return this.requests.fileOwn(caller, dto);
  }

  @Post('privacy-requests/:id/cancel')
  @SignedIn()
  @ApiOperation({ summary: 'Cancel my erasure during its grace period' })
  @ApiCreatedResponse({ type: PrivacyRequestRecordDto })
  cancel(@CurrentCaller() caller: Caller, @UuidParam() id: string): Promise<PrivacyRequestRecord> {
    return this.requests.cancelOwn(caller, id);
  }

  @Get('privacy-requests/:id/download')
  @SignedIn()
  @ApiOperation({ summary: 'Download my export (ZIP), until it expires; streamed, with its length' })
  async download(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Res() response: Response): Promise<void> {
    await streamFile(response, await this.requests.download(caller, id));
  }
}
