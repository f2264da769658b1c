import { randomBytes } from 'node:crypto';
import { currentTotp } from '../../src/access/mfa/totp.js';
import { OutboxDispatcher } from '../../src/jobs/outbox-dispatcher.service.js';
import { SEEDED_MUNICIPALITY_IDS } from '../../src/identity/municipalities/seeded-municipalities.js';
import { type AccountLinkKind, ACCOUNT_LINK_TEMPLATES, capturedMail, linkToken } from './captured-mail.js';
import { bearer } from './demo.js';
import type { TestApp } from './test-app.js';

/**
 * The token of the newest link of `kind` e-mailed to `email`, read from the mailbox the test app
 * captures mail into (the outbox row hides it from staff).
 */
export async function emailedToken(t: TestApp, email: string, kind: AccountLinkKind): Promise<string> {
  const [message] = await t.db.query(`SELECT id FROM email_messages WHERE recipient = $1 AND template = ANY($2) ORDER BY created_at DESC LIMIT 1`, [email, ACCOUNT_LINK_TEMPLATES[kind]]);
  if (!message) throw new Error(`no ${kind} link was e-mailed to ${email}`);
  if (t.config.smtpUrl || !t.config.mailCaptureDir) throw new Error('this test app sends mail over SMTP: read the SMTP capture instead');
  await t.app.get(OutboxDispatcher).dispatchPending();
  return linkToken(await capturedMail(t.config.mailCaptureDir, message.id), kind);
}

/** The code of the latest domain-proof e-mail to an address, read from the mailbox (the outbox hides it). */
export async function emailedProofCode(t: TestApp, email: string): Promise<string> {
  const [message] = await t.db.query(`SELECT id FROM email_messages WHERE recipient = $1 AND template = 'domain-proof-code' ORDER BY created_at DESC LIMIT 1`, [email]);
  if (!message) throw new Error(`no code was sent to ${email}`);
  if (t.config.smtpUrl || !t.config.mailCaptureDir) throw new Error('this test app sends mail over SMTP: read the SMTP capture instead');
  await t.app.get(OutboxDispatcher).dispatchPending();
  const code = /^Subject: .*?(\d{6})$/m.exec(await capturedMail(t.config.mailCaptureDir, message.id))?.[1];
  if (!code) throw new Error(`no code in the e-mail to ${email}`);
  return code;
}

/** A fresh citizen: registered, e-mail confirmed through the link, signed in. */
export async function newCitizen(t: TestApp, name = 'Test Person'): Promise<{ id: string; token: string; email: string }> {
  const email = `person-${randomBytes(4).toString('hex')}@example.se`;
  const password = 'a password long enough';
  const response = await t.http.post('/api/auth/register').send({ email, password, displayName: name, homeMunicipalityId: SEEDED_MUNICIPALITY_IDS.sigtuna, acceptedTermsVersion: 1 });
  if (response.status !== 202) throw new Error(`registration failed: ${JSON.stringify(response.body)}`);
  const confirmed = await t.http.post('/api/auth/confirm-email').send({ token: await emailedToken(t, email, 'confirm-email') });
  if (confirmed.status !== 204) throw new Error(`confirmation failed: ${JSON.stringify(confirmed.body)}`);
  const session = await t.http.post('/api/auth/login').send({ email, password });
  if (session.status !== 200) throw new Error(`sign-in failed: ${JSON.stringify(session.body)}`);
  return { id: session.body.user.id, token: session.body.accessToken, email };
}

/** A group created by `token`'s owner, with sensible defaults. */
export async function newGroup(t: TestApp, token: string, fields: Record<string, unknown> = {}): Promise<{ id: string; name: string }> {
  const response = await t.http
    .post('/api/groups')
    .set(bearer(token))
    .send({ name: `Grupp ${randomBytes(3).toString('hex')}`, municipalityId: SEEDED_MUNICIPALITY_IDS.sigtuna, visibility: 'locked', ...fields });
  if (response.status !== 201) throw new Error(`group creation failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** The membership row id of a user in a group, as the group's admin sees it. */
export async function membershipId(t: TestApp, adminToken: string, groupId: string, userId: string): Promise<string> {
  const response = await t.http
    .get('/api/group-members')
    .query({ filter: JSON.stringify({ groupId, userId }) })
    .set(bearer(adminToken));
  if (response.status !== 200 || response.body.length !== 1) throw new Error(`no membership: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body[0].id;
}

/** A position in Märsta, Sigtuna. */
export const MARSTA = { latitude: 59.6179, longitude: 17.8536 };

/**
 * A staff member invited by the platform owner, who has chosen a password, set up the second
 * factor (answered with `totpSecret`) and signed in.
 */
export async function newStaff(
  t: TestApp,
  ownerToken: string,
  roles: string[],
  municipalityIds: string[] = [],
): Promise<{ id: string; token: string; email: string; password: string; totpSecret: string; recoveryCodes: string[] }> {
  const email = `staff-${randomBytes(4).toString('hex')}@samverka.se`;
  const password = 'staff password long enough';
  const invited = await t.http.post('/api/users').set(bearer(ownerToken)).send({ email, displayName: 'Staff Member', roles, municipalityIds });
  if (invited.status !== 201) throw new Error(`invitation failed: ${JSON.stringify(invited.body)}`);
  const token = await emailedToken(t, email, 'invitation');
  const accepted = await t.http.post('/api/auth/accept-invitation').send({ token, password });
  if (!accepted.body.enrolmentToken) throw new Error(`no enrolment asked of new staff: ${JSON.stringify(accepted.body)}`);
  const { enrolmentToken } = accepted.body;
  const enrolment = await t.http.post('/api/auth/mfa/enrol').send({ enrolmentToken });
  const confirmed = await t.http.post('/api/auth/mfa/enrol/confirm').send({ enrolmentToken, code: await currentTotp(enrolment.body.secret) });
  if (confirmed.status !== 200) throw new Error(`enrolment failed: ${JSON.stringify(confirmed.body)}`);
  return { id: invited.body.id, token: confirmed.body.accessToken, email, password, totpSecret: enrolment.body.secret, recoveryCodes: enrolment.body.recoveryCodes };
}

/**
 * A night walkers' organisation in Sigtuna verified through the API, as the app and the console
 * would: `applicantToken` applies (becoming its admin, title Ordförande) with a PDF of its statutes,
 * `reviewerToken` (a Sigtuna coordinator) approves; one approval is enough for this type. Returns
 * the organisation and its badge, and the applicant's emblem.
 */
export async function verifiedNightWalkers(
  t: TestApp,
  applicantToken: string,
  reviewerToken: string,
  fields: { name: string; organisationNumber: string },
): Promise<{ organisationId: string; badge: { id: string; code: string }; emblem: { id: string; code: string } }> {
  const applied = await t.http
    .post('/api/verification-applications')
    .set(bearer(applicantToken))
    .send({ type: 'night_walkers', municipalityIds: [SEEDED_MUNICIPALITY_IDS.sigtuna], title: 'Ordförande', message: 'Vi nattvandrar i Märsta', ...fields });
  if (applied.status !== 201) throw new Error(`application failed: ${JSON.stringify(applied.body)}`);
  const { id, organisationId } = applied.body as { id: string; organisationId: string };
  const evidence = await t.http.post(`/api/verification-applications/${id}/evidence`).set(bearer(applicantToken)).attach('file', Buffer.from('%PDF-1.4\n% stadgar\n%%EOF\n'), 'stadgar.pdf');
  if (evidence.status !== 201) throw new Error(`evidence upload failed: ${JSON.stringify(evidence.body)}`);
  const approved = await t.http.post(`/api/verification-applications/${id}/approve`).set(bearer(reviewerToken)).send({ grounds: 'Stadgar och styrelseprotokoll kontrollerade' });
  if (approved.status !== 201) throw new Error(`approval failed: ${JSON.stringify(approved.body)}`);
  const badges = await t.http
    .get('/api/badges')
    .query({ filter: JSON.stringify({ organisationId }) })
    .set(bearer(reviewerToken));
  const find = (kind: string) => (badges.body as { id: string; code: string; kind: string }[]).find((badge) => badge.kind === kind);
  const [badge, emblem] = [find('organisation'), find('member')];
  if (!badge || !emblem) throw new Error(`no badge and emblem issued: ${JSON.stringify(badges.body)}`);
  return { organisationId, badge: { id: badge.id, code: badge.code }, emblem: { id: emblem.id, code: emblem.code } };
}
