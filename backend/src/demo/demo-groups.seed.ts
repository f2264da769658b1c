import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { SEEDED_MUNICIPALITY_IDS } from '../identity/municipalities/seeded-municipalities.js';
import { DEMO_ACCOUNTS } from './demo-accounts.js';

/**
 * Groups, residents and posts shaped like the evaluation's: a neighbourhood watch in Sigtuna with
 * over 100 members, two locked groups in Gamla stan (the demo citizen owns one and has join
 * requests to decide), a dozen smaller groups in Strängnäs, and public posts over the day with
 * about half yellow and 15 % red. Ids are derived from keys (md5), so every run writes the same
 * rows and `ON CONFLICT DO NOTHING` makes it safe to repeat.
 */

/**
 * The id the seed gives a key: md5('samverka-demo:' || key) shaped as a version-4 UUID (the
 * version and variant digits fixed), computed the same way by the SQL below.
 */
export const demoId = (key: string): string => {
  const hex = createHash('md5').update(`samverka-demo:${key}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
};

/** A deterministic fraction in [0, 1) from a SQL text expression. */
const fraction = (sql: string) => `(('x' || substr(md5(${sql}), 1, 8))::bit(32)::bigint / 4294967296.0)`;
const id = (sql: string) => `overlay(overlay(md5('samverka-demo:' || ${sql}) placing '4' from 13) placing '8' from 17)::uuid`;

const RESIDENTS = 120;
const FIRST_NAMES = ['Anna', 'Erik', 'Maria', 'Lars', 'Karin', 'Johan', 'Eva', 'Anders', 'Sara', 'Mikael', 'Lena', 'Per', 'Emma', 'Nils', 'Fatima', 'Ahmed', 'Ingrid', 'Oskar', 'Elin', 'Ali'];
const LAST_NAMES = ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson', 'Lindberg', 'Hassan', 'Berg', 'Lund'];

const CITIZEN = DEMO_ACCOUNTS.find((account) => account.email === 'citizen@demo.samverka.se')!;
const RESIDENT_STRANGNAS = DEMO_ACCOUNTS.find((account) => account.email === 'resident.strangnas@demo.samverka.se')!;
const COORDINATOR_SIGTUNA = DEMO_ACCOUNTS.find((account) => account.email === 'coordinator.sigtuna@demo.samverka.se')!;
const GAMLA_STAN_AREA = `(SELECT id FROM municipality_areas WHERE municipality_id = '${SEEDED_MUNICIPALITY_IDS.stockholm}' AND name = 'Gamla stan')`;

/** Named demo groups, with fixed keys the console tests use. */
export const DEMO_GROUPS = {
  marstaWatch: { key: 'group:marsta-watch', name: 'Grannsamverkan Märsta', members: 110 },
  storaNygatan: { key: 'group:stora-nygatan', name: 'Stora Nygatan grannar', members: 24 },
  gamlaStanShops: { key: 'group:gamla-stan-shops', name: 'Trygg i Gamla stan verksamheter', members: 38 },
  sigtunaMunicipal: { key: 'group:sigtuna-municipal', name: 'Trygghetsgruppen Sigtuna kommun', members: 15 },
} as const;

export async function seedDemoGroups(manager: EntityManager): Promise<void> {
  const residentNumber = `lpad(n::text, 3, '0')`;
  await manager.query(
    `INSERT INTO users (id, email, display_name, status, roles, home_municipality_id, password_hash, email_confirmed_at)
     SELECT ${id(`'resident:' || n`)}, 'boende.' || ${residentNumber} || '@demo.samverka.se',
            ($1::text[])[1 + n % $3] || ' ' || ($2::text[])[1 + (n * 7) % $4], 'active', '{citizen}',
            CASE WHEN n <= 60 THEN $5::uuid WHEN n <= 90 THEN $6::uuid ELSE $7::uuid END, NULL, now()
       FROM generate_series(1, ${RESIDENTS}) n
     ON CONFLICT DO NOTHING`,
    [FIRST_NAMES, LAST_NAMES, FIRST_NAMES.length, LAST_NAMES.length, SEEDED_MUNICIPALITY_IDS.sigtuna, SEEDED_MUNICIPALITY_IDS.stockholm, SEEDED_MUNICIPALITY_IDS.strangnas],
  );

  const group = async (key: string, name: string, municipalityId: string, visibility: 'open' | 'locked', ownerSql: string, options: { area?: string; kind?: string; description: string }) =>
    manager.query(
      `INSERT INTO groups (id, name, description, purpose, municipality_id, area_id, visibility, kind, created_by, created_at, last_activity_at)
       VALUES (${id(`$1`)}, $2, $3, $3, $4, ${options.area ?? 'NULL'}, $5, $6, ${ownerSql}, now() - interval '200 days', now() - interval '2 hours')
       ON CONFLICT DO NOTHING`,
      [key, name, options.description, municipalityId, visibility, options.kind ?? 'citizen'],
    );
  const members = (key: string, ownerSql: string, from: number, to: number) =>
    manager.query(
      `INSERT INTO group_members (id, group_id, user_id, role, joined_at, role_since)
       SELECT ${id(`$1 || ':owner'`)}, ${id('$1')}, ${ownerSql}, 'owner', now() - interval '200 days', now() - interval '200 days'
       UNION ALL
       SELECT ${id(`$1 || ':member:' || n`)}, ${id('$1')}, ${id(`'resident:' || n`)},
              CASE WHEN n = $2 THEN 'admin' ELSE 'member' END,
              now() - (n || ' days')::interval, now() - (n || ' days')::interval
         FROM generate_series($2::int, $3::int) n
       ON CONFLICT DO NOTHING`,
      [key, from, to],
    );

  const resident = (n: number) => id(`'resident:${n}'`);
  const { marstaWatch, storaNygatan, gamlaStanShops, sigtunaMunicipal } = DEMO_GROUPS;
  await group(marstaWatch.key, marstaWatch.name, SEEDED_MUNICIPALITY_IDS.sigtuna, 'open', resident(1), { description: 'Grannsamverkan för villaområdena i Märsta.' });
  await members(marstaWatch.key, resident(1), 2, marstaWatch.members);
  await manager.query(`INSERT INTO group_members (id, group_id, user_id, role) VALUES (${id(`'${marstaWatch.key}:citizen'`)}, ${id(`'${marstaWatch.key}'`)}, $1, 'member') ON CONFLICT DO NOTHING`, [
    CITIZEN.id,
  ]);

  await group(storaNygatan.key, storaNygatan.name, SEEDED_MUNICIPALITY_IDS.stockholm, 'locked', `'${CITIZEN.id}'::uuid`, {
    area: GAMLA_STAN_AREA,
    description: 'För oss som bor på Stora Nygatan: vi håller koll på trapphus, portar och cyklar.',
  });
  await members(storaNygatan.key, `'${CITIZEN.id}'::uuid`, 61, 60 + storaNygatan.members);
  await manager.query(
    `INSERT INTO group_join_requests (id, group_id, user_id, message, created_at)
     SELECT ${id(`'${storaNygatan.key}:request:' || n`)}, ${id(`'${storaNygatan.key}'`)}, ${id(`'resident:' || n`)},
            ($1::text[])[1 + n % 3], now() - (n % 5 || ' days')::interval
       FROM generate_series(86, 89) n
     ON CONFLICT DO NOTHING`,
    [['Jag har flyttat in på nummer 12.', 'Bor på Stora Nygatan 20, vill gärna vara med.', 'Hej! Granne på tredje våningen.']],
  );

  await group(gamlaStanShops.key, gamlaStanShops.name, SEEDED_MUNICIPALITY_IDS.stockholm, 'locked', resident(90), {
    area: GAMLA_STAN_AREA,
    description: 'Butiker, caféer och restauranger i Gamla stan: snatteri, klotter och ordningsstörningar.',
  });
  await members(gamlaStanShops.key, resident(90), 30, 30 + gamlaStanShops.members - 2);

  await group(sigtunaMunicipal.key, sigtunaMunicipal.name, SEEDED_MUNICIPALITY_IDS.sigtuna, 'open', `'${COORDINATOR_SIGTUNA.id}'::uuid`, {
    kind: 'municipal',
    description: 'Kommunens trygghetssamordnare informerar om trygghetsvandringar och insatser.',
  });
  await members(sigtunaMunicipal.key, `'${COORDINATOR_SIGTUNA.id}'::uuid`, 40, 40 + sigtunaMunicipal.members - 2);

  const strangnasStreets = [
    'Långgatan',
    'Östra Storgatan',
    'Finninge',
    'Eldsund',
    'Vasaområdet',
    'Ulvhäll',
    'Malmby',
    'Åkers styckebruk',
    'Mariefred centrum',
    'Stallarholmen',
    'Tosterö',
    'Kungsberget',
  ];
  for (const [index, street] of strangnasStreets.entries()) {
    const key = `group:strangnas-${index + 1}`;
    const owner = index === 0 ? `'${RESIDENT_STRANGNAS.id}'::uuid` : resident(91 + index);
    await group(key, `Grannar ${street}`, SEEDED_MUNICIPALITY_IDS.strangnas, index % 3 === 0 ? 'open' : 'locked', owner, { description: `Grannsamverkan i ${street}.` });
    await members(key, owner, 91 + ((index * 5) % 20), Math.min(RESIDENTS, 95 + ((index * 5) % 20) + (index % 4) * 6));
  }

  // Public posts over the last 30 days: in town mostly 11-19, about half yellow and 15 % red.
  await manager.query(
    `INSERT INTO posts (id, author_id, text, priority, latitude, longitude, municipality_id, created_at)
     SELECT ${id(`'post:' || n`)}, ${id(`'resident:' || r.resident`)}, ($1::text[])[1 + n % $2],
            CASE WHEN r.p < 0.15 THEN 'red' WHEN r.p < 0.65 THEN 'yellow' ELSE 'green' END,
            m.min_latitude + (m.max_latitude - m.min_latitude) * r.y, m.min_longitude + (m.max_longitude - m.min_longitude) * r.x,
            m.id,
            date_trunc('day', now()) - ((1 + floor(r.d * 30)) || ' days')::interval
              + ((CASE WHEN r.h < 0.75 THEN 11 + floor(r.h2 * 9) ELSE floor(r.h2 * 24) END) || ' hours')::interval
              + (floor(r.mi * 60) || ' minutes')::interval
       FROM generate_series(1, 300) n
       CROSS JOIN LATERAL (SELECT 1 + (n % ${RESIDENTS}) AS resident, ${fraction(`'p' || n`)} AS p, ${fraction(`'x' || n`)} AS x, ${fraction(`'y' || n`)} AS y,
                                  ${fraction(`'d' || n`)} AS d, ${fraction(`'h' || n`)} AS h, ${fraction(`'k' || n`)} AS h2, ${fraction(`'m' || n`)} AS mi) r
       JOIN municipalities m ON m.id = CASE WHEN r.resident <= 60 THEN $3::uuid WHEN r.resident <= 90 THEN $4::uuid ELSE $5::uuid END
     ON CONFLICT DO NOTHING`,
    [
      [
        'Misstänkt person som kikar in i bilar på parkeringen.',
        'Gatubelysningen är släckt längs gångvägen.',
        'Klotter på busskuren, anmält till kommunen.',
        'Hittad cykel vid stationen, blå damcykel.',
        'Bråk utanför pizzerian, polis på plats.',
        'Trygghetsvandring i kväll kl 19 från torget.',
        'Inbrott i förråd i natt, håll koll på era.',
        'Okänd bil har stått med motorn igång en timme.',
        'Hund lös vid lekplatsen, ägaren verkar saknas.',
        'Tack alla som var med på grannmötet!',
      ],
      10,
      SEEDED_MUNICIPALITY_IDS.sigtuna,
      SEEDED_MUNICIPALITY_IDS.stockholm,
      SEEDED_MUNICIPALITY_IDS.strangnas,
    ],
  );
}
