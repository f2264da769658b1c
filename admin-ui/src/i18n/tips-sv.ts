import type { tipResourcesEn, tipsEn } from './tips-en';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** Tipsinkorgen och organisationsmedlemmens startsida på svenska (samma nycklar som tips-en.ts). */
export const tipResourcesSv: Shape<typeof tipResourcesEn> = {
  'organisation-messages': {
    name: 'Tips |||| Inkomna tips',
    empty: 'Inga tips här.',
    fields: {
      text: 'Tips',
      senderName: 'Från',
      organisationName: 'Till',
      organisationId: 'Organisation',
      createdAt: 'Inkommet',
      state: 'Läge',
      unread: 'Bara olästa',
      answeredAt: 'Besvarat',
    },
  },
};

export const tipsSv: Shape<typeof tipsEn> = {
  state: { open: 'Öppet', closed: 'Stängt' },
  unread: 'Oläst',
  unread_marker: 'Nytt',
  answered: 'Besvarat',
  not_answered: 'Inte besvarat',
  drawer: {
    heading: 'Tips till %{organisation}',
    received: 'Inkom %{date}',
    from: 'Från %{name}',
    read: 'Läst %{date}',
    closed: 'Stängt %{date} av %{name}',
    not_found: 'Tipset finns inte i din inkorg (det kan vara dolt medan en anmälan om det granskas).',
  },
  answer: {
    title: 'Svar',
    label: 'Ditt svar',
    helper: 'Avsändaren läser det som ett svar från %{organisation}, inte från dig med namn. Du kan svara en gång.',
    counter: '%{count} av %{max} tecken',
    send: 'Skicka svar',
    done: 'Svaret är skickat',
    by: 'Besvarat %{date} av %{name}',
    closed_first: 'Tipset är stängt: öppna det igen för att svara.',
  },
  close: { button: 'Stäng tipset', done: 'Tipset är stängt' },
  reopen: { button: 'Öppna igen', done: 'Tipset är öppet igen' },
  start: {
    intro: 'Du företräder en verifierad organisation i Samverka. Här ser du ditt emblem och de tips som invånare skickar till organisationen.',
    emblem_title: 'Ditt emblem',
    emblem_code: 'Emblemkod',
    badge_code: 'Organisationens märke',
    valid_until: 'Giltigt till',
    status: 'Status',
    valid: 'Giltigt',
    no_emblem: 'Du har inget emblem ännu: bekräfta din arbetsadress för att få ett.',
    tips_title: 'Öppna tips',
    open_count: '%{smart_count} öppet tips |||| %{smart_count} öppna tips',
    none_open: 'Inga öppna tips.',
    latest: 'Senaste',
    open_inbox: 'Öppna inkorgen',
  },
  errors: {
    already_answered: 'Tipset har redan besvarats av någon i din organisation.',
    closed: 'Tipset har stängts: öppna det igen för att svara.',
    unchanged: 'Någon i din organisation har redan ändrat tipset: sidan visar hur det ser ut nu.',
  },
};
