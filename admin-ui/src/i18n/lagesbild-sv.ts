import type { lagesbildEn } from './lagesbild-en';

/** Lägesbildssidans texter (samverka.lagesbild.*) på svenska. */
export const lagesbildSv: typeof lagesbildEn = {
  menu: 'Lägesbild',
  title: 'Lägesbild: månadens trygghetsläge',
  intro:
    'Månadens siffror för dina kommuner som en rapport till brottsförebyggande rådet: inlägg efter prioritet och timme, grupper, verifiering och moderering, jämfört med månaden före och samma månad året innan. En ny rapport skapas den första dagen i varje månad.',
  suppression: 'Små tal döljs innan en rapport lämnar plattformen: ett antal under 5 visas som ”< 5”, och ett tal som skulle avslöja ett sådant visas som ”..”.',
  email: {
    label: 'Mejla mig när en ny månadsrapport är klar',
    saved: 'Ditt val är sparat.',
  },
  list: {
    title: 'Rapporter',
    caption: 'Rapporter för dina kommuner, senaste perioden först',
    empty: 'Inga rapporter ännu. Den första månadsrapporten kommer den första dagen nästa månad; du kan beställa en för valfri period nedan.',
    municipality: 'Kommun',
    period: 'Period',
    language: 'Språk',
    kind: 'Skapad som',
    generated: 'Skapad',
    download: 'Hämta',
    pdf: 'PDF',
    csv: 'CSV',
    download_pdf: 'Hämta PDF för %{municipality}, %{period} (%{language})',
    download_csv: 'Hämta siffrorna som CSV för %{municipality}, %{period}',
    loading_error: 'Rapporterna kunde inte hämtas.',
  },
  kind: {
    monthly: 'Månadsrapport',
    on_demand: 'Beställd',
  },
  // Each language by its own name, as the console's language switcher names them.
  language: {
    sv: 'Svenska',
    en: 'English',
  },
  generate: {
    title: 'Beställ en rapport för valfri period',
    help: 'Högst %{days} dagar. Rapporten skapas direkt och syns i listan.',
    municipality: 'Kommun',
    language: 'Rapportens språk',
    submit: 'Skapa rapporten',
    made: 'Rapporten är klar.',
  },
};
