import { type ChartName, MODERATION_CHARTS, MUNICIPAL_CHARTS, OWNER_CHARTS, Role } from '@samverka/shared';
import type { Caller } from '../access/caller.js';
import type { ChartQueryDto } from './dto/chart-query.dto.js';
import { InsightsError, InsightsErrorCode } from './insights.errors.js';

export interface ChartScope {
  /** Municipalities the numbers may come from; null: every municipality (platform owner). */
  municipalityIds: string[] | null;
  /** Swedish calendar days, inclusive. */
  from: string;
  to: string;
}

/** The charts a person's dashboard shows. */
export function chartsFor(roles: readonly Role[]): ChartName[] {
  const charts = new Set<ChartName>();
  if (roles.includes(Role.PlatformOwner)) [...OWNER_CHARTS, ...MUNICIPAL_CHARTS, ...MODERATION_CHARTS].forEach((chart) => charts.add(chart));
  if (roles.includes(Role.Coordinator)) MUNICIPAL_CHARTS.forEach((chart) => charts.add(chart));
  if (roles.includes(Role.Moderator)) MODERATION_CHARTS.forEach((chart) => charts.add(chart));
  return [...charts];
}

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

/** Which chart, for which municipalities and days: a coordinator never sees outside their scope. */
export function resolveScope(caller: Caller, chart: ChartName, query: ChartQueryDto): ChartScope {
  if (!chartsFor(caller.roles).includes(chart)) throw new InsightsError(InsightsErrorCode.ChartNotForRole, `The ${chart} chart is not on your dashboard`);
  const from = (query.from ?? daysAgo(29)).slice(0, 10);
  const to = (query.to ?? today()).slice(0, 10);
  if (from > to) throw new InsightsError(InsightsErrorCode.PeriodInvalid, 'from must not be after to');
  // Platform owners see every municipality; moderators the whole platform's queue.
  const platformWide = caller.roles.includes(Role.PlatformOwner) || (caller.roles.includes(Role.Moderator) && MODERATION_CHARTS.includes(chart));
  if (platformWide) return { municipalityIds: query.municipalityId ? [query.municipalityId] : null, from, to };
  if (query.municipalityId && !caller.municipalityIds.includes(query.municipalityId)) {
    throw new InsightsError(InsightsErrorCode.MunicipalityOutOfScope, 'municipalityId must be one of the municipalities you serve');
  }
  return { municipalityIds: query.municipalityId ? [query.municipalityId] : caller.municipalityIds, from, to };
}
