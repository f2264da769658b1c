/**
 * Messages of issue 17 (coordinators, organisations, owners) in English, under `samverka.staff`:
 * the erasure certificate, staff onboarding, group details, evidence previews, tips.
 */
export const staffEn = {
  evidence: {
    preview_failed: 'The preview could not be opened: download the file instead.',
    image_alt: 'Evidence: %{name}',
    pdf_title: 'Evidence (PDF): %{name}',
  },
  decision: {
    approve: 'Approved',
    reject: 'Rejected',
    request_info: 'Asked for more information',
  },
  people: {
    member_since: 'On Samverka since',
    municipality: 'Municipality',
    mutual_groups: 'Groups in common with you',
  },
  ban_history: {
    title: 'Ban history',
    intro: 'Bans no longer in force: who lifted them, when and why, or that they ran out.',
    none: 'No earlier bans.',
    lifted_at: 'Lifted',
    expired: 'Ran out',
    lifted_by: 'Lifted by',
    lift_reason: 'Why',
  },
  invitation: {
    sent: 'An invitation has been e-mailed to %{email}. The link in it works once; the person chooses a password and sets up two-factor sign-in.',
  },
  enrol: {
    qr_title: 'QR code for your authenticator app',
    copy: 'Copy codes',
    copied: 'The recovery codes are copied',
    copy_failed: 'The browser did not allow copying: select the codes or download them',
    download: 'Download codes',
    file_heading: 'Samverka recovery codes. Each works once, in place of the code from your app.',
    saved: 'I have saved my recovery codes somewhere safe',
  },
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
