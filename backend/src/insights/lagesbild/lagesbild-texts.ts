import { type ConductRule, CONDUCT_RULES, HIDDEN_FIGURE_SHOWN, type Language, SMALL_COUNT_SHOWN, SMALL_COUNT_THRESHOLD } from '@samverka/shared';
import { ruleWords } from '../../moderation/decision-words.js';
import type { Period } from './lagesbild-periods.js';

/** The words of the report in each language; figures are never put into these by hand. */
export const LAGESBILD_TEXTS = {
  sv: {
    title: 'Lägesbild',
    period: 'Period',
    generated: 'Skapad',
    summary: 'Sammanfattning',
    postsTitle: 'Inlägg på kartan efter prioritet',
    postsByHourTitle: 'Inlägg efter timme på dygnet',
    areasTitle: 'Aktivitet per område',
    areasNote: 'Inlägg på kartan har en position men inget område; områden syns genom grupperna som anger ett.',
    groupsTitle: 'Grupper',
    groupSizesTitle: 'Grupper efter storlek (medlemmar)',
    groupGrowthTitle: 'Nya medlemmar per vecka',
    verificationTitle: 'Verifiering',
    moderationTitle: 'Moderering',
    priority: { green: 'Grön', yellow: 'Gul', red: 'Röd', total: 'Totalt' },
    current: 'Perioden',
    previous: 'Perioden före',
    yearAgo: 'Ett år tidigare',
    hour: 'Timme',
    area: 'Område',
    noArea: 'Utan angivet område',
    groups: 'Grupper',
    joined: 'Nya medlemmar',
    week: 'Vecka',
    total: 'Totalt',
    verifiedOrganisations: 'Verifierade organisationer',
    badgesExpiring: 'Märken som går ut inom 60 dagar',
    casesOpened: 'Nya ärenden',
    casesDecided: 'Avgjorda ärenden',
    medianHours: 'Mediantid till beslut (timmar)',
    noticesPerRule: 'Anmälningar per regel',
    decisionsPerRule: 'Beslut per regel',
    appealsReceived: 'Överklaganden',
    appealsDecided: 'Prövade överklaganden',
    appealsReversed: 'Ändrade beslut',
    reversalRate: 'Andel ändrade (%)',
    noRule: 'Ingen regel angiven',
    suppression: `Små tal döljs innan rapporten lämnar plattformen: ett antal under ${SMALL_COUNT_THRESHOLD} visas som "${SMALL_COUNT_SHOWN}", och ett tal som skulle avslöja ett sådant antal (genom en summa och de övriga talen) visas som "${HIDDEN_FIGURE_SHOWN}". Medianer och andelar visas bara när de bygger på minst ${SMALL_COUNT_THRESHOLD} fall.`,
    footer: 'Samverka · lägesbild byggd av plattformens statistik, utan innehåll från invånare och utan namn.',
    page: 'Sida',
  },
  en: {
    title: 'Safety picture',
    period: 'Period',
    generated: 'Generated',
    summary: 'Summary',
    postsTitle: 'Map posts by priority',
    postsByHourTitle: 'Posts by hour of day',
    areasTitle: 'Activity per area',
    areasNote: 'Map posts carry a position, not an area; areas show through the groups that name one.',
    groupsTitle: 'Groups',
    groupSizesTitle: 'Groups by size (members)',
    groupGrowthTitle: 'New members per week',
    verificationTitle: 'Verification',
    moderationTitle: 'Moderation',
    priority: { green: 'Green', yellow: 'Yellow', red: 'Red', total: 'Total' },
    current: 'The period',
    previous: 'Period before',
    yearAgo: 'A year earlier',
    hour: 'Hour',
    area: 'Area',
    noArea: 'No area given',
    groups: 'Groups',
    joined: 'New members',
    week: 'Week',
    total: 'Total',
    verifiedOrganisations: 'Verified organisations',
    badgesExpiring: 'Badges expiring within 60 days',
    casesOpened: 'New cases',
    casesDecided: 'Cases decided',
    medianHours: 'Median time to decision (hours)',
    noticesPerRule: 'Reports per rule',
    decisionsPerRule: 'Decisions per rule',
    appealsReceived: 'Appeals',
    appealsDecided: 'Appeals decided',
    appealsReversed: 'Decisions reversed',
    reversalRate: 'Share reversed (%)',
    noRule: 'No rule given',
    suppression: `Small numbers are hidden before the report leaves the platform: a count under ${SMALL_COUNT_THRESHOLD} is shown as "${SMALL_COUNT_SHOWN}", and a figure that would give such a count away (through a total and the other figures) is shown as "${HIDDEN_FIGURE_SHOWN}". Medians and shares are shown only when they rest on at least ${SMALL_COUNT_THRESHOLD} cases.`,
    footer: 'Samverka · a safety picture built from the platform’s statistics, with no content from residents and no names.',
    page: 'Page',
  },
} as const satisfies Record<Language, unknown>;

export type LagesbildTexts = (typeof LAGESBILD_TEXTS)[Language];

/** A rule's name in the report, or the words for an action taken under no rule. */
export const ruleName = (language: Language, rule: string): string =>
  (CONDUCT_RULES as readonly string[]).includes(rule) ? ruleWords(language, rule as ConductRule) : LAGESBILD_TEXTS[language].noRule;

const MONTHS: Record<Language, string[]> = {
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "oktober 2026" for a whole month, otherwise "2026-10-03 – 2026-10-17". */
export function periodWords(language: Language, period: Period): string {
  const [year, month] = period.from.split('-').map(Number);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (period.from.endsWith('-01') && period.to === `${period.from.slice(0, 8)}${String(lastDay).padStart(2, '0')}`) return `${MONTHS[language][month - 1]} ${year}`;
  return `${period.from} – ${period.to}`;
}

/** The report's file name, without extension: "lagesbild-0191-2026-10-01-2026-10-31-sv". */
export const lagesbildFileName = (code: string, period: Period, language: Language) => `lagesbild-${code}-${period.from}-${period.to}-${language}`;
