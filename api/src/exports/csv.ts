import { type UiLocale, wallClockAsUtc } from '@skillshift/shared';
import { stringify } from 'csv-stringify/sync';

/**
 * CSV as RFC 4180 describes it (CRLF, fields quoted when they hold the separator, a quote or a line break, quotes
 * doubled), written by csv-stringify, with a UTF-8 byte order mark so that spreadsheet programs read umlauts right.
 * German files are written the way German spreadsheet programs read them: semicolons between fields, a decimal comma
 * (a comma there would split numbers and rows in Excel) and dates as "07.12.2026 14:05"; English ones with commas, a
 * decimal point and dates as "2026-12-07 14:05". Every export goes through `toCsv`.
 */
export type CsvCell = string | number | boolean | Date | null | undefined;

export interface CsvColumn<R> {
  header: string;
  value: (row: R) => CsvCell;
}

/**
 * Spreadsheets run a cell that starts with one of these as a formula (CSV injection, OWASP's list): such text gets a
 * leading apostrophe, which spreadsheets show as text and do not print. Phone numbers too: left as typed, a
 * spreadsheet works "+49-451-123456" out as arithmetic (−123 858), and a wrong number is worse than an apostrophe.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The field separator of a file in this language. */
export const csvDelimiter = (locale: UiLocale): string => (locale === 'de' ? ';' : ',');

const twoDigits = (value: number) => String(value).padStart(2, '0');

/**
 * A moment as a spreadsheet of the file's language reads it as a date and time (no seconds, no offset), on the wall
 * clock of the events (EVENT_TIME_ZONE), as the platform shows every time: German files "07.12.2026 14:05", which
 * German Excel and LibreOffice read as a date; English files "2026-12-07 14:05", because English files go to
 * spreadsheets of many countries, and this is the one form that all of them read as a date and none takes the day for
 * the month (07/12/2026 is July in the US, December in the UK). Both sort as dates once a spreadsheet has read them.
 */
export function csvDateTime(moment: Date, locale: UiLocale): string {
  const wall = new Date(wallClockAsUtc(moment));
  const [year, month, day] = [wall.getUTCFullYear(), twoDigits(wall.getUTCMonth() + 1), twoDigits(wall.getUTCDate())];
  const time = `${twoDigits(wall.getUTCHours())}:${twoDigits(wall.getUTCMinutes())}`;
  return locale === 'de' ? `${day}.${month}.${year} ${time}` : `${year}-${month}-${day} ${time}`;
}

/** The cell's text before quoting: dates in the file's language, no formulas, nothing for missing values. */
export function cellText(value: CsvCell, locale: UiLocale = 'en'): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : csvDateTime(value, locale);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    return locale === 'de' ? String(value).replace('.', ',') : String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return FORMULA_START.test(value) ? `'${value}` : value;
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
