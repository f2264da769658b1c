import { Role } from '@samverka/shared';
import { SEEDED_MUNICIPALITY_IDS } from '../identity/municipalities/seeded-municipalities.js';

export interface DemoAccount {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  /** Municipalities served, for coordinators. */
  municipalityIds: string[];
  homeMunicipalityId: string | null;
}

/** Fixed ids: the demo seed and the tests refer to the same people. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { id: '00000000-0000-4000-8000-00000000d001', email: 'owner@demo.samverka.se', displayName: 'Olivia Ägare', roles: [Role.PlatformOwner], municipalityIds: [], homeMunicipalityId: null },
  { id: '00000000-0000-4000-8000-00000000d002', email: 'moderator@demo.samverka.se', displayName: 'Malte Moderator', roles: [Role.Moderator], municipalityIds: [], homeMunicipalityId: null },
  {
    id: '00000000-0000-4000-8000-00000000d003',
    email: 'coordinator.sigtuna@demo.samverka.se',
    displayName: 'Sara Samordnare (Sigtuna)',
    roles: [Role.Coordinator],
    municipalityIds: [SEEDED_MUNICIPALITY_IDS.sigtuna],
    homeMunicipalityId: SEEDED_MUNICIPALITY_IDS.sigtuna,
  },
  {
    id: '00000000-0000-4000-8000-00000000d004',
    email: 'coordinator.strangnas@demo.samverka.se',
    displayName: 'Sven Samordnare (Strängnäs)',
    roles: [Role.Coordinator],
    municipalityIds: [SEEDED_MUNICIPALITY_IDS.strangnas],
    homeMunicipalityId: SEEDED_MUNICIPALITY_IDS.strangnas,
  },
  {
    id: '00000000-0000-4000-8000-00000000d005',
    email: 'citizen@demo.samverka.se',
    displayName: 'Cecilia Invånare',
    roles: [Role.Citizen],
    municipalityIds: [],
    homeMunicipalityId: SEEDED_MUNICIPALITY_IDS.sigtuna,
  },
  {
    id: '00000000-0000-4000-8000-00000000d006',
    email: 'resident.strangnas@demo.samverka.se',
    displayName: 'Rasmus Invånare',
    roles: [Role.Citizen],
    municipalityIds: [],
    homeMunicipalityId: SEEDED_MUNICIPALITY_IDS.strangnas,
  },
  // A second Sigtuna coordinator: police and municipal badges need two different reviewers.
  {
    id: '00000000-0000-4000-8000-00000000d007',
    email: 'coordinator2.sigtuna@demo.samverka.se',
    displayName: 'Sixten Samordnare (Sigtuna)',
    roles: [Role.Coordinator],
    municipalityIds: [SEEDED_MUNICIPALITY_IDS.sigtuna],
    homeMunicipalityId: SEEDED_MUNICIPALITY_IDS.sigtuna,
  },
  // The community police officer of the verified Sigtuna police organisation in the demo.
  {
    id: '00000000-0000-4000-8000-00000000d008',
    email: 'officer.sigtuna@demo.samverka.se',
    displayName: 'Pia Polis',
    roles: [Role.Citizen],
    municipalityIds: [],
    homeMunicipalityId: SEEDED_MUNICIPALITY_IDS.sigtuna,
  },
];
