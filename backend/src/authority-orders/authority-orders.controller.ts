import { Body, Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Action, type AuthorityOrderActionRecord, type AuthorityOrderRecord, Subject } from '@samverka/shared';
import { CurrentCaller } from '../access/caller.decorator.js';
import type { Caller } from '../access/caller.js';
import { Allow } from '../access/policy.decorator.js';
import { UuidParam } from '../platform/http/id-param.decorator.js';
import type { ListQuery } from '../platform/http/simple-rest/list-query.js';
import { ListEndpoint, ListParams } from '../platform/http/simple-rest/list-params.decorator.js';
import { Page } from '../platform/http/simple-rest/page.js';
import { AuthorityOrderActionLog } from './authority-order-action-log.js';
import { AuthorityOrdersService } from './authority-orders.service.js';
import { AuthorityOrderDetailDto } from './dto/authority-order-action.dto.js';
import { AUTHORITY_ORDERS_LIST, type AuthorityOrderFilterDto, AuthorityOrderRecordDto, FiledOrderDto, FileOrderDto, RefuseOrderDto } from './dto/authority-order.dto.js';

/** Orders from authorities: filed by the police (or entered from a letter) and decided on record. */
@ApiTags('authority-orders')
@Controller('authority-orders')
export class AuthorityOrdersController {
  constructor(
    private readonly orders: AuthorityOrdersService,
    private readonly actions: AuthorityOrderActionLog,
  ) {}

  @Get()
  @Allow(Action.Read, Subject.AuthorityOrder)
  @ListEndpoint(AUTHORITY_ORDERS_LIST, AuthorityOrderRecordDto)
  list(@CurrentCaller() caller: Caller, @ListParams(AUTHORITY_ORDERS_LIST) query: ListQuery<AuthorityOrderFilterDto>): Promise<Page<AuthorityOrderRecord>> {
    return this.orders.list(caller, query);
  }

  @Get(':id')
  @Allow(Action.Read, Subject.AuthorityOrder)
  @ApiOkResponse({ type: AuthorityOrderDetailDto })
  async get(@CurrentCaller() caller: Caller, @UuidParam() id: string): Promise<AuthorityOrderRecord & { actions: AuthorityOrderActionRecord[] }> {
    // The order first: its scope check answers 404 before anything linked to it is read.
    const order = await this.orders.get(caller, id);
    return { ...order, actions: await this.actions.of(id) };
  }

  @Post()
  @Allow(Action.Create, Subject.AuthorityOrder)
  @ApiOperation({ summary: 'File an order from an authority; the answer is its id only' })
  @ApiCreatedResponse({ type: FiledOrderDto })
  file(@CurrentCaller() caller: Caller, @Body() dto: FileOrderDto): Promise<{ id: string }> {
    return this.orders.file(caller, dto);
  }

  @Post(':id/acknowledge')
  @HttpCode(HttpStatus.OK)
  @Allow(Action.Decide, Subject.AuthorityOrder)
  @ApiOkResponse({ type: AuthorityOrderRecordDto })
  acknowledge(@CurrentCaller() caller: Caller, @UuidParam() id: string): Promise<AuthorityOrderRecord> {
    return this.orders.move(caller, id, 'acknowledged');
  }

  @Post(':id/review')
  @HttpCode(HttpStatus.OK)
  @Allow(Action.Decide, Subject.AuthorityOrder)
  @ApiOkResponse({ type: AuthorityOrderRecordDto })
  review(@CurrentCaller() caller: Caller, @UuidParam() id: string): Promise<AuthorityOrderRecord> {
    return this.orders.move(caller, id, 'in_review');
  }

  @Post(':id/done')
  @HttpCode(HttpStatus.OK)
  @Allow(Action.Decide, Subject.AuthorityOrder)
  @ApiOkResponse({ type: AuthorityOrderRecordDto })
  done(@CurrentCaller() caller: Caller, @UuidParam() id: string): Promise<AuthorityOrderRecord> {
    return this.orders.move(caller, id, 'done');
  }

  @Post(':id/refuse')
  @HttpCode(HttpStatus.OK)
  @Allow(Action.Decide, Subject.AuthorityOrder)
  @ApiOkResponse({ type: AuthorityOrderRecordDto })
  refuse(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: RefuseOrderDto): Promise<AuthorityOrderRecord> {
    return this.orders.move(caller, id, 'refused', dto.reason);
  }
}
