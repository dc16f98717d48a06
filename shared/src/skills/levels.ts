import { type LocalizedText, type SkillLevel } from './types';

export interface SkillLevelInfo {
  readonly level: SkillLevel;
  readonly key: 'basic' | 'intermediate' | 'advanced' | 'expert';
  readonly label: LocalizedText;
  readonly description: LocalizedText;
}

/** The four levels volunteers rate themselves with and challenges ask for (1 lowest). */
export const SKILL_LEVELS: readonly SkillLevelInfo[] = [
  {
    level: 1,
    key: 'basic',
    label: { de: 'Grundkenntnisse', en: 'Basic' },
    description: {
      de: 'Kennt die Grundbegriffe und erledigt einfache Aufgaben mit Anleitung.',
      en: 'Knows the basic terms and handles simple tasks with guidance.',
    },
  },
  {
    level: 2,
    key: 'intermediate',
    label: { de: 'Gute Kenntnisse', en: 'Intermediate' },
    description: {
      de: 'Erledigt übliche Aufgaben selbstständig und arbeitet sich in Neues ein.',
      en: 'Handles common tasks independently and can work out new ones.',
    },
  },
  {
    level: 3,
    key: 'advanced',
    label: { de: 'Sehr gute Kenntnisse', en: 'Advanced' },
    description: {
      de: 'Löst auch knifflige Probleme, richtet Systeme ein und kann andere anleiten.',
      en: 'Solves tricky problems, sets systems up and can guide others.',
    },
  },
  {
    level: 4,
    key: 'expert',
    label: { de: 'Expertise', en: 'Expert' },
    description: {
      de: 'Kennt das Thema in der Tiefe, berät zu Aufbau und Risiken, oft aus dem Beruf.',
      en: 'Knows the subject in depth and advises on design and risks, often professionally.',
    },
  },
];

export function isSkillLevel(value: unknown): value is SkillLevel {
  return value === 1 || value === 2 || value === 3 || value === 4;
}

export function skillLevelInfo(level: SkillLevel): SkillLevelInfo {
  return SKILL_LEVELS[level - 1];
}
