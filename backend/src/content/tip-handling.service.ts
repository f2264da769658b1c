import { Injectable } from '@nestjs/common';
import { Action, AuditAction, Subject, TipState } from '@samverka/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { Caller } from '../access/caller.js';
import { AuditService } from '../audit/audit.service.js';
import type { FieldChanges } from '../audit/audit-event.entity.js';
import { OrganisationRelations } from '../identity/organisation-relations.port.js';
import { NotifyService } from '../notify/notify.service.js';
import { ContentError, ContentErrorCode } from './content.errors.js';
import type { OrganisationMessageRecord } from './dto/organisation-message.dto.js';
import { OrganisationMessage } from './organisation-message.entity.js';
import { OrganisationMessageRecords } from './organisation-message-records.js';
import { tipWords } from './tip-words.js';

/** The in-app notification the sender gets when their tip is answered. */
export const TIP_ANSWERED_NOTIFICATION = 'organisation_message.answered';

/**
 * An organisation's members handle the tips sent to it: answer once (the sender is told, in
 * their language), close when done, reopen if needed. Each step is audited with the change, in
 * the same transaction, never with the tip's or the answer's text: those stay in the inbox.
 */
@Injectable()
export class TipHandlingService {
  constructor(
    private readonly db: DataSource,
    private readonly records: OrganisationMessageRecords,
    private readonly organisations: OrganisationRelations,
    private readonly audit: AuditService,
    private readonly notify: NotifyService,
  ) {}

  answer(caller: Caller, id: string, text: string): Promise<OrganisationMessageRecord> {
    return this.db.transaction(async (manager) => {
      const message = await this.records.loadForMember(manager, caller, id, Action.Update, true);
      if (message.answer !== null) throw new ContentError(ContentErrorCode.TipAlreadyAnswered, 'This tip has already been answered');
      if (message.state === TipState.Closed) throw new ContentError(ContentErrorCode.TipClosed, 'This tip is closed: reopen it to answer');
      const now = new Date();
      // Answering reads it, if nobody had opened it yet.
      const changes = { answer: text, answeredAt: now, answeredBy: caller.id, readAt: message.readAt ?? now };
      await manager.update(OrganisationMessage, { id }, changes);
      Object.assign(message, changes);
      const organisationName = await this.record(manager, caller, message, AuditAction.TipAnswered, { answeredAt: { before: null, after: now.toISOString() } });
      const language = await this.notify.languageOf(manager, message.senderId);
      await this.notify.inApp(manager, message.senderId, TIP_ANSWERED_NOTIFICATION, {
        messageId: message.id,
        organisationId: message.organisationId,
        organisationName,
        statement: tipWords.answered(organisationName, language),
        tip: tipWords.excerpt(message.text),
        answer: text,
      });
      return (await this.records.toRecords(manager, [message], 'member'))[0];
    });
  }

  close(caller: Caller, id: string): Promise<OrganisationMessageRecord> {
    return this.changeState(caller, id, TipState.Closed);
  }

  reopen(caller: Caller, id: string): Promise<OrganisationMessageRecord> {
    return this.changeState(caller, id, TipState.Open);
  }

  /** Closing records who closed it and when; reopening clears both (the audit log keeps the history). */
  private changeState(caller: Caller, id: string, state: TipState): Promise<OrganisationMessageRecord> {
    return this.db.transaction(async (manager) => {
      const message = await this.records.loadForMember(manager, caller, id, Action.Update, true);
      if (message.state === state) throw new ContentError(ContentErrorCode.StatusUnchanged, `This tip is already ${state}`);
      const closing = state === TipState.Closed;
      const changes = { state, closedAt: closing ? new Date() : null, closedBy: closing ? caller.id : null };
      await manager.update(OrganisationMessage, { id }, changes);
      const before = message.state;
      Object.assign(message, changes);
      await this.record(manager, caller, message, closing ? AuditAction.TipClosed : AuditAction.TipReopened, { state: { before, after: state } });
      return (await this.records.toRecords(manager, [message], 'member'))[0];
    });
  }

  /** The audit event, filed under the organisation (its history shows it); answers the organisation's name. */
  private async record(manager: EntityManager, caller: Caller, message: OrganisationMessage, action: AuditAction, changes: FieldChanges): Promise<string> {
    const organisation = (await this.organisations.summaries([message.organisationId], manager)).get(message.organisationId);
    await this.audit.record(manager, {
      actorId: caller.id,
      action,
      subjectType: Subject.OrganisationMessage,
      subjectId: message.id,
      municipalityId: organisation?.municipalityId ?? null,
      changes,
      requestId: caller.requestId,
      contextIds: [message.organisationId],
    });
    return organisation?.name ?? '';
  }
}
