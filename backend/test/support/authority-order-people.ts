import { seedDemoOrganisations } from '../../src/demo/demo-organisations.js';
import { BadgesService } from '../../src/organisations/badges.service.js';
import { StorageService } from '../../src/storage/storage.service.js';
import { demo } from './demo.js';
import { newCitizen } from './factories.js';
import { policeOrganisationWith } from './police-organisations.js';
import type { TestApp } from './test-app.js';

export type OrderPerson = 'officer' | 'owner' | 'moderator' | 'citizen' | 'otherOfficer';

/**
 * The people of the order tests, signed in: the demo's verified police officer, the owner and the
 * moderator; a citizen; and the member of another verified police organisation.
 */
export async function orderPeople(t: TestApp): Promise<Record<OrderPerson, string>> {
  await seedDemoOrganisations(t.db, t.app.get(StorageService), t.app.get(BadgesService), new Date());
  const other = await newCitizen(t, 'Annan Polis');
  await policeOrganisationWith(t, other.id, true);
  return {
    officer: (await t.signIn(demo.officerSigtuna.email)).accessToken,
    owner: (await t.signIn(demo.owner.email)).accessToken,
    moderator: (await t.signIn(demo.moderator.email)).accessToken,
    citizen: (await newCitizen(t, 'Vanlig Invånare')).token,
    otherOfficer: other.token,
  };
}
