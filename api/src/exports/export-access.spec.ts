import { fileSlug } from './export-access';

describe('file names from display names', () => {
  it('writes German umlauts out and drops other accents and punctuation', () => {
    expect(fileSlug('Nachtschicht Lübeck')).toBe('nachtschicht-luebeck');
    expect(fileSlug('Größte Übung – Café Ökologie')).toBe('groesste-uebung-cafe-oekologie');
    expect(fileSlug('  ---  ')).toBe('export');
  });
});
