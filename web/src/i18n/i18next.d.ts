import 'i18next';
import type { resources } from './index';

// Typed keys: a key that German lacks is a type error; i18n.test.ts checks English against German. (German as the
// app loads it: de.json with the names that come from shared, such as the help topics.)
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: (typeof resources)['de']['translation'] };
  }
}
