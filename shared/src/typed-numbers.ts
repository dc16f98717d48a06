import { type UiLocale } from './locales';

const SEPARATORS: Record<UiLocale, { decimal: string; group: string }> = {
  de: { decimal: ',', group: '.' },
  en: { decimal: '.', group: ',' },
};

const escape = (mark: string) => `\\${mark}`;

/**
 * A number as people type it in the interface's language: German "1.000,50", English "1,000.50". A thousands
 * separator counts only where it groups three digits, so "1.000" is one thousand in German, never one. The other
 * language's decimal mark is taken where it cannot be a thousands separator ("40.5" in German is 40,5). Spaces are
 * ignored ("1 000"). Null when the text is no number in that language or has more than `maxDecimals` decimals: a
 * German "1,000" for a rate in cents is refused rather than read as 1.
 */
export function parseTypedNumber(text: string, locale: UiLocale, maxDecimals: number): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  const { decimal, group } = SEPARATORS[locale];
  const [d, g] = [escape(decimal), escape(group)];
  const match =
    new RegExp(`^(-?)(\\d{1,3}(?:${g}\\d{3})+)(?:${d}(\\d+))?$`).exec(compact) ??
    new RegExp(`^(-?)(\\d+)(?:${d}(\\d+))?$`).exec(compact) ??
    new RegExp(`^(-?)(\\d+)${g}(\\d{1,2})$`).exec(compact);
  if (!match) return null;
  const [, sign, whole, fraction = ''] = match;
  if (fraction.length > maxDecimals) return null;
  return Number(`${sign}${whole.split(group).join('')}.${fraction || '0'}`);
}
