import type { organisationMessagesEn, organisationResourcesEn } from './organisations-en';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** Organisationssidornas texter på svenska (samma nycklar som organisations-en.ts). */
export const organisationResourcesSv: Shape<typeof organisationResourcesEn> = {
  organisations: {
    name: 'Organisation |||| Organisationer',
    empty: 'Inga organisationer ännu.',
    fields: {
      name: 'Namn',
      type: 'Typ',
      organisationNumber: 'Organisationsnummer',
      verified: 'Verifierad',
      verifiedUntil: 'Verifierad till',
      municipalityIds: 'Kommuner',
      emailDomain: 'Officiell e-postdomän',
      description: 'Beskrivning',
      contact: 'Kontakt',
      createdAt: 'Registrerad',
      q: 'Sök',
      memberName: 'Namn',
      title: 'Titel',
      role: 'Roll',
      verifiedEmail: 'Bekräftad arbetsadress',
      confirmed: 'Bekräftad',
      emblem: 'Emblem',
      joinedAt: 'Gick med',
      leftAt: 'Lämnade',
    },
  },
  badges: {
    name: 'Märke |||| Märken',
    empty: 'Inga märken ännu.',
    fields: {
      code: 'Kod',
      kind: 'Slag',
      organisationId: 'Organisation',
      organisationName: 'Organisation',
      organisationNumber: 'Organisationsnummer',
      holderName: 'Innehavare',
      title: 'Titel',
      status: 'Status',
      statusReason: 'Skäl för status',
      statusChangedAt: 'Status ändrad',
      valid: 'Giltigt nu',
      issuedAt: 'Utfärdat',
      validUntil: 'Giltigt till',
      approvedBy: 'Godkänt av',
    },
  },
  'allowed-domains': {
    name: 'Tillåten domän |||| Tillåtna e-postdomäner',
    empty: 'Inga tillåtna e-postdomäner ännu.',
    fields: {
      domain: 'Domän',
      organisationType: 'För organisationer av typen',
      note: 'Anteckning',
      reason: 'Skäl',
      createdAt: 'Tillagd',
    },
  },
};

export const organisationMessagesSv: Shape<typeof organisationMessagesEn> = {
  organisations: {
    verified: 'Verifierad',
    not_verified: 'Inte verifierad',
    no_emblem: 'Inget emblem',
    tabs: {
      overview: 'Översikt',
      members: 'Medlemmar',
      badges: 'Märken',
      applications: 'Ansökningar',
      history: 'Historik',
    },
    member_role: {
      admin: 'Administratör',
      member: 'Medlem',
    },
    application_kind: {
      initial: 'Första verifiering',
      renewal: 'Förnyelse',
    },
    members: {
      title: 'Medlemmar',
      intro: 'Personer som företräder organisationen, med titeln deras emblem visar. Medlemmar i polis och kommun bekräftar en arbetsadress på den verifierade domänen.',
      none: 'Inga medlemmar',
    },
    badges: {
      title: 'Märke och emblem',
      intro: 'Organisationsmärket säger vad som verifierats och till när; varje medlemsemblem hänger på det.',
      none: 'Inga utfärdade märken',
    },
    applications: {
      title: 'Verifieringsansökningar',
      kind: 'Slag',
      none: 'Inga ansökningar',
    },
    history: {
      title: 'Historik',
    },
  },
  badges: {
    history: 'Historik',
    status: {
      active: 'Aktivt',
      suspended: 'Avstängt',
      revoked: 'Återkallat',
      expired: 'Utgånget',
      superseded: 'Ersatt vid förnyelse',
    },
    kind: {
      organisation: 'Organisationsmärke',
      member: 'Medlemsemblem',
    },
    suspend: {
      button: 'Stäng av',
      title: 'Stänga av märket för %{name}?',
      content:
        'Från och med nu visas märket inte längre som verifierat, varken i appen eller i den öppna kontrollen; ett organisationsmärke tar medlemmarnas emblem med sig. Organisationens administratörer får ditt skäl per e-post. Du kan återinföra det senare.',
      confirm: 'Stäng av',
      done: 'Märket är avstängt',
    },
    reinstate: {
      button: 'Återinför',
      title: 'Återinföra märket för %{name}?',
      content: 'Märket visas som verifierat igen fram till sitt giltighetsdatum. Organisationens administratörer får ditt skäl per e-post.',
      confirm: 'Återinför',
      done: 'Märket är återinfört',
    },
    revoke: {
      button: 'Återkalla',
      title: 'Återkalla märket för %{name} för gott?',
      content:
        'Märket slutar visas som verifierat direkt och kan inte återinföras: en ny verifiering kräver en ny ansökan och granskning. Ett organisationsmärke tar medlemmarnas emblem med sig. Organisationens administratörer får ditt skäl per e-post; historiken finns kvar.',
      confirm: 'Återkalla för gott',
      done: 'Märket är återkallat',
    },
    qr: {
      button: 'QR-kod',
      title: 'QR-kod för %{code}',
      intro: 'Koden öppnar märkets öppna sida, där vem som helst ser vad det intygar och om det gäller just nu. Skriv ut den eller lägg den i appen.',
      image: 'QR-kod för märket %{code}',
      opens: 'Den öppnar',
      svg: 'Ladda ner SVG (tryck)',
      png: 'Ladda ner PNG',
    },
  },
  allowed_domains: {
    add: 'Lägg till domän',
    intro: 'Sökande för polis och kommun måste visa att de har en adress på en domän i den här listan. Lägg bara till en domän som myndigheten själv använder; ditt skäl sparas i granskningsloggen.',
    domain_help: 't.ex. polisen.se eller sigtuna.se',
    reason_help: 'Krävs: sparas i granskningsloggen',
    invalid: 'Skriv ett domännamn som polisen.se',
    reason_short: 'Skriv minst 3 tecken',
    remove: {
      button: 'Ta bort',
      title: 'Ta bort %{name} från listan?',
      content: 'Nya ansökningar för polis eller kommun kan inte längre visa en adress på %{name}. Redan utfärdade märken påverkas inte. Ditt skäl sparas i granskningsloggen.',
      confirm: 'Ta bort',
      done: 'Domänen är borttagen',
    },
  },
};
