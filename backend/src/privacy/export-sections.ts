import { toCsv } from '../platform/csv/csv.js';
import type { ExportSection } from './personal-data-holder.js';
import type { ZipEntry } from './zip.js';

/**
 * One holder's export section as archive parts: its tables for `data.json`, a CSV per table under
 * `<folder><context>/`, and a README line per CSV. Nothing for a holder with no tables.
 */
export function sectionEntries(context: string, section: ExportSection, folder = ''): { data: Record<string, unknown> | null; entries: ZipEntry[]; readme: string[] } {
  if (section.tables.length === 0) return { data: null, entries: [], readme: [] };
  return {
    data: Object.fromEntries(section.tables.map((table) => [table.name, table.rows])),
    entries: section.tables.map((table) => ({ name: `${folder}${context}/${table.name}.csv`, data: Buffer.from(toCsv(table.rows), 'utf8') })),
    readme: [`\n## ${context}\n`, ...section.tables.map((table) => `- \`${folder}${context}/${table.name}.csv\` (${table.rows.length} rows): ${table.description}`)],
  };
}
