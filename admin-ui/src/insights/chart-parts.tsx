import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useLocaleState, useTranslate } from 'react-admin';
import { dateLocaleOf } from '../providers/i18n-provider';
import type { ChartRow } from './insights-api';

/** The priorities' colours, as the app shows them on the map. */
export const PRIORITY_COLOURS = { green: '#2e7d32', yellow: '#f2b705', red: '#c62828' } as const;
export const PRIORITIES = ['green', 'yellow', 'red'] as const;
/** Neutral series colours for charts that are not about priority. */
export const SERIES_COLOURS = ['#1565c0', '#6a1b9a', '#00838f', '#ef6c00', '#5d4037'] as const;

export const CHART_HEIGHT = 240;

/** Legend words in the text colour: yellow text on white is hard to read; the swatch shows the colour. */
const legendText = (value: unknown) => <span style={{ color: 'rgba(0, 0, 0, 0.87)' }}>{String(value)}</span>;

const TOOLTIP_ITEM = { color: 'rgba(0, 0, 0, 0.87)' } as const;

/** `2026-03-14` as a short day in the console's language (14/3, or 14 mars). */
export function useShortDay(): (day: unknown) => string {
  const [locale] = useLocaleState();
  const format = new Intl.DateTimeFormat(dateLocaleOf(locale), { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return (day) => (typeof day === 'string' && /^\d{4}-\d{2}-\d{2}/.test(day) ? format.format(new Date(`${day.slice(0, 10)}T00:00:00Z`)) : String(day));
}

export function useNumber(): (value: ChartRow[string] | undefined) => string {
  const [locale] = useLocaleState();
  const format = new Intl.NumberFormat(dateLocaleOf(locale), { maximumFractionDigits: 1 });
  return (value) => (typeof value === 'number' ? format.format(value) : value === null || value === undefined ? '—' : String(value));
}

export interface BarsProps {
  rows: ChartRow[];
  x: string;
  series: { key: string; label: string; colour: string }[];
  stacked?: boolean;
  xFormat?: (value: unknown) => string;
  /** Horizontal bars, for long category names. */
  horizontal?: boolean;
  height?: number;
  legend?: boolean;
}

/** A bar chart with the console's defaults: no animation (quick, and steady for screenshots). */
export const Bars = ({ rows, x, series, stacked = false, xFormat, horizontal = false, height = CHART_HEIGHT, legend = series.length > 1 }: BarsProps) => (
  <ResponsiveContainer width="100%" height={height}>
    <BarChart data={rows} layout={horizontal ? 'vertical' : 'horizontal'} margin={{ top: 4, right: 8, bottom: 0, left: horizontal ? 40 : -16 }}>
      <CartesianGrid strokeDasharray="3 3" vertical={horizontal} horizontal={!horizontal} />
      {horizontal ? (
        <>
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey={x} tickFormatter={xFormat} width={110} />
        </>
      ) : (
        <>
          <XAxis dataKey={x} tickFormatter={xFormat} interval="preserveStartEnd" minTickGap={8} />
          <YAxis allowDecimals={false} />
        </>
      )}
      {/* The tooltip's words in the text colour too (recharts writes them in the series colour). */}
      <Tooltip labelFormatter={xFormat ? (label: unknown) => xFormat(label) : undefined} itemStyle={TOOLTIP_ITEM} />
      {legend && <Legend formatter={legendText} />}
      {series.map((item) => (
        <Bar key={item.key} dataKey={item.key} name={item.label} fill={item.colour} stackId={stacked ? 'stack' : undefined} isAnimationActive={false} />
      ))}
    </BarChart>
  </ResponsiveContainer>
);

/** Green, yellow and red stacked: the picture coordinators know from the evaluation. */
export const PriorityBars = ({ rows, x, xFormat, height }: { rows: ChartRow[]; x: string; xFormat?: (value: unknown) => string; height?: number }) => {
  const translate = useTranslate();
  return (
    <Bars
      rows={rows}
      x={x}
      xFormat={xFormat}
      height={height}
      stacked
      series={PRIORITIES.map((priority) => ({ key: priority, label: translate(`samverka.priority.${priority}`), colour: PRIORITY_COLOURS[priority] }))}
    />
  );
};

/** Whether every numeric field but the category is zero: an empty picture. */
export const allZero =
  (...fields: string[]) =>
  (rows: ChartRow[]): boolean =>
    rows.every((row) => fields.every((field) => !row[field]));

export const Caption = ({ children }: { children: ReactNode }) => <div style={{ fontSize: 13, color: 'rgba(0,0,0,0.6)', marginTop: 8 }}>{children}</div>;
