/**
 * The console's own messages in English. Its shape is the contract: app-sv.ts must have the
 * same keys (the type checker enforces it).
 */
export const appEn = {
  resources: {
    users: {
      name: 'User |||| Users',
      fields: {
        id: 'Id',
        email: 'E-mail',
        displayName: 'Name',
        roles: 'Roles',
        role: 'Role',
        status: 'Status',
        homeMunicipalityId: 'Home municipality',
        municipalityIds: 'Municipalities served',
        lastSignInAt: 'Last sign-in',
        invitationPending: 'Invitation pending',
        createdAt: 'Created',
        updatedAt: 'Updated',
        reason: 'Reason for the change',
        q: 'Search',
      },
    },
    municipalities: {
      name: 'Municipality |||| Municipalities',
      fields: {
        id: 'Id',
        code: 'Municipality code',
        name: 'Name',
        areas: 'Areas',
        areasCount: 'Number of areas',
        areaName: 'Area',
        createdAt: 'Created',
        q: 'Search',
      },
    },
    'audit-events': {
      name: 'Audit event |||| Audit log',
      fields: {
        id: 'Id',
        occurredAt: 'When',
        actorId: 'Done by',
        action: 'Action',
        subjectType: 'Subject type',
        subjectId: 'Subject id',
        municipalityId: 'Municipality',
        reason: 'Reason',
        changes: 'Changes',
        requestId: 'Request id',
        occurredAt_gte: 'From',
        occurredAt_lte: 'Until',
      },
    },
    'verification-applications': {
      name: 'Verification |||| Verification queue',
      fields: {
        organisationName: 'Organisation',
        organisationType: 'Type',
        organisationNumber: 'Organisation number',
        status: 'Status',
        approvals: 'Approvals',
        ageWorkingDays: 'Waiting',
        applicantName: 'Applicant',
        message: 'Message',
        response: 'Answer to request',
        domainProof: 'Domain proof',
        evidence: 'Evidence',
        decisions: 'Decisions',
        decidedAt: 'When',
        reviewerName: 'Reviewer',
        decision: 'Decision',
        grounds: 'Grounds',
        createdAt: 'Applied',
        type: 'Type',
        municipalityId: 'Municipality',
        open: 'Open',
      },
    },
    'email-messages': {
      name: 'E-mail |||| E-mail outbox',
      fields: { createdAt: 'Created', recipient: 'Recipient', subject: 'Subject', body: 'Text', template: 'Template', status: 'Status' },
    },
  },
  samverka: {
    title: 'Samverka console',
    auth: {
      invalid_credentials: 'Wrong e-mail address or password',
    },
    roles: {
      platform_owner: 'Platform owner',
      moderator: 'Moderator',
      coordinator: 'Safety coordinator',
      citizen: 'Citizen',
    },
    user_status: {
      active: 'Active',
      suspended: 'Suspended',
      erased: 'Erased',
    },
    subjects: {
      User: 'User',
      Municipality: 'Municipality',
      AuditEvent: 'Audit event',
    },
    audit_actions: {
      auth: {
        sign_in: 'Signed in',
        sign_in_failed: 'Failed sign-in',
        sign_out: 'Signed out',
        refresh_token_reuse: 'Reused refresh token (possible theft)',
        registered: 'Registered',
        invitation_accepted: 'Invitation accepted',
      },
      user: {
        invited: 'Staff member invited',
        updated: 'User updated',
        roles_changed: 'Roles changed',
        scopes_changed: 'Municipalities changed',
        suspended: 'User suspended',
        reactivated: 'User reactivated',
      },
      municipality: {
        created: 'Municipality created',
        updated: 'Municipality updated',
      },
    },
    dashboard: {
      welcome: 'Welcome, %{name}',
      your_roles: 'Your roles',
      your_municipalities: 'Municipalities you serve',
      staff_intro:
        'Use the menu to manage the people and municipalities you are responsible for. Every change is recorded in the audit log with its reason.',
      not_staff_title: 'This console is for Samverka staff',
      not_staff_body:
        'You are signed in, but your account has no staff role. You can see which municipalities Samverka serves. Your posts, groups, consents and personal data are managed in the Samverka app.',
    },
    users: {
      invite_title: 'Invite staff member',
      invite_button: 'Invite',
      helper: {
        roles: 'Staff roles give access to this console.',
        municipalityIds: 'For coordinators: the municipalities they serve.',
        homeMunicipalityId: 'Where the person lives or mostly acts.',
        reason: 'Recorded in the audit log with the change.',
      },
      invitation: {
        title: 'Invitation created',
        body: 'Send this link to %{email}. It lets them choose a password and sign in. It is shown only now.',
        copy: 'Copy link',
        copied: 'Link copied',
        missing: 'The staff member was created, but the server returned no invitation link.',
      },
      suspend: {
        button: 'Suspend',
        title: 'Suspend %{name}?',
        content:
          '%{name} will be signed out everywhere at once and cannot sign in until a platform owner reactivates the account. The reason is recorded in the audit log.',
        confirm: 'Suspend',
        done: 'The user is suspended and signed out everywhere',
      },
      reactivate: {
        button: 'Reactivate',
        title: 'Reactivate %{name}?',
        content:
          '%{name} will be able to sign in again with their existing roles. The reason is recorded in the audit log.',
        confirm: 'Reactivate',
        done: 'The user can sign in again',
      },
      reason: 'Reason',
      reason_help: 'Required. Recorded in the audit log.',
    },
    municipalities: {
      no_areas: 'No areas yet',
    },
    audit: {
      changes: {
        field: 'Field',
        before: 'Before',
        after: 'After',
        none: 'No recorded changes',
      },
      empty_value: '(empty)',
      system_actor: 'System',
      no_events: 'No audit events match these filters',
    },
    verification: {
      type: {
        police: 'Police',
        municipality: 'Municipality',
        rescue_service: 'Rescue service',
        security_company: 'Security company',
        night_walkers: 'Night walkers',
        property_owner: 'Property owner',
        business_association: 'Business association',
        other: 'Other',
      },
      status: {
        awaiting_domain_proof: 'Awaiting domain proof',
        pending: 'Pending',
        info_requested: 'Information requested',
        approved: 'Approved',
        rejected: 'Rejected',
      },
      age: '%{days} of %{target} working days',
      grounds: 'Grounds',
      grounds_help: 'Required. The applicant receives them; kept in the audit log.',
      no_evidence: 'No evidence uploaded',
      download: 'Download',
      domain_proof: {
        not_required: 'Not required for this type',
        confirmed: 'Confirmed: %{email}',
        sent: 'Code sent to %{email}, not yet confirmed',
        missing: 'No address at %{domain} confirmed yet',
      },
      decision: {
        approve: {
          button: 'Approve',
          title: 'Approve %{name}?',
          content: 'Approvals so far: %{approvals} of %{required}. Police and municipality need two different reviewers; the badge is issued with the last approval.',
          confirm: 'Approve',
          done: 'Approval recorded',
        },
        reject: {
          button: 'Reject',
          title: 'Reject %{name}?',
          content: 'The applicant receives the grounds by e-mail. The application is closed.',
          confirm: 'Reject',
          done: 'The application is rejected',
        },
        'request-info': {
          button: 'Request information',
          title: 'Ask %{name} for more information?',
          content: 'The applicant receives your question by e-mail and can answer in the app.',
          confirm: 'Send request',
          done: 'The applicant has been asked for more information',
        },
      },
    },
    validation: {
      municipality_code: 'A municipality code is four digits, e.g. 0191',
    },
  },
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
/** The keys every language must translate. */
export type AppMessages = Shape<typeof appEn>;
