/** Languages the product's interface and mails are written in; the first is the default. */
export const UI_LOCALES = ['de', 'en'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
export const DEFAULT_LOCALE: UiLocale = 'de';

export function toUiLocale(value: string | null | undefined): UiLocale {
  const base = (value ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (UI_LOCALES as readonly string[]).includes(base) ? (base as UiLocale) : DEFAULT_LOCALE;
}
