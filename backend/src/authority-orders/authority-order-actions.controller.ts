import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Action, type AuthorityOrderActionRecord, Subject } from '@samverka/shared';
import { CurrentCaller } from '../access/caller.decorator.js';
import type { Caller } from '../access/caller.js';
import { Allow } from '../access/policy.decorator.js';
import { UuidParam } from '../platform/http/id-param.decorator.js';
import { AuthorityOrderActionsService } from './authority-order-actions.service.js';
import { ActOnOrderDto, AuthorityOrderActionDto } from './dto/authority-order-action.dto.js';

/** Acting on an order: holds, interventions and moderation actions, each linked to the order. */
@ApiTags('authority-orders')
@Controller('authority-orders')
export class AuthorityOrderActionsController {
  constructor(private readonly actions: AuthorityOrderActionsService) {}

  @Post(':id/actions')
  @Allow(Action.Decide, Subject.AuthorityOrder)
  @ApiOperation({
    summary:
      'Act on an acknowledged order (or one in review) for items of its scope: preserve places legal holds (holdUntil), act_against_content removes or hides with a statement of reasons citing the order (authorNotToldUntil and authorNotToldReason hold the statement back); a locked group is reached through its intervention',
  })
  @ApiCreatedResponse({ type: [AuthorityOrderActionDto] })
  act(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: ActOnOrderDto): Promise<AuthorityOrderActionRecord[]> {
    return this.actions.act(caller, id, dto);
  }
}
