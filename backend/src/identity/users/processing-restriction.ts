/**
 * The accounts under a restriction of processing (Art. 18), as a subquery for other contexts'
 * listings and rollups: `author_id NOT IN (${RESTRICTED_ACCOUNTS})`. Identity owns the column; this
 * is the one read of it others may make. Served by users_processing_restricted_idx.
 */
export const RESTRICTED_ACCOUNTS = `SELECT ru.id FROM users ru WHERE ru.processing_restricted_at IS NOT NULL`;
