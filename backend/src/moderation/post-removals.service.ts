import { Injectable } from '@nestjs/common';
import { CaseRouting, ContentStatus, ModerationActionType, type PostRecord, ReportableType, Subject } from '@samverka/shared';
import { DataSource } from 'typeorm';
import type { Caller } from '../access/caller.js';
import { ContentError, ContentErrorCode } from '../content/content.errors.js';
import { ContentModeration } from '../content/content-moderation.service.js';
import { PostsService } from '../content/posts.service.js';
import { isStaff } from '../groups/group-access.service.js';
import { DecisionsService } from './decisions.service.js';
import type { RemovePostDto } from './dto/case.dto.js';
import { IntakeStatements } from './intake-statements.js';
import { ReportedItems } from './reported-items.js';

/**
 * Staff removing a post from the posts list, without a report: the removal is a decision on the
 * post's case (its open case if reported, else a new one), so it leaves a moderation action, a
 * strike, a statement of reasons in the author's language with the right to appeal, and a row in
 * the DSA export, as a decision in the queue does.
 */
@Injectable()
export class PostRemovals {
  constructor(
    private readonly db: DataSource,
    private readonly items: ReportedItems,
    private readonly statements: IntakeStatements,
    private readonly moderation: ContentModeration,
    private readonly decisions: DecisionsService,
    private readonly posts: PostsService,
  ) {}

  async remove(caller: Caller, postId: string, dto: RemovePostDto): Promise<PostRecord> {
    await this.db.transaction(async (manager) => {
      const item = await this.items.describe(manager, ReportableType.Post, postId);
      const post = { id: postId, groupId: item.groupId, authorId: item.authorId ?? '', status: item.status ?? ContentStatus.Visible };
      const municipalityId = (await this.moderation.assertMayModerate(manager, caller, Subject.Post, post)) ?? item.municipalityId;
      if (post.status === ContentStatus.Removed) throw new ContentError(ContentErrorCode.StatusUnchanged, 'The content is already removed');
      // A group's own admin decides in the group's queue; platform staff in the platform's.
      const routing = item.groupId && !isStaff(caller) ? CaseRouting.GroupAdmins : CaseRouting.Platform;
      const c = await this.statements.openCaseFor(manager, {
        itemType: ReportableType.Post,
        itemId: postId,
        groupId: item.groupId,
        municipalityId: item.municipalityId,
        authorId: item.authorId,
        routing,
        escalated: false,
      });
      await this.decisions.decideWithin(manager, caller, c, {
        version: c.version,
        actions: [{ type: ModerationActionType.Remove, rule: dto.rule, statement: dto.reason, legalGround: dto.legalGround }],
      });
      // The post's own trail (its history page) says what was done to it, as before.
      await this.moderation.audit(manager, caller, Subject.Post, post, ContentStatus.Removed, dto.reason, municipalityId, dto.rule);
    });
    return this.posts.get(caller, postId);
  }
}
