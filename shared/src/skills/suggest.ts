import { DEFAULT_LOCALE, type UiLocale } from '../locales';
import { SKILL_TERMS } from './terms';
import { foldText, stem } from './text';
import { isDescendantOf } from './tree';
import { type Skill, type SkillId } from './types';

export interface SkillSuggestion {
  readonly skill: Skill;
  readonly score: number;
  /** the words of the text that pointed to the skill, folded ("dsgvo") */
  readonly matched: readonly string[];
}

/** Whole words or phrases count fully; each further word of a phrase adds half, as it is more specific. */
const PHRASE_WORD_BONUS = 0.5;
/** German compounds: "Spendenformular" → "spenden…", "Vereinswebsite" → "…website". */
const COMPOUND = 0.6;
const MIN_COMPOUND_PREFIX = 5;
const MIN_COMPOUND_SUFFIX = 6;
const REPEAT = 0.25;
/** A category is rarely what a challenge needs; a specific skill is. */
const CATEGORY_FACTOR = 0.5;

const skillsByPhrase = new Map<string, Set<Skill>>();
for (const term of SKILL_TERMS) {
  const key = term.words.map(stem).join(' ');
  const skills = skillsByPhrase.get(key) ?? new Set<Skill>();
  skills.add(term.skill);
  skillsByPhrase.set(key, skills);
}
const longestPhrase = Math.max(...SKILL_TERMS.map((t) => t.words.length));
const compoundParts = SKILL_TERMS.filter((t) => t.words.length === 1 && t.text.length >= MIN_COMPOUND_PREFIX);

interface Evidence {
  skill: Skill;
  /** best weight per matched phrase of the text */
  phrases: Map<string, number>;
  /** `phrase@position`, so a word mentioned twice counts a little more */
  occurrences: Set<string>;
  firstAt: number;
}

/**
 * Skills a challenge description points to, for the form to offer: the text is split into words, and words and
 * phrases that are labels or synonyms (in either language) count, as do German compounds that start or end with one.
 * A category is left out when one of its skills is suggested. Best first; ties keep the order of the text.
 */
export function suggestSkillsFromText(text: string, locale: UiLocale = DEFAULT_LOCALE, limit = 5): SkillSuggestion[] {
  const words = foldText(text).split(' ').filter(Boolean);
  const evidence = new Map<SkillId, Evidence>();
  const note = (skill: Skill, phrase: string, weight: number, at: number) => {
    const found = evidence.get(skill.id) ?? {
      skill,
      phrases: new Map<string, number>(),
      occurrences: new Set(),
      firstAt: at,
    };
    found.phrases.set(phrase, Math.max(weight, found.phrases.get(phrase) ?? 0));
    found.occurrences.add(`${phrase}@${at}`);
    evidence.set(skill.id, found);
  };

  const stems = words.map(stem);
  // Greedy, longest phrase first: "two factor authentication" counts once, not also as "two factor" or "factor".
  let coveredUntil = 0;
  for (let at = 0; at < words.length; at++) {
    for (let n = Math.min(longestPhrase, words.length - at); n >= 1 && at >= coveredUntil; n--) {
      const skills = skillsByPhrase.get(stems.slice(at, at + n).join(' '));
      if (!skills) continue;
      const phrase = words.slice(at, at + n).join(' ');
      for (const skill of skills) note(skill, phrase, 1 + PHRASE_WORD_BONUS * (n - 1), at);
      coveredUntil = at + n;
    }
    if (at < coveredUntil) continue;
    const word = words[at];
    for (const part of compoundParts) {
      if (word.length <= part.text.length) continue;
      const isCompound =
        word.startsWith(part.text) || (part.text.length >= MIN_COMPOUND_SUFFIX && word.endsWith(part.text));
      if (isCompound) note(part.skill, word, COMPOUND, at);
    }
  }

  const found = [...evidence.values()];
  return found
    .filter((e) => !found.some((other) => isDescendantOf(other.skill.id, e.skill.id)))
    .map((e) => {
      const sum = [...e.phrases.values()].reduce((a, b) => a + b, 0) + REPEAT * (e.occurrences.size - e.phrases.size);
      const score = e.skill.parent === null ? sum * CATEGORY_FACTOR : sum;
      return { suggestion: { skill: e.skill, score, matched: [...e.phrases.keys()] }, firstAt: e.firstAt };
    })
    .sort(
      (a, b) =>
        b.suggestion.score - a.suggestion.score ||
        a.firstAt - b.firstAt ||
        a.suggestion.skill.label[locale].localeCompare(b.suggestion.skill.label[locale], locale),
    )
    .slice(0, Math.max(0, limit))
    .map((s) => s.suggestion);
}
