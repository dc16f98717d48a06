import { foldText, stem, termVariants } from './text';

describe('foldText', () => {
  it.each([
    ['DSGVO-konform!', 'dsgvo konform'],
    ['  Läuft   langsam ', 'lauft langsam'],
    ['Straße', 'strasse'],
    ['Microsoft 365 / Teams', 'microsoft 365 teams'],
    ['Café', 'cafe'],
  ])('%p → %p', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });
});

describe('termVariants', () => {
  it('adds the "ae/oe/ue" spelling of umlauts', () => {
    expect(termVariants('Löschkonzept')).toEqual(['loschkonzept', 'loeschkonzept']);
    expect(termVariants('WordPress')).toEqual(['wordpress']);
  });
});

describe('stem', () => {
  it.each([
    ['leichter', 'leichte'],
    ['formulare', 'formular'],
    ['websites', 'website'],
    ['plans', 'plan'],
  ])('%p and %p meet', (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });

  it('leaves short words and double s alone', () => {
    expect(stem('apps')).toBe('apps');
    expect(stem('access')).toBe('access');
  });
});
