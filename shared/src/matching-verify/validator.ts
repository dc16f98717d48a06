/**
 * An independent check of a matching result against the hard rules of MATCHING.md.
 * It imports nothing from the engine: it reads the instance and the result as plain JSON.
 */
import type { AssignmentJson, ChallengeJson, InstanceJson, ResultJson, SlotJson, VolunteerJson } from './shapes';

/** 1-9 are the hard rules of MATCHING.md; the others are the result's own consistency. */
export type Rule = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 'shape' | 'metrics' | 'explanation' | 'score';

export interface Violation {
  rule: Rule;
  message: string;
}

export interface ValidateOptions {
  /** Absolute tolerance for score comparisons. */
  epsilon?: number;
  /** The result was asked for with --explain: every assignment must carry its explanation. */
  explain?: boolean;
}

const EPS = 1e-6;

/** For every volunteer skill, the best level per skill it covers (itself and every ancestor). */
export function coveredLevels(volunteer: VolunteerJson, parentOf: Map<string, string | null>): Map<string, number> {
  const levels = new Map<string, number>();
  for (const { skill, level } of volunteer.skills) {
    const seen = new Set<string>();
    let current: string | null | undefined = skill;
    while (current != null && !seen.has(current)) {
      seen.add(current);
      levels.set(current, Math.max(levels.get(current) ?? 0, level));
      current = parentOf.get(current);
    }
  }
  return levels;
}

const pairKey = (challenge: string, volunteer: string): string => `${challenge}\u0000${volunteer}`;

export function validate(instance: InstanceJson, result: ResultJson, options: ValidateOptions = {}): Violation[] {
  const eps = options.epsilon ?? EPS;
  const out: Violation[] = [];
  const fail = (rule: Rule, message: string): void => {
    out.push({ rule, message });
  };
  if (!result || !Array.isArray(result.assignments) || !Array.isArray(result.unserved) || !result.metrics) {
    fail('shape', 'result must have assignments[], unserved[] and metrics');
    return out;
  }

  const ctx: Context = {
    challenges: new Map(instance.challenges.map((c) => [c.id, c])),
    volunteers: new Map(instance.volunteers.map((v) => [v.id, v])),
    slots: new Map(instance.slots.map((s) => [s.id, s])),
    parentOf: new Map((instance.skillTree ?? []).map((n) => [n.id, n.parent])),
  };
  const { challenges, volunteers, slots } = ctx;
  const given = instance.scores
    ? new Map(instance.scores.map((p) => [pairKey(p.challenge, p.volunteer), p.score]))
    : null;

  const teams = new Map<string, AssignmentJson[]>();
  const seenPairs = new Set<string>();
  for (const [i, a] of result.assignments.entries()) {
    const at = `assignments[${i}] (${a.challenge}, ${a.volunteer}, ${a.slot})`;
    const c = challenges.get(a.challenge);
    const v = volunteers.get(a.volunteer);
    if (!c || !v || !slots.has(a.slot)) {
      fail('shape', `${at}: unknown ${!c ? 'challenge' : !v ? 'volunteer' : 'slot'}`);
      continue;
    }
    if (typeof a.score !== 'number' || !Number.isFinite(a.score)) fail('score', `${at}: score must be a finite number`);
    const key = pairKey(a.challenge, a.volunteer);
    if (seenPairs.has(key)) fail(2, `${at}: volunteer assigned twice to the same challenge`);
    seenPairs.add(key);
    const team = teams.get(c.id);
    if (team) team.push(a);
    else teams.set(c.id, [a]);

    if (!c.slots.includes(a.slot)) fail(1, `${at}: slot not among the challenge's slots`);
    if (!v.slots.includes(a.slot)) fail(1, `${at}: slot not among the volunteer's slots`);
    if (c.languages.length > 0 && !c.languages.some((l) => v.languages.includes(l))) {
      fail(4, `${at}: volunteer speaks none of ${c.languages.join(', ')}`);
    }
    if (!v.formats.includes(c.format)) fail(5, `${at}: volunteer does not accept format ${c.format}`);
    if (given) {
      const score = given.get(key);
      if (score === undefined) fail(9, `${at}: pair not listed in scores`);
      else if (Math.abs(score - a.score) > eps) fail(9, `${at}: score ${a.score} differs from given ${score}`);
    } else if (a.score < -eps || a.score > 1 + eps) {
      fail('score', `${at}: engine score ${a.score} outside [0, 1]`);
    }
    if (a.explanation !== undefined) checkExplanation(a, at, eps, fail);
    else if (options.explain) fail('explanation', `${at}: explanation missing`);
  }

  checkVolunteers(ctx, result, fail);
  checkTeams(ctx, teams, fail);
  checkUnserved(ctx, result, teams, fail);

  for (const pin of instance.pins ?? []) {
    if (!seenPairs.has(pairKey(pin.challenge, pin.volunteer)))
      fail(8, `pin (${pin.challenge}, ${pin.volunteer}) missing`);
  }
  for (const ex of instance.exclusions ?? []) {
    if (seenPairs.has(pairKey(ex.challenge, ex.volunteer)))
      fail(8, `exclusion (${ex.challenge}, ${ex.volunteer}) assigned`);
  }

  checkMetrics(ctx, result, teams, eps, fail);
  return out;
}

type Fail = (rule: Rule, message: string) => void;

interface Context {
  challenges: Map<string, ChallengeJson>;
  volunteers: Map<string, VolunteerJson>;
  slots: Map<string, SlotJson>;
  parentOf: Map<string, string | null>;
}

function checkExplanation(a: AssignmentJson, at: string, eps: number, fail: Fail): void {
  if (!Array.isArray(a.explanation)) {
    fail('explanation', `${at}: explanation must be an array`);
    return;
  }
  let sum = 0;
  for (const part of a.explanation) {
    if (typeof part.factor !== 'string' || !Number.isFinite(part.value) || !Number.isFinite(part.weight)) {
      fail('explanation', `${at}: explanation entries need factor, value and weight`);
      return;
    }
    sum += part.value * part.weight;
  }
  if (Math.abs(sum - a.score) > Math.max(eps, 1e-4)) {
    fail('explanation', `${at}: weighted explanation sums to ${sum}, score is ${a.score}`);
  }
}

function checkVolunteers(ctx: Context, result: ResultJson, fail: Fail): void {
  const { volunteers } = ctx;
  const perVolunteer = new Map<string, AssignmentJson[]>();
  for (const a of result.assignments) {
    if (!volunteers.has(a.volunteer)) continue;
    const list = perVolunteer.get(a.volunteer);
    if (list) list.push(a);
    else perVolunteer.set(a.volunteer, [a]);
  }
  for (const [id, list] of perVolunteer) {
    const max = volunteers.get(id)!.maxAssignments ?? 1;
    if (list.length > max) fail(2, `volunteer ${id}: ${list.length} assignments, maxAssignments ${max}`);
    const slotsUsed = new Set<string>();
    for (const a of list) {
      if (slotsUsed.has(a.slot)) fail(2, `volunteer ${id}: two assignments in slot ${a.slot}`);
      slotsUsed.add(a.slot);
    }
  }
}

function checkTeams(ctx: Context, teams: Map<string, AssignmentJson[]>, fail: Fail): void {
  const running = new Map<string, number>();
  for (const [id, team] of teams) {
    const c = ctx.challenges.get(id)!;
    const teamSlots = new Set(team.map((a) => a.slot));
    if (teamSlots.size > 1) fail(1, `challenge ${id}: members in several slots (${[...teamSlots].join(', ')})`);
    for (const s of teamSlots) running.set(s, (running.get(s) ?? 0) + 1);
    if (team.length < c.teamSize.min || team.length > c.teamSize.max) {
      fail(6, `challenge ${id}: team of ${team.length}, allowed ${c.teamSize.min}..${c.teamSize.max}`);
    }
    const members = team.map((a) => coveredLevels(ctx.volunteers.get(a.volunteer)!, ctx.parentOf));
    for (const need of c.skills) {
      if (need.required && !members.some((levels) => (levels.get(need.skill) ?? 0) >= need.minLevel)) {
        fail(6, `challenge ${id}: required skill ${need.skill} at level ${need.minLevel} not covered`);
      }
    }
  }
  for (const [id, count] of running) {
    const capacity = ctx.slots.get(id)!.capacity;
    if (count > capacity) fail(3, `slot ${id}: ${count} challenges run, capacity ${capacity}`);
  }
}

function checkUnserved(ctx: Context, result: ResultJson, teams: Map<string, AssignmentJson[]>, fail: Fail): void {
  const listed = new Set<string>();
  for (const [i, u] of result.unserved.entries()) {
    const at = `unserved[${i}] (${u.challenge})`;
    if (!ctx.challenges.has(u.challenge)) fail('shape', `${at}: unknown challenge`);
    if (listed.has(u.challenge)) fail(7, `${at}: listed twice`);
    listed.add(u.challenge);
    if (teams.has(u.challenge)) fail(7, `${at}: challenge is both served and unserved`);
    if (typeof u.code !== 'string' || u.code.length === 0) fail(7, `${at}: code missing`);
    if (typeof u.params !== 'object' || u.params === null || Array.isArray(u.params))
      fail(7, `${at}: params must be an object`);
    if (typeof u.reason !== 'string' || u.reason.trim().length === 0) fail(7, `${at}: reason missing`);
  }
  for (const id of ctx.challenges.keys()) {
    if (!teams.has(id) && !listed.has(id)) fail(7, `challenge ${id}: neither served nor listed in unserved`);
  }
}

function checkMetrics(
  ctx: Context,
  result: ResultJson,
  teams: Map<string, AssignmentJson[]>,
  eps: number,
  fail: Fail,
): void {
  const m = result.metrics;
  const priority = [...teams.keys()].reduce((sum, id) => sum + (ctx.challenges.get(id)!.priority ?? 1), 0);
  const total = result.assignments.reduce((sum, a) => sum + (Number.isFinite(a.score) ? a.score : 0), 0);
  const tolerance = eps * Math.max(1, result.assignments.length);
  if (m.served !== teams.size) fail('metrics', `metrics.served ${m.served}, but ${teams.size} challenges run`);
  if (!(Math.abs(m.servedPriority - priority) <= tolerance)) {
    fail('metrics', `metrics.servedPriority ${m.servedPriority}, but running challenges sum to ${priority}`);
  }
  if (!(Math.abs(m.totalScore - total) <= tolerance)) {
    fail('metrics', `metrics.totalScore ${m.totalScore}, but assignment scores sum to ${total}`);
  }
  if (m.upperBound !== undefined && !(m.upperBound >= m.totalScore - tolerance)) {
    fail('metrics', `metrics.upperBound ${m.upperBound} below totalScore ${m.totalScore}`);
  }
}

/** Throws one error listing every violation, so a failing test shows them all at once. */
export function assertValid(instance: InstanceJson, result: ResultJson, options?: ValidateOptions): void {
  const violations = validate(instance, result, options);
  if (violations.length > 0) {
    const lines = violations.slice(0, 50).map((v) => `  rule ${v.rule}: ${v.message}`);
    const more = violations.length > 50 ? `\n  … and ${violations.length - 50} more` : '';
    throw new Error(`invalid matching result (${violations.length} violations):\n${lines.join('\n')}${more}`);
  }
}
