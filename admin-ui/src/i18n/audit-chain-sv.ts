import type { auditChainEn } from './audit-chain-en';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** Granskningskedjans texter (samverka.audit_chain.*) på svenska. */
export const auditChainSv: Shape<typeof auditChainEn> = {
  menu: 'Granskningskedja',
  title: 'Granskningskedja',
  intro:
    'Varje loggad händelse bär en hash av sitt eget innehåll och av händelsen före den, och kedjans huvud anger den senast skrivna händelsen. Kontrollen räknar om hela kedjan i databasen och visar den första händelse som inte stämmer; sedan prövas varje signerad kontrollpunkt av huvudet som sparas utanför databasen, vilket avslöjar ett avsnitt som raderats och länkats om av någon med full åtkomst till databasen.',
  run: 'Kontrollera kedjan',
  intact: 'Kedjan är intakt: %{smart_count} händelse kontrollerad. |||| Kedjan är intakt: %{smart_count} händelser kontrollerade.',
  adds_up: 'Kedjan i databasen går ihop (%{smart_count} händelse), men en kontrollpunkt stämmer inte. |||| Kedjan i databasen går ihop (%{smart_count} händelser), men kontrollpunkter stämmer inte.',
  broken: 'Kedjan är bruten vid position %{seq}.',
  intact_before: 'Händelsen före den är intakt. |||| De %{smart_count} händelserna före den är intakta.',
  problem: {
    content_changed: 'Händelsens innehåll har ändrats efter att den skrevs.',
    link_broken: 'Händelsen pekar inte på händelsen före den: den har ändrats eller bytts ut.',
    row_missing: 'Händelser strax före den här saknas: de har raderats.',
    tail_missing: 'Kedjan slutar inte på den senast skrivna händelsen (händelse %{id}): händelser i slutet har raderats, eller den sista har bytts ut.',
  },
  anchors: {
    none: 'Ingen kontrollpunkt utanför databasen ännu: den första skrivs inom en timme.',
    hold: 'Kontrollpunkten utanför databasen stämmer; den senaste anger position %{seq} (%{at}). |||| Alla %{smart_count} kontrollpunkter utanför databasen stämmer; den senaste anger position %{seq} (%{at}).',
    broken: 'En kontrollpunkt utanför databasen stämmer inte. |||| %{smart_count} kontrollpunkter utanför databasen stämmer inte.',
    problem: {
      unreadable: 'Rad %{line} i kontrollpunktsfilen är ingen kontrollpunkt.',
      forged: 'Rad %{line} (uppger position %{seq}, %{at}) är inte signerad med ankarnyckeln: den är förfalskad eller ändrad.',
      row_gone: 'Rad %{line} (position %{seq}, %{at}): positionen finns inte längre. Händelser efter position %{from} till och med %{seq} har raderats.',
      hash_differs:
        'Rad %{line} (position %{seq}, %{at}): händelsen där är inte den som kontrollpunkten anger. Händelser efter position %{from} till och med %{seq} har raderats, ändrats eller länkats om.',
    },
  },
  open_event: 'Visa händelse %{id}',
  not_allowed: 'Bara plattformsägare kan kontrollera granskningskedjan.',
};
