import { type UiLocale, UI_LOCALES } from '../locales';
import { SKILLS } from './taxonomy';
import { termVariants } from './text';
import { type Skill } from './types';

/** One searchable wording of a skill, folded (see foldText). */
export interface SkillTerm {
  readonly skill: Skill;
  readonly text: string;
  readonly words: readonly string[];
  /** the label's language; null for a synonym, which counts in every language */
  readonly locale: UiLocale | null;
}

function termsOf(s: Skill): SkillTerm[] {
  const wordings: { raw: string; locale: UiLocale | null }[] = [
    ...UI_LOCALES.map((locale) => ({ raw: s.label[locale], locale })),
    ...s.synonyms.map((raw) => ({ raw, locale: null })),
  ];
  const seen = new Set<string>();
  const terms: SkillTerm[] = [];
  for (const { raw, locale } of wordings) {
    for (const text of termVariants(raw)) {
      const key = `${locale}:${text}`;
      if (!text || seen.has(key)) continue;
      seen.add(key);
      terms.push({ skill: s, text, words: text.split(' '), locale });
    }
  }
  return terms;
}

export const SKILL_TERMS: readonly SkillTerm[] = SKILLS.flatMap(termsOf);

/** Every word of every wording of a skill. */
export const SKILL_WORDS: ReadonlyMap<Skill, readonly string[]> = new Map(
  SKILLS.map((s) => [s, [...new Set(SKILL_TERMS.filter((t) => t.skill === s).flatMap((t) => t.words))]]),
);
