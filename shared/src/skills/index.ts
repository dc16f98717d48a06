export {
  DIGCOMP_COMPETENCES,
  type DigCompCompetence,
  type LocalizedText,
  type Skill,
  type SkillId,
  type SkillLevel,
} from './types';
export * from './levels';
export { SKILLS } from './taxonomy';
export * from './tree';
export * from './search';
export * from './suggest';
