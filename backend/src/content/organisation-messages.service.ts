import { Injectable } from '@nestjs/common';
import { ContentStatus } from '@samverka/shared';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { Caller } from '../access/caller.js';
import { OrganisationRelations } from '../identity/organisation-relations.port.js';
import { UsersRepository } from '../identity/users/users.repository.js';
import type { ListQuery } from '../platform/http/simple-rest/list-query.js';
import { Page } from '../platform/http/simple-rest/page.js';
import { ContentError, ContentErrorCode } from './content.errors.js';
import { ORGANISATION_MESSAGES_LIST, type OrganisationMessageFilterDto, type OrganisationMessageRecord } from './dto/organisation-message.dto.js';
import { OrganisationMessage } from './organisation-message.entity.js';

/**
 * Private messages to an organisation (tips, suggestions): anyone signed in writes; the sender
 * and the organisation's members read. Nobody else, platform staff included, unless reported.
 */
@Injectable()
export class OrganisationMessagesService {
  constructor(
    private readonly db: DataSource,
    private readonly organisations: OrganisationRelations,
    private readonly users: UsersRepository,
  ) {}

  async send(caller: Caller, organisationId: string, text: string): Promise<OrganisationMessageRecord> {
    if (!(await this.organisations.exists(organisationId))) throw new ContentError(ContentErrorCode.NotFound, `No organisation with id ${organisationId}`);
    const message = await this.db.manager.save(this.db.manager.create(OrganisationMessage, { organisationId, senderId: caller.id, text }));
    return (await this.records(this.db.manager, [message]))[0];
  }

  /** The organisation's inbox, for its members. */
  async inbox(caller: Caller, organisationId: string, query: ListQuery<OrganisationMessageFilterDto>): Promise<Page<OrganisationMessageRecord>> {
    await this.assertMember(caller, organisationId);
    const qb = this.db.getRepository(OrganisationMessage).createQueryBuilder('m').where('m.organisationId = :organisationId', { organisationId });
    qb.andWhere('m.status = :visible', { visible: ContentStatus.Visible });
    return this.page(qb, query);
  }

  /** What the caller has sent, to any organisation. */
  async sent(caller: Caller, query: ListQuery<OrganisationMessageFilterDto>): Promise<Page<OrganisationMessageRecord>> {
    const qb = this.db.getRepository(OrganisationMessage).createQueryBuilder('m').where('m.senderId = :me', { me: caller.id });
    return this.page(qb, query);
  }

  async markRead(caller: Caller, id: string): Promise<OrganisationMessageRecord> {
    const message = await this.db.manager.findOneBy(OrganisationMessage, { id });
    if (!message) throw new ContentError(ContentErrorCode.NotFound, `No message with id ${id}`);
    await this.assertMember(caller, message.organisationId);
    if (!message.readAt) {
      message.readAt = new Date();
      await this.db.manager.save(message);
    }
    return (await this.records(this.db.manager, [message]))[0];
  }

  async deleteOwn(caller: Caller, id: string): Promise<void> {
    const result = await this.db.manager.delete(OrganisationMessage, { id, senderId: caller.id });
    if (!result.affected) throw new ContentError(ContentErrorCode.NotFound, `No message of yours with id ${id}`);
  }

  private async assertMember(caller: Caller, organisationId: string): Promise<void> {
    const memberships = await this.organisations.of(caller.id);
    // Outside the organisation, its inbox does not exist.
    if (!memberships.some((membership) => membership.id === organisationId)) throw new ContentError(ContentErrorCode.NotFound, `No inbox of yours for organisation ${organisationId}`);
  }

  private async page(qb: SelectQueryBuilder<OrganisationMessage>, query: ListQuery<OrganisationMessageFilterDto>): Promise<Page<OrganisationMessageRecord>> {
    const f = query.filter;
    if (f.unread !== undefined) qb.andWhere(f.unread ? 'm.readAt IS NULL' : 'm.readAt IS NOT NULL');
    if (f.since) qb.andWhere('m.createdAt >= :since', { since: f.since });
    if (f.id) qb.andWhere('m.id = ANY(:ids)', { ids: f.id });
    qb.orderBy('m.createdAt', query.sort.order).addOrderBy('m.id').skip(query.offset).take(query.limit);
    const [rows, total] = await qb.getManyAndCount();
    return new Page(ORGANISATION_MESSAGES_LIST.resource, await this.records(this.db.manager, rows), query.offset, total);
  }

  private async records(manager: EntityManager, messages: OrganisationMessage[]): Promise<OrganisationMessageRecord[]> {
    const names = await this.users.displayNames(
      messages.map((message) => message.senderId),
      manager,
    );
    return messages.map((m) => ({
      id: m.id,
      organisationId: m.organisationId,
      senderId: m.senderId,
      senderName: names.get(m.senderId) ?? '',
      text: m.text,
      status: m.status,
      createdAt: m.createdAt.toISOString(),
      readAt: m.readAt?.toISOString() ?? null,
    }));
  }
}
