/** The lägesbild page's messages (samverka.lagesbild.*) in English; lagesbild-sv.ts mirrors the keys. */
export const lagesbildEn = {
  menu: 'Lägesbild',
  title: 'Lägesbild: the monthly safety picture',
  intro:
    'Each month’s figures for your municipalities as a report for the crime-prevention council: posts by priority and hour, groups, verification and moderation, compared with the month before and a year earlier. A new report is made on the first day of each month.',
  suppression: 'Small numbers are hidden before a report leaves the platform: a count under 5 reads “< 5”, and a figure that would give one away reads “..”.',
  email: {
    label: 'E-mail me when a new monthly report is ready',
    saved: 'Your choice is saved.',
  },
  list: {
    title: 'Reports',
    caption: 'Reports for your municipalities, newest period first',
    empty: 'No reports yet. The first monthly report comes on the first day of next month; you can order one for any period below.',
    municipality: 'Municipality',
    period: 'Period',
    language: 'Language',
    kind: 'Made',
    generated: 'Generated',
    download: 'Download',
    pdf: 'PDF',
    csv: 'CSV',
    download_pdf: 'Download the PDF for %{municipality}, %{period} (%{language})',
    download_csv: 'Download the figures as CSV for %{municipality}, %{period}',
    loading_error: 'The reports could not be loaded.',
  },
  kind: {
    monthly: 'Monthly',
    on_demand: 'Ordered',
  },
  // Each language by its own name, as the console's language switcher names them.
  language: {
    sv: 'Svenska',
    en: 'English',
  },
  generate: {
    title: 'Order a report for any period',
    help: 'At most %{days} days. The report is made at once and appears in the list.',
    municipality: 'Municipality',
    language: 'Report language',
    submit: 'Make the report',
    made: 'The report is ready.',
  },
};
