import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { type AuditEventRecord, ContentStatus, type PostRecord } from '@samverka/shared';
import { AuditEventRecordDto } from '../audit/dto/audit-event.dto.js';
import type { Response } from 'express';
import { CurrentCaller } from '../access/caller.decorator.js';
import type { Caller } from '../access/caller.js';
import { SignedIn } from '../access/policy.decorator.js';
import { UuidParam } from '../platform/http/id-param.decorator.js';
import type { ListQuery } from '../platform/http/simple-rest/list-query.js';
import { ListEndpoint, ListParams } from '../platform/http/simple-rest/list-params.decorator.js';
import type { Page } from '../platform/http/simple-rest/page.js';
import { sendFile } from '../storage/send-file.js';
import { CreatePostDto, ModerationDto, POST_HISTORY_LIST, type PostHistoryFilterDto, POSTS_LIST, type PostFilterDto, PostRecordDto } from './dto/post.dto.js';
import { PostsService } from './posts.service.js';

/** Signed-in routes: who may read or moderate which post is decided per post, in the service. */
@ApiTags('content')
@Controller('posts')
export class PostsController {
  constructor(private readonly posts: PostsService) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'The public map, or a group’s map with filter.groupId' })
  @ListEndpoint(POSTS_LIST, PostRecordDto)
  list(@CurrentCaller() caller: Caller, @ListParams(POSTS_LIST) query: ListQuery<PostFilterDto>): Promise<Page<PostRecord>> {
    return this.posts.list(caller, query);
  }

  @Get(':id')
  @SignedIn()
  @ApiOkResponse({ type: PostRecordDto })
  get(@CurrentCaller() caller: Caller, @UuidParam() id: string): Promise<PostRecord> {
    return this.posts.get(caller, id);
  }

  @Get(':id/history')
  @SignedIn()
  @ApiOperation({ summary: 'What was done to a post (its audit events), for those who may moderate it' })
  @ListEndpoint(POST_HISTORY_LIST, AuditEventRecordDto)
  history(@CurrentCaller() caller: Caller, @UuidParam() id: string, @ListParams(POST_HISTORY_LIST) query: ListQuery<PostHistoryFilterDto>): Promise<Page<AuditEventRecord>> {
    return this.posts.history(caller, id, query);
  }

  @Get(':id/image')
  @SignedIn()
  @ApiProduces('image/png', 'image/jpeg', 'image/webp')
  @ApiOkResponse({ description: 'The image, as an attachment' })
  async image(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Res() response: Response): Promise<void> {
    sendFile(response, await this.posts.image(caller, id));
  }

  @Post()
  @SignedIn()
  @ApiOperation({ summary: 'Post on the public map, or on a group’s map (members only)' })
  @ApiCreatedResponse({ type: PostRecordDto })
  create(@CurrentCaller() caller: Caller, @Body() dto: CreatePostDto): Promise<PostRecord> {
    return this.posts.create(caller, dto);
  }

  @Delete(':id')
  @SignedIn()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete your own post' })
  @ApiNoContentResponse()
  remove(@CurrentCaller() caller: Caller, @UuidParam() id: string): Promise<void> {
    return this.posts.deleteOwn(caller, id);
  }

  @Post(':id/hide')
  @SignedIn()
  @ApiOperation({ summary: 'Hide pending review (reversible); the author is told' })
  @ApiCreatedResponse({ type: PostRecordDto })
  hide(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: ModerationDto): Promise<PostRecord> {
    return this.posts.moderate(caller, id, ContentStatus.Hidden, dto.reason);
  }

  @Post(':id/restore')
  @SignedIn()
  @ApiCreatedResponse({ type: PostRecordDto })
  restore(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: ModerationDto): Promise<PostRecord> {
    return this.posts.moderate(caller, id, ContentStatus.Visible, dto.reason);
  }
}
