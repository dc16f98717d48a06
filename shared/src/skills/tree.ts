import { type UiLocale } from '../locales';
import { SKILLS } from './taxonomy';
import { type Skill, type SkillId } from './types';

const byId = new Map<SkillId, Skill>(SKILLS.map((s) => [s.id, s]));
const children = new Map<SkillId | null, Skill[]>();
for (const s of SKILLS) {
  const siblings = children.get(s.parent) ?? [];
  siblings.push(s);
  children.set(s.parent, siblings);
}

export function skillById(id: SkillId): Skill | undefined {
  return byId.get(id);
}

export function isSkillId(id: string): boolean {
  return byId.has(id);
}

/** The skill's ancestors from the top-level category down, ending with the skill itself; empty for an unknown id. */
export function skillPath(id: SkillId): Skill[] {
  const path: Skill[] = [];
  for (let s = byId.get(id); s; s = s.parent === null ? undefined : byId.get(s.parent)) path.unshift(s);
  return path;
}

/** Strict: a skill is not its own descendant. */
export function isDescendantOf(id: SkillId, ancestorId: SkillId): boolean {
  if (id === ancestorId) return false;
  return skillPath(id).some((s) => s.id === ancestorId);
}

/** Direct children, in taxonomy order; `null` gives the top-level categories. */
export function skillChildren(id: SkillId | null): readonly Skill[] {
  return children.get(id) ?? [];
}

export function skillDepth(id: SkillId): number {
  return skillPath(id).length;
}

export function skillLabel(id: SkillId, locale: UiLocale): string | undefined {
  return byId.get(id)?.label[locale];
}

/** The `skillTree` entry of the matching engine's input (see MATCHING.md). */
export interface MatchingSkillNode {
  id: SkillId;
  parent: SkillId | null;
}

/** Parents come before their children, so the engine can read the list in one pass. */
export function toMatchingSkillTree(): MatchingSkillNode[] {
  return SKILLS.map((s) => ({ id: s.id, parent: s.parent }));
}
