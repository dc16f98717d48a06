import { type TFunction } from 'i18next';

/** Formatting shared by the impact pages: numbers, euros, shares, and public figures below 3. */
export function numberFormat(language: string, digits = 1) {
  return new Intl.NumberFormat(language, { maximumFractionDigits: digits });
}

export function euroFormat(language: string) {
  return new Intl.NumberFormat(language, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
}

/** An hourly rate as saved, cents included when it has them: "40,50 €", "40 €" (never rounded to "41 €"). */
export function rateFormat(language: string, rate: number) {
  const cents = Number.isInteger(rate) ? 0 : 2;
  return new Intl.NumberFormat(language, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: cents,
    maximumFractionDigits: 2,
  });
}

/** "4 of 10 (40 %)", or "0 of 0" without a share. */
export function shareText(t: TFunction, part: number, whole: number, language: string): string {
  if (whole === 0) return t('impact.shareNone', { part, whole });
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(part / whole);
  return t('impact.share', { part, whole, percent });
}
