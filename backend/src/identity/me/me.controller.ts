import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { MeRecord } from '@samverka/shared';
import { CurrentCaller } from '../../access/caller.decorator.js';
import type { Caller } from '../../access/caller.js';
import { OpenWhileSuspended } from '../../access/open-while-suspended.decorator.js';
import { SignedIn } from '../../access/policy.decorator.js';
import { MeRecordDto, UpdateMeDto } from './me-record.js';
import { MeService } from './me.service.js';

/** Open while suspended: a suspended person reads who they are and until when, and picks the language Samverka writes to them in. */
@ApiTags('me')
@Controller('me')
@OpenWhileSuspended()
export class MeController {
  constructor(private readonly me: MeService) {}

  @Get()
  @SignedIn()
  @ApiOkResponse({ type: MeRecordDto, description: 'The caller, their roles, scopes, relations and packed rules' })
  get(@CurrentCaller() caller: Caller): Promise<MeRecord> {
    return this.me.describe(caller);
  }

  @Patch()
  @SignedIn()
  @ApiOkResponse({ type: MeRecordDto, description: 'The caller after the change (language: sv or en)' })
  update(@CurrentCaller() caller: Caller, @Body() changes: UpdateMeDto): Promise<MeRecord> {
    return this.me.update(caller, changes);
  }
}
