import { Injectable } from '@nestjs/common';
import type { Caller } from '../access/caller.js';
import { DataSource, IsNull, type SelectQueryBuilder } from 'typeorm';
import { OrganisationRelations } from '../identity/organisation-relations.port.js';
import type { ListQuery } from '../platform/http/simple-rest/list-query.js';
import { Page } from '../platform/http/simple-rest/page.js';
import { ContentError, ContentErrorCode } from './content.errors.js';
import { ORGANISATION_MESSAGES_LIST, type OrganisationMessageFilterDto, type OrganisationMessageRecord } from './dto/organisation-message.dto.js';
import { OrganisationMessage } from './organisation-message.entity.js';
import { OrganisationMessageRecords, type TipReader } from './organisation-message-records.js';

/**
 * Private messages to an organisation (tips, suggestions): anyone signed in writes; the sender
 * and the organisation's members read. Nobody else, platform staff included, unless reported.
 * Answering and closing them is TipHandlingService's.
 */
@Injectable()
export class OrganisationMessagesService {
  constructor(
    private readonly db: DataSource,
    private readonly organisations: OrganisationRelations,
    private readonly records: OrganisationMessageRecords,
  ) {}

  async send(caller: Caller, organisationId: string, text: string): Promise<OrganisationMessageRecord> {
    if (!(await this.organisations.exists(organisationId))) throw new ContentError(ContentErrorCode.NotFound, `No organisation with id ${organisationId}`);
    const message = await this.db.manager.save(this.db.manager.create(OrganisationMessage, { organisationId, senderId: caller.id, text }));
    return (await this.records.toRecords(this.db.manager, [message], 'sender'))[0];
  }

  /** The tips to every organisation the caller is a member of (the console's inbox). */
  async inboxes(caller: Caller, query: ListQuery<OrganisationMessageFilterDto>): Promise<Page<OrganisationMessageRecord>> {
    const qb = this.records.scopeToInbox(this.db.getRepository(OrganisationMessage).createQueryBuilder('m'), caller);
    if (query.filter.organisationId) qb.andWhere('m.organisationId = :organisationId', { organisationId: query.filter.organisationId });
    return this.page(qb, query, 'member');
  }

  /** One organisation's inbox, for its members. */
  async inbox(caller: Caller, organisationId: string, query: ListQuery<OrganisationMessageFilterDto>): Promise<Page<OrganisationMessageRecord>> {
    // Outside the organisation, its inbox does not exist.
    if (!(await this.records.mayHandle(this.db.manager, caller, organisationId))) throw new ContentError(ContentErrorCode.NotFound, `No inbox of yours for organisation ${organisationId}`);
    return this.inboxes(caller, { ...query, filter: { ...query.filter, organisationId } });
  }

  async get(caller: Caller, id: string): Promise<OrganisationMessageRecord> {
    const message = await this.records.loadForMember(this.db.manager, caller, id);
    return (await this.records.toRecords(this.db.manager, [message], 'member'))[0];
  }

  /** What the caller has sent, to any organisation, with the organisations' answers. */
  async sent(caller: Caller, query: ListQuery<OrganisationMessageFilterDto>): Promise<Page<OrganisationMessageRecord>> {
    const qb = this.db.getRepository(OrganisationMessage).createQueryBuilder('m').where('m.senderId = :me', { me: caller.id });
    if (query.filter.organisationId) qb.andWhere('m.organisationId = :organisationId', { organisationId: query.filter.organisationId });
    return this.page(qb, query, 'sender');
  }

  async markRead(caller: Caller, id: string): Promise<OrganisationMessageRecord> {
    const message = await this.records.loadForMember(this.db.manager, caller, id);
    if (!message.readAt) {
      message.readAt = new Date();
      await this.db.manager.update(OrganisationMessage, { id, readAt: IsNull() }, { readAt: message.readAt });
    }
    return (await this.records.toRecords(this.db.manager, [message], 'member'))[0];
  }

  async deleteOwn(caller: Caller, id: string): Promise<void> {
    const result = await this.db.manager.delete(OrganisationMessage, { id, senderId: caller.id });
    if (!result.affected) throw new ContentError(ContentErrorCode.NotFound, `No message of yours with id ${id}`);
  }

  private async page(qb: SelectQueryBuilder<OrganisationMessage>, query: ListQuery<OrganisationMessageFilterDto>, reader: TipReader): Promise<Page<OrganisationMessageRecord>> {
    const f = query.filter;
    if (f.unread !== undefined) qb.andWhere(f.unread ? 'm.readAt IS NULL' : 'm.readAt IS NOT NULL');
    if (f.state) qb.andWhere('m.state = :state', { state: f.state });
    if (f.since) qb.andWhere('m.createdAt >= :since', { since: f.since });
    if (f.id) qb.andWhere('m.id = ANY(:ids)', { ids: f.id });
    qb.orderBy('m.createdAt', query.sort.order).addOrderBy('m.id').skip(query.offset).take(query.limit);
    const [rows, total] = await qb.getManyAndCount();
    return new Page(ORGANISATION_MESSAGES_LIST.resource, await this.records.toRecords(this.db.manager, rows, reader), query.offset, total);
  }
}
