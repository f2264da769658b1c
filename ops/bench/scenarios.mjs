// The hot paths, as HTTP requests: the benchmark loads them, the EXPLAIN test checks every query
// they issue. Fixtures (ids, tokens) come from the loaded data set; see fixtures().
import { createHash, createHmac } from 'node:crypto';
import { KeyPurpose } from '../../backend/dist/platform/keys/key-purpose.js';
import { deriveKey } from '../../backend/dist/platform/keys/keys.js';
import { BENCH_PASSWORD, FIXED_MUNICIPALITIES, layout as layoutOf, STAFF_EMAIL, TAGS } from '../scale/dataset.mjs';
import { uuidFor } from '../scale/random.mjs';

const list = (path, { sort, range = [0, 24], filter = {} }) =>
  `${path}?sort=${encodeURIComponent(JSON.stringify(sort))}&range=${encodeURIComponent(JSON.stringify(range))}&filter=${encodeURIComponent(JSON.stringify(filter))}`;

/** Every scenario: who calls, what; `read` ones get a raw-SQL baseline. */
export const SCENARIOS = [
  { name: 'queue page (moderator)', role: 'moderator', read: true, path: () => list('/api/moderation-cases', { sort: ['priority', 'DESC'] }) },
  { name: 'queue page (coordinator)', role: 'coordinator', read: true, path: () => list('/api/moderation-cases', { sort: ['priority', 'DESC'] }) },
  { name: 'case view', role: 'moderator', read: true, path: (fx, i) => `/api/moderation-cases/${fx.openCaseIds[i % fx.openCaseIds.length]}` },
  {
    name: 'notice intake (POST)',
    role: 'reporter',
    read: false,
    method: 'POST',
    path: () => '/api/notices',
    // Reporter and post both rotate (coprime counts): every pair is new, each post gathers notices.
    body: (fx, i) => ({ itemType: 'post', itemId: fx.reportablePostIds[i % fx.reportablePostIds.length], rule: 'tone', explanation: 'Otrevlig ton mot grannarna i inlägget' }),
    token: (fx, i) => fx.reporterTokens[i % fx.reporterTokens.length],
  },
  { name: 'verification queue', role: 'coordinator', read: true, path: () => list('/api/verification-applications', { sort: ['createdAt', 'ASC'], filter: { open: true } }) },
  // The largest open group: staff read a locked group's members only during an intervention.
  { name: 'group members (largest open group)', role: 'moderator', read: true, path: (fx) => list('/api/group-members', { sort: ['joinedAt', 'ASC'], filter: { groupId: fx.largestOpenGroupId } }) },
  { name: 'dashboard: posts per day', role: 'coordinator', read: true, path: (fx) => `/api/insights/charts/posts-per-day?municipalityId=${fx.municipalityId}` },
  { name: 'dashboard: posts by hour', role: 'coordinator', read: true, path: (fx) => `/api/insights/charts/posts-by-hour?municipalityId=${fx.municipalityId}` },
  { name: 'GET /api/me', role: 'moderator', read: true, path: () => '/api/me' },
];

export const SIGN_IN = { name: 'sign-in (argon2)', role: 'anonymous', method: 'POST', path: () => '/api/auth/login', body: () => ({ email: STAFF_EMAIL.moderator(1), password: BENCH_PASSWORD }) };

export const STAFF_ACCOUNTS = {
  moderator: STAFF_EMAIL.moderator(1),
  coordinator: STAFF_EMAIL.coordinator(FIXED_MUNICIPALITIES[0].code),
};

/**
 * The ids of the staff accounts the scenarios act as. Staff sign in with a second factor (TOTP)
 * the synthetic accounts have not enrolled, so their tokens are minted (mintToken); sign-in is
 * measured on its own (SIGN_IN, the password step).
 */
export async function staffIds(client) {
  const ids = {};
  for (const [role, email] of Object.entries(STAFF_ACCOUNTS)) {
    const { rows } = await client.query('SELECT id FROM users WHERE email = $1', [email]);
    if (rows.length === 0) throw new Error(`no staff account ${email} in the data set`);
    ids[role] = rows[0].id;
  }
  return ids;
}

/** The session a minted token names: one per account, made live by openSessions(). */
export function benchSessionId(userId) {
  const h = createHash('sha256').update(`bench-session:${userId}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * An access token minted with the server's secret, for the many citizens who report during the
 * notice scenario (thousands of argon2 sign-ins would take longer than the benchmark) and for
 * staff, whose second factor the synthetic accounts have not enrolled. The service takes only
 * tokens that name a live session with a second factor: open them first (openSessions).
 */
export function mintToken(secret, userId, ttlSeconds = 3600) {
  const b64 = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const claims = { sub: userId, sid: benchSessionId(userId), amr: ['pwd', 'otp'], iat: now, exp: now + ttlSeconds };
  const unsigned = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims)}`;
  // Signed as the service signs: with the access-token key derived from JWT_SECRET.
  return `${unsigned}.${createHmac('sha256', deriveKey(secret, KeyPurpose.AccessToken)).update(unsigned).digest('base64url')}`;
}

/** Live sessions (signed in with a second factor) for the accounts whose tokens are minted. */
export async function openSessions(client, userIds) {
  await client.query(
    `INSERT INTO refresh_tokens (family_id, user_id, token_hash, expires_at, amr)
     SELECT s.sid::uuid, s.uid::uuid, 'bench-session', now() + interval '7 days', '{pwd,otp}'
       FROM unnest($1::text[], $2::text[]) AS s(uid, sid)
      WHERE NOT EXISTS (SELECT 1 FROM refresh_tokens r WHERE r.family_id = s.sid::uuid AND r.revoked_at IS NULL AND r.expires_at > now())`,
    [userIds, userIds.map(benchSessionId)],
  );
}

/** Ids the scenarios need, from the loaded data set (`marker` from its database comment). */
export async function fixtures(client, marker, { reporters = 2000, posts = 997 } = {}) {
  const L = layoutOf(marker.size, marker.seed);
  const municipalityId = FIXED_MUNICIPALITIES[0].id;
  const { rows: cases } = await client.query(`SELECT id FROM moderation_cases WHERE status = 'open' AND routing = 'platform' ORDER BY base_priority DESC, first_notice_at LIMIT 50`);
  // Posts nobody has reported yet, so that each run starts new cases and merges into them.
  const { rows: reportable } = await client.query(
    `SELECT p.id FROM posts p
      WHERE p.municipality_id = $1 AND p.group_id IS NULL AND p.status = 'visible' AND p.created_at > now() - interval '20 days'
        AND NOT EXISTS (SELECT 1 FROM moderation_cases c WHERE c.item_type = 'post' AND c.item_id = p.id)
      ORDER BY p.created_at DESC LIMIT $2`,
    [municipalityId, posts],
  );
  const { rows: urgent } = await client.query(
    `SELECT p.id FROM posts p
      WHERE p.municipality_id = $1 AND p.group_id IS NULL AND p.status = 'visible' AND p.priority = 'red' AND p.created_at > now() - interval '20 days'
        AND NOT EXISTS (SELECT 1 FROM moderation_cases c WHERE c.item_type = 'post' AND c.item_id = p.id)
      ORDER BY p.created_at LIMIT 200`,
    [municipalityId],
  );
  // The quiet tail of the largest municipality never reports in the seed; those who reported in
  // an earlier run today are left out, or a second run would meet the reporting limits.
  const first = L.userStart[0] + L.reporterSpan(0);
  const candidates = Array.from({ length: Math.min(reporters * 10, L.userStart[0] + L.residents[0] - first) }, (_, k) => uuidFor(TAGS.user, first + k));
  const { rows: recent } = await client.query(`SELECT DISTINCT reporter_id FROM moderation_notices WHERE reporter_id = ANY($1::uuid[]) AND created_at > now() - interval '1 day'`, [candidates]);
  const reportedToday = new Set(recent.map((r) => r.reporter_id));
  const reporterIds = candidates.filter((id) => !reportedToday.has(id)).slice(0, reporters);
  const {
    rows: [largestOpen],
  } = await client.query(`SELECT g.id FROM groups g JOIN group_members m ON m.group_id = g.id WHERE g.visibility = 'open' AND g.status = 'active' GROUP BY g.id ORDER BY count(*) DESC, g.id LIMIT 1`);
  return {
    municipalityId,
    largestOpenGroupId: largestOpen.id,
    openCaseIds: cases.map((r) => r.id),
    reportablePostIds: reportable.map((r) => r.id),
    urgentPostIds: urgent.map((r) => r.id),
    reporterIds,
  };
}
