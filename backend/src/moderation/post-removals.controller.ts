import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { PostRecord } from '@samverka/shared';
import { CurrentCaller } from '../access/caller.decorator.js';
import type { Caller } from '../access/caller.js';
import { SignedIn } from '../access/policy.decorator.js';
import { PostRecordDto } from '../content/dto/post.dto.js';
import { UuidParam } from '../platform/http/id-param.decorator.js';
import { RemovePostDto } from './dto/case.dto.js';
import { PostRemovals } from './post-removals.service.js';

/** Removing a post is a moderation decision, so its route lives with moderation; who may is decided per post. */
@ApiTags('moderation')
@Controller('posts')
export class PostRemovalsController {
  constructor(private readonly removals: PostRemovals) {}

  @Post(':id/remove')
  @SignedIn()
  @ApiOperation({ summary: 'Remove for breaking a rule of the code of conduct: a decision on the post’s case, with the statement of reasons, strike and appeal' })
  @ApiCreatedResponse({ type: PostRecordDto })
  remove(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: RemovePostDto): Promise<PostRecord> {
    return this.removals.remove(caller, id, dto);
  }
}
