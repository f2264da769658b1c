import { stringify } from 'csv-stringify/sync';

export type CsvRow = Record<string, unknown>;

/**
 * A cell a spreadsheet would run as a formula or a DDE command (OWASP "CSV injection"): `=`, `+`,
 * `-`, `@`, tab or carriage return first. Exports carry text people wrote, so such a cell gets a
 * leading single quote, which spreadsheets show as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain decimal number kept as text (PostgreSQL bigint and numeric arrive as strings): no formula, left alone. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/**
 * The one CSV writer of every export: RFC 4180 (CRLF line ends, quotes around any cell with a
 * comma, quote or line break), a header row, string cells neutralised against formula injection;
 * numbers and booleans written as they are (a negative number is not a formula), dates as ISO
 * 8601, nested values as JSON. No byte-order mark: the responses say `charset=utf-8`, the
 * console and scripts read the header by name, and a BOM would not make Swedish Excel (whose
 * list separator is `;`) split the columns on a double click anyway.
 *
 * Columns default to every key of every row, in first-seen order. No rows and no columns: ''.
 */
export function toCsv(rows: CsvRow[], columns: string[] = [...new Set(rows.flatMap((row) => Object.keys(row)))]): string {
  if (columns.length === 0) return '';
  return stringify(rows, {
    header: true,
    columns,
    record_delimiter: '\r\n',
    // csv-stringify quotes a line break only when it equals the record delimiter; RFC 4180 wants
    // a lone LF or CR quoted too, or a reader would split the record there.
    quoted_match: /[\r\n]/,
    cast: {
      string: neutraliseCell,
      boolean: (value) => String(value),
      date: (value) => value.toISOString(),
      object: (value) => JSON.stringify(value),
    },
  });
}
