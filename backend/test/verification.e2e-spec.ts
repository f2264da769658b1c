import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addSwedishDays, AuditAction, swedishDay, swedishDayStart } from '@samverka/shared';
import { SEEDED_MUNICIPALITY_IDS } from '../src/identity/municipalities/seeded-municipalities.js';
import { BadgeRenewalService } from '../src/organisations/badge-renewal.service.js';
import { bearer, demo } from './support/demo.js';
import { emailedProofCode, newCitizen } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const PDF = Buffer.from('%PDF-1.4\n% förordnande som kommunpolis\n%%EOF\n');
const EXE = Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff');
const SIGTUNA = SEEDED_MUNICIPALITY_IDS.sigtuna;

const policeApplication = (overrides: Record<string, unknown> = {}) => ({
  name: 'Polisen lokalpolisområde Märsta',
  type: 'police',
  organisationNumber: '202100-0076',
  municipalityIds: [SIGTUNA],
  emailDomain: 'polisen.se',
  title: 'Lokalpolisområdeschef',
  message: 'Vi vill kunna nå invånarna i Sigtuna med verifierade inlägg.',
  ...overrides,
});

describe('Organisation verification', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp();
    for (const [key, account] of Object.entries(demo)) tokens[key] = (await t.signIn(account.email)).accessToken;
  });
  afterAll(() => t.close());

  const as = (who: keyof typeof demo) => bearer(tokens[who]);
  const codeSentTo = (email: string) => emailedProofCode(t, email);
  const apply = (who: keyof typeof demo, body: Record<string, unknown>) => t.http.post('/api/verification-applications').set(as(who)).send(body);
  const upload = (who: keyof typeof demo, id: string, bytes: Buffer, name: string) => t.http.post(`/api/verification-applications/${id}/evidence`).set(as(who)).attach('file', bytes, name);
  const decide = (who: keyof typeof demo, id: string, decision: 'approve' | 'reject' | 'request-info', grounds = 'Förordnande och tjänstekort kontrollerade') =>
    t.http.post(`/api/verification-applications/${id}/${decision}`).set(as(who)).send({ grounds });

  let organisationId: string;
  let organisationBadgeCode: string;
  let organisationBadgeId: string;

  it('runs the whole police flow: apply, domain proof, two approvals, member emblem, public check, revocation', async () => {
    const applied = await apply('officerSigtuna', policeApplication());
    expect(applied.status).toBe(201);
    expect(applied.body).toMatchObject({ status: 'awaiting_domain_proof', requiredApprovals: 2, kind: 'initial', domainProof: { required: true } });
    const id = applied.body.id as string;
    organisationId = applied.body.organisationId;

    expect((await upload('officerSigtuna', id, PDF, 'förordnande.pdf')).status).toBe(201);
    expect((await decide('coordinatorSigtuna', id, 'approve')).body.code).toBe('domain_proof_missing');

    expect((await t.http.post(`/api/verification-applications/${id}/domain-proof`).set(as('officerSigtuna')).send({ email: 'pia.polis@gmail.com' })).body.code).toBe('address_not_at_domain');
    expect((await t.http.post(`/api/verification-applications/${id}/domain-proof`).set(as('officerSigtuna')).send({ email: 'pia.polis@polisen.se' })).status).toBe(201);
    const code = await codeSentTo('pia.polis@polisen.se');
    const stored: { code_hash: string }[] = await t.db.query(`SELECT code_hash FROM domain_proofs WHERE application_id = $1`, [id]);
    expect(stored[0].code_hash).not.toContain(code);
    const wrong = code === '000000' ? '111111' : '000000';
    const wrongTry = await t.http.post(`/api/verification-applications/${id}/domain-proof/confirm`).set(as('officerSigtuna')).send({ code: wrong });
    expect(wrongTry.status).toBe(422);
    expect(wrongTry.body.message).toContain('4 tries left');
    const confirmed = await t.http.post(`/api/verification-applications/${id}/domain-proof/confirm`).set(as('officerSigtuna')).send({ code });
    expect(confirmed.body).toMatchObject({ status: 'pending', domainProof: { email: 'pia.polis@polisen.se' } });

    const first = await decide('coordinatorSigtuna', id, 'approve');
    expect(first.body).toMatchObject({ status: 'pending', approvals: 1 });
    const again = await decide('coordinatorSigtuna', id, 'approve');
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('already_approved_by_you');

    // A coordinator of another municipality can neither decide nor see the evidence, nor learn that the application exists.
    const outsider = await decide('coordinatorStrangnas', id, 'approve');
    expect(outsider.status).toBe(404);
    expect(outsider.body.code).toBe('application_not_found');
    const fileId = first.body.evidence[0].id;
    expect((await t.http.get(`/api/verification-applications/${id}`).set(as('coordinatorStrangnas'))).status).toBe(404);
    expect((await t.http.get(`/api/verification-applications/${id}/evidence/${fileId}`).set(as('coordinatorStrangnas'))).status).toBe(404);

    const evidence = await t.http.get(`/api/verification-applications/${id}/evidence/${fileId}`).set(as('coordinatorSigtuna'));
    expect(evidence.status).toBe(200);
    expect(evidence.headers['content-disposition']).toMatch(/^attachment;/);
    expect(evidence.headers['x-content-type-options']).toBe('nosniff');
    expect(evidence.headers['content-type']).toBe('application/pdf');

    const second = await decide('coordinatorSigtuna2', id, 'approve');
    expect(second.body).toMatchObject({ status: 'approved', approvals: 2 });

    const organisation = await t.http.get(`/api/organisations/${organisationId}`).set(as('coordinatorSigtuna'));
    expect(organisation.body).toMatchObject({ verified: true, type: 'police' });
    const badges = await t.http
      .get('/api/badges')
      .query({ filter: JSON.stringify({ organisationId }) })
      .set(as('coordinatorSigtuna'));
    const organisationBadge = (badges.body as { kind: string; code: string; id: string; approvedBy: string[]; valid: boolean }[]).find((b) => b.kind === 'organisation')!;
    expect(organisationBadge.approvedBy.sort()).toEqual([demo.coordinatorSigtuna.id, demo.coordinatorSigtuna2.id].sort());
    expect(organisationBadge.valid).toBe(true);
    organisationBadgeCode = organisationBadge.code;
    organisationBadgeId = organisationBadge.id;
    // The applicant proved an address at the domain, so they carry an emblem at once.
    expect((badges.body as { kind: string; userId: string }[]).some((b) => b.kind === 'member' && b.userId === demo.officerSigtuna.id)).toBe(true);

    // The admin adds a community police officer, who confirms a polisen.se address by code.
    const refused = await t.http
      .post(`/api/organisations/${organisationId}/members`)
      .set(as('officerSigtuna'))
      .send({ accountEmail: demo.citizenSigtuna.email, title: 'Kommunpolis', role: 'member', workEmail: 'cecilia@gmail.com' });
    expect(refused.body.code).toBe('address_not_at_domain');
    const added = await t.http
      .post(`/api/organisations/${organisationId}/members`)
      .set(as('officerSigtuna'))
      .send({ accountEmail: demo.citizenSigtuna.email, title: 'Kommunpolis', role: 'member', workEmail: 'cecilia.invanare@polisen.se' });
    expect(added.status).toBe(201);
    const member = (added.body.members as { id: string; userId: string; confirmed: boolean }[]).find((m) => m.userId === demo.citizenSigtuna.id)!;
    expect(member.confirmed).toBe(false);
    expect((await t.http.get(`/api/public/users/${demo.citizenSigtuna.id}/badges`)).body).toEqual([]);
    const memberCode = await codeSentTo('cecilia.invanare@polisen.se');
    expect((await t.http.post(`/api/organisations/${organisationId}/members/${member.id}/confirm`).set(as('officerSigtuna')).send({ code: memberCode })).status).toBe(404);
    expect((await t.http.post(`/api/organisations/${organisationId}/members/${member.id}/confirm`).set(as('citizenSigtuna')).send({ code: memberCode })).status).toBe(201);

    const emblems = await t.http.get(`/api/public/users/${demo.citizenSigtuna.id}/badges`);
    expect(emblems.status).toBe(200);
    expect(emblems.body).toEqual([
      expect.objectContaining({
        kind: 'member',
        valid: true,
        verifies: {
          organisation: { name: 'Polisen lokalpolisområde Märsta', type: 'police', organisationNumber: '202100-0076', municipalities: ['Sigtuna'] },
          holder: { name: demo.citizenSigtuna.displayName, title: 'Kommunpolis' },
        },
      }),
    ]);
    const publicText = JSON.stringify(emblems.body);
    for (const secret of [demo.citizenSigtuna.email, 'cecilia.invanare@polisen.se', demo.coordinatorSigtuna.id, demo.citizenSigtuna.id]) expect(publicText).not.toContain(secret);

    const check = await t.http.get(`/api/public/badges/${organisationBadgeCode}`);
    expect(check.body).toMatchObject({ valid: true, kind: 'organisation', verifies: { holder: null } });
    expect(check.body.reviewers).toHaveLength(2);
    expect(check.body.reviewers[0]).toMatch(/^R-[0-9A-F]{8}$/);

    // Revocation is immediate, carries a reason, notifies the organisation and takes the emblems with it.
    expect((await t.http.post(`/api/badges/${organisationBadgeId}/revoke`).set(as('coordinatorSigtuna')).send({})).status).toBe(400);
    const revoked = await t.http.post(`/api/badges/${organisationBadgeId}/revoke`).set(as('coordinatorSigtuna')).send({ reason: 'Förordnandet har upphört' });
    expect(revoked.body).toMatchObject({ status: 'revoked', valid: false, statusReason: 'Förordnandet har upphört' });
    expect((await t.http.get(`/api/public/badges/${organisationBadgeCode}`)).body).toMatchObject({ valid: false, status: 'revoked' });
    expect((await t.http.get(`/api/public/users/${demo.citizenSigtuna.id}/badges`)).body[0]).toMatchObject({ valid: false });
    const notices: { recipient: string }[] = await t.db.query(`SELECT recipient FROM email_messages WHERE template = 'badge-status'`);
    expect(notices.map((n) => n.recipient)).toContain(demo.officerSigtuna.email);

    const actions: { action: string }[] = await t.db.query(`SELECT action FROM audit_events WHERE subject_id = ANY($1) OR subject_type = 'Badge'`, [[id, organisationId]]);
    expect(new Set(actions.map((a) => a.action))).toEqual(
      new Set([
        AuditAction.OrganisationCreated,
        AuditAction.VerificationApplied,
        AuditAction.VerificationEvidenceAdded,
        AuditAction.VerificationDomainProofSent,
        AuditAction.VerificationDomainProofFailed,
        AuditAction.VerificationDomainProofConfirmed,
        AuditAction.VerificationApproved,
        AuditAction.BadgeIssued,
        AuditAction.MemberAdded,
        AuditAction.MemberConfirmed,
        AuditAction.BadgeRevoked,
      ]),
    );
  });

  it('takes the emblem away at once when a member leaves', async () => {
    // After a revocation the organisation starts over: domain proof and two approvals again.
    const again = await apply('officerSigtuna', { organisationId, message: 'Ny ansökan efter återkallelse' });
    expect(again.body).toMatchObject({ kind: 'initial', requiredApprovals: 2, status: 'awaiting_domain_proof' });
    const id = again.body.id as string;
    await upload('officerSigtuna', id, PDF, 'nytt-förordnande.pdf');
    await t.http.post(`/api/verification-applications/${id}/domain-proof`).set(as('officerSigtuna')).send({ email: 'pia.polis@polisen.se' });
    await t.http
      .post(`/api/verification-applications/${id}/domain-proof/confirm`)
      .set(as('officerSigtuna'))
      .send({ code: await codeSentTo('pia.polis@polisen.se') });
    await decide('coordinatorSigtuna', id, 'approve');
    expect((await decide('owner', id, 'approve')).body.status).toBe('approved');
    const before = await t.http.get(`/api/public/users/${demo.citizenSigtuna.id}/badges`);
    expect(before.body.some((b: { valid: boolean }) => b.valid)).toBe(true);

    const organisation = await t.http.get(`/api/organisations/${organisationId}`).set(as('officerSigtuna'));
    const member = (organisation.body.members as { id: string; userId: string }[]).find((m) => m.userId === demo.citizenSigtuna.id)!;
    expect((await t.http.post(`/api/organisations/${organisationId}/members/${member.id}/remove`).set(as('citizenSigtuna')).send({ reason: 'Byter tjänst' })).status).toBe(201);
    expect((await t.http.get(`/api/public/users/${demo.citizenSigtuna.id}/badges`)).body).toEqual([]);
  });

  it('adds no member for an address without an active account: 404 user_not_found, the members unchanged', async () => {
    const members = async () => (await t.http.get(`/api/organisations/${organisationId}`).set(as('officerSigtuna'))).body.members.length as number;
    const before = await members();
    const add = (accountEmail: string) =>
      t.http.post(`/api/organisations/${organisationId}/members`).set(as('officerSigtuna')).send({ accountEmail, title: 'Kommunpolis', role: 'member', workEmail: 'ny.kollega@polisen.se' });
    const unknown = await add('ingen-sadan@example.se');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('user_not_found');
    const suspended = await newCitizen(t, 'Avstängd Person');
    await t.db.query(`UPDATE users SET status = 'suspended' WHERE id = $1`, [suspended.id]);
    const refused = await add(suspended.email);
    expect(refused.status).toBe(404);
    expect(refused.body.code).toBe('user_not_found');
    expect(await members()).toBe(before);
  });

  it('refuses the applicant reviewing their own application, and any member of the organisation', async () => {
    const own = await apply('coordinatorSigtuna', {
      name: 'Sigtuna kommun',
      type: 'municipality',
      organisationNumber: '212000-0225',
      municipalityIds: [SIGTUNA],
      emailDomain: 'sigtuna.se',
      title: 'Trygghetssamordnare',
      message: 'Kommunens konto',
    });
    expect(own.status).toBe(201);
    const response = await decide('coordinatorSigtuna', own.body.id, 'reject');
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('own_application');

    // The database refuses it too, whatever the code does.
    await expect(
      t.db.query(`INSERT INTO verification_decisions (application_id, reviewer_id, decision, grounds) VALUES ($1, $2, 'approve', 'bypass')`, [own.body.id, demo.coordinatorSigtuna.id]),
    ).rejects.toThrow(/may not be the applicant/);

    // A night walkers' group: the second Sigtuna coordinator joins it, and so may not review it.
    const walkers = await apply('residentStrangnas', {
      name: 'Nattvandrarna Märsta',
      type: 'night_walkers',
      organisationNumber: '802400-0005',
      municipalityIds: [SIGTUNA],
      title: 'Ordförande',
      message: 'Vi går på fredagar',
    });
    expect(walkers.status).toBe(201);
    await upload('residentStrangnas', walkers.body.id, PDF, 'stadgar.pdf');
    await t.http
      .post(`/api/organisations/${walkers.body.organisationId}/members`)
      .set(as('residentStrangnas'))
      .send({ accountEmail: demo.coordinatorSigtuna2.email, title: 'Nattvandrare', role: 'member' });
    const member = await decide('coordinatorSigtuna2', walkers.body.id, 'approve');
    expect(member.status).toBe(403);
    expect(member.body.code).toBe('member_of_organisation');
    // Other types need one approval.
    expect((await decide('coordinatorSigtuna', walkers.body.id, 'approve')).body).toMatchObject({ status: 'approved', approvals: 1, requiredApprovals: 1 });
  });

  it('answers a coordinator of another municipality 404 on every decision, as GET does: a 403 confirmed the application exists', async () => {
    const sigtunas = await apply('residentStrangnas', {
      name: 'Nattvandrarna Valsta',
      type: 'night_walkers',
      organisationNumber: '802400-0005',
      municipalityIds: [SIGTUNA],
      title: 'Ordförande',
      message: 'Vi går på lördagar',
    });
    expect(sigtunas.status).toBe(201);
    await upload('residentStrangnas', sigtunas.body.id, PDF, 'stadgar.pdf');
    expect((await t.http.get(`/api/verification-applications/${sigtunas.body.id}`).set(as('coordinatorStrangnas'))).status).toBe(404);
    for (const decision of ['approve', 'reject', 'request-info'] as const) {
      const response = await decide('coordinatorStrangnas', sigtunas.body.id, decision);
      expect([decision, response.status, response.body.code]).toEqual([decision, 404, 'application_not_found']);
    }
    expect(await t.db.query(`SELECT 1 FROM verification_decisions WHERE application_id = $1`, [sigtunas.body.id])).toEqual([]);
  });

  it('refuses a police domain not on the allow-list and a bad organisation number', async () => {
    const domain = await apply('residentStrangnas', policeApplication({ emailDomain: 'polisen-sigtuna.se' }));
    expect(domain.status).toBe(422);
    expect(domain.body.code).toBe('email_domain_not_allowed');
    const checkDigit = await apply('residentStrangnas', policeApplication({ organisationNumber: '202100-0077' }));
    expect(checkDigit.status).toBe(400);
    expect(checkDigit.body.message).toBe('organisationNumber has a wrong check digit');
    const notState = await apply('residentStrangnas', policeApplication({ organisationNumber: '556036-0793' }));
    expect(notState.body.message).toBe('organisationNumber must start with 2 for type police');
    expect((await apply('residentStrangnas', policeApplication({ organisationNumber: '2021000076' }))).status).toBe(400);
  });

  it('refuses an application naming a municipality that does not exist: 404 municipality_not_found, no organisation created', async () => {
    const count = async () => (await t.db.query(`SELECT count(*)::int AS n FROM organisations`))[0].n as number;
    const before = await count();
    const unknown = await apply('residentStrangnas', policeApplication({ name: 'Polisen Ingenstans', municipalityIds: [SIGTUNA, '00000000-0000-4000-8000-000000000000'] }));
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('municipality_not_found');
    expect(await count()).toBe(before);
  });

  it('refuses an executable disguised as a PDF', async () => {
    const applied = await apply('residentStrangnas', {
      name: 'Väktarna AB',
      type: 'security_company',
      organisationNumber: '556036-0793',
      municipalityIds: [SIGTUNA],
      title: 'VD',
      message: 'Bevakning i Märsta centrum',
    });
    const response = await upload('residentStrangnas', applied.body.id, EXE, 'tillstånd.pdf');
    expect(response.status).toBe(415);
    expect(response.body.message).toBe('file must be PDF, PNG or JPEG, judged by its content');
    expect((await t.http.get(`/api/verification-applications/${applied.body.id}`).set(as('residentStrangnas'))).body.evidence).toEqual([]);
  });

  it('shows each reviewer the queue of their municipalities, oldest first, with the age against the target', async () => {
    await t.db.query(`UPDATE verification_applications SET created_at = now() - interval '20 days' WHERE organisation_type = 'security_company'`);
    const sigtuna = await t.http
      .get('/api/verification-applications')
      .query({ filter: JSON.stringify({ open: true }) })
      .set(as('coordinatorSigtuna'));
    expect(sigtuna.status).toBe(200);
    const rows = sigtuna.body as { organisationType: string; createdAt: string; overdue: boolean; ageWorkingDays: number }[];
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows[0]).toMatchObject({ organisationType: 'security_company', overdue: true });
    expect(rows[0].ageWorkingDays).toBeGreaterThan(5);
    expect(rows.map((r) => r.createdAt)).toEqual([...rows.map((r) => r.createdAt)].sort());
    expect(sigtuna.headers['content-range']).toBe(`verification-applications 0-${rows.length - 1}/${rows.length}`);

    expect((await t.http.get('/api/verification-applications').set(as('coordinatorStrangnas'))).body).toEqual([]);
    const byType = await t.http
      .get('/api/verification-applications')
      .query({ filter: JSON.stringify({ type: 'municipality', municipalityId: SIGTUNA, minAgeDays: 0 }) })
      .set(as('owner'));
    expect((byType.body as { organisationType: string }[]).map((r) => r.organisationType)).toEqual(['municipality']);
    // Sorting by organisation name joins the organisations; the rows and total stay the same.
    const byName = await t.http
      .get('/api/verification-applications')
      .query({ sort: JSON.stringify(['organisationName', 'ASC']), filter: JSON.stringify({ open: true }) })
      .set(as('coordinatorSigtuna'));
    expect(byName.status).toBe(200);
    expect(byName.headers['content-range']).toBe(sigtuna.headers['content-range']);
    expect(new Set((byName.body as { id: string }[]).map((r) => r.id))).toEqual(new Set((sigtuna.body as { id: string }[]).map((r) => r.id)));
    const mine = await t.http.get('/api/verification-applications').set(as('residentStrangnas'));
    expect(new Set((mine.body as { applicantId: string }[]).map((r) => r.applicantId))).toEqual(new Set([demo.residentStrangnas.id]));
    expect(
      (
        await t.http
          .post(`/api/verification-applications/${rows[0] && (sigtuna.body[0].id as string)}/approve`)
          .set(as('citizenSigtuna'))
          .send({ grounds: 'ok ok' })
      ).status,
    ).toBe(403);
  });

  it('lets the applicant answer a request for more information', async () => {
    const list = await t.http
      .get('/api/verification-applications')
      .query({ filter: JSON.stringify({ type: 'security_company' }) })
      .set(as('coordinatorSigtuna'));
    const id = list.body[0].id as string;
    expect((await decide('coordinatorSigtuna', id, 'request-info', 'Bifoga tillstånd från länsstyrelsen')).body.status).toBe('info_requested');
    const mail: { body: string }[] = await t.db.query(`SELECT body FROM email_messages WHERE recipient = $1 AND template = 'verification-decision'`, [demo.residentStrangnas.email]);
    expect(mail.map((m) => m.body).join()).toContain('Bifoga tillstånd från länsstyrelsen');
    expect((await t.http.post(`/api/verification-applications/${id}/respond`).set(as('residentStrangnas')).send({ response: 'Tillståndet bifogat' })).body.status).toBe('pending');
    expect((await decide('coordinatorSigtuna', id, 'reject', 'Tillståndet gäller ett annat län')).body.status).toBe('rejected');
  });

  it('reminds admins 30 and 7 days before expiry, once each, and expires the badge', async () => {
    const renewal = t.app.get(BadgeRenewalService);
    // Valid until 00:30 Stockholm time, 20 days ahead: in UTC that is still the day before.
    const lastDay = swedishDay(addSwedishDays(new Date(), 20));
    const validUntil = new Date(swedishDayStart(lastDay).getTime() + 30 * 60_000);
    expect(validUntil.toISOString().slice(0, 10)).not.toBe(lastDay);
    await t.db.query(`UPDATE badges SET valid_until = $2 WHERE organisation_id = $1 AND kind = 'organisation' AND status = 'active'`, [organisationId, validUntil]);
    const first = await renewal.run();
    expect(first.reminded).toBeGreaterThanOrEqual(1);
    expect((await renewal.run()).reminded).toBe(0);
    const reminders: { recipient: string; body: string }[] = await t.db.query(`SELECT recipient, body FROM email_messages WHERE template = 'badge-renewal-reminder'`);
    expect(reminders.map((r) => r.recipient)).toContain(demo.officerSigtuna.email);
    // The date the admins read is the Swedish one.
    for (const reminder of reminders) expect(reminder.body).toContain(lastDay);

    // Renewal goes through review again, with one approval, and replaces the badge.
    const renewed = await apply('officerSigtuna', { organisationId, message: 'Förnyelse' });
    expect(renewed.body).toMatchObject({ kind: 'renewal', requiredApprovals: 1, status: 'pending' });
    await upload('officerSigtuna', renewed.body.id, PDF, 'förnyelse.pdf');
    expect((await decide('coordinatorSigtuna2', renewed.body.id, 'approve')).body.status).toBe('approved');
    const statuses: { status: string }[] = await t.db.query(`SELECT status FROM badges WHERE organisation_id = $1 AND kind = 'organisation' ORDER BY issued_at`, [organisationId]);
    expect(statuses.map((b) => b.status)).toEqual(['revoked', 'superseded', 'active']);

    const active: { code: string }[] = await t.db.query(`SELECT code FROM badges WHERE organisation_id = $1 AND kind = 'organisation' AND status = 'active'`, [organisationId]);
    await t.db.query(`UPDATE badges SET valid_until = now() - interval '1 minute' WHERE organisation_id = $1 AND kind = 'organisation' AND status = 'active'`, [organisationId]);
    // Expired badges stop showing as valid before the job has even run.
    expect((await t.http.get(`/api/public/badges/${active[0].code}`)).body).toMatchObject({ valid: false, status: 'expired' });
    expect((await renewal.run()).expired).toBeGreaterThanOrEqual(1);
    expect((await t.http.get(`/api/public/badges/${active[0].code}`)).body).toMatchObject({ valid: false, status: 'expired' });
  });

  it('shows captured e-mail and the domain allow-list to the platform owner only', async () => {
    const mail = await t.http
      .get('/api/email-messages')
      .query({ filter: JSON.stringify({ template: 'domain-proof-code' }) })
      .set(as('owner'));
    expect(mail.status).toBe(200);
    expect((mail.body as { recipient: string }[]).map((m) => m.recipient)).toContain('pia.polis@polisen.se');
    // The owner sees that a code went out, never the code.
    expect((await t.http.get(`/api/email-messages/${mail.body[0].id}`).set(as('owner'))).body.subject).toBe('Din verifieringskod: [kod dold]');
    expect((await t.http.get('/api/email-messages').set(as('coordinatorSigtuna'))).status).toBe(403);

    const domains = await t.http.get('/api/allowed-domains').set(as('owner'));
    expect((domains.body as { domain: string }[]).map((d) => d.domain)).toEqual(['polisen.se', 'sigtuna.se', 'stockholm.se', 'strangnas.se']);
    expect((await t.http.post('/api/allowed-domains').set(as('coordinatorSigtuna')).send({ domain: 'x.se', organisationType: 'police', reason: 'test' })).status).toBe(403);
    const added = await t.http.post('/api/allowed-domains').set(as('owner')).send({ domain: 'Polisen-Test.se', organisationType: 'police', reason: 'Testdomän' });
    expect(added.body).toMatchObject({ domain: 'polisen-test.se' });
    expect((await t.http.post(`/api/allowed-domains/${added.body.id}/remove`).set(as('owner')).send({ reason: 'Klar' })).status).toBe(201);
  });

  it('answers 404 for an unknown public badge without signing in', async () => {
    expect((await t.http.get('/api/public/badges/XXXXX-XXXXX')).status).toBe(404);
  });
});
