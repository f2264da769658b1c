import type { LagesbildRecord, Language, MeRecord } from '@samverka/shared';
import { saveBlob } from '../components/save-blob';
import { API_URL, apiFetch, apiFetchBlob } from '../providers/http-client';

/** Every report the person may read (a few a month per municipality: one page is plenty). */
export async function listReports(): Promise<LagesbildRecord[]> {
  const params = new URLSearchParams({ sort: JSON.stringify(['from', 'DESC']), range: JSON.stringify([0, 499]) });
  const { json } = await apiFetch(`${API_URL}/lagesbild?${params.toString()}`);
  return json as LagesbildRecord[];
}

export async function generateReport(request: { municipalityId: string; from: string; to: string; language: Language }): Promise<LagesbildRecord> {
  const { json } = await apiFetch(`${API_URL}/lagesbild`, { method: 'POST', body: JSON.stringify(request) });
  return json as LagesbildRecord;
}

/** The PDF or the CSV, fetched with the bearer token and saved under a name that says what it is. */
export async function downloadReport(report: LagesbildRecord, format: 'pdf' | 'csv'): Promise<void> {
  const blob = await apiFetchBlob(`${API_URL}/lagesbild/${encodeURIComponent(report.id)}/${format}`);
  const place = report.municipalityName.toLowerCase().replace(/[^a-zåäö0-9]+/g, '-');
  saveBlob(blob, `lagesbild-${place}-${report.from}-${report.to}-${report.language}.${format}`);
}

/** The municipalities the person may order a report for: a coordinator's own, the platform owner's all. */
export async function orderableMunicipalities(me: MeRecord, all: boolean): Promise<{ id: string; name: string }[]> {
  if (!all) return me.municipalities;
  const params = new URLSearchParams({ sort: JSON.stringify(['name', 'ASC']), range: JSON.stringify([0, 499]) });
  const { json } = await apiFetch(`${API_URL}/municipalities?${params.toString()}`);
  return (json as { id: string; name: string }[]).map(({ id, name }) => ({ id, name }));
}

export async function saveEmailChoice(lagesbildEmail: boolean): Promise<MeRecord> {
  const { json } = await apiFetch(`${API_URL}/me`, { method: 'PATCH', body: JSON.stringify({ lagesbildEmail }) });
  return json as MeRecord;
}

const MONTH_FORMAT: Record<string, Intl.DateTimeFormatOptions> = { month: { month: 'long', year: 'numeric', timeZone: 'UTC' } };

/** "oktober 2026" for a whole month, otherwise "2026-10-03 – 2026-10-17". */
export function periodLabel(from: string, to: string, locale: string): string {
  const start = new Date(`${from}T00:00:00Z`);
  const lastOfMonth = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
  if (from.endsWith('-01') && to === lastOfMonth) return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'sv-SE', MONTH_FORMAT.month).format(start);
  return `${from} – ${to}`;
}
