// One generator per table: each knows its COPY column list and turns a row index into a line of
// PostgreSQL's text COPY format. Rows refer to each other by index (see random.mjs), so a
// generator never needs another table in memory.
import { hash32, rowRng, uuidFor } from './random.mjs';
import { BENCH_PASSWORD, NOTICES_PER_CASE, STAFF, STAFF_EMAIL, TAGS } from './dataset.mjs';

const DAY = 86_400_000;
/** The backend's default escalation limit for untouched group cases (MODERATION_ESCALATION_HOURS, 72). */
const ESCALATION_MS = 72 * 3_600_000;
const N = '\\N';
const iso = (ms) => new Date(ms).toISOString();
const T = { user: 1, group: 2, post: 3, case: 4, organisation: 5, audit: 6, groupShape: 7 };

// Hour weights for posts away from town centres: quiet nights, busy afternoons and evenings.
const HOUR_WEIGHTS = [1, 0.6, 0.4, 0.3, 0.3, 0.5, 1.2, 2.5, 3.5, 3.8, 4, 4.5, 5, 5, 4.8, 5, 5.5, 6, 6, 5.5, 4.5, 3.5, 2.5, 1.6];
const HOUR_CUMULATIVE = (() => {
  const total = HOUR_WEIGHTS.reduce((a, b) => a + b, 0);
  let run = 0;
  return HOUR_WEIGHTS.map((w) => (run += w / total));
})();
const TEXTS = [
  'Okänd person rycker i cykellås vid stationen',
  'Trasig gatubelysning på gångvägen mot skolan',
  'Ungdomar samlas vid torget, lugnt just nu',
  'Bil med tomgångskörning utanför förskolan',
  'Borttappad plånbok hittad vid busshållplatsen',
  'Rök syns från soprum på innergården',
  'Nattvandrare på plats vid centrum i kväll',
  'Glassplitter på lekplatsen, se upp med barnen',
  'Misstänkt inbrottsförsök i källarförråd',
  'Stor folksamling vid köpcentrets entré',
];
const RULES_PUBLIC = ['political', 'commercial', 'tone', 'threat', 'misinformation', 'personal_data', 'spam'];
const RULES_GROUP = ['political', 'commercial', 'tone', 'spam', 'misinformation'];
const SEVERITY = { threat: 45, personal_data: 30, tone: 20, misinformation: 20, political: 10, commercial: 10, spam: 5 };
const ORG_TYPES = ['police', 'municipality', 'rescue_service', 'security_company', 'night_walkers', 'property_owner', 'business_association', 'other'];
const ORG_WEIGHTS = [0.03, 0.03, 0.04, 0.1, 0.15, 0.3, 0.25, 0.1];

/** Everything the generators share: the layout, the time anchor and the one password hash. */
export function context(layout, { anchorMs, passwordHash }) {
  const groupSizes = new Int32Array(layout.size.groups);
  const groupBase = new Int32Array(layout.size.groups);
  const memberStart = new Float64Array(layout.size.groups + 1);
  for (let g = 0; g < layout.size.groups; g++) {
    const rng = rowRng(layout.seed, T.groupShape, g);
    const m = layout.municipalityOfGroup(g);
    // Mostly 30-150, a long tail to 300, a few small ones; the first group is the largest.
    const size = g === 0 ? 300 : Math.max(5, Math.min(300, Math.round(Math.exp(3.2 + rng.next() * 1.4 + (rng.next() - 0.5) * 1.2))));
    groupSizes[g] = Math.min(size, layout.residents[m]);
    groupBase[g] = rng.int(layout.residents[m]);
    // A municipal group has its coordinator as owner: one row more.
    memberStart[g + 1] = memberStart[g] + groupSizes[g] + (isMunicipal(g) ? 1 : 0);
  }
  return { layout, anchorMs, passwordHash, groupSizes, groupBase, memberStart };
}

export const isMunicipal = (g) => g % 20 === 10;
const memberUser = (ctx, g, j) => {
  const m = ctx.layout.municipalityOfGroup(g);
  return ctx.layout.userStart[m] + ((ctx.groupBase[g] + j) % ctx.layout.residents[m]);
};

/** A post's facts, recomputable from its index (cases and notices need them). */
export function postFacts(ctx, i) {
  const L = ctx.layout;
  const rng = rowRng(L.seed, T.post, i);
  const inGroup = i % 10 === 1;
  const heavy = i % L.heavyEvery === 3;
  const m = heavy ? 0 : rng.weighted(L.activity);
  let group = null;
  let author;
  if (inGroup) {
    group = L.groupStart[m] + rng.int(L.groupCount[m]);
    author = memberUser(ctx, group, rng.int(ctx.groupSizes[group]));
  } else if (heavy) {
    author = L.userStart[0] + (Math.floor(i / L.heavyEvery) % L.size.heavyUsers);
  } else {
    const r = rng.next();
    author = L.userStart[m] + Math.floor(r * r * L.residents[m]);
  }
  // Town centres: almost only 11-19; elsewhere the day's rhythm.
  const centre = rng.next() < 0.6;
  const hour = centre && rng.next() < 0.9 ? 11 + rng.int(9) : rng.weighted(HOUR_CUMULATIVE);
  // Rows come in time order, as they do in production: the heap follows created_at.
  const daysBack = 365 - Math.floor((i * 365) / L.size.posts);
  // Swedish time is UTC+1 or +2; an hour off in summer does not change the shape.
  const createdMs = ctx.anchorMs - daysBack * DAY + (hour - 1) * 3_600_000 + rng.int(3_600_000);
  const p = rng.next();
  const priority = p < 0.35 ? 'green' : p < 0.85 ? 'yellow' : 'red';
  const [minLat, maxLat, minLon, maxLon] = L.municipalities[m].box;
  const spread = centre ? 0.08 : 1;
  const lat = minLat + (maxLat - minLat) * (0.5 + (rng.next() - 0.5) * spread);
  const lon = minLon + (maxLon - minLon) * (0.5 + (rng.next() - 0.5) * spread);
  const s = rng.next();
  const status = s < 0.0005 ? 'removed' : s < 0.0025 ? 'hidden' : 'visible';
  return { id: uuidFor(TAGS.post, i), m, group, author, createdMs, priority, lat, lon, status, text: TEXTS[rng.int(TEXTS.length)] };
}

/** Which post case c is about: distinct for every case; about a third are group posts. */
export function casePostIndex(L, c) {
  const tenth = Math.floor(L.size.posts / 10);
  return 10 * ((c * 7919) % tenth) + (c % 10 < 3 ? 1 : 0);
}

export function tables(ctx) {
  const L = ctx.layout;
  const { anchorMs } = ctx;
  const M = L.municipalities;
  const userId = (u) => uuidFor(TAGS.user, u);
  const moderatorId = (k) => userId(L.moderatorIndex(k));

  const list = [];
  if (M.some((m) => !m.fixed)) {
    list.push({
      table: 'municipalities',
      columns: ['id', 'code', 'name', 'min_latitude', 'max_latitude', 'min_longitude', 'max_longitude'],
      count: M.filter((m) => !m.fixed).length,
      line: (i) => {
        const m = M.filter((x) => !x.fixed)[i];
        return `${m.id}\t${m.code}\t${m.name}\t${m.box.join('\t')}\n`;
      },
      keepIndexes: true,
    });
  }

  list.push({
    table: 'users',
    columns: ['id', 'email', 'display_name', 'password_hash', 'status', 'roles', 'home_municipality_id', 'last_sign_in_at', 'created_at', 'updated_at'],
    count: L.size.users,
    line: (u) => {
      const rng = rowRng(L.seed, T.user, u);
      let email;
      let roles = '{citizen}';
      let home;
      if (u < STAFF.platformOwners) {
        email = STAFF_EMAIL.owner;
        roles = '{platform_owner}';
        home = 0;
      } else if (u < STAFF.platformOwners + STAFF.moderators) {
        email = STAFF_EMAIL.moderator(u - STAFF.platformOwners + 1);
        roles = '{moderator}';
        home = 0;
      } else if (u < L.staffCount) {
        home = u - STAFF.platformOwners - STAFF.moderators;
        email = STAFF_EMAIL.coordinator(M[home].code);
        roles = '{coordinator}';
      } else {
        email = `u${u}@scale.samverka.test`;
        home = L.municipalityOfUser(u);
      }
      const created = anchorMs - (30 + rng.int(700)) * DAY;
      return `${userId(u)}\t${email}\tInvånare ${u}\t${ctx.passwordHash}\tactive\t${roles}\t${M[home].id}\t${iso(anchorMs - rng.int(60) * DAY)}\t${iso(created)}\t${iso(created)}\n`;
    },
  });

  list.push({
    table: 'user_municipality_scopes',
    columns: ['user_id', 'municipality_id'],
    count: M.length,
    line: (m) => `${userId(L.coordinatorIndex(m))}\t${M[m].id}\n`,
  });

  list.push({
    table: 'groups',
    columns: ['id', 'name', 'description', 'municipality_id', 'visibility', 'kind', 'status', 'created_by', 'created_at', 'updated_at', 'last_activity_at'],
    count: L.size.groups,
    line: (g) => {
      const rng = rowRng(L.seed, T.group, g);
      const m = L.municipalityOfGroup(g);
      const municipal = isMunicipal(g);
      const owner = municipal ? L.coordinatorIndex(m) : memberUser(ctx, g, 0);
      const created = anchorMs - (60 + rng.int(600)) * DAY;
      const name = municipal ? `Kommunens trygghetsgrupp ${g}` : `${rng.pick(['Grannsamverkan', 'Centrumsamverkan', 'BRF', 'Nattvandrarna', 'Gatan'])} ${g}`;
      return `${uuidFor(TAGS.group, g)}\t${name}\tSyntetisk grupp\t${M[m].id}\t${rng.next() < 0.4 ? 'locked' : 'open'}\t${municipal ? 'municipal' : 'citizen'}\tactive\t${userId(owner)}\t${iso(created)}\t${iso(created)}\t${iso(anchorMs - rng.int(30) * DAY)}\n`;
    },
  });

  list.push({
    table: 'group_members',
    columns: ['id', 'group_id', 'user_id', 'role', 'joined_at', 'role_since'],
    count: ctx.memberStart[L.size.groups],
    rows: function* () {
      for (let g = 0; g < L.size.groups; g++) {
        const m = L.municipalityOfGroup(g);
        const municipal = isMunicipal(g);
        let k = ctx.memberStart[g];
        const groupId = uuidFor(TAGS.group, g);
        const rng = rowRng(L.seed, T.groupShape + 100, g);
        if (municipal) {
          const at = iso(anchorMs - 600 * DAY);
          yield `${uuidFor(TAGS.member, k++)}\t${groupId}\t${userId(L.coordinatorIndex(m))}\towner\t${at}\t${at}\n`;
        }
        for (let j = 0; j < ctx.groupSizes[g]; j++) {
          const role = j === 0 ? (municipal ? 'admin' : 'owner') : j <= 2 ? 'admin' : 'member';
          const at = iso(anchorMs - (1 + rng.int(600)) * DAY - rng.int(DAY));
          yield `${uuidFor(TAGS.member, k++)}\t${groupId}\t${userId(memberUser(ctx, g, j))}\t${role}\t${at}\t${at}\n`;
        }
      }
    },
  });

  list.push({
    table: 'posts',
    columns: ['id', 'author_id', 'group_id', 'text', 'priority', 'latitude', 'longitude', 'municipality_id', 'status', 'status_changed_at', 'created_at'],
    count: L.size.posts,
    line: (i) => {
      const p = postFacts(ctx, i);
      const changed = p.status === 'visible' ? N : iso(p.createdMs + 3_600_000);
      return `${p.id}\t${userId(p.author)}\t${p.group === null ? N : uuidFor(TAGS.group, p.group)}\t${p.text}\t${p.priority}\t${p.lat.toFixed(5)}\t${p.lon.toFixed(5)}\t${M[p.m].id}\t${p.status}\t${changed}\t${iso(p.createdMs)}\n`;
    },
  });

  const caseFacts = (c) => {
    const rng = rowRng(L.seed, T.case, c);
    const post = postFacts(ctx, casePostIndex(L, c));
    const n = NOTICES_PER_CASE(c);
    const rules = [...new Set(Array.from({ length: n }, () => rng.pick(post.group === null ? RULES_PUBLIC : RULES_GROUP)))];
    const routing = post.group !== null ? 'group_admins' : 'platform';
    const open = c % 5 === 0;
    const firstMs = Math.min(anchorMs - 60_000, post.createdMs + rng.int(6 * 3_600_000));
    const lastMs = Math.min(anchorMs - 30_000, firstMs + rng.int(2 * DAY));
    const base = Math.max(...rules.map((r) => SEVERITY[r])) + (post.priority === 'red' ? 15 : 0) + (n - 1) * 5;
    return { rng, post, n, rules, routing, open, firstMs, lastMs, base };
  };

  list.push({
    table: 'moderation_cases',
    columns: [
      'id',
      'item_type',
      'item_id',
      'group_id',
      'municipality_id',
      'author_id',
      'routing',
      'status',
      'base_priority',
      'score_parts',
      'notice_count',
      'reporter_count',
      'rules',
      'first_notice_at',
      'last_notice_at',
      'first_action_at',
      'decided_at',
      'decided_by',
      'created_at',
    ],
    count: L.size.cases,
    line: (c) => {
      const f = caseFacts(c);
      const decidedMs = f.open ? null : Math.min(anchorMs - 1000, f.lastMs + f.rng.int(3 * DAY));
      const status = f.open ? 'open' : f.rng.next() < 0.3 ? 'actioned' : 'dismissed';
      const decider = f.open ? N : moderatorId(c % STAFF.moderators);
      // An open group case older than the escalation limit has been acted on by the group's
      // admins (else the escalation job would already have sent it to the platform, and the
      // first benchmark run after a load would measure that job escalating 50 000 cases).
      const overdue = f.open && f.routing === 'group_admins' && f.firstMs < anchorMs - ESCALATION_MS;
      const actedMs = decidedMs ?? (overdue ? f.firstMs + 3_600_000 : null);
      const parts = `[{"name": "severity", "points": ${f.base}}]`;
      return `${uuidFor(TAGS.case, c)}\tpost\t${f.post.id}\t${f.post.group === null ? N : uuidFor(TAGS.group, f.post.group)}\t${M[f.post.m].id}\t${userId(f.post.author)}\t${f.routing}\t${status}\t${f.base}\t${parts}\t${f.n}\t${f.n}\t{${f.rules.join(',')}}\t${iso(f.firstMs)}\t${iso(f.lastMs)}\t${actedMs === null ? N : iso(actedMs)}\t${decidedMs === null ? N : iso(decidedMs)}\t${decider}\t${iso(f.firstMs)}\n`;
    },
  });

  list.push({
    table: 'moderation_notices',
    columns: ['id', 'case_id', 'item_type', 'item_id', 'reporter_id', 'reporter_kind', 'rule', 'explanation', 'created_at', 'outcome', 'outcome_at'],
    count: Array.from({ length: 3 }, (_, r) => Math.ceil((L.size.cases - r) / 3) * (r + 1)).reduce((a, b) => a + b, 0),
    rows: function* () {
      let k = 0;
      for (let c = 0; c < L.size.cases; c++) {
        const f = caseFacts(c);
        const span = L.reporterSpan(f.post.m);
        const base = hash32(L.seed, c) % span;
        const step = span % 7919 === 0 ? 7 : 7919;
        const outcome = f.open ? 'pending' : 'dismissed';
        const outcomeAt = f.open ? N : iso(f.lastMs + 60_000);
        for (let j = 0; j < f.n; j++) {
          const reporter = L.userStart[f.post.m] + ((base + j * step) % span);
          const at = j === 0 ? f.firstMs : j === f.n - 1 ? f.lastMs : f.firstMs + Math.floor((f.lastMs - f.firstMs) / 2);
          yield `${uuidFor(TAGS.notice, k++)}\t${uuidFor(TAGS.case, c)}\tpost\t${f.post.id}\t${userId(reporter)}\tuser\t${f.rules[j % f.rules.length]}\tBryter mot uppförandekoden\t${iso(at)}\t${outcome}\t${outcomeAt}\n`;
        }
      }
    },
  });

  const orgFacts = (o) => {
    const rng = rowRng(L.seed, T.organisation, o);
    const type = ORG_TYPES[rng.weighted(cumulativeOf(ORG_WEIGHTS))];
    const m = rng.weighted(L.activity);
    const authority = type === 'police' || type === 'municipality';
    const createdMs = anchorMs - (10 + rng.int(700)) * DAY;
    const status = o % 10 === 0 ? 'pending' : o % 10 === 1 ? 'info_requested' : 'approved';
    return { rng, type, m, authority, createdMs, status, number: organisationNumber(authority ? '2' : '8', o) };
  };
  const orgMemberUser = (o, m, j) => L.userStart[m] + ((hash32(L.seed, 77, o) + j) % L.residents[m]);

  list.push({
    table: 'organisations',
    columns: ['id', 'name', 'type', 'organisation_number', 'email_domain', 'description', 'created_by', 'created_at', 'updated_at'],
    count: L.size.organisations,
    line: (o) => {
      const f = orgFacts(o);
      const domain = f.authority ? `org${o}.scale.samverka.test` : N;
      return `${uuidFor(TAGS.organisation, o)}\t${f.type} ${o} ${M[f.m].name}\t${f.type}\t${f.number}\t${domain}\tSyntetisk organisation\t${userId(orgMemberUser(o, f.m, 0))}\t${iso(f.createdMs)}\t${iso(f.createdMs)}\n`;
    },
  });
  list.push({
    table: 'organisation_municipalities',
    columns: ['organisation_id', 'municipality_id'],
    count: L.size.organisations,
    line: (o) => `${uuidFor(TAGS.organisation, o)}\t${M[orgFacts(o).m].id}\n`,
  });
  list.push({
    table: 'organisation_members',
    columns: ['id', 'organisation_id', 'user_id', 'title', 'role', 'confirmed_at', 'joined_at'],
    count: L.size.organisations * 3,
    line: (k) => {
      const o = Math.floor(k / 3);
      const j = k % 3;
      const f = orgFacts(o);
      return `${uuidFor(TAGS.orgMember, k)}\t${uuidFor(TAGS.organisation, o)}\t${userId(orgMemberUser(o, f.m, j))}\t${j === 0 ? 'Ansvarig' : 'Medlem'}\t${j === 0 ? 'admin' : 'member'}\t${iso(f.createdMs)}\t${iso(f.createdMs)}\n`;
    },
  });
  list.push({
    table: 'verification_applications',
    columns: ['id', 'organisation_id', 'organisation_type', 'applicant_id', 'kind', 'status', 'message', 'required_approvals', 'created_at', 'updated_at', 'decided_at'],
    count: L.size.organisations,
    line: (o) => {
      const f = orgFacts(o);
      const created = f.status === 'approved' ? f.createdMs : anchorMs - (1 + f.rng.int(40)) * DAY;
      const decided = f.status === 'approved' ? iso(f.createdMs + 5 * DAY) : N;
      return `${uuidFor(TAGS.application, o)}\t${uuidFor(TAGS.organisation, o)}\t${f.type}\t${userId(orgMemberUser(o, f.m, 0))}\tinitial\t${f.status}\tVi ansöker om verifiering\t${f.authority ? 2 : 1}\t${iso(created)}\t${iso(created)}\t${decided}\n`;
    },
  });
  list.push({
    table: 'badges',
    columns: [
      'id',
      'code',
      'kind',
      'status',
      'organisation_id',
      'application_id',
      'verified_name',
      'verified_type',
      'verified_number',
      'verified_municipality_ids',
      'issued_at',
      'valid_until',
      'approved_by',
    ],
    count: L.size.organisations,
    rows: function* () {
      for (let o = 0; o < L.size.organisations; o++) {
        const f = orgFacts(o);
        if (f.status !== 'approved') continue;
        const issued = f.createdMs + 5 * DAY;
        yield `${uuidFor(TAGS.badge, o)}\tSC-${o.toString(36).toUpperCase().padStart(6, '0')}\torganisation\tactive\t${uuidFor(TAGS.organisation, o)}\t${uuidFor(TAGS.application, o)}\t${f.type} ${o}\t${f.type}\t${f.number}\t{${M[f.m].id}}\t${iso(issued)}\t${iso(anchorMs + 200 * DAY)}\t{${moderatorId(0)},${moderatorId(1)}}\n`;
      }
    },
  });

  list.push({
    table: 'audit_events',
    columns: ['occurred_at', 'actor_id', 'action', 'subject_type', 'subject_id', 'municipality_id', 'reason', 'request_id'],
    count: L.size.auditEvents,
    // The hash-chain trigger finds the chain's head through the chain_seq index for every row
    // COPY inserts: without the index each row scans the table, and the load grows quadratically.
    keepIndexes: true,
    line: (e) => {
      const rng = rowRng(L.seed, T.audit, e);
      const u = L.staffCount + rng.int(L.size.users - L.staffCount);
      const at = iso(anchorMs - rng.int(365 * DAY));
      if (e % 4 === 0) {
        const c = rng.int(L.size.cases);
        return `${at}\t${moderatorId(c % STAFF.moderators)}\tmoderation.case_claimed\tModerationCase\t${uuidFor(TAGS.case, c)}\t${M[0].id}\t\\N\tscale-${e}\n`;
      }
      return `${at}\t${userId(u)}\tauth.sign_in\tUser\t${userId(u)}\t${M[L.municipalityOfUser(u)].id}\t\\N\tscale-${e}\n`;
    },
  });
  return list;
}

/** NNNNNN-NNNN with a Luhn check digit, as the organisations table checks. */
export function organisationNumber(first, o) {
  const body = `${first}${String(o).padStart(8, '0')}`.slice(0, 9);
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const v = Number(body[i]);
    sum += i % 2 === 0 ? Math.floor((v * 2) / 10) + ((v * 2) % 10) : v;
  }
  const check = (10 - (sum % 10)) % 10;
  return `${body.slice(0, 6)}-${body.slice(6)}${check}`;
}

function cumulativeOf(weights) {
  const total = weights.reduce((a, b) => a + b, 0);
  let run = 0;
  const out = weights.map((w) => (run += w / total));
  out[out.length - 1] = 1;
  return out;
}

export { BENCH_PASSWORD };
