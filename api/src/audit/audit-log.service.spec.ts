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
});
