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
    validation: {
      municipality_code: 'A municipality code is four digits, e.g. 0191',
    },
  },
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
/** The keys every language must translate. */
export type AppMessages = Shape<typeof appEn>;
