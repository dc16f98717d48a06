import { type UiLocale } from '@skillshift/shared';
import { stringify } from 'csv-stringify/sync';

/**
 * CSV as RFC 4180 describes it (CRLF, fields quoted when they hold the separator, a quote or a line break, quotes
 * doubled), written by csv-stringify, with a UTF-8 byte order mark so that spreadsheet programs read umlauts right.
 * German files are written the way German spreadsheet programs read them: semicolons between fields and a decimal
 * comma (a comma there would split numbers and rows in Excel); English ones with commas and a decimal point.
 * Every export goes through `toCsv`.
 */
export type CsvCell = string | number | boolean | Date | null | undefined;

export interface CsvColumn<R> {
  header: string;
  value: (row: R) => CsvCell;
}

/**
 * Spreadsheets run a cell that starts with one of these as a formula (CSV injection, OWASP's list): such text gets a
 * leading apostrophe, which spreadsheets show as text and do not print.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A phone number or a plain number: an optional sign, then only digits, spaces and the separators people type in
 * phone numbers (( ) . / -), with at least one digit. Such a cell keeps its leading + or - and gets no apostrophe,
 * so that "+49 451 123" reads as typed in the organizer's spreadsheet instead of "'+49 451 123".
 *
 * Why this is safe: what CSV injection does needs a function (HYPERLINK, WEBSERVICE, IMPORTXML), a reference to a cell
 * or sheet, or a DDE call (cmd|' /C calc'!A0); all of them need letters, quotes, "!", "|" or ":", none of which this
 * pattern lets through. At worst a spreadsheet reads the cell as arithmetic ("-2" as minus two, "+1-2" as -1), which
 * shows a number and reaches nothing outside the file. The pattern is strict on purpose: one character more (a
 * letter, a second "+", a tab, a line break, a comma) and the cell is guarded again, so "-2+3+cmd|' /C calc'!A0"
 * keeps its apostrophe.
 */
const PHONE_OR_NUMBER = /^[+-]?[\d ()./-]*\d[\d ()./-]*$/;

/** The field separator of a file in this language. */
export const csvDelimiter = (locale: UiLocale): string => (locale === 'de' ? ';' : ',');

/** The cell's text before quoting: dates as ISO 8601, no formulas, nothing for missing values. */
export function cellText(value: CsvCell, locale: UiLocale = 'en'): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    return locale === 'de' ? String(value).replace('.', ',') : String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return FORMULA_START.test(value) && !PHONE_OR_NUMBER.test(value) ? `'${value}` : value;
}

export function toCsv<R>(columns: readonly CsvColumn<R>[], rows: readonly R[], locale: UiLocale): string {
  return stringify(
    [
      columns.map((column) => cellText(column.header, locale)),
      ...rows.map((row) => columns.map((c) => cellText(c.value(row), locale))),
    ],
    { bom: true, delimiter: csvDelimiter(locale), record_delimiter: 'windows', quoted_match: /[\r\n]/ },
  );
}
