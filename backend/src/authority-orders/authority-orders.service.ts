import { Injectable } from '@nestjs/common';
import { Action, AUTHORITY_ORDER_TRANSITIONS, AuditAction, type AuthorityOrderRecord, AuthorityOrderState, AuthorityOrderType, recordOf, Subject } from '@samverka/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { scopeQuery } from '../access/ability-scope.js';
import type { Caller } from '../access/caller.js';
import { AuditService } from '../audit/audit.service.js';
import type { ListQuery } from '../platform/http/simple-rest/list-query.js';
import { Page } from '../platform/http/simple-rest/page.js';
import { isConfirmed } from './authority-order-confirmations.js';
import { DisclosureError, DisclosureErrorCode } from './authority-order-disclosures.errors.js';
import { type AuthorityOrderRow, toOrderRecord } from './authority-order-records.js';
import { AuthorityOrderError, AuthorityOrderErrorCode } from './authority-orders.errors.js';
import { ORDER_DUE_CONDITIONS } from './order-due-filter.js';
import { AUTHORITY_ORDERS_LIST, type AuthorityOrderFilterDto, type FileOrderDto } from './dto/authority-order.dto.js';

/** Rule fields of AuthorityOrder and their columns, for scoping lists in SQL. */
const SCOPE_COLUMNS = { issuingOrganisationId: 'o.issuing_organisation_id', type: 'o.type' };

const STATE_ACTIONS: Record<Exclude<AuthorityOrderState, 'received'>, AuditAction> = {
  acknowledged: AuditAction.AuthorityOrderAcknowledged,
  in_review: AuditAction.AuthorityOrderInReview,
  done: AuditAction.AuthorityOrderDone,
  refused: AuditAction.AuthorityOrderRefused,
};

export const asSubject = (row: Pick<AuthorityOrderRow, 'issuing_organisation_id' | 'type'>) => recordOf(Subject.AuthorityOrder, { issuingOrganisationId: row.issuing_organisation_id, type: row.type });

/**
 * The register of orders from authorities: filed by a verified police organisation's members
 * or entered by the platform owner from a letter, then moved forward (acknowledged, in review,
 * done or refused) by those who decide them, every step audited.
 */
@Injectable()
export class AuthorityOrdersService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Files an order and answers with its id only: filing never reveals anything about the named items. */
  file(caller: Caller, dto: FileOrderDto): Promise<{ id: string }> {
    const issuingOrganisationId = dto.issuingOrganisationId ?? (caller.policeOrganisationIds.length === 1 ? caller.policeOrganisationIds[0] : null);
    if (!caller.ability.can(Action.Create, recordOf(Subject.AuthorityOrder, { issuingOrganisationId, type: dto.type }))) {
      throw new AuthorityOrderError(AuthorityOrderErrorCode.NotYourOrganisation, 'issuingOrganisationId must be a verified police organisation you are a member of');
    }
    const deadline = new Date(dto.deadline);
    if (Number.isNaN(deadline.getTime()) || deadline <= new Date()) throw new AuthorityOrderError(AuthorityOrderErrorCode.DeadlinePassed, 'deadline must be in the future');
    return this.db.transaction(async (manager) => {
      const authorityName = issuingOrganisationId ? await this.verifiedIssuerName(manager, caller, issuingOrganisationId) : dto.authorityName;
      if (!authorityName) throw new AuthorityOrderError(AuthorityOrderErrorCode.IssuerRequired, 'authorityName must name the issuing authority of an order received on paper');
      const [row]: { id: string }[] = await manager.query(
        `INSERT INTO authority_orders (issuing_organisation_id, authority_name, authority_country, reference, legal_basis, type, category, scope, deadline, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [issuingOrganisationId, authorityName, dto.authorityCountry ?? 'SE', dto.reference, dto.legalBasis, dto.type, dto.category, JSON.stringify(dto.scope), deadline, caller.id],
      );
      await this.audit.record(manager, {
        actorId: caller.id,
        action: AuditAction.AuthorityOrderFiled,
        subjectType: Subject.AuthorityOrder,
        subjectId: row.id,
        changes: { state: { before: null, after: AuthorityOrderState.Received }, reference: { before: null, after: dto.reference } },
        requestId: caller.requestId,
      });
      return { id: row.id };
    });
  }

  async list(caller: Caller, query: ListQuery<AuthorityOrderFilterDto>): Promise<Page<AuthorityOrderRecord>> {
    const builder = scopeQuery(this.db.createQueryBuilder().from('authority_orders', 'o'), caller.ability, Action.Read, Subject.AuthorityOrder, SCOPE_COLUMNS);
    if (query.filter.id) builder.andWhere('o.id = ANY(:ids)', { ids: query.filter.id });
    if (query.filter.state) builder.andWhere('o.state = :state', { state: query.filter.state });
    if (query.filter.type) builder.andWhere('o.type = :type', { type: query.filter.type });
    if (query.filter.due) builder.andWhere(ORDER_DUE_CONDITIONS[query.filter.due]);
    const total = await builder.clone().select('count(*)::int', 'total').getRawOne<{ total: number }>();
    const rows = await builder
      .select('o.*')
      .orderBy(query.sort.field === 'createdAt' ? 'o.created_at' : 'o.deadline', query.sort.order)
      .addOrderBy('o.id')
      .limit(query.limit)
      .offset(query.offset)
      .getRawMany<AuthorityOrderRow>();
    return new Page(AUTHORITY_ORDERS_LIST.resource, rows.map(toOrderRecord), query.offset, total?.total ?? 0);
  }

  async get(caller: Caller, id: string): Promise<AuthorityOrderRecord> {
    return toOrderRecord(await this.readable(this.db.manager, caller, id, false));
  }

  /** Moves the order forward to `to`; any other move is a 409 naming the state it is in. */
  move(caller: Caller, id: string, to: Exclude<AuthorityOrderState, 'received'>, refusalReason?: string): Promise<AuthorityOrderRecord> {
    return this.db.transaction(async (manager) => {
      const row = await this.readable(manager, caller, id, true);
      if (!caller.ability.can(Action.Decide, asSubject(row))) {
        throw new AuthorityOrderError(AuthorityOrderErrorCode.NotAllowed, 'Only the platform owner, or a moderator for an order to act against content, decides orders');
      }
      if (!AUTHORITY_ORDER_TRANSITIONS[row.state].includes(to)) {
        throw new AuthorityOrderError(AuthorityOrderErrorCode.IllegalTransition, `The order is ${row.state}; it cannot become ${to}`);
      }
      if (to === 'done' && row.type === AuthorityOrderType.ProvideInformation && !(await isConfirmed(manager, id))) {
        throw new DisclosureError(DisclosureErrorCode.NotConfirmed, 'An information order is done only after a second reviewer has confirmed it');
      }
      // TypeORM answers an UPDATE with [rows, count].
      const [[after]]: [AuthorityOrderRow[], number] = await manager.query(
        `UPDATE authority_orders SET state = $2::text, refusal_reason = $3::text,
                acknowledged_at = CASE WHEN $2::text = 'acknowledged' THEN now() ELSE acknowledged_at END,
                done_at = CASE WHEN $2::text = 'done' THEN now() ELSE done_at END,
                reviewed_by = CASE WHEN $2::text = 'in_review' THEN $4::uuid ELSE reviewed_by END
          WHERE id = $1 RETURNING *`,
        [id, to, refusalReason ?? null, caller.id],
      );
      await this.audit.record(manager, {
        actorId: caller.id,
        action: STATE_ACTIONS[to],
        subjectType: Subject.AuthorityOrder,
        subjectId: id,
        reason: refusalReason ?? null,
        changes: { state: { before: row.state, after: to } },
        requestId: caller.requestId,
      });
      return toOrderRecord(after);
    });
  }

  /** The order, if the caller may read it; otherwise 404, as if it did not exist. */
  async readable(manager: EntityManager, caller: Caller, id: string, forUpdate: boolean): Promise<AuthorityOrderRow> {
    const [row]: AuthorityOrderRow[] = await manager.query(`SELECT * FROM authority_orders WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id]);
    if (!row || !caller.ability.can(Action.Read, asSubject(row))) throw new AuthorityOrderError(AuthorityOrderErrorCode.NotFound, `No order with id ${id}`);
    return row;
  }

  /**
   * The issuing organisation's name, checked now rather than from the cached ability: an
   * organisation badge can lapse without any write that would refresh it. The platform owner
   * may enter an order for any organisation; others must be a member of a verified police one.
   */
  private async verifiedIssuerName(manager: EntityManager, caller: Caller, organisationId: string): Promise<string> {
    const [organisation]: { name: string; verified_police: boolean; member: boolean }[] = await manager.query(
      `SELECT o.name,
              o.type = 'police' AND EXISTS (SELECT 1 FROM badges b WHERE b.organisation_id = o.id AND b.kind = 'organisation' AND b.status = 'active' AND b.valid_until > now()) AS verified_police,
              EXISTS (SELECT 1 FROM organisation_members m WHERE m.organisation_id = o.id AND m.user_id = $2 AND m.left_at IS NULL) AS member
         FROM organisations o WHERE o.id = $1`,
      [organisationId, caller.id],
    );
    if (!organisation) throw new AuthorityOrderError(AuthorityOrderErrorCode.UnknownOrganisation, `issuingOrganisationId must be an existing organisation; ${organisationId} is not`);
    const ownerEntry = caller.ability.can(Action.Manage, 'all');
    if (!ownerEntry && !(organisation.verified_police && organisation.member)) {
      throw new AuthorityOrderError(AuthorityOrderErrorCode.NotYourOrganisation, 'issuingOrganisationId must be a verified police organisation you are a member of');
    }
    return organisation.name;
  }
}
