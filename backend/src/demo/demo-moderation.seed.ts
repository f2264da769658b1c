import { AuditAction, ConductRule, ModerationActionType, STRIKING_ACTIONS, Subject } from '@samverka/shared';
import { autoHideStatement, reportOutcome } from '../moderation/decision-words.js';
import type { EntityManager } from 'typeorm';
import type { AuditService } from '../audit/audit.service.js';
import { SEEDED_MUNICIPALITY_IDS } from '../identity/municipalities/seeded-municipalities.js';
import { scoreCase } from '../moderation/scoring.js';
import { STRIKE_DAYS } from '../moderation/decisions.service.js';
import { DEMO_ACCOUNTS } from './demo-accounts.js';
import { DEMO_GROUPS, demoId } from './demo-groups.seed.js';

const account = (email: string) => DEMO_ACCOUNTS.find((candidate) => candidate.email === email)!.id;
export const MODERATOR = account('moderator@demo.samverka.se');
export const CITIZEN = account('citizen@demo.samverka.se');
export const OFFICER = account('officer.sigtuna@demo.samverka.se');
export const resident = (n: number) => demoId(`resident:${n}`);
const MARSTA_WATCH = demoId(DEMO_GROUPS.marstaWatch.key);
const SIGTUNA = SEEDED_MUNICIPALITY_IDS.sigtuna;
const REQUEST_ID = 'demo-seed';

/** Fixed ids of the demo's moderation work, for the README and the tests. */
export const DEMO_CASE_IDS = {
  autoHiddenThreat: demoId('case:auto-hidden-threat'),
  escalatedPersonalData: demoId('case:escalated-personal-data'),
  claimedSpam: demoId('case:claimed-spam'),
  groupTone: demoId('case:group-tone'),
  misinformation: demoId('case:misinformation'),
  hiddenCommercial: demoId('case:decided-commercial'),
  removedThreat: demoId('case:decided-threat'),
  dismissedTone: demoId('case:dismissed-tone'),
} as const;
export const DEMO_APPEAL_ID = demoId('appeal:citizen-commercial');
/** The post the removed threat was in: under a legal hold. */
export const DEMO_HELD_POST_ID = demoId('case-post:decided-threat');

interface CaseSpec {
  key: keyof typeof DEMO_CASE_IDS;
  authorId: string;
  text: string;
  priority: 'green' | 'yellow' | 'red';
  groupId?: string;
  rule: ConductRule;
  /** Reporters, each with how they report. */
  reporters: { id: string; kind?: 'user' | 'verified_police'; explanation: string }[];
  hoursAgo: number;
  routing: 'platform' | 'group_admins';
  escalation?: 'timeout' | 'severity';
  autoHidden?: boolean;
  claimed?: boolean;
  /** A decision: the action, its statement of reasons, and how long after the first notice. */
  decision?: { type: ModerationActionType; statement: string; facts?: string; afterHours: number };
}

/**
 * Open and decided moderation cases, written as the notice intake, the queue and the decision
 * would write them: case, notices, actions with their statements of reasons, strikes, audit
 * events and the in-app notifications. Times are relative to `now`.
 */
export async function seedDemoModeration(m: EntityManager, audit: AuditService, now: Date, claimMinutes: number): Promise<void> {
  const ago = (hours: number) => new Date(now.getTime() - hours * 3_600_000);
  const cases: CaseSpec[] = [
    {
      key: 'autoHiddenThreat',
      authorId: resident(11),
      priority: 'red',
      rule: ConductRule.Threat,
      hoursAgo: 3,
      routing: 'platform',
      autoHidden: true,
      text: 'Vet var ni bor som ringde polisen om festen. Ni ska få se.',
      reporters: [
        { id: CITIZEN, explanation: 'Hot mot grannarna som larmade.' },
        { id: resident(12), explanation: 'Det här är ett hot.' },
        { id: resident(13), explanation: 'Hotfullt, anmäl.' },
      ],
    },
    {
      key: 'escalatedPersonalData',
      authorId: resident(14),
      priority: 'yellow',
      groupId: MARSTA_WATCH,
      rule: ConductRule.PersonalData,
      hoursAgo: 80,
      routing: 'platform',
      escalation: 'timeout',
      text: 'Den misstänkte heter Johan och bor på Stationsgatan 12, lgh 1102, ring honom på 070-123 45 67.',
      reporters: [{ id: resident(15), explanation: 'Namn, adress och telefonnummer till en privatperson.' }],
    },
    {
      key: 'claimedSpam',
      authorId: resident(16),
      priority: 'green',
      rule: ConductRule.Spam,
      hoursAgo: 6,
      routing: 'platform',
      claimed: true,
      text: 'BILLIGA LARM!!! Klicka på länken i min profil, bara idag 50 % rabatt.',
      reporters: [
        { id: resident(17), explanation: 'Reklam, samma text i flera trådar.' },
        { id: resident(18), explanation: 'Spam.' },
      ],
    },
    {
      key: 'groupTone',
      authorId: resident(19),
      priority: 'green',
      groupId: MARSTA_WATCH,
      rule: ConductRule.Tone,
      hoursAgo: 20,
      routing: 'group_admins',
      text: 'Vilka idioter som parkerar så här, lär er köra.',
      reporters: [{ id: resident(20), explanation: 'Onödigt otrevlig ton.' }],
    },
    {
      key: 'misinformation',
      authorId: resident(21),
      priority: 'yellow',
      rule: ConductRule.Misinformation,
      hoursAgo: 30,
      routing: 'platform',
      text: 'Polisen har slutat patrullera i Märsta helt, det sa de på radion.',
      reporters: [{ id: resident(22), explanation: 'Stämmer inte, lokalpolisen patrullerar varje helg.' }],
    },
    {
      key: 'hiddenCommercial',
      authorId: CITIZEN,
      priority: 'green',
      rule: ConductRule.Commercial,
      hoursAgo: 50,
      routing: 'platform',
      text: 'Säljer grannsamverkansskyltar, 199 kr styck, hör av er!',
      reporters: [{ id: resident(23), explanation: 'Försäljning i flödet.' }],
      decision: {
        type: ModerationActionType.Hide,
        afterHours: 4,
        statement: 'Inlägget döljs: försäljning hör inte hemma i flödet enligt uppförandekoden (kommersiellt innehåll).',
        facts: 'Inlägget erbjuder skyltar till salu med pris.',
      },
    },
    {
      key: 'removedThreat',
      authorId: resident(24),
      priority: 'red',
      rule: ConductRule.Threat,
      hoursAgo: 26,
      routing: 'platform',
      text: 'Nästa gång jag ser dig vid stationen slår jag ner dig.',
      reporters: [
        { id: CITIZEN, explanation: 'Ett direkt hot mot en person.' },
        { id: OFFICER, kind: 'verified_police', explanation: 'Olaga hot, anmälan upprättad.' },
      ],
      decision: {
        type: ModerationActionType.Remove,
        afterHours: 1,
        statement: 'Inlägget tas bort: det innehåller ett hot om våld mot en person (uppförandekoden, hot).',
        facts: 'Hot om misshandel riktat mot en namngiven plats och person.',
      },
    },
    {
      key: 'dismissedTone',
      authorId: resident(25),
      priority: 'green',
      rule: ConductRule.Tone,
      hoursAgo: 70,
      routing: 'platform',
      text: 'Tycker kommunen borde satsa mer på belysning i parken.',
      reporters: [{ id: resident(26), explanation: 'Jag gillar inte det här.' }],
      decision: { type: ModerationActionType.Dismiss, afterHours: 8, statement: 'Ingen regel bröts: inlägget är en saklig åsikt om kommunens belysning.' },
    },
  ];
  for (const spec of cases) await seedCase(m, audit, spec, ago, now, claimMinutes);
  await seedAppeal(m, ago);
  // The tone reporter's notice was marked manifestly unfounded: the misuse chart shows them.
  await m.query(`UPDATE moderation_notices SET manifestly_unfounded = true WHERE case_id = $1`, [DEMO_CASE_IDS.dismissedTone]);
  await m.query(`INSERT INTO reporter_standing (user_id, unfounded_count) VALUES ($1, 1) ON CONFLICT (user_id) DO NOTHING`, [resident(26)]);
}

async function seedCase(m: EntityManager, audit: AuditService, spec: CaseSpec, ago: (hours: number) => Date, now: Date, claimMinutes: number): Promise<void> {
  const caseId = DEMO_CASE_IDS[spec.key];
  const postId = demoId(`case-post:${spec.key === 'removedThreat' ? 'decided-threat' : spec.key}`);
  const firstNoticeAt = ago(spec.hoursAgo);
  const decidedAt = spec.decision ? ago(spec.hoursAgo - spec.decision.afterHours) : null;
  const decision = spec.decision;
  const postStatus = spec.autoHidden || decision?.type === ModerationActionType.Hide ? 'hidden' : decision?.type === ModerationActionType.Remove ? 'removed' : 'visible';
  await m.query(
    `INSERT INTO posts (id, author_id, group_id, text, priority, latitude, longitude, municipality_id, status, status_changed_at, status_changed_by, created_at)
     VALUES ($1, $2, $3, $4, $5, 59.6195, 17.7233, $6, $7, $8, $9, $10)`,
    [
      postId,
      spec.authorId,
      spec.groupId ?? null,
      spec.text,
      spec.priority,
      SIGTUNA,
      postStatus,
      postStatus === 'visible' ? null : (decidedAt ?? firstNoticeAt),
      decision && postStatus !== 'visible' ? MODERATOR : null,
      ago(spec.hoursAgo + 1),
    ],
  );
  const { base, parts } = scoreCase({
    rules: [spec.rule],
    redPost: spec.priority === 'red',
    reporterCount: spec.reporters.length,
    verifiedReporter: spec.reporters.some((r) => r.kind === 'verified_police'),
  });
  const status = !decision ? 'open' : decision.type === ModerationActionType.Dismiss ? 'dismissed' : 'actioned';
  const claimed = spec.claimed ? { by: MODERATOR, until: new Date(now.getTime() + claimMinutes * 60_000) } : null;
  await m.query(
    `INSERT INTO moderation_cases (id, item_type, item_id, group_id, municipality_id, author_id, routing, status, escalated_at, escalation_reason, base_priority, score_parts,
                                   notice_count, reporter_count, rules, first_notice_at, last_notice_at, claimed_by, claimed_until, assigned_to, auto_hidden_at,
                                   first_action_at, decided_at, decided_by, version, created_at)
     VALUES ($1, 'post', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, $13, $14, $15, $16, $17, $18, $19, $20, $20, $21, $22, $14)`,
    [
      caseId,
      postId,
      spec.groupId ?? null,
      SIGTUNA,
      spec.authorId,
      spec.routing,
      status,
      spec.escalation ? ago(spec.hoursAgo - 72) : null,
      spec.escalation ?? null,
      base,
      JSON.stringify(parts),
      spec.reporters.length,
      [spec.rule],
      firstNoticeAt,
      ago(spec.hoursAgo - (spec.reporters.length - 1) * 0.25),
      claimed?.by ?? null,
      claimed?.until ?? null,
      claimed?.by ?? null,
      spec.autoHidden ? ago(spec.hoursAgo - 0.5) : null,
      decidedAt,
      decision ? MODERATOR : null,
      decision ? 2 : 1,
    ],
  );
  const outcome = decision ? reportOutcome('sv', status === 'dismissed', [decision]) : null;
  for (const [index, reporter] of spec.reporters.entries()) {
    const noticeId = demoId(`notice:${spec.key}:${index}`);
    await m.query(
      `INSERT INTO moderation_notices (id, case_id, item_type, item_id, reporter_id, reporter_kind, rule, explanation, good_faith, created_at, outcome, outcome_at, outcome_statement)
       VALUES ($1, $2, 'post', $3, $4, $5, $6, $7, true, $8, $9, $10, $11)`,
      [noticeId, caseId, postId, reporter.id, reporter.kind ?? 'user', spec.rule, reporter.explanation, ago(spec.hoursAgo - index * 0.25), decision ? status : 'pending', decidedAt, outcome],
    );
    await notify(m, reporter.id, 'moderation.notice_received', { noticeId, itemType: 'post', itemId: postId }, ago(spec.hoursAgo - index * 0.25));
    // The reporter reads the outcome, as the decision service words it, not the author's statement.
    if (decision) await notify(m, reporter.id, 'moderation.notice_outcome', { noticeId, caseId, outcome: status, statement: outcome }, decidedAt!);
  }
  const context = { subjectType: Subject.ModerationCase, subjectId: caseId, municipalityId: SIGTUNA, contextIds: spec.groupId ? [spec.groupId] : [] };
  if (spec.autoHidden) {
    const actionId = demoId(`action:${spec.key}:auto-hide`);
    const why = `${spec.reporters.length} people reported it for the same rule`;
    const statement = autoHideStatement('sv', { policeAlarm: false, reporters: spec.reporters.length });
    await m.query(`INSERT INTO moderation_actions (id, case_id, type, rule, statement, automated, created_at) VALUES ($1, $2, 'hide', $3, $4, true, $5)`, [
      actionId,
      caseId,
      spec.rule,
      statement,
      ago(spec.hoursAgo - 0.5),
    ]);
    await audit.record(m, { actorId: null, action: AuditAction.ModerationAutoHide, ...context, contextIds: [], reason: why });
    await notify(m, spec.authorId, 'moderation.statement', { caseId, actionId, type: 'hide', rule: spec.rule, statement, automated: true }, ago(spec.hoursAgo - 0.5));
  }
  if (spec.escalation) {
    await audit.record(m, { actorId: null, action: AuditAction.CaseEscalated, ...context, contextIds: [], reason: "untouched by the group's admins for 72 hours", requestId: 'escalation-job' });
  }
  if (claimed) await audit.record(m, { actorId: MODERATOR, action: AuditAction.CaseClaimed, ...context, requestId: REQUEST_ID });
  if (decision) {
    const actionId = demoId(`action:${spec.key}:decision`);
    await m.query(`INSERT INTO moderation_actions (id, case_id, type, rule, statement, facts, decided_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, [
      actionId,
      caseId,
      decision.type,
      decision.type === ModerationActionType.Dismiss ? null : spec.rule,
      decision.statement,
      decision.facts ?? null,
      MODERATOR,
      decidedAt,
    ]);
    if (STRIKING_ACTIONS.includes(decision.type)) {
      await m.query(`INSERT INTO moderation_strikes (user_id, action_id, rule, created_at, expires_at) VALUES ($1, $2, $3, $4::timestamptz, $4::timestamptz + make_interval(days => $5))`, [
        spec.authorId,
        actionId,
        spec.rule,
        decidedAt,
        STRIKE_DAYS,
      ]);
    }
    await audit.record(m, {
      actorId: MODERATOR,
      action: AuditAction.ModerationAction,
      ...context,
      reason: decision.statement,
      changes: { action: { before: null, after: decision.type }, rule: { before: null, after: decision.type === ModerationActionType.Dismiss ? null : spec.rule } },
      requestId: REQUEST_ID,
    });
    if (decision.type !== ModerationActionType.Dismiss) {
      const appealUntil = new Date(decidedAt!.getTime() + 182 * 86_400_000).toISOString();
      const actions = [
        {
          actionId,
          type: decision.type,
          rule: spec.rule,
          statement: decision.statement,
          facts: decision.facts ?? null,
          legalGround: null,
          automated: false,
          durationDays: null,
          appealToken: null,
          appealUntil,
        },
      ];
      await notify(
        m,
        spec.authorId,
        'moderation.statement',
        { caseId, itemType: 'post', itemId: postId, actions, appealUntil, howToAppeal: 'Appeal within six months: POST /api/appeals with the actionId (signed in)' },
        decidedAt!,
      );
    }
  }
}

/** The demo citizen appeals the hiding of her sales post: an open appeal for the moderators. */
async function seedAppeal(m: EntityManager, ago: (hours: number) => Date): Promise<void> {
  await m.query(`INSERT INTO moderation_appeals (id, action_id, case_id, appellant_id, appellant_role, text, status, created_at) VALUES ($1, $2, $3, $4, 'author', $5, 'pending', $6)`, [
    DEMO_APPEAL_ID,
    demoId('action:hiddenCommercial:decision'),
    DEMO_CASE_IDS.hiddenCommercial,
    CITIZEN,
    'Skyltarna säljs till självkostnadspris för grannsamverkan, inte för vinst. Jag ber er pröva beslutet igen.',
    ago(20),
  ]);
  await notify(m, CITIZEN, 'moderation.appeal_received', { appealId: DEMO_APPEAL_ID }, ago(20));
}

/** An in-app notification as NotifyService.inApp writes it, at the moment of the event. */
export async function notify(m: EntityManager, userId: string, kind: string, payload: Record<string, unknown>, at: Date): Promise<void> {
  await m.query(`INSERT INTO notifications (user_id, kind, payload, created_at) VALUES ($1, $2, $3, $4)`, [userId, kind, JSON.stringify(payload), at]);
}
