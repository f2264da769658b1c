// The shape of the synthetic data set: sizes per preset and the layout every generator shares
// (which users live where, which groups belong to which municipality, who the staff are).
import { cumulative, rangeOf, uuidFor } from './random.mjs';

export const GENERATOR_VERSION = 1;
export const DEFAULT_SEED = 20161117;

export const SIZES = {
  city: { users: 50_000, posts: 1_000_000, groups: 500, cases: 20_000, organisations: 300, auditEvents: 50_000, municipalities: 3, heavyUsers: 5 },
  national: { users: 1_000_000, posts: 10_000_000, groups: 20_000, cases: 500_000, organisations: 20_000, auditEvents: 1_000_000, municipalities: 290, heavyUsers: 5 },
  // A tiny preset for the loader's own tests.
  tiny: { users: 3_000, posts: 20_000, groups: 20, cases: 400, organisations: 20, auditEvents: 500, municipalities: 3, heavyUsers: 1 },
};

export const TAGS = {
  user: '5ca1e001',
  municipality: '5ca1e002',
  group: '5ca1e003',
  member: '5ca1e004',
  post: '5ca1e005',
  case: '5ca1e006',
  notice: '5ca1e007',
  organisation: '5ca1e008',
  orgMember: '5ca1e009',
  application: '5ca1e00a',
  badge: '5ca1e00b',
};

/** The three municipalities every database has (fixed ids from the first migration). */
export const FIXED_MUNICIPALITIES = [
  { id: '00000000-0000-4000-8000-000000000180', code: '0180', name: 'Stockholm', box: [59.22, 59.45, 17.75, 18.2] },
  { id: '00000000-0000-4000-8000-000000000191', code: '0191', name: 'Sigtuna', box: [59.5, 59.75, 17.6, 18.1] },
  { id: '00000000-0000-4000-8000-000000000486', code: '0486', name: 'Strängnäs', box: [59.15, 59.5, 16.6, 17.4] },
];

// Real county prefixes; the synthetic municipalities are numbered within them.
const COUNTIES = ['01', '03', '04', '05', '06', '07', '08', '09', '10', '12', '13', '14', '17', '18', '19', '20', '21', '22', '23', '24', '25'];

export const HEAVY_USER_POSTS = 10_000;
export const NOTICES_PER_CASE = (c) => 1 + (c % 3);
/** Share of each municipality's residents that never report in the seed: the benchmark's reporters. */
export const QUIET_SHARE = 0.1;
export const STAFF = { platformOwners: 1, moderators: 5 };
export const BENCH_PASSWORD = 'scale-bench-password';
export const STAFF_EMAIL = {
  owner: 'owner@scale.samverka.test',
  moderator: (k) => `moderator${k}@scale.samverka.test`,
  coordinator: (code) => `coordinator-${code}@scale.samverka.test`,
};

export function layout(sizeName, seed = DEFAULT_SEED) {
  const size = SIZES[sizeName];
  if (!size) throw new Error(`--size must be one of ${Object.keys(SIZES).join(', ')}`);

  const municipalities = FIXED_MUNICIPALITIES.slice(0, Math.min(3, size.municipalities)).map((m) => ({ ...m, fixed: true }));
  const used = new Set(municipalities.map((m) => m.code));
  for (let k = 0; municipalities.length < size.municipalities; k++) {
    const county = COUNTIES[k % COUNTIES.length];
    const code = `${county}${String(10 + Math.floor(k / COUNTIES.length) * 3).padStart(2, '0')}`;
    if (used.has(code)) continue;
    used.add(code);
    const i = municipalities.length;
    // Spread over Sweden: south to north by county, a small box each.
    const lat = 55.4 + ((COUNTIES.indexOf(county) + (i % 7) / 7) / COUNTIES.length) * 11.5;
    const lon = 12.3 + ((i * 37) % 90) / 10;
    municipalities.push({ id: uuidFor(TAGS.municipality, i), code, name: `Kommun ${code}`, box: [round(lat), round(lat + 0.2), round(lon), round(lon + 0.3)], fixed: false });
  }

  // Residents: the largest municipality holds a fifth of the country (a tenth of it in the city preset is elsewhere).
  const staffCount = STAFF.platformOwners + STAFF.moderators + municipalities.length;
  const citizens = size.users - staffCount;
  const weights = municipalities.map((_, i) => (i === 0 ? (municipalities.length > 3 ? 0.2 : 0.9) : 0));
  const restShare = 1 - weights[0];
  const restWeights = municipalities.slice(1).map((_, i) => 1 / Math.pow(i + 1, 0.8));
  const restTotal = restWeights.reduce((a, b) => a + b, 0);
  restWeights.forEach((w, i) => (weights[i + 1] = (w / restTotal) * restShare));
  const residents = weights.map((w) => Math.max(1_000, Math.floor(w * citizens)));
  residents[0] += citizens - residents.reduce((a, b) => a + b, 0);
  const userStart = [];
  let next = staffCount;
  for (const n of residents) {
    userStart.push(next);
    next += n;
  }

  // Groups in proportion to residents, at least one each.
  const groupCount = residents.map((n) => Math.max(1, Math.round((n / citizens) * size.groups)));
  groupCount[0] += size.groups - groupCount.reduce((a, b) => a + b, 0);
  const groupStart = [];
  next = 0;
  for (const n of groupCount) {
    groupStart.push(next);
    next += n;
  }

  return {
    name: sizeName,
    seed,
    size,
    municipalities,
    residents,
    userStart,
    groupStart,
    groupCount,
    activity: cumulative(residents),
    staffCount,
    moderatorIndex: (k) => STAFF.platformOwners + k,
    coordinatorIndex: (m) => STAFF.platformOwners + STAFF.moderators + m,
    municipalityOfUser: (u) => rangeOf(userStart, u),
    municipalityOfGroup: (g) => rangeOf(groupStart, g),
    /** Residents of m that the seed lets report. */
    reporterSpan: (m) => Math.floor(residents[m] * (1 - QUIET_SHARE)),
    /** Every so many posts one is a heavy user's (never a group post: index % 10 is 3). */
    heavyEvery: Math.max(10, Math.round(size.posts / (size.heavyUsers * HEAVY_USER_POSTS) / 10) * 10),
  };
}

function round(x) {
  return Math.round(x * 100) / 100;
}
