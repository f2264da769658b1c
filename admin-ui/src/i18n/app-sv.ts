import type { AppMessages } from './app-en';

/** The console's own messages in Swedish, the default language. */
export const appSv: AppMessages = {
  resources: {
    users: {
      name: 'Användare |||| Användare',
      fields: {
        id: 'Id',
        email: 'E-postadress',
        displayName: 'Namn',
        roles: 'Roller',
        role: 'Roll',
        status: 'Status',
        homeMunicipalityId: 'Hemkommun',
        municipalityIds: 'Kommuner som personen ansvarar för',
        lastSignInAt: 'Senaste inloggning',
        invitationPending: 'Inbjudan ej besvarad',
        createdAt: 'Skapad',
        updatedAt: 'Ändrad',
        reason: 'Anledning till ändringen',
        q: 'Sök',
      },
    },
    municipalities: {
      name: 'Kommun |||| Kommuner',
      fields: {
        id: 'Id',
        code: 'Kommunkod',
        name: 'Namn',
        areas: 'Områden',
        areasCount: 'Antal områden',
        areaName: 'Område',
        createdAt: 'Skapad',
        q: 'Sök',
      },
    },
    'audit-events': {
      name: 'Händelse |||| Granskningslogg',
      fields: {
        id: 'Id',
        occurredAt: 'Tidpunkt',
        actorId: 'Utförd av',
        action: 'Händelse',
        subjectType: 'Typ av objekt',
        subjectId: 'Objektets id',
        municipalityId: 'Kommun',
        reason: 'Anledning',
        changes: 'Ändringar',
        requestId: 'Anrops-id',
        occurredAt_gte: 'Från',
        occurredAt_lte: 'Till',
      },
    },
  },
  samverka: {
    title: 'Samverka konsol',
    auth: {
      invalid_credentials: 'Fel e-postadress eller lösenord',
    },
    roles: {
      platform_owner: 'Plattformsägare',
      moderator: 'Moderator',
      coordinator: 'Trygghetssamordnare',
      citizen: 'Invånare',
    },
    user_status: {
      active: 'Aktiv',
      suspended: 'Avstängd',
      erased: 'Raderad',
    },
    subjects: {
      User: 'Användare',
      Municipality: 'Kommun',
      AuditEvent: 'Loggad händelse',
    },
    audit_actions: {
      auth: {
        sign_in: 'Inloggning',
        sign_in_failed: 'Misslyckad inloggning',
        sign_out: 'Utloggning',
        refresh_token_reuse: 'Återanvänd förnyelsetoken (möjlig stöld)',
        registered: 'Registrering',
        invitation_accepted: 'Inbjudan accepterad',
      },
      user: {
        invited: 'Personal inbjuden',
        updated: 'Användare ändrad',
        roles_changed: 'Roller ändrade',
        scopes_changed: 'Kommuner ändrade',
        suspended: 'Användare avstängd',
        reactivated: 'Användare återaktiverad',
      },
      municipality: {
        created: 'Kommun skapad',
        updated: 'Kommun ändrad',
      },
    },
    dashboard: {
      welcome: 'Välkommen, %{name}',
      your_roles: 'Dina roller',
      your_municipalities: 'Kommuner du ansvarar för',
      staff_intro:
        'Använd menyn för att hantera de personer och kommuner du ansvarar för. Varje ändring sparas i granskningsloggen tillsammans med anledningen.',
      not_staff_title: 'Den här konsolen är till för Samverkas personal',
      not_staff_body:
        'Du är inloggad, men ditt konto har ingen personalroll. Här kan du se vilka kommuner Samverka finns i. Dina inlägg, grupper, samtycken och personuppgifter hanterar du i Samverka-appen.',
    },
    users: {
      invite_title: 'Bjud in personal',
      invite_button: 'Bjud in',
      helper: {
        roles: 'Personalroller ger tillgång till den här konsolen.',
        municipalityIds: 'För trygghetssamordnare: de kommuner de ansvarar för.',
        homeMunicipalityId: 'Där personen bor eller främst är verksam.',
        reason: 'Sparas i granskningsloggen tillsammans med ändringen.',
      },
      invitation: {
        title: 'Inbjudan skapad',
        body: 'Skicka den här länken till %{email}. Med den väljer personen ett lösenord och loggar in. Länken visas bara nu.',
        copy: 'Kopiera länken',
        copied: 'Länken är kopierad',
        missing: 'Personen skapades, men servern skickade ingen inbjudningslänk.',
      },
      suspend: {
        button: 'Stäng av',
        title: 'Stänga av %{name}?',
        content:
          '%{name} loggas genast ut överallt och kan inte logga in förrän en plattformsägare återaktiverar kontot. Anledningen sparas i granskningsloggen.',
        confirm: 'Stäng av',
        done: 'Användaren är avstängd och utloggad överallt',
      },
      reactivate: {
        button: 'Återaktivera',
        title: 'Återaktivera %{name}?',
        content:
          '%{name} kan logga in igen med sina tidigare roller. Anledningen sparas i granskningsloggen.',
        confirm: 'Återaktivera',
        done: 'Användaren kan logga in igen',
      },
      reason: 'Anledning',
      reason_help: 'Obligatorisk. Sparas i granskningsloggen.',
    },
    municipalities: {
      no_areas: 'Inga områden ännu',
    },
    audit: {
      changes: {
        field: 'Fält',
        before: 'Före',
        after: 'Efter',
        none: 'Inga registrerade ändringar',
      },
      empty_value: '(tomt)',
      system_actor: 'Systemet',
      no_events: 'Inga loggade händelser matchar filtren',
    },
    validation: {
      municipality_code: 'En kommunkod består av fyra siffror, t.ex. 0191',
    },
  },
};
