import { FEEDBACK_LIMITS } from '@skillshift/shared';
import { type TFunction } from 'i18next';

/** Formatting shared by the impact pages: numbers, euros, shares, and public figures below 3. */
export function numberFormat(language: string, digits = 1) {
  return new Intl.NumberFormat(language, { maximumFractionDigits: digits });
}

/** A count with the language's thousands separator: "1.234" in German, "1,234" in English. */
export function countFormat(language: string) {
  return numberFormat(language, 0);
}

/**
 * Hours as the feedback gave them, quarter hours included ("25,25"), never rounded to whole hours: the estimated value
 * beside them is computed from exactly these hours.
 */
export function hoursFormat(language: string) {
  return numberFormat(language, FEEDBACK_LIMITS.hoursDecimals);
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
  const counts = countFormat(language);
  const params = { part: counts.format(part), whole: counts.format(whole) };
  if (whole === 0) return t('impact.shareNone', params);
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(part / whole);
  return t('impact.share', { ...params, percent });
}

/** "yes 1.204 · partly 3 · no 0": the answers to the three-month question, counted. */
export function stillInUseText(
  t: TFunction,
  answers: { stillInUseYes: number; stillInUsePartly: number; stillInUseNo: number },
  language: string,
): string {
  const counts = countFormat(language);
  return t('impact.stillInUseAnswers', {
    yes: counts.format(answers.stillInUseYes),
    partly: counts.format(answers.stillInUsePartly),
    no: counts.format(answers.stillInUseNo),
  });
}
