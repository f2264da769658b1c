import type { AppealRecord, CaseRecord, ModerationActionRecord } from '@samverka/shared';
import type { Appeal } from './appeal.entity.js';
import type { ModerationAction } from './moderation-action.entity.js';
import type { ModerationCase } from './moderation-case.entity.js';
import { agePoints } from './scoring.js';

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function toCaseRecord(c: ModerationCase, now = new Date()): CaseRecord {
  const age = c.status === 'open' ? agePoints(c.firstNoticeAt, now) : 0;
  return {
    id: c.id,
    itemType: c.itemType,
    itemId: c.itemId,
    groupId: c.groupId,
    municipalityId: c.municipalityId,
    authorId: c.authorId,
    routing: c.routing,
    status: c.status,
    escalatedAt: iso(c.escalatedAt),
    escalationReason: c.escalationReason,
    priority: c.basePriority + age,
    scoreParts: age > 0 ? [...c.scoreParts, { name: 'age', points: age }] : c.scoreParts,
    noticeCount: c.noticeCount,
    reporterCount: c.reporterCount,
    rules: c.rules,
    firstNoticeAt: c.firstNoticeAt.toISOString(),
    lastNoticeAt: c.lastNoticeAt.toISOString(),
    claimedBy: c.claimedUntil && c.claimedUntil > now ? c.claimedBy : null,
    claimedUntil: c.claimedUntil && c.claimedUntil > now ? c.claimedUntil.toISOString() : null,
    assignedTo: c.assignedTo,
    autoHidden: c.autoHiddenAt !== null,
    decidedAt: iso(c.decidedAt),
    decidedBy: c.decidedBy,
    version: c.version,
  };
}

export const toActionRecord = (a: ModerationAction): ModerationActionRecord => ({
  id: a.id,
  caseId: a.caseId,
  type: a.type,
  rule: a.rule,
  statement: a.statement,
  facts: a.facts,
  automated: a.automated,
  durationDays: a.durationDays,
  policeReference: a.policeReference,
  decidedBy: a.decidedBy,
  createdAt: a.createdAt.toISOString(),
  reversedAt: iso(a.reversedAt),
});

export const toAppealRecord = (a: Appeal, action?: ModerationAction): AppealRecord => ({
  id: a.id,
  actionId: a.actionId,
  caseId: a.caseId,
  appellantId: a.appellantId,
  appellantRole: a.appellantRole,
  text: a.text,
  status: a.status,
  createdAt: a.createdAt.toISOString(),
  decidedBy: a.decidedBy,
  decidedAt: iso(a.decidedAt),
  decisionReason: a.decisionReason,
  appealed: action
    ? { type: action.type, rule: action.rule, statement: action.statement, facts: action.facts, automated: action.automated, decidedBy: action.decidedBy, createdAt: action.createdAt.toISOString() }
    : null,
});
