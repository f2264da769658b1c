import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Action, type ErasureCertificateRecord, type PrivacyRequestRecord, Subject } from '@samverka/shared';
import { CurrentCaller } from '../access/caller.decorator.js';
import type { Caller } from '../access/caller.js';
import { Allow } from '../access/policy.decorator.js';
import { UuidParam } from '../platform/http/id-param.decorator.js';
import type { ListQuery } from '../platform/http/simple-rest/list-query.js';
import { ListEndpoint, ListParams } from '../platform/http/simple-rest/list-params.decorator.js';
import type { Page } from '../platform/http/simple-rest/page.js';
import { CloseRequestDto, ExtendRequestDto, FileOnBehalfDto, LiftRestrictionDto, PRIVACY_REQUESTS_LIST, type PrivacyRequestFilterDto, PrivacyRequestRecordDto } from './dto/privacy-request.dto.js';
import { ErasureCertificatesService } from './erasure-certificates.service.js';
import { PrivacyRequestsService } from './requests.service.js';

/** The platform owner's queue of requests from data subjects, by due date. */
@ApiTags('privacy')
@Controller('privacy-requests')
export class PrivacyRequestsController {
  constructor(
    private readonly requests: PrivacyRequestsService,
    private readonly certificates: ErasureCertificatesService,
  ) {}

  @Get()
  @Allow(Action.Read, Subject.PrivacyRequest)
  @ApiOperation({ summary: 'Requests, open ones first by the due date in force; overdue ones are marked' })
  @ListEndpoint(PRIVACY_REQUESTS_LIST, PrivacyRequestRecordDto)
  list(@ListParams(PRIVACY_REQUESTS_LIST) query: ListQuery<PrivacyRequestFilterDto>): Promise<Page<PrivacyRequestRecord>> {
    return this.requests.list(query);
  }

  @Get(':id')
  @Allow(Action.Read, Subject.PrivacyRequest)
  @ApiOkResponse({ type: PrivacyRequestRecordDto })
  get(@UuidParam() id: string): Promise<PrivacyRequestRecord> {
    return this.requests.get(id);
  }

  @Get(':id/certificate')
  @Allow(Action.Read, Subject.PrivacyRequest)
  @ApiOperation({ summary: 'The erasure certificate of a request (text, hash) and the whole-database scan after it' })
  certificate(@UuidParam() id: string): Promise<ErasureCertificateRecord> {
    return this.certificates.get(id);
  }

  @Post()
  @Allow(Action.Create, Subject.PrivacyRequest)
  @ApiOperation({ summary: 'File a request on someone’s behalf (by letter), recording how their identity was checked' })
  @ApiCreatedResponse({ type: PrivacyRequestRecordDto })
  fileOnBehalf(@CurrentCaller() caller: Caller, @Body() dto: FileOnBehalfDto): Promise<PrivacyRequestRecord> {
    return this.requests.fileOnBehalf(caller, dto);
  }

  @Post(':id/extend')
  @Allow(Action.Update, Subject.PrivacyRequest)
  @ApiOperation({ summary: 'Extend by one or two months, within the first month, telling the person why' })
  @ApiCreatedResponse({ type: PrivacyRequestRecordDto })
  extend(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: ExtendRequestDto): Promise<PrivacyRequestRecord> {
    return this.requests.extend(caller, id, dto.months, dto.reason);
  }

  @Post(':id/lift-restriction')
  @Allow(Action.Update, Subject.PrivacyRequest)
  @ApiOperation({ summary: 'End the restriction of processing granted under this request (Art. 18(3)), telling the person why' })
  @ApiCreatedResponse({ type: PrivacyRequestRecordDto })
  liftRestriction(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: LiftRestrictionDto): Promise<PrivacyRequestRecord> {
    return this.requests.liftRestriction(caller, id, dto.reason);
  }

  @Post(':id/close')
  @Allow(Action.Update, Subject.PrivacyRequest)
  @ApiOperation({ summary: 'Close a request handled by hand, or refuse it, with a note to the person; completing a restriction request puts the restriction in force' })
  @ApiCreatedResponse({ type: PrivacyRequestRecordDto })
  close(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: CloseRequestDto): Promise<PrivacyRequestRecord> {
    return this.requests.close(caller, id, dto.status, dto.note);
  }
}
