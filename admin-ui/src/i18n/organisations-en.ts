/**
 * The organisation pages' messages in English: `resources` for organisations, badges and
 * allowed domains, and `messages` (samverka.organisations, .badges, .allowed_domains).
 * organisations-sv.ts mirrors the keys.
 */
export const organisationResourcesEn = {
  organisations: {
    name: 'Organisation |||| Organisations',
    empty: 'No organisations yet.',
    fields: {
      name: 'Name',
      type: 'Type',
      organisationNumber: 'Organisation number',
      verified: 'Verified',
      verifiedUntil: 'Verified until',
      municipalityIds: 'Municipalities served',
      emailDomain: 'Official e-mail domain',
      description: 'Description',
      contact: 'Contact',
      createdAt: 'Registered',
      q: 'Search',
      memberName: 'Name',
      title: 'Title',
      role: 'Role',
      verifiedEmail: 'Confirmed work address',
      confirmed: 'Confirmed',
      emblem: 'Emblem',
      joinedAt: 'Joined',
      leftAt: 'Left',
    },
  },
  badges: {
    name: 'Badge |||| Badges',
    empty: 'No badges yet.',
    fields: {
      code: 'Code',
      kind: 'Kind',
      organisationId: 'Organisation',
      organisationName: 'Organisation',
      organisationNumber: 'Organisation number',
      holderName: 'Holder',
      title: 'Title',
      status: 'Status',
      statusReason: 'Reason for status',
      statusChangedAt: 'Status changed',
      valid: 'Valid now',
      issuedAt: 'Issued',
      validUntil: 'Valid until',
      approvedBy: 'Approved by',
    },
  },
  'allowed-domains': {
    name: 'Allowed domain |||| Allowed e-mail domains',
    empty: 'No allowed e-mail domains yet.',
    fields: {
      domain: 'Domain',
      organisationType: 'For organisations of type',
      note: 'Note',
      reason: 'Reason',
      createdAt: 'Added',
    },
  },
};

export const organisationMessagesEn = {
  organisations: {
    verified: 'Verified',
    not_verified: 'Not verified',
    no_emblem: 'No emblem',
    tabs: {
      overview: 'Overview',
      members: 'Members',
      badges: 'Badges',
      applications: 'Applications',
      history: 'History',
    },
    member_role: {
      admin: 'Admin',
      member: 'Member',
    },
    application_kind: {
      initial: 'First verification',
      renewal: 'Renewal',
    },
    members: {
      title: 'Members',
      intro: 'People who represent the organisation, with the title their emblem shows. Police and municipality members confirm a work address at the verified domain.',
      none: 'No members',
    },
    badges: {
      title: 'Badge and emblems',
      intro: 'The organisation badge says what was verified and until when; each member emblem depends on it.',
      none: 'No badges issued',
    },
    applications: {
      title: 'Verification applications',
      kind: 'Kind',
      none: 'No applications',
    },
    history: {
      title: 'History',
    },
  },
  badges: {
    history: 'History',
    status: {
      active: 'Active',
      suspended: 'Suspended',
      revoked: 'Revoked',
      expired: 'Expired',
      superseded: 'Replaced by renewal',
    },
    kind: {
      organisation: 'Organisation badge',
      member: 'Member emblem',
    },
    suspend: {
      button: 'Suspend',
      title: 'Suspend the badge of %{name}?',
      content:
        'From now on the badge stops showing as verified, in the app and in the public check; an organisation badge takes its members’ emblems with it. The organisation’s admins receive your reason by e-mail. You can reinstate it later.',
      confirm: 'Suspend',
      done: 'The badge is suspended',
    },
    reinstate: {
      button: 'Reinstate',
      title: 'Reinstate the badge of %{name}?',
      content: 'The badge shows as verified again until its valid-until date. The organisation’s admins receive your reason by e-mail.',
      confirm: 'Reinstate',
      done: 'The badge is reinstated',
    },
    revoke: {
      button: 'Revoke',
      title: 'Revoke the badge of %{name} for good?',
      content:
        'The badge stops showing as verified at once and cannot be reinstated: a new verification needs a new application and review. An organisation badge takes its members’ emblems with it. The organisation’s admins receive your reason by e-mail; the history stays.',
      confirm: 'Revoke for good',
      done: 'The badge is revoked',
    },
    qr: {
      button: 'QR code',
      title: 'QR code of %{code}',
      intro: 'The code opens the badge’s public page, where anyone can see what it proves and whether it is valid right now. Print it or put it in the app.',
      image: 'QR code of the badge %{code}',
      opens: 'It opens',
      svg: 'Download SVG (print)',
      png: 'Download PNG',
    },
  },
  allowed_domains: {
    add: 'Add domain',
    intro: 'Police and municipality applicants must prove they control an address at a domain on this list. Add only a domain the authority itself uses; your reason is kept in the audit log.',
    domain_help: 'e.g. polisen.se or sigtuna.se',
    reason_help: 'Required: kept in the audit log',
    invalid: 'Write a domain name such as polisen.se',
    reason_short: 'Write at least 3 characters',
    remove: {
      button: 'Remove',
      title: 'Remove %{name} from the allow-list?',
      content: 'New police or municipality applications can no longer prove an address at %{name}. Badges already issued stay as they are. Your reason is kept in the audit log.',
      confirm: 'Remove',
      done: 'The domain is removed',
    },
  },
};
