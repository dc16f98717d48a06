import { translator } from '../i18n/i18n';
import { describe as describeEntry } from './audit-log.service';

describe('audit entries as sentences', () => {
  it('names an export in words, in the reader’s language', () => {
    const entry = { action: 'DATA_EXPORTED', details: { kind: 'VOLUNTEERS_CSV', rows: 48, filter: null } };
    expect(describeEntry(entry as never, translator('en'))).toBe('Downloaded an export (volunteers, CSV, 48 rows).');
    expect(describeEntry(entry as never, translator('de'))).toBe(
      'Export heruntergeladen (Freiwillige, CSV, 48 Zeilen).',
    );
  });

  it('keeps a kind it does not know as it was recorded', () => {
    const entry = { action: 'DATA_EXPORTED', details: { kind: 'SOMETHING_NEW', rows: 1, filter: null } };
    expect(describeEntry(entry as never, translator('en'))).toBe('Downloaded an export (SOMETHING_NEW, 1 row).');
    expect(describeEntry(entry as never, translator('de'))).toBe('Export heruntergeladen (SOMETHING_NEW, 1 Zeile).');
  });

  it('says how many proposals a publication made and how many of them went out by e-mail', () => {
    const entry = (proposals: number, mailed?: number) =>
      ({
        action: 'PUBLICATION_PUBLISHED',
        details: { run: 2, proposals, ...(mailed !== undefined && { mailed }) },
      }) as never;
    expect(describeEntry(entry(21, 20), translator('de'))).toBe(
      'Lauf 2 veröffentlicht: 21 Vorschläge, 20 davon per E-Mail.',
    );
    expect(describeEntry(entry(1, 0), translator('en'))).toBe('Published run 2: 1 proposal, 0 of them by e-mail.');
    // (an entry recorded without the count of mails)
    expect(describeEntry(entry(3), translator('en'))).toBe('Published run 2: 3 proposals, 3 of them by e-mail.');
  });
});
