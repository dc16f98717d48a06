// @vitest-environment node
import { describe, expect, it } from 'vitest';
import de from './de.json';
import en from './en.json';

type Catalogue = { [key: string]: string | Catalogue };

function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else flatten(value, path).forEach((text, nested) => entries.set(nested, text));
  }
  return entries;
}

function placeholders(text: string): string[] {
  // A formatter (`{{body, beforePeriod}}`) may differ between languages; the value it formats may not.
  return [...text.matchAll(/{{\s*(\w+)\s*(?:,[^}]*)?}}/g)].map((match) => match[1]).sort();
}

const catalogues = { de: flatten(de), en: flatten(en) };

describe('i18n catalogues', () => {
  it('have the same keys in German and English', () => {
    const missingInEnglish = [...catalogues.de.keys()].filter((key) => !catalogues.en.has(key));
    const missingInGerman = [...catalogues.en.keys()].filter((key) => !catalogues.de.has(key));
    expect({ missingInEnglish, missingInGerman }).toEqual({ missingInEnglish: [], missingInGerman: [] });
  });

  it('have no empty texts', () => {
    for (const [language, entries] of Object.entries(catalogues)) {
      const empty = [...entries].filter(([, text]) => text.trim() === '').map(([key]) => `${language}:${key}`);
      expect(empty).toEqual([]);
    }
  });

  it('put no second period after an organisation\'s name that ends in one ("e.V.")', () => {
    const doubled = Object.entries(catalogues).flatMap(([language, entries]) =>
      [...entries].filter(([, text]) => /{{\s*(nonprofit|body)\s*}}\./.test(text)).map(([key]) => `${language}:${key}`),
    );
    expect(doubled).toEqual([]);
  });

  it('address people in German with "Sie" throughout, never with "du" or "ihr"', () => {
    const informal = [...catalogues.de]
      .filter(
        ([, text]) =>
          /\b(du|dich|dir|dein\w*|euch|eure?[mnrs]?)\b/i.test(text) ||
          /\bihr (seht|habt|könnt|seid|werdet|bekommt)\b/i.test(text),
      )
      .map(([key]) => key);
    expect(informal).toEqual([]);
  });

  it('name the returning people with the same word on the organizers’ and the public impact page', () => {
    for (const [language, entries] of Object.entries(catalogues))
      for (const metric of ['returningVolunteers', 'returningNonprofits'])
        expect(`${language}: ${entries.get(`impact.public.metrics.${metric}`)}`).toBe(
          `${language}: ${entries.get(`impact.columns.${metric}`)}`,
        );
  });

  it('use the same placeholders in both languages', () => {
    const differing = [...catalogues.de]
      .filter(([key, text]) => placeholders(text).join() !== placeholders(catalogues.en.get(key) ?? '').join())
      .map(([key]) => key);
    expect(differing).toEqual([]);
  });
});
