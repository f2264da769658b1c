import { Injectable } from '@nestjs/common';
import { Action, ContentStatus, recordOf, Subject } from '@samverka/shared';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { scopeQuery } from '../access/ability-scope.js';
import type { Caller } from '../access/caller.js';
import { OrganisationRelations } from '../identity/organisation-relations.port.js';
import { UsersRepository } from '../identity/users/users.repository.js';
import { ContentError, ContentErrorCode } from './content.errors.js';
import type { OrganisationMessageRecord } from './dto/organisation-message.dto.js';
import { OrganisationMessage } from './organisation-message.entity.js';

/**
 * Who reads a tip: the organisation's members, who see which colleague answered or closed it;
 * the sender, who wrote to the organisation and hears back from the organisation, not from a
 * named officer (a tip may be about crime in their street: the name adds nothing they need and
 * could expose the officer).
 */
export type TipReader = 'member' | 'sender';

/**
 * Tips as their readers see them, and the one access rule for the inbox (CASL `memberIds` of the
 * tip's organisation): in SQL for lists, on the loaded tip for one. Outside it a tip does not
 * exist (404), for platform staff too.
 */
@Injectable()
export class OrganisationMessageRecords {
  constructor(
    private readonly organisations: OrganisationRelations,
    private readonly users: UsersRepository,
  ) {}

  /** Restricts a list to the tips of the caller's organisations that are in the inbox (not hidden by moderation). */
  scopeToInbox(qb: SelectQueryBuilder<OrganisationMessage>, caller: Caller): SelectQueryBuilder<OrganisationMessage> {
    scopeQuery(qb, caller.ability, Action.Read, Subject.OrganisationMessage, { memberIds: this.organisations.membersLinked('m.organisation_id') });
    return qb.andWhere('m.status = :visible', { visible: ContentStatus.Visible });
  }

  /** Is the caller a member the rules let read (or handle) this organisation's tips. */
  async mayHandle(manager: EntityManager, caller: Caller, organisationId: string, action: Action = Action.Read): Promise<boolean> {
    const memberIds = await this.organisations.memberIds(organisationId, manager);
    return caller.ability.can(action, recordOf(Subject.OrganisationMessage, { organisationId, memberIds }));
  }

  /** One tip of the caller's inbox, locked for a change when asked. */
  async loadForMember(manager: EntityManager, caller: Caller, id: string, action: Action = Action.Read, lock = false): Promise<OrganisationMessage> {
    const message = await manager.findOne(OrganisationMessage, { where: { id, status: ContentStatus.Visible }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!message || !(await this.mayHandle(manager, caller, message.organisationId, action))) {
      throw new ContentError(ContentErrorCode.NotFound, `No tip with id ${id} in an inbox of yours`);
    }
    return message;
  }

  async toRecords(manager: EntityManager, messages: OrganisationMessage[], reader: TipReader): Promise<OrganisationMessageRecord[]> {
    const [names, organisations] = await Promise.all([
      this.users.displayNames(
        messages.flatMap((m) => [m.senderId, ...(reader === 'member' ? [m.answeredBy, m.closedBy] : [])].filter((id): id is string => id !== null)),
        manager,
      ),
      this.organisations.summaries(
        messages.map((m) => m.organisationId),
        manager,
      ),
    ]);
    const memberName = (id: string | null) => (reader === 'member' && id ? (names.get(id) ?? null) : null);
    return messages.map((m) => ({
      id: m.id,
      organisationId: m.organisationId,
      organisationName: organisations.get(m.organisationId)?.name ?? '',
      senderId: m.senderId,
      senderName: names.get(m.senderId) ?? '',
      text: m.text,
      status: m.status,
      createdAt: m.createdAt.toISOString(),
      readAt: m.readAt?.toISOString() ?? null,
      state: m.state,
      answer: m.answer,
      answeredAt: m.answeredAt?.toISOString() ?? null,
      answeredByName: memberName(m.answeredBy),
      closedAt: m.closedAt?.toISOString() ?? null,
      closedByName: memberName(m.closedBy),
    }));
  }
}
