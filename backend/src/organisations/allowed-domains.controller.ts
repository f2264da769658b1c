import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { Action, type AllowedDomainRecord, Subject } from '@samverka/shared';
import { CurrentCaller } from '../access/caller.decorator.js';
import type { Caller } from '../access/caller.js';
import { Allow } from '../access/policy.decorator.js';
import { UuidParam } from '../platform/http/id-param.decorator.js';
import type { ListQuery } from '../platform/http/simple-rest/list-query.js';
import { ListEndpoint, ListParams } from '../platform/http/simple-rest/list-params.decorator.js';
import type { Page } from '../platform/http/simple-rest/page.js';
import { AllowedDomainsService } from './allowed-domains.service.js';
import { ALLOWED_DOMAINS_LIST, AllowedDomainDto, type AllowedDomainFilterDto, BadgeActionDto } from './dto/organisation.dto.js';
import { AllowedDomainRecordDto } from './dto/records.dto.js';

@ApiTags('verification')
@Controller('allowed-domains')
export class AllowedDomainsController {
  constructor(private readonly domains: AllowedDomainsService) {}

  @Get()
  @Allow(Action.Read, Subject.AllowedDomain)
  @ListEndpoint(ALLOWED_DOMAINS_LIST, AllowedDomainRecordDto)
  list(@CurrentCaller() caller: Caller, @ListParams(ALLOWED_DOMAINS_LIST) query: ListQuery<AllowedDomainFilterDto>): Promise<Page<AllowedDomainRecord>> {
    return this.domains.list(caller, query);
  }

  @Post()
  @Allow(Action.Create, Subject.AllowedDomain)
  @ApiCreatedResponse({ type: AllowedDomainRecordDto })
  add(@CurrentCaller() caller: Caller, @Body() dto: AllowedDomainDto): Promise<AllowedDomainRecord> {
    return this.domains.add(caller, dto);
  }

  @Post(':id/remove')
  @Allow(Action.Delete, Subject.AllowedDomain)
  @ApiCreatedResponse({ type: AllowedDomainRecordDto })
  remove(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: BadgeActionDto): Promise<AllowedDomainRecord> {
    return this.domains.remove(caller, id, dto.reason);
  }
}
