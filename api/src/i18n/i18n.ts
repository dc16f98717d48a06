import { createInstance, type i18n as I18n } from 'i18next';
import {
  BEFORE_PERIOD_FORMAT,
  beforePeriod,
  DEFAULT_LOCALE,
  UI_LOCALES,
  type UiLocale,
  toUiLocale,
} from '@skillshift/shared';
import { de } from './de';
import { en } from './en';

let instance: I18n | undefined;

function i18n(): I18n {
  if (!instance) {
    instance = createInstance();
    void instance.init({
      initAsync: false,
      resources: { de: { translation: de }, en: { translation: en } },
      supportedLngs: [...UI_LOCALES],
      fallbackLng: DEFAULT_LOCALE,
      interpolation: { escapeValue: false },
    });
    instance.services.formatter?.add(BEFORE_PERIOD_FORMAT, beforePeriod);
  }
  return instance;
}

export type Translate = (key: string, params?: Record<string, unknown>) => string;

export function translator(locale: UiLocale): Translate {
  return i18n().getFixedT(locale);
}

/** The caller's language from an Accept-Language header (first supported entry wins; German otherwise). */
export function localeFromAcceptLanguage(header: string | undefined): UiLocale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...rest] = part.trim().split(';');
      const q = rest.find((p) => p.trim().startsWith('q='));
      return { tag: tag.trim(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((entry) => entry.tag && !Number.isNaN(entry.q))
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const base = tag.toLowerCase().split('-')[0];
    if ((UI_LOCALES as readonly string[]).includes(base)) return toUiLocale(base);
  }
  return DEFAULT_LOCALE;
}
