import type { auditChainEn } from './audit-chain-en';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** Granskningskedjans texter (samverka.audit_chain.*) på svenska. */
export const auditChainSv: Shape<typeof auditChainEn> = {
  menu: 'Granskningskedja',
  title: 'Granskningskedja',
  intro:
    'Varje loggad händelse bär en hash av sitt eget innehåll och av händelsen före den, och kedjans huvud anger den senast skrivna händelsen. Kontrollen räknar om hela kedjan i databasen och visar den första händelse som inte stämmer.',
  run: 'Kontrollera kedjan',
  intact: 'Kedjan är intakt: %{smart_count} händelse kontrollerad. |||| Kedjan är intakt: %{smart_count} händelser kontrollerade.',
  broken: 'Kedjan är bruten vid position %{seq}.',
  intact_before: 'Händelsen före den är intakt. |||| De %{smart_count} händelserna före den är intakta.',
  problem: {
    content_changed: 'Händelsens innehåll har ändrats efter att den skrevs.',
    link_broken: 'Händelsen pekar inte på händelsen före den: den har ändrats eller bytts ut.',
    row_missing: 'Händelser strax före den här saknas: de har raderats.',
    tail_missing: 'Kedjan slutar inte på den senast skrivna händelsen (händelse %{id}): händelser i slutet har raderats, eller den sista har bytts ut.',
  },
  open_event: 'Visa händelse %{id}',
  not_allowed: 'Bara plattformsägare kan kontrollera granskningskedjan.',
};
