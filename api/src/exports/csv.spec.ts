import { parseCsv } from '../../test/csv';
import { toCsv } from './csv';

const csvCell = (value: Parameters<typeof toCsv>[1][number]) =>
  toCsv([{ header: 'x', value: () => value as never }], [0], 'en').slice('\uFEFFx\r\n'.length, -2);

describe('CSV writer', () => {
  it('quotes commas, quotes and line breaks and doubles quotes (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('sie sagte "ja"')).toBe('"sie sagte ""ja"""');
    expect(csvCell('Zeile 1\nZeile 2')).toBe('"Zeile 1\nZeile 2"');
  });

  it('keeps spreadsheets from running cells as formulas', () => {
    for (const dangerous of ['=1+1', '+49 451', '-2', '@SUM(A1)', '\tx', '\rx'])
      expect(csvCell(dangerous).replace(/^"/, '').startsWith("'")).toBe(true);
    expect(csvCell(-2)).toBe('-2');
  });

  it('writes numbers, booleans, dates and empty cells', () => {
    expect(csvCell(3)).toBe('3');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(new Date('2038-03-04T16:00:00Z'))).toBe('2038-03-04 17:00');
    expect(csvCell(new Date(Number.NaN))).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('writes moments on Berlin’s wall clock, as spreadsheets of the file’s language read dates', () => {
    const moments = [new Date('2026-12-07T13:05:00Z'), new Date('2026-07-01T22:30:00Z')];
    const columns = [{ header: 'Wann', value: (moment: Date) => moment }];
    expect(parseCsv(toCsv(columns, moments, 'de'), ';')).toEqual([
      ['Wann'],
      ['07.12.2026 14:05'],
      ['02.07.2026 00:30'],
    ]);
    expect(parseCsv(toCsv(columns, moments, 'en'))).toEqual([['Wann'], ['2026-12-07 14:05'], ['2026-07-02 00:30']]);
  });

  it('writes a header and one CRLF-terminated record per row, behind a UTF-8 BOM, that a strict reader reads back', () => {
    const rows = [
      { name: 'Tafel Lübeck', note: 'Äpfel, "Birnen"\r\nund mehr' },
      { name: 'Verein', note: '' },
    ];
    const text = toCsv(
      [
        { header: 'Name', value: (row: (typeof rows)[number]) => row.name },
        { header: 'Notiz', value: (row: (typeof rows)[number]) => row.note },
      ],
      rows,
      'en',
    );
    expect(text.startsWith('\uFEFFName,Notiz\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([
      ['Name', 'Notiz'],
      ['Tafel Lübeck', 'Äpfel, "Birnen"\r\nund mehr'],
      ['Verein', ''],
    ]);
  });

  it('separates German files with semicolons and writes their decimals with a comma, as German Excel reads them', () => {
    const rows = [{ name: 'Tafel; Lübeck', hours: 3.5, note: 'Äpfel, Birnen' }];
    type Row = (typeof rows)[number];
    const columns = [
      { header: 'Name', value: (row: Row) => row.name },
      { header: 'Stunden', value: (row: Row) => row.hours },
      { header: 'Notiz', value: (row: Row) => row.note },
    ];
    const german = toCsv(columns, rows, 'de');
    expect(german).toBe('\uFEFFName;Stunden;Notiz\r\n"Tafel; Lübeck";3,5;Äpfel, Birnen\r\n');
    expect(parseCsv(german, ';')).toEqual([
      ['Name', 'Stunden', 'Notiz'],
      ['Tafel; Lübeck', '3,5', 'Äpfel, Birnen'],
    ]);
    expect(toCsv(columns, rows, 'en')).toBe('\uFEFFName,Stunden,Notiz\r\nTafel; Lübeck,3.5,"Äpfel, Birnen"\r\n');
  });
});
