import { Body, Controller, Get, HttpCode, HttpStatus, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Action, type AuthorityOrderConfirmationRecord, type AuthorityOrderDisclosureRecord, Subject } from '@samverka/shared';
import type { Response } from 'express';
import { CurrentCaller } from '../access/caller.decorator.js';
import type { Caller } from '../access/caller.js';
import { Allow, SignedIn } from '../access/policy.decorator.js';
import { UuidParam } from '../platform/http/id-param.decorator.js';
import { streamFile } from '../storage/send-file.js';
import { AuthorityOrderConfirmationsService } from './authority-order-confirmations.service.js';
import { AuthorityOrderDisclosuresService } from './authority-order-disclosures.service.js';
import { AuthorityOrderConfirmationRecordDto, AuthorityOrderDisclosureRecordDto, MakeDisclosureDto } from './dto/authority-order-disclosure.dto.js';

/** Information orders: the second reviewer's confirmation, and the one-time disclosure of the named data. */
@ApiTags('authority-orders')
@Controller('authority-orders')
export class AuthorityOrderDisclosuresController {
  constructor(
    private readonly confirmations: AuthorityOrderConfirmationsService,
    private readonly disclosures: AuthorityOrderDisclosuresService,
  ) {}

  @Post(':id/confirm')
  @HttpCode(HttpStatus.OK)
  @Allow(Action.Confirm, Subject.AuthorityOrder)
  @ApiOperation({ summary: 'Confirm a reviewed information order as the second pair of eyes (not its reviewer or filer)' })
  @ApiOkResponse({ type: AuthorityOrderConfirmationRecordDto })
  confirm(@CurrentCaller() caller: Caller, @UuidParam() id: string): Promise<AuthorityOrderConfirmationRecord> {
    return this.confirmations.confirm(caller, id);
  }

  @Get(':id/confirmation')
  @Allow(Action.Read, Subject.AuthorityOrder)
  @ApiOperation({ summary: 'Who reviewed and who confirmed an information order, and when (404 while unconfirmed)' })
  @ApiOkResponse({ type: AuthorityOrderConfirmationRecordDto })
  confirmation(@CurrentCaller() caller: Caller, @UuidParam() id: string): Promise<AuthorityOrderConfirmationRecord> {
    return this.confirmations.get(caller, id);
  }

  @Post(':id/disclosure')
  @Allow(Action.Decide, Subject.AuthorityOrder)
  @ApiOperation({ summary: 'Disclose exactly the data a confirmed information order names, once, as a ZIP for the issuing organisation' })
  @ApiCreatedResponse({ type: AuthorityOrderDisclosureRecordDto })
  make(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: MakeDisclosureDto): Promise<AuthorityOrderDisclosureRecord> {
    return this.disclosures.make(caller, id, dto);
  }

  @Get(':id/disclosure')
  @Allow(Action.Read, Subject.AuthorityOrder)
  @ApiOperation({ summary: 'What was disclosed for the order: ids and categories, never the data' })
  @ApiOkResponse({ type: AuthorityOrderDisclosureRecordDto })
  get(@CurrentCaller() caller: Caller, @UuidParam() id: string): Promise<AuthorityOrderDisclosureRecord> {
    return this.disclosures.get(caller, id);
  }

  /** Any signed-in person may ask; only the issuing organisation's members get anything (others: 404). */
  @Get(':id/disclosure/download')
  @SignedIn()
  @ApiOperation({ summary: 'Download the disclosed data (ZIP), once, as a member of the issuing organisation' })
  async download(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Res() response: Response): Promise<void> {
    // Once only: a browser's cached copy would be a second download the platform cannot see.
    await streamFile(response, await this.disclosures.download(caller, id), 'no-store');
  }
}
