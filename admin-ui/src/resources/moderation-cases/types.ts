import type { AppealRecord, CaseRecord, CaseStatus, ConductRule, ContentStatus, Language, ModerationActionRecord, NoticeRecord, ReportableType } from '@samverka/shared';

/** What GET /api/moderation-cases/:id adds to the queue row: everything needed to decide it. */
export interface CaseNote {
  id: string;
  authorId: string | null;
  text: string;
  createdAt: string;
}

/** A post or message of the thread around the reported item (the item itself included). */
export interface ThreadItem {
  id: string;
  authorId: string;
  text: string;
  createdAt: string;
  status: ContentStatus;
}

export interface AuthorItem {
  type: string;
  id: string;
  text: string;
  createdAt: string;
  status: ContentStatus;
}

export interface EarlierCase {
  id: string;
  itemType: ReportableType;
  status: CaseStatus;
  rules: ConductRule[];
  firstNoticeAt: string;
}

export interface Strike {
  id: string;
  rule: ConductRule | null;
  createdAt: string;
  expiresAt: string;
  expungedAt: string | null;
  expungedReason: string | null;
  active: boolean;
}

export interface CaseDetail extends CaseRecord {
  /** The language the author reads Samverka in: the statement of reasons is filled in it. */
  authorLanguage: Language | null;
  /** The languages of the reporters still waiting for the outcome: a dismissal is filled in these. */
  reporterLanguages: Language[];
  notices: NoticeRecord[];
  actions: ModerationActionRecord[];
  notes: CaseNote[];
  appeals: AppealRecord[];
  context: {
    around: ThreadItem[];
    authorRecent: AuthorItem[];
    earlierCases: EarlierCase[];
    strikes: Strike[];
  };
}

/**
 * The highest priority the backend's scoring can give: severity 50 (illegal), red post 15,
 * reporters 25, a verified reporter 20 and age 24. The score bar is drawn against it.
 */
export const MAX_PRIORITY = 134;
