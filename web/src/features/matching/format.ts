import {
  EVENT_TIME_ZONE,
  MATCHING_WEIGHT_FACTORS,
  type ScoreFactor,
  type SkillLevel,
  skillLabel,
  skillLevelInfo,
  type UiLocale,
} from '@skillshift/shared';
import { type TFunction } from 'i18next';
import { intlLocale } from '../../i18n';

/** A slot as the board names it: its label with the time, or the time alone (Berlin's clock). */
export function slotName(
  slot: { label?: string | null; startsAt: string; endsAt: string },
  language: UiLocale,
): string {
  const time = new Intl.DateTimeFormat(intlLocale(language), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: EVENT_TIME_ZONE,
  }).formatRange(new Date(slot.startsAt), new Date(slot.endsAt));
  return slot.label ? `${slot.label} (${time})` : time;
}

export function formatNumber(value: number, language: UiLocale, digits = 2): string {
  return new Intl.NumberFormat(intlLocale(language), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** A difference with its sign, so that "more" and "less" do not depend on colour. */
export function formatDifference(value: number, language: UiLocale, digits = 2): string {
  const formatted = new Intl.NumberFormat(intlLocale(language), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: 'exceptZero',
  }).format(value);
  return formatted;
}

/** Date and time in the event's time zone: medium, or short (in lists where several runs stand side by side). */
/**
 * A moment on Berlin's clock: "7 Dec 2026, 14:05:09", or "short" without the seconds. The day is always written out
 * ("7 Dec", "07.12."): a short English date (07/12/2026) reads as 12 July to half the readers.
 */
export function formatDateTime(at: string, language: UiLocale, style: 'medium' | 'short' = 'medium'): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    dateStyle: 'medium',
    timeStyle: style,
    timeZone: EVENT_TIME_ZONE,
  }).format(new Date(at));
}

export function formatSeconds(millis: number, language: UiLocale): string {
  return new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(
    millis / 1000,
  );
}

export const skillName = (skill: string, language: UiLocale) => skillLabel(skill, language) ?? skill;

export const levelName = (level: number, language: UiLocale) =>
  level >= 1 && level <= 4 ? skillLevelInfo(level as SkillLevel).label[language] : '–';

export function languageNames(codes: readonly string[], language: UiLocale): string {
  const names = new Intl.DisplayNames([intlLocale(language)], { type: 'language' });
  return codes.map((code) => names.of(code) ?? code).join(', ');
}

/** The run's quality in words: proven optimal, or within x % of the bound, or no bound. */
export function qualityText(
  t: TFunction,
  run: { optimal?: boolean | null; gapPercent?: number | null },
  language: UiLocale,
): string {
  if (run.optimal) return t('matching.quality.optimal');
  if (run.gapPercent !== null && run.gapPercent !== undefined)
    return t('matching.quality.withinGap', { gap: formatNumber(run.gapPercent, language, 1) });
  return t('matching.quality.noBound');
}

/** How much `factor` counts among `weights` (normalised, as the engine uses all five), in percent. */
export function weightShare(weights: Record<ScoreFactor, number>, factor: ScoreFactor): number {
  const total = MATCHING_WEIGHT_FACTORS.reduce((sum, f) => sum + weights[f], 0);
  return total > 0 ? (100 * weights[factor]) / total : 0;
}

/** The weights a run used, as shares in words: "Skills 50 %, Nice-to-have skills 15 %, …". */
export function weightsText(t: TFunction, weights: Record<ScoreFactor, number>, language: UiLocale): string {
  return MATCHING_WEIGHT_FACTORS.map((factor) =>
    t('matching.weights.factorShare', {
      factor: t(`matching.factors.${factor}`),
      share: formatNumber(weightShare(weights, factor), language, 0),
    }),
  ).join(', ');
}

/** Whether two runs weighed the factors alike (their scores then measure the same thing). */
export function sameWeights(a: Record<ScoreFactor, number>, b: Record<ScoreFactor, number>): boolean {
  return MATCHING_WEIGHT_FACTORS.every((factor) => Math.abs(a[factor] - b[factor]) < 1e-6);
}
