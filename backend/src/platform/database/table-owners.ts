/**
 * Which bounded context (a folder under backend/src/) owns each table the migrations create.
 * The owner is the only context whose code names the table in SQL or through its entity;
 * every other context reaches the data through the owner's service or a port (issue 19).
 * `table-owners.e2e-spec.ts` checks this list against a migrated database, and
 * `context-boundaries.spec.ts` checks the code against this list.
 */
export const TABLE_OWNERS = {
  // The migration runner's own bookkeeping.
  platform: ['typeorm_migrations'],
  // Sessions and second factors are sign-in state, not the person: they live with access.
  access: ['refresh_tokens', 'user_mfa', 'mfa_recovery_codes'],
  // audit_seal.* are written only by the definer functions that seal and pseudonymise the log.
  audit: ['audit_events', 'audit_chain_head', 'audit_seal.erasure_pseudonyms', 'audit_seal.redactions_in_progress'],
  jobs: ['outbox_jobs'],
  notify: ['email_messages', 'notifications'],
  storage: ['stored_files'],
  identity: ['users', 'user_municipality_scopes', 'municipalities', 'municipality_areas'],
  organisations: [
    'organisations',
    'organisation_members',
    'organisation_municipalities',
    'organisation_type_settings',
    'allowed_email_domains',
    'verification_applications',
    'verification_decisions',
    'application_evidence',
    'domain_proofs',
    'badges',
  ],
  groups: ['groups', 'group_members', 'group_join_requests', 'group_invitations', 'group_bans', 'group_interventions'],
  // organisation_messages are content sent to an organisation, not the organisation's own record.
  content: ['posts', 'group_messages', 'organisation_messages'],
  // reporter_standing is the trusted-reporter tally moderation keeps from its own decisions.
  moderation: ['moderation_notices', 'moderation_cases', 'moderation_actions', 'moderation_notes', 'moderation_appeals', 'moderation_strikes', 'moderation_queue_counts', 'reporter_standing'],
  privacy: ['consent_purposes', 'consent_purpose_versions', 'consent_ledger', 'privacy_requests', 'erasure_certificates', 'legal_holds', 'held_content', 'retention_rules'],
  // lagesbild_reports belong to insights/lagesbild, the monthly report built from the rollups.
  insights: ['insight_post_hours', 'insight_weekly_authors', 'insight_dirty_days', 'lagesbild_reports'],
  'authority-orders': ['authority_orders', 'authority_order_actions', 'authority_order_confirmations', 'authority_order_disclosures', 'authority_order_documents'],
} as const satisfies Record<string, readonly string[]>;

export type TableOwner = keyof typeof TABLE_OWNERS;

/** Table name (schema-qualified outside `public`) to its owning context. */
export function tableOwnerIndex(): Map<string, TableOwner> {
  const index = new Map<string, TableOwner>();
  for (const [context, tables] of Object.entries(TABLE_OWNERS) as [TableOwner, readonly string[]][]) {
    for (const table of tables) index.set(table, context);
  }
  return index;
}
