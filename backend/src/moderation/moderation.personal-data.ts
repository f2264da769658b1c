import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../platform/config/app-config.js';
import { affected, type DataSubject, type ErasureContext, type ErasureReport, type ExportSection, PersonalDataHolder, plainRows } from '../privacy/personal-data-holder.js';
import { pseudonymFor } from '../privacy/pseudonym.js';

/**
 * Notices, cases, decisions, strikes and appeals. The rule: decisions and statements of reasons
 * are kept (DSA Art. 17 and 24 transparency, the platform's own accountability), but without the
 * erased person. Notices they made stay in their cases without their identity; cases about them
 * lose the link to them (a case about their account keeps a keyed pseudonym as the item); their
 * strikes, reporter standing and the text of their appeals go. Staff who decided keep their name
 * on moderation actions: the DSA decision must show a human decided.
 */
@Injectable()
export class ModerationPersonalData extends PersonalDataHolder {
  readonly order = 30;
  readonly processing = {
    context: 'moderation',
    categoriesOfData: ['reports made and their outcome', 'cases about a person’s content or account', 'decisions with statements of reasons', 'strikes', 'appeals'],
    categoriesOfPeople: ['reporters', 'authors of reported content', 'moderators and group admins'],
    recipients: ['moderators', 'group admins for cases in their groups', 'the DSA transparency database (without personal data)', 'police on a referral'],
    retention: 'strikes until they expire; cases and decisions kept without the person after erasure',
  };

  constructor(private readonly config: AppConfig) {
    super();
  }

  async exportSubject(manager: EntityManager, subject: DataSubject): Promise<ExportSection> {
    const reports = await manager.query(
      `SELECT n.item_type, n.item_id, n.rule, n.legal_ground, n.explanation, n.created_at, n.outcome, n.outcome_at, n.outcome_statement
         FROM moderation_notices n WHERE n.reporter_id = $1 ORDER BY n.created_at`,
      [subject.id],
    );
    // About them: never who reported them (another person's data, Art. 15(4)).
    const cases = await manager.query(
      `SELECT c.id, c.item_type, c.item_id, c.status, c.rules, c.notice_count, c.first_notice_at, c.decided_at
         FROM moderation_cases c WHERE c.author_id = $1 OR (c.item_type = 'user' AND c.item_id = $1) ORDER BY c.first_notice_at`,
      [subject.id],
    );
    const decisions = await manager.query(
      `SELECT a.case_id, a.type, a.rule, a.statement, a.facts, a.legal_ground, a.automated, a.duration_days, a.created_at, a.reversed_at
         FROM moderation_actions a JOIN moderation_cases c ON c.id = a.case_id
        WHERE c.author_id = $1 OR (c.item_type = 'user' AND c.item_id = $1) ORDER BY a.created_at`,
      [subject.id],
    );
    const strikes = await manager.query(`SELECT rule, created_at, expires_at, expunged_at, expunged_reason FROM moderation_strikes WHERE user_id = $1 ORDER BY created_at`, [subject.id]);
    const appeals = await manager.query(`SELECT case_id, appellant_role, text, status, created_at, decided_at, decision_reason FROM moderation_appeals WHERE appellant_id = $1 ORDER BY created_at`, [
      subject.id,
    ]);
    return {
      tables: [
        { name: 'reports_you_made', description: 'Content you reported, under which rule, and the outcome.', rows: plainRows(reports) },
        { name: 'cases_about_you', description: 'Moderation cases about your content or account (who reported you is left out).', rows: plainRows(cases) },
        { name: 'decisions_about_you', description: 'Decisions in those cases with their statements of reasons.', rows: plainRows(decisions) },
        { name: 'strikes', description: 'Strikes against your account and when they expire.', rows: plainRows(strikes) },
        { name: 'appeals', description: 'Your appeals against decisions and how they were decided.', rows: plainRows(appeals) },
      ],
      files: [],
    };
  }

  async eraseSubject(manager: EntityManager, { subject }: ErasureContext): Promise<ErasureReport> {
    const pseudonym = pseudonymFor(this.config.privacy.pseudonymKey, subject.id);
    const notices = affected(await manager.query(`UPDATE moderation_notices SET reporter_id = NULL WHERE reporter_id = $1 RETURNING id`, [subject.id]));
    await manager.query(`UPDATE moderation_notices SET item_id = $2 WHERE item_type = 'user' AND item_id = $1`, [subject.id, pseudonym]);
    const cases = affected(await manager.query(`UPDATE moderation_cases SET author_id = NULL WHERE author_id = $1 RETURNING id`, [subject.id]));
    const accountCases = affected(await manager.query(`UPDATE moderation_cases SET item_id = $2 WHERE item_type = 'user' AND item_id = $1 RETURNING id`, [subject.id, pseudonym]));
    for (const column of ['claimed_by', 'assigned_to', 'decided_by']) {
      await manager.query(`UPDATE moderation_cases SET ${column} = NULL WHERE ${column} = $1`, [subject.id]);
    }
    const strikes = affected(await manager.query(`DELETE FROM moderation_strikes WHERE user_id = $1 RETURNING id`, [subject.id]));
    const appeals = affected(await manager.query(`UPDATE moderation_appeals SET appellant_id = NULL, text = '[erased]' WHERE appellant_id = $1 RETURNING id`, [subject.id]));
    await manager.query(`UPDATE moderation_appeals SET decided_by = NULL WHERE decided_by = $1`, [subject.id]);
    await manager.query(`UPDATE moderation_notes SET author_id = NULL WHERE author_id = $1`, [subject.id]);
    await manager.query(`DELETE FROM reporter_standing WHERE user_id = $1`, [subject.id]);
    const [{ decided }] = await manager.query(`SELECT count(*)::int AS decided FROM moderation_actions WHERE decided_by = $1`, [subject.id]);
    return {
      erased: { notices_unlinked: notices, cases_unlinked: cases + accountCases, strikes, appeals_unlinked: appeals },
      kept: [
        ...(notices + cases + accountCases > 0
          ? [{ what: 'moderation cases and notices, without the link to the person', count: notices + cases + accountCases, ground: 'Art. 17(3)(b): DSA Art. 17 and 24 obligations' }]
          : []),
        ...(decided > 0
          ? [{ what: 'moderation decisions the person made as staff, with their id', count: decided, ground: 'Art. 17(3)(b): DSA Art. 17 requires the decision to show who decided' }]
          : []),
      ],
    };
  }
}
