/**
 * Messages of issue 17 (coordinators, organisations, owners) in English, under `samverka.staff`:
 * the erasure certificate, staff onboarding, group details, evidence previews, tips.
 */
export const staffEn = {
  certificate: {
    button: 'Erasure certificate',
    title: 'Erasure certificate',
    issued: 'Issued %{date}',
    sha256: 'SHA-256: %{sha256}',
    check_clean: 'Scan of the whole database after the erasure: nothing left (%{allowed} references kept on purpose or under a legal hold)',
    check_hits: 'Scan of the whole database after the erasure: %{hits} leftovers found. Run the erasure check and erase them.',
    check_pending: 'The scan of the whole database runs after the certificate has been sent.',
    close: 'Close',
  },
};
