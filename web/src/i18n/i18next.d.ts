import 'i18next';
import type de from './de.json';

// Typed keys: a key that German lacks is a type error; i18n.test.ts checks English against German.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof de };
  }
}
