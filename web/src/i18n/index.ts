import {
  BEFORE_PERIOD_FORMAT,
  beforePeriod,
  DEFAULT_LOCALE,
  HELP_TOPIC_LABELS,
  UI_LOCALES,
  toUiLocale,
  type UiLocale,
} from '@skillshift/shared';
import i18next, { type i18n as I18n, type ParseKeys } from 'i18next';
import { initReactI18next } from 'react-i18next';
import de from './de.json';
import en from './en.json';

/** Names both the web app and the mails use come from shared, so they cannot drift apart (help topics). */
function withSharedNames<Catalogue extends { helpPoints: object }>(catalogue: Catalogue, language: UiLocale) {
  return { ...catalogue, helpPoints: { ...catalogue.helpPoints, topics: HELP_TOPIC_LABELS[language] } };
}

export const resources = {
  de: { translation: withSharedNames(de, 'de') },
  en: { translation: withSharedNames(en, 'en') },
} as const;

const STORAGE_KEY = 'skillshift.language';

/** Regional variants for dates and numbers: German as in Germany, English with day-month order. */
const INTL_LOCALES: Record<UiLocale, string> = { de: 'de-DE', en: 'en-GB' };

export function intlLocale(language: UiLocale): string {
  return INTL_LOCALES[language];
}

/**
 * The language the person chose earlier; on a first visit the first of the browser's languages that the interface
 * speaks (an English browser gets English); German when none fits.
 */
export function storedLanguage(): UiLocale {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    if (value) return toUiLocale(value);
  } catch {
    // Storage can be blocked (private mode, strict settings); the browser's languages still work.
  }
  return browserLanguage();
}

function browserLanguage(): UiLocale {
  const preferred = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  for (const tag of preferred) {
    const base = (tag ?? '').toLowerCase().split('-')[0];
    if ((UI_LOCALES as readonly string[]).includes(base)) return base as UiLocale;
  }
  return DEFAULT_LOCALE;
}

export function currentLanguage(i18n: I18n): UiLocale {
  return toUiLocale(i18n.resolvedLanguage ?? i18n.language);
}

/**
 * The most specific variant of a text the catalogues hold: `<key>_<variant>` for the first of `variants` that exists
 * (e.g. `intake_days`, `intake`, `days`), else the key itself. A form filled in on someone's behalf, or for an event
 * of days rather than an evening, words only the texts that differ.
 */
export function variantKey(i18n: I18n, key: ParseKeys, variants: readonly string[]): ParseKeys {
  const base: string = key;
  const found = variants.find((variant) => i18n.exists(`${base}_${variant}`));
  return (found ? `${base}_${found}` : base) as ParseKeys;
}

/** Switches the interface language and remembers the choice for the next visit. */
export async function changeUiLanguage(i18n: I18n, language: UiLocale): Promise<void> {
  await i18n.changeLanguage(language);
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered, but the switch itself worked.
  }
}

export function createI18n(language: UiLocale = storedLanguage()): I18n {
  const i18n = i18next.createInstance();
  i18n.on('languageChanged', (lng) => {
    document.documentElement.lang = toUiLocale(lng);
  });
  void i18n.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...UI_LOCALES],
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    initAsync: false,
  });
  i18n.services.formatter?.add(BEFORE_PERIOD_FORMAT, beforePeriod);
  return i18n;
}
