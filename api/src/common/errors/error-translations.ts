import { UI_LOCALES, type UiLocale } from '@skillshift/shared';
import { type Translate, translator } from '../../i18n/i18n';

/** What an error says in one language: its message and, for bad input, each field's. */
export interface ErrorTexts {
  message: string;
  fields?: { path: string; message: string }[];
}

/**
 * An error's texts in every language of the interface, for `extensions.translations`: the message and `fields` of an
 * error come in the caller's language, and a person who switches the interface's language while a form shows them
 * would otherwise read the rest of the page in one language and the problems in the other. The web app reads the
 * language it shows (web/src/lib/field-errors.ts).
 */
export function inEveryLanguage(texts: (locale: UiLocale) => ErrorTexts): Record<UiLocale, ErrorTexts> {
  return Object.fromEntries(UI_LOCALES.map((locale) => [locale, texts(locale)])) as Record<UiLocale, ErrorTexts>;
}

/** A translator whose parameters may name keys of their own (`{ $t: 'entities.event' }`), translated first. */
export function translatorWithRefs(locale: UiLocale): Translate {
  const translate = translator(locale);
  return (key, params = {}) =>
    translate(
      key,
      Object.fromEntries(
        Object.entries(params).map(([name, value]) => [name, isKeyRef(value) ? translate(value.$t) : value]),
      ),
    );
}

const isKeyRef = (value: unknown): value is { $t: string } =>
  typeof value === 'object' && value !== null && typeof (value as { $t?: unknown }).$t === 'string';
