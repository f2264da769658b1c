import { Injectable } from '@nestjs/common';
import { Action, AuditAction, type AuthorityOrderActionRecord, AuthorityOrderType, ConductRule, InterventionGround, type OrderItemType, recordOf, Subject } from '@samverka/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { Caller } from '../access/caller.js';
import { AuditService } from '../audit/audit.service.js';
import { GroupAccess } from '../groups/group-access.service.js';
import { Group } from '../groups/group.entity.js';
import { InterventionsService } from '../groups/interventions.service.js';
import { DecisionsService } from '../moderation/decisions.service.js';
import { LegalHoldsService } from '../privacy/legal-holds.service.js';
import { type ActionRow, toActionRecord } from './authority-order-action-log.js';
import type { AuthorityOrderRow } from './authority-order-records.js';
import { AuthorityOrderActionError, AuthorityOrderActionErrorCode as Code } from './authority-order-actions.errors.js';
import { AuthorityOrderTargets, isContentType, type OrderContent } from './authority-order-targets.js';
import { AuthorityOrdersService } from './authority-orders.service.js';
import type { ActOnOrderDto } from './dto/authority-order-action.dto.js';

/** The link an action row keeps: exactly one of these, by kind. */
type Link = { kind: 'legal_hold'; id: string } | { kind: 'intervention'; id: string } | { kind: 'moderation_action'; id: string; withheldUntil: Date | null; withheldReason: string | null };

type Item = { itemType: OrderItemType; id: string };
type Linked = { item: Item; link: Link };
/** What every step of one act works in: its transaction, who acts, and on which order. */
type Acting = { manager: EntityManager; caller: Caller; order: AuthorityOrderRow };

const ACTABLE_STATES = ['acknowledged', 'in_review'];

/**
 * Acting on an order through the mechanisms that exist for each thing an order asks: a legal hold
 * (preserve), a moderation action with its statement of reasons (act against content), and, for
 * anything in a locked group, the group's intervention with its audited reads. Each action is a
 * row linked to the order and audited under it.
 */
@Injectable()
export class AuthorityOrderActionsService {
  constructor(
    private readonly db: DataSource,
    private readonly orders: AuthorityOrdersService,
    private readonly targets: AuthorityOrderTargets,
    private readonly holds: LegalHoldsService,
    private readonly interventions: InterventionsService,
    private readonly groupAccess: GroupAccess,
    private readonly decisions: DecisionsService,
    private readonly audit: AuditService,
  ) {}

  act(caller: Caller, orderId: string, dto: ActOnOrderDto): Promise<AuthorityOrderActionRecord[]> {
    return this.db.transaction(async (manager) => {
      const order = await this.orders.readable(manager, caller, orderId, true);
      if (!caller.ability.can(Action.Decide, recordOf(Subject.AuthorityOrder, { issuingOrganisationId: order.issuing_organisation_id, type: order.type }))) {
        throw new AuthorityOrderActionError(Code.NotAllowed, 'Only the platform owner, or a moderator for an order to act against content, acts on orders');
      }
      if (!ACTABLE_STATES.includes(order.state)) {
        throw new AuthorityOrderActionError(Code.NotActionable, `The order is ${order.state}: only an acknowledged order or one in review is acted on`);
      }
      dto.items.forEach((item, index) => {
        if (!order.scope.some((named) => named.itemType === item.itemType && named.id === item.id)) {
          throw new AuthorityOrderActionError(Code.OutOfScope, `items[${index}] (${item.itemType} ${item.id}) is not in the order’s scope`);
        }
      });
      const links: Linked[] = [];
      if (order.type === AuthorityOrderType.Preserve) {
        const until = this.holdUntil(dto);
        for (const [index, item] of dto.items.entries()) links.push(...(await this.preserve({ manager, caller, order }, item, `items[${index}]`, until)));
      } else if (order.type === AuthorityOrderType.ActAgainstContent) {
        const act = this.contentMeasure(dto);
        for (const [index, item] of dto.items.entries()) links.push(...(await this.actAgainst({ manager, caller, order }, item, `items[${index}]`, act)));
      } else {
        throw new AuthorityOrderActionError(Code.NotActionable, 'An order to provide information is answered with an export of the named data, not acted on here');
      }
      const rows: ActionRow[] = [];
      // One group's intervention serves every item in it: linked once per act.
      const unique = links.filter(({ link }, index) => link.kind !== 'intervention' || links.findIndex((other) => other.link.id === link.id) === index);
      for (const { item, link } of unique) rows.push(await this.recordAction(manager, caller, order, item, link));
      return rows.map(toActionRecord);
    });
  }

  /**
   * Sends the statements of reasons whose secrecy has ended, by the database's clock. Each row is
   * taken once (locked, skipped by a second worker) and marked sent with its e-mail.
   */
  async sendDueStatements(): Promise<number> {
    let sent = 0;
    for (;;) {
      const done = await this.db.transaction(async (manager) => {
        const [row]: ActionRow[] = await manager.query(
          `SELECT * FROM authority_order_actions WHERE statement_withheld_until <= now() AND statement_sent_at IS NULL ORDER BY statement_withheld_until LIMIT 1 FOR UPDATE SKIP LOCKED`,
        );
        if (!row) return false;
        await this.decisions.tellAuthorLater(manager, row.moderation_action_id!);
        await manager.query(`UPDATE authority_order_actions SET statement_sent_at = now() WHERE id = $1`, [row.id]);
        const [{ order_id: orderId }]: { order_id: string }[] = await manager.query(`SELECT order_id FROM authority_order_actions WHERE id = $1`, [row.id]);
        await this.audit.record(manager, {
          actorId: null,
          action: AuditAction.AuthorityOrderStatementSent,
          subjectType: Subject.AuthorityOrder,
          subjectId: orderId,
          reason: `the order's secrecy ended ${row.statement_withheld_until!.toISOString()}`,
          contextIds: [row.moderation_action_id!],
          requestId: 'job:authority-orders',
        });
        return true;
      });
      if (!done) return sent;
      sent += 1;
    }
  }

  private holdUntil(dto: ActOnOrderDto): Date {
    if (!dto.holdUntil) throw new AuthorityOrderActionError(Code.FieldRequired, 'holdUntil is required: how long the preserved data is held');
    const until = new Date(dto.holdUntil);
    if (until <= new Date()) throw new AuthorityOrderActionError(Code.FieldRequired, 'holdUntil must be in the future');
    return until;
  }

  private contentMeasure(dto: ActOnOrderDto): { measure: 'remove' | 'hide'; statement: string; withheldUntil: Date | null; withheldReason: string | null } {
    if (!dto.measure) throw new AuthorityOrderActionError(Code.FieldRequired, 'measure is required: remove or hide');
    if (!dto.statement) throw new AuthorityOrderActionError(Code.FieldRequired, 'statement is required: the statement of reasons the author receives');
    if ((dto.authorNotToldUntil === undefined) !== (dto.authorNotToldReason === undefined)) {
      throw new AuthorityOrderActionError(Code.FieldRequired, 'authorNotToldUntil and authorNotToldReason go together: until when the order keeps the statement from the author, and why');
    }
    const withheldUntil = dto.authorNotToldUntil ? new Date(dto.authorNotToldUntil) : null;
    if (withheldUntil && withheldUntil <= new Date()) throw new AuthorityOrderActionError(Code.FieldRequired, 'authorNotToldUntil must be in the future');
    return { measure: dto.measure, statement: dto.statement, withheldUntil, withheldReason: dto.authorNotToldReason ?? null };
  }

  /** Holds the item (a group: all its content; an account: all of the person's content). */
  private async preserve({ manager, caller, order }: Acting, item: Item, field: string, until: Date): Promise<Linked[]> {
    const hold = async (subjectId: string, content: OrderContent | null) => {
      const placed = await this.holds.placeWithin(manager, caller, {
        subjectId,
        ...(content ? { itemType: content.itemType, itemId: content.id } : {}),
        reason: `Order from an authority ${order.id}: ${order.legal_basis}`,
        reference: order.reference,
        endsAt: until.toISOString(),
        authorityOrderId: order.id,
      });
      return { item, link: { kind: 'legal_hold', id: placed.id } as Link };
    };
    if (item.itemType === 'account') {
      await this.targets.assertAccount(manager, item.id, field);
      return [await hold(item.id, null)];
    }
    const { content, reached } = await this.reach({ manager, caller, order }, item, field);
    const links = reached ? [reached] : [];
    for (const piece of content) links.push(await hold(piece.authorId, piece));
    return links;
  }

  private async actAgainst(acting: Acting, item: Item, field: string, act: ReturnType<AuthorityOrderActionsService['contentMeasure']>): Promise<Linked[]> {
    const { manager, caller, order } = acting;
    if (!isContentType(item.itemType)) throw new AuthorityOrderActionError(Code.OutOfScope, `${field}: an order against content acts on posts and group messages, not a ${item.itemType}`);
    const { reached } = await this.reach(acting, item, field);
    const action = await this.decisions.decideOnOrder(
      manager,
      caller,
      { itemType: item.itemType, itemId: item.id },
      {
        type: act.measure,
        rule: ConductRule.Illegal,
        legalGround: order.legal_basis.slice(0, 500),
        statement: act.statement,
        // The author reads the facts in either language; the DSA database reads them too.
        facts: `Föreläggande från myndighet / Order from an authority: ${order.authority_name}, ${order.reference} (${order.legal_basis})`,
      },
      act.withheldUntil === null,
    );
    const links: Linked[] = reached ? [reached] : [];
    links.push({ item, link: { kind: 'moderation_action', id: action.id, withheldUntil: act.withheldUntil, withheldReason: act.withheldReason } });
    return links;
  }

  /**
   * The content an item covers. In a locked group the platform reaches it only through the
   * group's intervention (opened now, on the order, if none is open), and the read is audited
   * as every intervention read is.
   */
  private async reach({ manager, caller, order }: Acting, item: Item, field: string): Promise<{ content: OrderContent[]; reached: Linked | null }> {
    const single = isContentType(item.itemType) ? await this.targets.content(manager, item.itemType, item.id, field) : null;
    const groupId = single ? single.groupId : item.id;
    if (!groupId || !(await this.targets.groupLocked(manager, groupId, field))) {
      return { content: single ? [single] : await this.targets.groupContent(manager, item.id), reached: null };
    }
    const intervention = await this.interventions.openWithin(manager, caller, groupId, InterventionGround.PoliceRequest, `Order from an authority ${order.id} (${order.reference})`);
    await this.groupAccess.assertCanReadContent(manager, caller, await manager.findOneByOrFail(Group, { id: groupId }));
    return {
      content: single ? [single] : await this.targets.groupContent(manager, groupId),
      reached: { item: { itemType: 'group', id: groupId }, link: { kind: 'intervention', id: intervention.id } },
    };
  }

  private async recordAction(manager: EntityManager, caller: Caller, order: AuthorityOrderRow, item: Item, link: Link): Promise<ActionRow> {
    const withheld = link.kind === 'moderation_action' ? link : { withheldUntil: null, withheldReason: null };
    const [row]: ActionRow[] = await manager.query(
      `INSERT INTO authority_order_actions (order_id, kind, target_type, target_id, legal_hold_id, intervention_id, moderation_action_id, statement_withheld_until, statement_withheld_reason, acted_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *`,
      [
        order.id,
        link.kind,
        item.itemType,
        item.id,
        link.kind === 'legal_hold' ? link.id : null,
        link.kind === 'intervention' ? link.id : null,
        link.kind === 'moderation_action' ? link.id : null,
        withheld.withheldUntil,
        withheld.withheldReason,
        caller.id,
      ],
    );
    await this.audit.record(manager, {
      actorId: caller.id,
      action: AuditAction.AuthorityOrderActed,
      subjectType: Subject.AuthorityOrder,
      subjectId: order.id,
      changes: { action: { before: null, after: { kind: link.kind, targetType: item.itemType, targetId: item.id, linkedId: link.id } } },
      contextIds: [link.id, item.id],
      requestId: caller.requestId,
    });
    if (withheld.withheldUntil) {
      await this.audit.record(manager, {
        actorId: caller.id,
        action: AuditAction.AuthorityOrderStatementWithheld,
        subjectType: Subject.AuthorityOrder,
        subjectId: order.id,
        reason: `The order keeps the statement of reasons from the author until ${withheld.withheldUntil.toISOString()}: ${withheld.withheldReason}`,
        contextIds: [link.id],
        requestId: caller.requestId,
      });
    }
    return row;
  }
}
