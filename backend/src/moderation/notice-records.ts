import type { NoticeRecord } from '@samverka/shared';
import type { Notice } from './notice.entity.js';

export const toNoticeRecord = (n: Notice): NoticeRecord => ({
  id: n.id,
  caseId: n.caseId,
  itemType: n.itemType,
  itemId: n.itemId,
  rule: n.rule,
  legalGround: n.legalGround,
  explanation: n.explanation,
  reporterKind: n.reporterKind,
  createdAt: n.createdAt.toISOString(),
  outcome: n.outcome,
  outcomeAt: n.outcomeAt?.toISOString() ?? null,
  outcomeStatement: n.outcomeStatement,
});
