/**
 * Who may serve where, for the greedy baseline and the reference model. The validator checks the
 * rules on its own; only its skill-tree coverage (`coveredLevels`, unit-tested there) is reused here.
 * Pairs are kept in typed arrays: a national instance has ~10^7 of them.
 */
import type { ChallengeJson, InstanceJson, PairScorer, VolunteerJson } from './shapes';
import { coveredLevels } from './validator';

export interface Candidates {
  count: number;
  challenge: Int32Array;
  volunteer: Int32Array;
  score: Float64Array;
  /** For every volunteer, the best level per skill it covers through the skill tree. */
  levels: Map<string, number>[];
  /** Slot indices (into instance.slots) where both sides of a pair are available. */
  commonSlots(challenge: number, volunteer: number): number[];
}

const key = (c: string, v: string): string => `${c}\u0000${v}`;

/**
 * A stand-in pair score in [0, 1], used only when neither the instance nor the engine provides one:
 * skill fit 0.6, language 0.1, shared causes 0.2, format 0.1. Monotone in every skill level.
 */
export function standInScore(levels: Map<string, number>): PairScorer {
  return (c, v) => {
    let weightSum = 0;
    let fit = 0;
    for (const need of c.skills) {
      const w = need.weight ?? 1;
      const level = levels.get(need.skill) ?? 0;
      weightSum += w;
      fit +=
        w *
        (level >= need.minLevel ? 0.7 + 0.3 * Math.min(1, (level - need.minLevel) / 2) : (0.3 * level) / need.minLevel);
    }
    const skills = weightSum > 0 ? fit / weightSum : 1;
    const languages = c.languages.length === 0 || v.languages.includes(c.languages[0]) ? 1 : 0.5;
    const causes =
      c.causes && c.causes.length > 0
        ? (v.causes ?? []).filter((x) => c.causes!.includes(x)).length / c.causes.length
        : 0;
    const format = v.formats[0] === c.format ? 1 : 0.5;
    return Math.round((0.6 * skills + 0.1 * languages + 0.2 * causes + 0.1 * format) * 1e6) / 1e6;
  };
}

export function compatible(c: ChallengeJson, v: VolunteerJson): boolean {
  if (!v.formats.includes(c.format)) return false;
  if (c.languages.length > 0 && !c.languages.some((l) => v.languages.includes(l))) return false;
  return c.slots.some((s) => v.slots.includes(s));
}

/**
 * Every pair that the hard rules allow (slots shared, language, format, not excluded, listed in
 * `scores` when given), scored by the given scores, else by `scorer`, else by the stand-in.
 */
export function candidates(instance: InstanceJson, scorer?: PairScorer): Candidates {
  const parentOf = new Map((instance.skillTree ?? []).map((n) => [n.id, n.parent]));
  const levels = instance.volunteers.map((v) => coveredLevels(v, parentOf));
  const slotIndex = new Map(instance.slots.map((s, i) => [s.id, i]));
  const challengeSlots = instance.challenges.map((c) =>
    c.slots.filter((s) => slotIndex.has(s)).map((s) => slotIndex.get(s)!),
  );
  const volunteerSlots = instance.volunteers.map((v) => new Set(v.slots.map((s) => slotIndex.get(s))));
  const excluded = new Set((instance.exclusions ?? []).map((p) => key(p.challenge, p.volunteer)));
  const given = instance.scores ? new Map(instance.scores.map((p) => [key(p.challenge, p.volunteer), p.score])) : null;

  let capacity = 1024;
  let count = 0;
  let challenge = new Int32Array(capacity);
  let volunteer = new Int32Array(capacity);
  let score = new Float64Array(capacity);
  const push = (ci: number, vi: number, s: number): void => {
    if (count === capacity) {
      capacity *= 2;
      const grow = <T extends Int32Array | Float64Array>(a: T, make: (n: number) => T): T => {
        const b = make(capacity);
        b.set(a);
        return b;
      };
      challenge = grow(challenge, (n) => new Int32Array(n));
      volunteer = grow(volunteer, (n) => new Int32Array(n));
      score = grow(score, (n) => new Float64Array(n));
    }
    challenge[count] = ci;
    volunteer[count] = vi;
    score[count] = s;
    count++;
  };

  instance.volunteers.forEach((v, vi) => {
    const ownScore = scorer ?? standInScore(levels[vi]);
    instance.challenges.forEach((c, ci) => {
      if (!compatible(c, v)) return;
      const k = key(c.id, v.id);
      if (excluded.has(k)) return;
      if (given) {
        const s = given.get(k);
        if (s !== undefined) push(ci, vi, s);
      } else {
        push(ci, vi, ownScore(c, v));
      }
    });
  });
  return {
    count,
    challenge: challenge.subarray(0, count),
    volunteer: volunteer.subarray(0, count),
    score: score.subarray(0, count),
    levels,
    commonSlots: (ci, vi) => challengeSlots[ci].filter((s) => volunteerSlots[vi].has(s)),
  };
}

/** Pair indices by descending score (ties in pair order), sorted natively rather than by a comparator. */
export function byScoreDescending(cands: Candidates): Uint32Array {
  let min = Infinity;
  let max = -Infinity;
  for (const s of cands.score) {
    min = Math.min(min, s);
    max = Math.max(max, s);
  }
  const range = max > min ? max - min : 1;
  // score rank in the high bits, pair index in the low 32: exact in a double (2^20 * 2^32 < 2^53).
  const keys = new Float64Array(cands.count);
  for (let i = 0; i < cands.count; i++) {
    keys[i] = Math.round(((max - cands.score[i]) / range) * 1e6) * 2 ** 32 + i;
  }
  keys.sort();
  const order = new Uint32Array(cands.count);
  for (let i = 0; i < cands.count; i++) order[i] = keys[i] % 2 ** 32;
  return order;
}
