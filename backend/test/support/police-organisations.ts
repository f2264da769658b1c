import { randomBytes } from 'node:crypto';
import { DEMO_ORGANISATION_RECORD_IDS } from '../../src/demo/demo-organisations.js';
import type { TestApp } from './test-app.js';

/** The Swedish Police Authority's organisation number (as in the demo); numbers need not be unique. */
const POLICE_NUMBER = '202100-0076';

/**
 * A police organisation with `memberId` as its member, verified (an active organisation badge,
 * its approvals borrowed from the demo police badge) or not. Verifying a police organisation
 * through the API needs two coordinators and a domain proof; what these tests need is only the
 * fact of it.
 */
export async function policeOrganisationWith(t: TestApp, memberId: string, verified: boolean): Promise<string> {
  const suffix = randomBytes(3).toString('hex');
  const [organisation]: { id: string }[] = await t.db.query(
    `INSERT INTO organisations (name, type, organisation_number, email_domain, description, contact, created_by)
     VALUES ($1, 'police', $2, 'polisen.se', 'Test', 'Via Samverka', $3) RETURNING id`,
    [`Polisen test ${suffix}`, POLICE_NUMBER, memberId],
  );
  await t.db.query(`INSERT INTO organisation_members (organisation_id, user_id, title, role, confirmed_at) VALUES ($1, $2, 'Polis', 'member', now())`, [organisation.id, memberId]);
  if (verified) {
    await t.db.query(
      `INSERT INTO badges (code, kind, status, organisation_id, application_id, verified_name, verified_type, verified_number, verified_municipality_ids, valid_until, approved_by, reviewer_refs)
       SELECT $1, 'organisation', 'active', $2, application_id, 'Polisen test', 'police', $3, verified_municipality_ids, now() + interval '1 year', approved_by, reviewer_refs
         FROM badges WHERE id = $4`,
      [`TEST-${suffix}`, organisation.id, POLICE_NUMBER, DEMO_ORGANISATION_RECORD_IDS.policeBadge],
    );
  }
  return organisation.id;
}
