import { stringify } from 'csv-stringify/sync';

/**
 * CSV as RFC 4180 describes it (comma, CRLF, fields quoted when they hold a comma, quote or line break, quotes
 * doubled), written by csv-stringify, with a UTF-8 byte order mark so that spreadsheet programs read umlauts right.
 * Every export goes through `toCsv`.
 */
export type CsvCell = string | number | boolean | Date | null | undefined;

export interface CsvColumn<R> {
  header: string;
  value: (row: R) => CsvCell;
}

/**
 * Spreadsheets run a cell that starts with one of these as a formula (CSV injection): such text gets a leading
 * apostrophe, which spreadsheets show as text and do not print.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell's text before quoting: dates as ISO 8601, no formulas, nothing for missing values. */
export function cellText(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function toCsv<R>(columns: readonly CsvColumn<R>[], rows: readonly R[]): string {
  return stringify(
    [
      columns.map((column) => cellText(column.header)),
      ...rows.map((row) => columns.map((c) => cellText(c.value(row)))),
    ],
    { bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ },
  );
}
