import { REVIEW_TARGET_WORKING_DAYS, workingDaysBefore } from '@samverka/shared';
import { DataSource } from 'typeorm';
import { SEEDED_MUNICIPALITY_IDS } from '../identity/municipalities/seeded-municipalities.js';
import type { BadgesService } from '../organisations/badges.service.js';
import type { StorageService } from '../storage/storage.service.js';
import { DEMO_ACCOUNTS } from './demo-accounts.js';

const account = (email: string) => DEMO_ACCOUNTS.find((candidate) => candidate.email === email)!.id;
const COORDINATOR = account('coordinator.sigtuna@demo.samverka.se');
const COORDINATOR_2 = account('coordinator2.sigtuna@demo.samverka.se');
const COORDINATOR_STRANGNAS = account('coordinator.strangnas@demo.samverka.se');
const OFFICER = account('officer.sigtuna@demo.samverka.se');
const CITIZEN = account('citizen@demo.samverka.se');
const RESIDENT_STRANGNAS = account('resident.strangnas@demo.samverka.se');

/** Fixed ids, so the demo always shows the same organisations and the seed can run at every start. */
export const DEMO_ORGANISATION_IDS = {
  police: '00000000-0000-4000-8000-0000000e0001',
  nightWalkers: '00000000-0000-4000-8000-0000000e0002',
  propertyOwner: '00000000-0000-4000-8000-0000000e0003',
} as const;
const ID = {
  policeApplication: '00000000-0000-4000-8000-0000000e1001',
  pendingApplication: '00000000-0000-4000-8000-0000000e1002',
  expiredApplication: '00000000-0000-4000-8000-0000000e1003',
  policeBadge: '00000000-0000-4000-8000-0000000e2001',
  officerEmblem: '00000000-0000-4000-8000-0000000e2002',
  expiredBadge: '00000000-0000-4000-8000-0000000e2003',
  officerMember: '00000000-0000-4000-8000-0000000e3001',
  walkersAdmin: '00000000-0000-4000-8000-0000000e3002',
  ownerAdmin: '00000000-0000-4000-8000-0000000e3003',
};
/** Public badge codes people can try in the public check. */
/** Fixed ids of the demo's applications, badges and memberships, for tests. */
export const DEMO_ORGANISATION_RECORD_IDS = ID;

/** The demo police organisation's name, as its badge verified it. */
export const DEMO_POLICE_NAME = 'Polisen lokalpolisområde Märsta';
export const DEMO_BADGE_CODES = { police: 'DEMOP-0L1S7', officer: 'DEMOE-MB1EM', expired: 'DEMOX-P1RED' } as const;

/**
 * A verified police organisation in Sigtuna with an emblem-carrying officer, a pending night
 * walkers' application with evidence, and a property owner whose badge has expired. Written
 * directly, but through the same constraints (four eyes included) as the review flow.
 */
export async function seedDemoOrganisations(db: DataSource, storage: StorageService, badges: BadgesService, now: Date): Promise<boolean> {
  const present = await db.query(`SELECT 1 FROM organisations WHERE id = $1`, [DEMO_ORGANISATION_IDS.police]);
  if (present.length > 0) return false;
  await db.transaction(async (m) => {
    const org = (id: string, name: string, type: string, number: string, municipality: string, domain: string | null, description: string, createdBy: string) =>
      m
        .query(
          `INSERT INTO organisations (id, name, type, organisation_number, email_domain, description, contact, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, 'Via Samverka', $7, now() - interval '400 days')`,
          [id, name, type, number, domain, description, createdBy],
        )
        .then(() => m.query(`INSERT INTO organisation_municipalities (organisation_id, municipality_id) VALUES ($1, $2)`, [id, municipality]));
    await org(DEMO_ORGANISATION_IDS.police, DEMO_POLICE_NAME, 'police', '202100-0076', SEEDED_MUNICIPALITY_IDS.sigtuna, 'polisen.se', 'Lokalpolisen i Sigtuna kommun', OFFICER);
    await org(DEMO_ORGANISATION_IDS.nightWalkers, 'Nattvandrarna Sigtuna', 'night_walkers', '802400-0005', SEEDED_MUNICIPALITY_IDS.sigtuna, null, 'Vuxna på stan fredag och lördag kväll', CITIZEN);
    await org(
      DEMO_ORGANISATION_IDS.propertyOwner,
      'Strängnäs Bostäder AB',
      'property_owner',
      '556036-0793',
      SEEDED_MUNICIPALITY_IDS.strangnas,
      null,
      'Hyresvärd i centrala Strängnäs',
      RESIDENT_STRANGNAS,
    );

    await m.query(
      `INSERT INTO organisation_members (id, organisation_id, user_id, title, role, verified_email, confirmed_at) VALUES
        ($1, $2, $3, 'Kommunpolis', 'admin', 'pia.polis@polisen.se', now() - interval '30 days'),
        ($4, $5, $6, 'Ordförande', 'admin', NULL, now()),
        ($7, $8, $9, 'Förvaltare', 'admin', NULL, now())`,
      [ID.officerMember, DEMO_ORGANISATION_IDS.police, OFFICER, ID.walkersAdmin, DEMO_ORGANISATION_IDS.nightWalkers, CITIZEN, ID.ownerAdmin, DEMO_ORGANISATION_IDS.propertyOwner, RESIDENT_STRANGNAS],
    );

    await m.query(
      `INSERT INTO verification_applications (id, organisation_id, organisation_type, applicant_id, kind, status, message, required_approvals, created_at, decided_at) VALUES
        ($1, $2, 'police', $3, 'initial', 'approved', 'Lokalpolisen vill publicera verifierade inlägg i Sigtuna.', 2, now() - interval '35 days', now() - interval '30 days'),
        ($4, $5, 'night_walkers', $6, 'initial', 'pending', 'Vi är en ideell förening som nattvandrar i Märsta.', 1, $10, NULL),
        ($7, $8, 'property_owner', $9, 'initial', 'approved', 'Vi vill nå hyresgästerna om trygghet i området.', 1, now() - interval '400 days', now() - interval '395 days')`,
      [
        ID.policeApplication,
        DEMO_ORGANISATION_IDS.police,
        OFFICER,
        ID.pendingApplication,
        DEMO_ORGANISATION_IDS.nightWalkers,
        CITIZEN,
        ID.expiredApplication,
        DEMO_ORGANISATION_IDS.propertyOwner,
        RESIDENT_STRANGNAS,
        // Past the review target on any day of the year, so the demo always shows an overdue application.
        workingDaysBefore(now, REVIEW_TARGET_WORKING_DAYS + 3),
      ],
    );
    await m.query(
      `INSERT INTO domain_proofs (organisation_id, application_id, user_id, email, code_hash, expires_at, attempts, confirmed_at, created_at)
       VALUES ($1, $2, $3, 'pia.polis@polisen.se', 'seeded', now() - interval '34 days', 1, now() - interval '34 days', now() - interval '34 days')`,
      [DEMO_ORGANISATION_IDS.police, ID.policeApplication, OFFICER],
    );
    await m.query(
      `INSERT INTO verification_decisions (application_id, reviewer_id, decision, grounds, created_at) VALUES
        ($1, $2, 'approve', 'Förordnande och tjänstekort kontrollerade; adress vid polisen.se bekräftad', now() - interval '32 days'),
        ($1, $3, 'approve', 'Kontrollerat mot Polismyndighetens personalkatalog', now() - interval '30 days'),
        ($4, $5, 'approve', 'Registreringsbevis från Bolagsverket kontrollerat', now() - interval '395 days')`,
      [ID.policeApplication, COORDINATOR, COORDINATOR_2, ID.expiredApplication, COORDINATOR_STRANGNAS],
    );

    const evidence = await storage.store(
      m,
      { field: 'evidence', bytes: Buffer.from('%PDF-1.4\n% Stadgar för Nattvandrarna Sigtuna (demo)\n%%EOF\n'), originalName: 'stadgar.pdf' },
      { purpose: 'evidence', ownerId: CITIZEN, maxBytes: 1024 * 1024, accept: ['application/pdf'] },
    );
    await m.query(`INSERT INTO application_evidence (application_id, file_id) VALUES ($1, $2)`, [ID.pendingApplication, evidence.id]);

    const badge = `INSERT INTO badges (id, code, kind, status, organisation_id, application_id, member_id, verified_name, verified_type, verified_number,
                     verified_municipality_ids, title, issued_at, valid_until, approved_by, reviewer_refs, status_changed_at)`;
    await m.query(
      `${badge} VALUES ($1, $2, 'organisation', 'active', $3, $4, NULL, 'Polisen lokalpolisområde Märsta', 'police', '202100-0076', $5, NULL,
                now() - interval '30 days', now() + interval '335 days', $6, $7, NULL)`,
      [
        ID.policeBadge,
        DEMO_BADGE_CODES.police,
        DEMO_ORGANISATION_IDS.police,
        ID.policeApplication,
        [SEEDED_MUNICIPALITY_IDS.sigtuna],
        [COORDINATOR, COORDINATOR_2],
        [badges.reviewerRef(COORDINATOR), badges.reviewerRef(COORDINATOR_2)],
      ],
    );
    await m.query(
      `${badge} VALUES ($1, $2, 'member', 'active', $3, NULL, $4, 'Polisen lokalpolisområde Märsta', 'police', '202100-0076', $5, 'Kommunpolis',
                now() - interval '30 days', NULL, '{}', '{}', NULL)`,
      [ID.officerEmblem, DEMO_BADGE_CODES.officer, DEMO_ORGANISATION_IDS.police, ID.officerMember, [SEEDED_MUNICIPALITY_IDS.sigtuna]],
    );
    await m.query(
      `${badge} VALUES ($1, $2, 'organisation', 'expired', $3, $4, NULL, 'Strängnäs Bostäder AB', 'property_owner', '556036-0793', $5, NULL,
                now() - interval '395 days', now() - interval '30 days', $6, $7, now() - interval '30 days')`,
      [
        ID.expiredBadge,
        DEMO_BADGE_CODES.expired,
        DEMO_ORGANISATION_IDS.propertyOwner,
        ID.expiredApplication,
        [SEEDED_MUNICIPALITY_IDS.strangnas],
        [COORDINATOR_STRANGNAS],
        [badges.reviewerRef(COORDINATOR_STRANGNAS)],
      ],
    );
  });
  return true;
}
