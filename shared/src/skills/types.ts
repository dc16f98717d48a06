import { type UiLocale } from '../locales';

/** Stable dot path such as `web.cms.wordpress`; the part before the last dot is the parent's id. */
export type SkillId = string;

/** 1 basic, 2 intermediate, 3 advanced, 4 expert. */
export type SkillLevel = 1 | 2 | 3 | 4;

export type LocalizedText = Readonly<Record<UiLocale, string>>;

/** Competences of the European digital competence framework DigComp 2.2 (area.competence). */
export const DIGCOMP_COMPETENCES = [
  '1.1',
  '1.2',
  '1.3',
  '2.1',
  '2.2',
  '2.3',
  '2.4',
  '2.5',
  '2.6',
  '3.1',
  '3.2',
  '3.3',
  '3.4',
  '4.1',
  '4.2',
  '4.3',
  '4.4',
  '5.1',
  '5.2',
  '5.3',
  '5.4',
] as const;
export type DigCompCompetence = (typeof DIGCOMP_COMPETENCES)[number];

export interface Skill {
  readonly id: SkillId;
  /** null for a top-level category */
  readonly parent: SkillId | null;
  readonly label: LocalizedText;
  /** Search words in German and English, lowercase; labels are searched as well and are not repeated here. */
  readonly synonyms: readonly string[];
  /** ESCO skill URI, only where the match is certain. */
  readonly esco?: string;
  /** The DigComp 2.2 competence the skill belongs to. */
  readonly digComp?: DigCompCompetence;
}

export interface SkillReferences {
  esco?: string;
  digComp?: DigCompCompetence;
}

/** Builds a node; the parent follows from the id, so the two cannot disagree. */
export function skill(
  id: SkillId,
  de: string,
  en: string,
  synonyms: readonly string[],
  references: SkillReferences = {},
): Skill {
  const cut = id.lastIndexOf('.');
  return {
    id,
    parent: cut === -1 ? null : id.slice(0, cut),
    label: { de, en },
    synonyms,
    ...references,
  };
}
