import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SEEDED_MUNICIPALITY_IDS } from '../src/identity/municipalities/seeded-municipalities.js';
import { bearer, demo } from './support/demo.js';
import { newCitizen } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** Names that look like someone else's: zero-width space, right-to-left override, a bell, a Hangul filler. */
const LOOK_ALIKES = ['Pia\u200B Polis', '\u202EsiloP aiP', 'Pia\u0007Polis', 'Pia\u3164Polis', 'Pia\u2066Polis\u2069'];

describe('Names other people see', () => {
  let t: TestApp;
  let owner: string;
  beforeAll(async () => {
    t = await createTestApp();
    owner = (await t.signIn(demo.owner.email)).accessToken;
  });
  afterAll(() => t.close());

  /** The address each display name was registered with. */
  const sent = new Map<string, string>();
  const register = (displayName: string) => {
    const email = `n-${Math.random().toString(36).slice(2)}@example.se`;
    sent.set(displayName, email);
    return t.http.post('/api/auth/register').send({ email, password: 'a password long enough', displayName, homeMunicipalityId: SEEDED_MUNICIPALITY_IDS.sigtuna, acceptedTermsVersion: 1 });
  };

  it('refuses invisible and text-direction characters in a display name at registration, with 400 naming the field, and creates no account', async () => {
    const [before] = await t.db.query(`SELECT count(*)::int AS n FROM users`);
    for (const name of LOOK_ALIKES) {
      const response = await register(name);
      expect([name, response.status, response.body.message]).toEqual([name, 400, ['displayName must not contain control, zero-width or text-direction characters']]);
    }
    expect(await t.db.query(`SELECT count(*)::int AS n FROM users`)).toEqual([before]);
  });

  it('stores a display name NFKC-normalised, and keeps ordinary Swedish names and emoji as they are', async () => {
    const fullWidth = await register('Ｐｉａ Polis');
    expect(fullWidth.status).toBe(202);
    // Registration answers alike for every address, so the stored name is read from the database.
    const stored = async (displayName: string) => (await t.db.query(`SELECT display_name FROM users WHERE email = $1`, [sent.get(displayName)]))[0]?.display_name;
    expect(await stored('Ｐｉａ Polis')).toBe('Pia Polis');
    await register('Åsa Öberg-Ärlig 🌙');
    expect(await stored('Åsa Öberg-Ärlig 🌙')).toBe('Åsa Öberg-Ärlig 🌙');
  });

  it('refuses them when staff invite or rename an account, and in group and organisation names', async () => {
    const person = await newCitizen(t);
    const invited = await t.http
      .post('/api/users')
      .set(bearer(owner))
      .send({ email: 'x@samverka.se', displayName: 'Pia\u200B Polis', roles: ['moderator'], municipalityIds: [] });
    expect([invited.status, invited.body.message]).toEqual([400, ['displayName must not contain control, zero-width or text-direction characters']]);
    const renamed = await t.http.put(`/api/users/${person.id}`).set(bearer(owner)).send({ displayName: 'Pia\u202E Polis', reason: 'Namnbyte på begäran' });
    expect([renamed.status, renamed.body.message]).toEqual([400, ['displayName must not contain control, zero-width or text-direction characters']]);
    const group = await t.http.post('/api/groups').set(bearer(person.token)).send({ name: 'Polisen\u200B Märsta', municipalityId: SEEDED_MUNICIPALITY_IDS.sigtuna, visibility: 'open' });
    expect([group.status, group.body.message]).toEqual([400, ['name must not contain control, zero-width or text-direction characters']]);
    const organisation = await t.http
      .post('/api/verification-applications')
      .set(bearer(person.token))
      .send({ name: 'Polisen\u200B Märsta', type: 'night_walkers', organisationNumber: '802400-0005', municipalityIds: [SEEDED_MUNICIPALITY_IDS.sigtuna], title: 'Ordförande', message: 'Hej' });
    expect([organisation.status, organisation.body.message]).toEqual([400, ['name must not contain control, zero-width or text-direction characters']]);
  });
});
