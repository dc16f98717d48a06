import { parse } from 'csv-parse/sync';

/**
 * A strict RFC 4180 reader for tests (csv-parse with nothing relaxed): a stray quote, records of different length or
 * a bare line break make it throw, so a sloppy writer fails the test. The CSV must also end with CRLF.
 */
export function parseCsv(text: string, delimiter = ','): string[][] {
  if (!text.endsWith('\r\n')) throw new Error('CSV must end with CRLF');
  return parse(text, {
    bom: true,
    delimiter,
    record_delimiter: '\r\n',
    relax_quotes: false,
    relax_column_count: false,
  });
}

/** Header row to objects; German files are separated by semicolons. */
export function csvObjects(text: string, delimiter = ','): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text, delimiter);
  return rows.map((row) => Object.fromEntries(header.map((name, column) => [name, row[column]])));
}
