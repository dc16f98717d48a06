/** Languages the product's interface and mails are written in; the first is the default. */
export const UI_LOCALES = ['de', 'en'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
export const DEFAULT_LOCALE: UiLocale = 'de';

export function toUiLocale(value: string | null | undefined): UiLocale {
  const base = (value ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (UI_LOCALES as readonly string[]).includes(base) ? (base as UiLocale) : DEFAULT_LOCALE;
}

/**
 * The name of the catalogues' formatter for a name a sentence's period follows (`{{nonprofit, beforePeriod}}.`): a
 * name that ends in one itself ("Tafel Lübeck e.V.") gives its period to the sentence, so it is not doubled.
 */
export const BEFORE_PERIOD_FORMAT = 'beforePeriod';

export const beforePeriod = (value: unknown): string => String(value).replace(/\.$/, '');
