import {
  type Challenge,
  type MatchingInstance,
  type SkillRequirement,
  type Volunteer,
} from '@skillshift/shared/matching';

/**
 * A matching instance indexed for the questions the board and the hard-rule checks ask: who covers which skill
 * (a narrower skill in the tree counts, as in the engine), who is available where.
 */
export class RunState {
  readonly challenges: Map<string, Challenge>;
  readonly volunteers: Map<string, Volunteer>;
  private readonly parent: Map<string, string | null>;
  private readonly levels = new Map<string, Map<string, number>>();

  constructor(readonly instance: MatchingInstance) {
    this.challenges = new Map(instance.challenges.map((c) => [c.id, c]));
    this.volunteers = new Map(instance.volunteers.map((v) => [v.id, v]));
    this.parent = new Map(instance.skillTree.map((node) => [node.id, node.parent]));
  }

  /** The skill and its ancestors in the tree, nearest first. */
  ancestorsOf(skill: string): string[] {
    const chain: string[] = [];
    for (let cursor: string | null | undefined = skill; cursor && chain.length <= this.parent.size;) {
      chain.push(cursor);
      cursor = this.parent.get(cursor);
    }
    return chain;
  }

  /** The volunteer's best level in `skill`, counting narrower skills (0 when none). */
  levelOf(volunteerId: string, skill: string): number {
    let levels = this.levels.get(volunteerId);
    if (!levels) {
      levels = new Map();
      for (const held of this.volunteers.get(volunteerId)?.skills ?? [])
        for (const ancestor of this.ancestorsOf(held.skill))
          levels.set(ancestor, Math.max(levels.get(ancestor) ?? 0, held.level));
      this.levels.set(volunteerId, levels);
    }
    return levels.get(skill) ?? 0;
  }

  covers(volunteerId: string, need: Pick<SkillRequirement, 'skill' | 'minLevel'>): boolean {
    return this.levelOf(volunteerId, need.skill) >= need.minLevel;
  }

  /** Whether a skill a volunteer holds answers one of the challenge's needs (the need itself or narrower). */
  isWanted(challengeId: string, skill: string): boolean {
    const needs = new Set((this.challenges.get(challengeId)?.skills ?? []).map((need) => need.skill));
    return this.ancestorsOf(skill).some((ancestor) => needs.has(ancestor));
  }

  /** Required skills of the challenge that none of `members` covers. */
  uncovered(challengeId: string, members: readonly string[]): SkillRequirement[] {
    return (this.challenges.get(challengeId)?.skills ?? []).filter(
      (need) => need.required && !members.some((member) => this.covers(member, need)),
    );
  }
}
