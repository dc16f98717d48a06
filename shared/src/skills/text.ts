/** Lowercase, without accents and punctuation, words separated by single spaces: "DSGVO-konform!" → "dsgvo konform". */
export function foldText(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** German umlauts may also be typed as "ae", "oe", "ue" ("Loeschkonzept"); terms are indexed in both spellings. */
export function termVariants(term: string): string[] {
  const plain = foldText(term);
  const transliterated = foldText(
    term.normalize('NFC').toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue'),
  );
  return plain === transliterated ? [plain] : [plain, transliterated];
}

/**
 * Strips common German and English endings so inflected forms meet: "leichter Sprache" / "Leichte Sprache",
 * "Formulare" / "Formular", "websites" / "website". Words of four letters or fewer are left alone.
 */
export function stem(word: string): string {
  if (word.length > 5 && /(?:en|er|es)$/.test(word)) return word.slice(0, -2);
  if (word.length > 4 && /[ens]$/.test(word) && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}
