import { type en } from './en';

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** Every language's catalogue has exactly the English keys (the compiler checks it). */
export type Catalogue = Widen<typeof en>;
