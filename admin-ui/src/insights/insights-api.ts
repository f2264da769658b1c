import { useEffect, useState } from 'react';
import { type ChartName, lastSwedishDays } from '@samverka/shared';
import { API_URL, apiFetch } from '../providers/http-client';

/** The days and municipality a dashboard shows: Swedish calendar days, inclusive. */
export interface Period {
  from: string;
  to: string;
  /** One municipality, or all the person may see. */
  municipalityId?: string;
}

export type ChartRow = Record<string, string | number | boolean | null>;

/** The query string the insights API reads; `csv` asks for the same numbers as a file. */
export function chartUrl(chart: ChartName, period: Period, csv = false): string {
  const params = new URLSearchParams({ from: period.from, to: period.to });
  if (period.municipalityId) params.set('municipalityId', period.municipalityId);
  if (csv) params.set('format', 'csv');
  return `${API_URL}/insights/charts/${chart}?${params.toString()}`;
}

export async function fetchDashboardCharts(): Promise<ChartName[]> {
  const { json } = await apiFetch(`${API_URL}/insights/dashboard`);
  return (json as { charts: ChartName[] }).charts;
}

/**
 * The CSV needs the bearer token, so a plain link would be refused: fetch it and hand the browser
 * a blob to save.
 */
export async function downloadChartCsv(chart: ChartName, period: Period): Promise<void> {
  const { body } = await apiFetch(chartUrl(chart, period, true), { headers: { Accept: 'text/csv' } });
  const url = URL.createObjectURL(new Blob([body], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${chart}_${period.from}_${period.to}.csv`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has started from the blob; the URL can go once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

export interface ChartState {
  rows: ChartRow[] | null;
  error: string | null;
  loading: boolean;
}

/** One chart's rows for a period, fetched again when the period (or `reloadKey`) changes. */
export function useChartRows(chart: ChartName, period: Period, reloadKey: number): ChartState {
  const [state, setState] = useState<ChartState>({ rows: null, error: null, loading: true });
  const url = chartUrl(chart, period);
  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    apiFetch(url)
      .then(({ json }) => current && setState({ rows: (json as ChartRow[]) ?? [], error: null, loading: false }))
      .catch((error: Error) => current && setState({ rows: null, error: error.message || 'ra.notification.http_error', loading: false }));
    return () => {
      current = false;
    };
  }, [url, reloadKey]);
  return state;
}

/** The last `days` Swedish days up to today, the backend's default being 30 (by the calendar: a day may have 23 hours). */
export function lastDays(days: number, now = new Date()): Period {
  return lastSwedishDays(days, now);
}
