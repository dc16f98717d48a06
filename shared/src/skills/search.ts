import { DEFAULT_LOCALE, type UiLocale } from '../locales';
import { SKILL_TERMS, SKILL_WORDS, type SkillTerm } from './terms';
import { foldText, stem } from './text';
import { skillDepth } from './tree';
import { type Skill, type SkillId } from './types';

const EXACT = 100;
const PREFIX = 80;
const WORD_PREFIX = 60;
const WORDS_ACROSS_TERMS = 40;
const SUBSTRING = 30;
const OWN_LABEL_BONUS = 3;
const OTHER_LABEL_BONUS = 2;

/** "leichter" finds "leichte", "formulare" finds "formular". */
function startsWord(word: string, queryWord: string): boolean {
  return word.startsWith(queryWord) || word.startsWith(stem(queryWord));
}

function termScore(term: SkillTerm, query: string, queryWords: readonly string[]): number {
  if (term.text === query) return EXACT;
  if (term.text.startsWith(query)) return PREFIX;
  if (queryWords.every((q) => term.words.some((w) => startsWord(w, q)))) return WORD_PREFIX;
  // Substrings of one or two letters match nearly everything.
  if (query.length >= 3 && term.text.includes(query)) return SUBSTRING;
  return 0;
}

/**
 * Skills whose labels or synonyms (in either language) match what a person types, best first. Case and accents do
 * not matter; a whole-term or prefix match ranks above a match at the start of a word, which ranks above a substring.
 * Labels in `locale` break ties, then general skills come before specific ones.
 */
export function searchSkills(query: string, locale: UiLocale = DEFAULT_LOCALE, limit = 10): Skill[] {
  const folded = foldText(query);
  if (!folded || limit <= 0) return [];
  const queryWords = folded.split(' ');
  const scores = new Map<SkillId, { skill: Skill; score: number }>();
  for (const term of SKILL_TERMS) {
    const base = termScore(term, folded, queryWords);
    if (base === 0) continue;
    const bonus = term.locale === locale ? OWN_LABEL_BONUS : term.locale === null ? 0 : OTHER_LABEL_BONUS;
    const previous = scores.get(term.skill.id);
    if (!previous || previous.score < base + bonus)
      scores.set(term.skill.id, { skill: term.skill, score: base + bonus });
  }
  if (queryWords.length > 1) {
    // "wordpress plugins": the words may come from different wordings of one skill.
    for (const [skill, words] of SKILL_WORDS) {
      if (scores.has(skill.id) || !queryWords.every((q) => words.some((w) => startsWord(w, q)))) continue;
      scores.set(skill.id, { skill, score: WORDS_ACROSS_TERMS });
    }
  }
  return [...scores.values()]
    .sort(
      (a, b) =>
        b.score - a.score ||
        skillDepth(a.skill.id) - skillDepth(b.skill.id) ||
        a.skill.label[locale].localeCompare(b.skill.label[locale], locale),
    )
    .slice(0, limit)
    .map((hit) => hit.skill);
}
