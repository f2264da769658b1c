import { describe, expect, it } from '@jest/globals';
import { CONDUCT_RULES, REPORTABLE_TYPES } from '@samverka/shared';
import { EXPORTED_ACTIONS, type ExportableAction, toDsaStatement } from './dsa-export.js';
import { dsaStatementProblems } from './dsa-statement-rules.js';

const TODAY = '2026-03-10';
const action = (fields: Partial<ExportableAction>): ExportableAction => ({
  actionId: '6f1c2f43-1d7e-4a8e-9a51-0c1d2e3f4a5b',
  type: 'remove',
  rule: 'tone',
  legalGround: null,
  automated: false,
  automatedDetection: false,
  durationDays: null,
  itemType: 'post',
  hasImage: false,
  contentDate: new Date('2026-03-01T10:00:00Z'),
  decidedAt: new Date('2026-03-09T23:30:00Z'),
  fromNotice: true,
  ...fields,
});

describe(toDsaStatement.name, () => {
  it('exports a commercial-rule removal in a category the Transparency Database still accepts', () => {
    const statement = toDsaStatement(action({ rule: 'commercial' }));
    expect(dsaStatementProblems({ ...statement }, TODAY)).toEqual([]);
    expect(statement.category).toBe('STATEMENT_CATEGORY_OTHER_VIOLATION_TC');
  });

  it('says what a reported user or group is when its content type is "other"', () => {
    for (const itemType of ['user', 'group'] as const) {
      const statement = toDsaStatement(action({ type: 'suspend', itemType }));
      expect(dsaStatementProblems({ ...statement }, TODAY)).toEqual([]);
      expect(statement.content_type).toEqual(['CONTENT_TYPE_OTHER']);
      expect(statement.content_type_other).toMatch(/account|group/i);
    }
  });

  it('makes an acceptable statement for every rule, item type and restricting action, by hand or automated, with or without a notice', () => {
    let checked = 0;
    for (const rule of CONDUCT_RULES)
      for (const itemType of REPORTABLE_TYPES)
        for (const type of EXPORTED_ACTIONS)
          for (const variant of [{}, { automated: true, automatedDetection: true, fromNotice: false }, { durationDays: 14, hasImage: true }]) {
            const statement = toDsaStatement(action({ rule, itemType, type, legalGround: rule === 'illegal' ? 'BrB 4 kap. 5 §' : null, ...variant }));
            expect({ rule, itemType, type, variant, problems: dsaStatementProblems({ ...statement }, TODAY) }).toEqual({ rule, itemType, type, variant, problems: [] });
            checked++;
          }
    expect(checked).toBe(CONDUCT_RULES.length * REPORTABLE_TYPES.length * EXPORTED_ACTIONS.length * 3);
  });

  it('dates the decision on the Swedish calendar, and a timed sanction ends on the day it is lifted', () => {
    const suspension = toDsaStatement(action({ type: 'suspend', durationDays: 14 }));
    expect(suspension.application_date).toBe('2026-03-10');
    expect(suspension.end_date_account_restriction).toBe('2026-03-24');
    const ban = toDsaStatement(action({ type: 'group_ban', itemType: 'group_message' }));
    expect(ban).toMatchObject({ decision_provision: 'DECISION_PROVISION_PARTIAL_TERMINATION' });
    expect(ban.end_date_service_restriction).toBeUndefined();
    expect(toDsaStatement(action({ type: 'group_ban', itemType: 'group_message', durationDays: 30 }))).toMatchObject({
      decision_provision: 'DECISION_PROVISION_PARTIAL_SUSPENSION',
      end_date_service_restriction: '2026-04-09',
    });
  });

  it('keeps the facts in English and free of what users wrote', () => {
    const statement = toDsaStatement(action({ rule: 'threat', type: 'hide', itemType: 'group_message', durationDays: null }));
    expect(statement.decision_facts).toBe('A group message was hidden for breaching "Code of conduct: no threats".');
  });
});

describe(dsaStatementProblems.name, () => {
  const good = { ...toDsaStatement(action({})) } as Record<string, unknown>;
  const problemsWith = (change: Record<string, unknown>) => dsaStatementProblems({ ...good, ...change }, TODAY);

  it('accepts a complete statement', () => {
    expect(dsaStatementProblems(good, TODAY)).toEqual([]);
  });

  it.each([
    ['a category the current templates dropped', { category: 'STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE' }, /^category: .*not one of the allowed values/],
    ['content type other without saying what', { content_type: ['CONTENT_TYPE_OTHER'] }, /^content_type_other: is required/],
    ['content_type_other without CONTENT_TYPE_OTHER', { content_type_other: 'A user account' }, /^content_type_other: is only taken/],
    ['an unknown visibility decision', { decision_visibility: ['DECISION_VISIBILITY_HIDDEN'] }, /^decision_visibility: /],
    ['visibility other without saying what', { decision_visibility: ['DECISION_VISIBILITY_OTHER'] }, /^decision_visibility_other: is required/],
    ['no decision at all', { decision_visibility: undefined }, /^decision_visibility: is required when none/],
    ['an unknown account decision', { decision_account: 'DECISION_ACCOUNT_BLOCKED' }, /^decision_account: /],
    ['an unknown account type', { account_type: 'ACCOUNT_TYPE_CITIZEN' }, /^account_type: /],
    ['an unknown service decision', { decision_provision: 'DECISION_PROVISION_SOME' }, /^decision_provision: /],
    ['monetary other without saying what', { decision_monetary: 'DECISION_MONETARY_OTHER' }, /^decision_monetary_other: is required/],
    ['an unknown keyword', { category_specification: ['KEYWORD_RUDENESS'] }, /^category_specification: /],
    ['an incompatible ground without its explanation', { incompatible_content_explanation: undefined }, /^incompatible_content_explanation: is required/],
    ['illegal content without its legal ground', { decision_ground: 'DECISION_GROUND_ILLEGAL_CONTENT' }, /^illegal_content_legal_ground: is required/],
    ['an incompatible ground over 500 characters', { incompatible_content_ground: 'x'.repeat(501) }, /^incompatible_content_ground: is 501 characters long; at most 500/],
    ['an explanation over 2000 characters', { incompatible_content_explanation: 'å'.repeat(2001) }, /^incompatible_content_explanation: is 2001 characters/],
    ['facts over 5000 characters', { decision_facts: 'x'.repeat(5001) }, /^decision_facts: is 5001 characters/],
    ['a source identity on the platform’s own initiative', { source_type: 'SOURCE_VOLUNTARY', source_identity: 'Polisen' }, /^source_identity: is not taken/],
    ['a country outside the EU and EEA', { territorial_scope: ['GB'] }, /^territorial_scope: GB/],
    ['a language code in lower case', { content_language: 'sv' }, /^content_language: /],
    ['automated detection as a boolean', { automated_detection: true }, /^automated_detection: /],
    ['a date with a time', { application_date: '2026-03-09T10:00:00Z' }, /^application_date: .*YYYY-MM-DD/],
    ['a day that does not exist', { content_date: '2026-02-30' }, /^content_date: .*YYYY-MM-DD/],
    ['content from before 2000', { content_date: '1999-12-31' }, /^content_date: must be from 2000-01-01/],
    ['a decision in the future', { application_date: '2026-03-11' }, /^application_date: 2026-03-11 is in the future/],
    ['a decision before the content', { content_date: '2026-03-10', application_date: '2026-03-09' }, /^application_date: 2026-03-09 is before the content date/],
    ['an end before the decision', { decision_account: 'DECISION_ACCOUNT_SUSPENDED', end_date_account_restriction: '2026-03-01' }, /^end_date_account_restriction: 2026-03-01 is before/],
    ['a puid with a space', { puid: 'case 12' }, /^puid: may hold only/],
    ['a puid over 500 characters', { puid: 'a'.repeat(501) }, /^puid: is 501 characters/],
    ['no puid', { puid: undefined }, /^puid: is required/],
    ['a field the database does not know', { decision_language: 'EN' }, /^decision_language: is not a field/],
  ])('refuses %s', (_, change, problem) => {
    expect(problemsWith(change)).toEqual(expect.arrayContaining([expect.stringMatching(problem)]));
  });
});
