import { compile, coverMasks, covers, teamableSlots, type Model } from './model';
import { Plan } from './plan';
import { type MatchingInstance, type Unserved } from './types';

/**
 * Why each challenge that the given teams leave without a team did not run, in the words `solve` uses for its own
 * plans: for teams the engine did not make, as a past edition's published ones. `instance` as `parseInstance` gives it;
 * every pair's challenge, volunteer and slot are of it.
 */
export function unservedFor(
  instance: MatchingInstance,
  teams: readonly { challenge: string; volunteer: string; slot: string }[],
): Unserved[] {
  const m = compile(instance);
  const plan = new Plan(m);
  const challengeAt = new Map(instance.challenges.map((ch, c) => [ch.id, c]));
  const volunteerAt = new Map(instance.volunteers.map((v, i) => [v.id, i]));
  const slotAt = new Map(instance.slots.map((slot, s) => [slot.id, s]));
  for (const pair of teams) {
    const c = challengeAt.get(pair.challenge)!;
    if (plan.slotOf[c] < 0) plan.open(c, slotAt.get(pair.slot)!);
    plan.add(c, volunteerAt.get(pair.volunteer)!);
  }
  return [...Array(m.C).keys()].filter((c) => plan.slotOf[c] < 0).map((c) => unservedReason(m, plan, c));
}

/**
 * Why a challenge did not run, from the most fundamental cause down: nobody compatible at all,
 * a required skill nobody covers, too few people, no slot where skills and people meet, then
 * what the rest of the plan took (tables, volunteers), and finally the priority trade-off.
 * Each reason is phrased so that an organizer knows what to change.
 */
export function unservedReason(m: Model, p: Plan, c: number): Unserved {
  const ch = m.instance.challenges[c];
  const make = (code: Unserved['code'], params: Unserved['params'], reason: string): Unserved => ({
    challenge: ch.id,
    code,
    params,
    reason,
  });
  const cands = m.candidates[c];
  if (cands.length === 0) return noCandidate(m, c);
  for (const r of m.required[c]) {
    if (cands.some((v) => covers(m, c, r, v))) continue;
    const req = ch.skills[r];
    const coverers = m.instance.volunteers.filter((_, v) => covers(m, c, r, v));
    if (coverers.length === 0)
      return make(
        'SKILL_NOT_COVERED',
        { skill: req.skill, level: req.minLevel },
        `no volunteer covers required skill ${req.skill} at level ${req.minLevel}`,
      );
    const ruledOut = ruledOutBy(ch, coverers);
    const one = coverers.length === 1;
    const they = one ? 'they' : 'most of them';
    const because = {
      format: `${they} do not work ${ch.format}`,
      language: `${they} do not speak ${ch.languages.join(' or ')}`,
      slot: `${they} cannot come in ${ch.slots.join(' or ')}`,
      excluded: 'they are excluded from it (or, with given scores, have no score for it)',
    }[ruledOut];
    const who = one ? '1 volunteer covers' : `${coverers.length} volunteers cover`;
    return make(
      'SKILL_NOT_COVERED',
      { skill: req.skill, level: req.minLevel, coverers: coverers.length, ruledOut, format: ch.format },
      `${who} required skill ${req.skill} at level ${req.minLevel}, but ${one ? 'cannot' : 'none of them can'} take part: ${because}`,
    );
  }
  const slots = [...m.challengeSlots[c]];
  const required = m.required[c];
  const allSkills = required.length <= 31 ? 2 ** required.length - 1 : -1;
  // How many of c's compatible volunteers each of its slots has, and which required skills they cover together
  // (bit j: m.required[c][j], from the candidates' cover masks; only up to 31 skills). Counts in one loop: this runs
  // for every unserved challenge at the end of a run (≈ 60 of them on a scarce instance); the lists themselves only
  // where a reason needs them.
  const count = new Map<number, number>();
  const coveredIn = new Map<number, number>();
  const masks = coverMasks(m)[c];
  const tally = new Int32Array(2);
  for (const s of slots) {
    countIn(m, cands, masks, s, tally);
    count.set(s, tally[0]);
    coveredIn.set(s, tally[1]);
  }
  // c's compatible volunteers available in slot s, for the reasons that name them
  const lists = new Map<number, number[]>();
  const inSlot = (s: number) => {
    let list = lists.get(s);
    if (!list) lists.set(s, (list = Array.from(cands).filter((v) => m.available[v * m.S + s] === 1)));
    return list;
  };
  const coversAll = (s: number) =>
    allSkills >= 0
      ? coveredIn.get(s) === allSkills
      : [...required].every((r) => inSlot(s).some((v) => covers(m, c, r, v)));
  const most = Math.max(0, ...slots.map((s) => count.get(s)!));
  const needed = m.minSize[c];
  // Enough compatible people in all, but never enough of them in one slot: the slots are why, not the people.
  if (most < needed && cands.length >= needed) {
    return make(
      'NO_COMMON_SLOT',
      { slots: ch.slots.join(', ') },
      `${cands.length} compatible volunteers, but no slot of ${ch.slots.join(', ')} has ${needed} of them at the same time`,
    );
  }
  if (most < needed) {
    return make(
      'TOO_FEW_VOLUNTEERS',
      { needed, available: most },
      `${most} compatible volunteer${most === 1 ? '' : 's'}, team of ${needed} needed`,
    );
  }
  if (slots.every((s) => m.capacity[s] === 0)) {
    return make(
      'NO_COMMON_SLOT',
      { slots: ch.slots.join(', ') },
      `no slot of ${ch.slots.join(', ')} has a table (capacity 0)`,
    );
  }
  const coverable = slots.filter((s) => m.capacity[s] > 0 && count.get(s)! >= needed && coversAll(s));
  // (where, besides, at most teamSize.max of them cover every required skill: the engine's own test)
  const teamable = teamableSlots(m);
  const feasible = coverable.filter((s) => teamable[c * m.S + s] === 1);
  if (coverable.length > 0 && feasible.length === 0) {
    const skills = ch.skills.filter((k) => k.required).map((k) => k.skill);
    return make(
      'TEAM_TOO_SMALL_FOR_SKILLS',
      { max: m.maxSize[c], skills: skills.join(', ') },
      `no team of at most ${m.maxSize[c]} covers all required skills ${skills.join(', ')}; raise teamSize.max or make a skill nice-to-have`,
    );
  }
  if (feasible.length === 0) {
    return make(
      'NO_COMMON_SLOT',
      { slots: ch.slots.join(', ') },
      `no slot of ${ch.slots.join(', ')} has a table and, at the same time, ${needed} compatible volunteers covering every required skill`,
    );
  }
  const full = feasible.filter((s) => p.used[s] >= m.capacity[s]);
  if (full.length === feasible.length) {
    const s = full[0];
    // the lowest priority running in s
    let lowest = Infinity;
    for (let b = 0; b < m.C; b++) if (p.slotOf[b] === s && m.priority[b] < lowest) lowest = m.priority[b];
    if (lowest >= m.priority[c]) {
      const slot = m.instance.slots[s];
      const who = lowest > m.priority[c] ? 'higher priority challenges' : 'challenges of equal or higher priority';
      const where = full.length > 1 ? ` (and every other slot where it could run is full too)` : '';
      return make(
        'SLOT_CAPACITY_TAKEN',
        { slot: slot.id, capacity: slot.capacity },
        `all ${slot.capacity} tables in slot ${slot.id} taken by ${who}${where}`,
      );
    }
  } else {
    const open = feasible.filter((s) => p.used[s] < m.capacity[s]);
    const free = Math.max(...open.map((s) => inSlot(s).filter((v) => p.freeIn(v, s)).length));
    const s = open.find((t) => inSlot(t).filter((v) => p.freeIn(v, t)).length === free)!;
    const compatible = inSlot(s).length;
    if (free < needed) {
      return make(
        'VOLUNTEERS_TAKEN',
        { slot: m.instance.slots[s].id, needed, available: free, compatible },
        `only ${free} of ${compatible} compatible volunteers in slot ${m.instance.slots[s].id} are still free, team of ${needed} needed; the others are in other challenges' teams`,
      );
    }
    const taken = [...m.required[c]].find((r) => !inSlot(s).some((v) => p.freeIn(v, s) && covers(m, c, r, v)));
    if (taken !== undefined) {
      const req = ch.skills[taken];
      return make(
        'COVERERS_TAKEN',
        { slot: m.instance.slots[s].id, skill: req.skill, level: req.minLevel },
        `every volunteer covering ${req.skill} at level ${req.minLevel} in slot ${m.instance.slots[s].id} is in another challenge's team; recruit one more`,
      );
    }
  }
  return make(
    'LOWER_PRIORITY_TRADEOFF',
    {},
    'enough volunteers and a coverer of each required skill are free, but no team of them within its size covers every skill, or its people or table went to other teams; raise its priority, allow a larger team or add volunteers',
  );
}

/** The first of c's rules that v breaks, in this order: its format, its languages, its slots; null for none. */
function brokenRule(
  ch: Model['instance']['challenges'][number],
  v: Model['instance']['volunteers'][number],
): 'format' | 'language' | 'slot' | null {
  if (!v.formats.includes(ch.format)) return 'format';
  if (ch.languages.length > 0 && !ch.languages.some((language) => v.languages.includes(language))) return 'language';
  if (!v.slots.some((slot) => ch.slots.includes(slot))) return 'slot';
  return null;
}

/**
 * Which of c's rules rules out the most of `coverers` (volunteers covering one of its required skills, none of them
 * compatible): its format, its languages, its slots, or (the rest) exclusions and missing given scores. Each coverer
 * counts for the first rule it breaks in that order; ties go to the earlier rule.
 */
function ruledOutBy(
  ch: Model['instance']['challenges'][number],
  coverers: Model['instance']['volunteers'],
): 'format' | 'language' | 'slot' | 'excluded' {
  const counts = { format: 0, language: 0, slot: 0, excluded: 0 };
  for (const v of coverers) counts[brokenRule(ch, v) ?? 'excluded']++;
  const order = ['format', 'language', 'slot', 'excluded'] as const;
  return order.reduce((best, rule) => (counts[rule] > counts[best] ? rule : best), order[0]);
}

/**
 * Why c has no compatible volunteer at all: no slot to run in; nobody who speaks its language, accepts its format and
 * shares a slot with it; or those who do are all excluded from it (or have no given score for it). params: { slots,
 * matching: the volunteers the three rules let through, excluded: how many of them are excluded }.
 */
function noCandidate(m: Model, c: number): Unserved {
  const { instance } = m;
  const ch = instance.challenges[c];
  const matching = instance.volunteers.filter((v) => brokenRule(ch, v) === null);
  const barred = new Set(instance.exclusions.filter((e) => e.challenge === ch.id).map((e) => e.volunteer));
  const excluded = matching.filter((v) => barred.has(v.id)).length;
  const unserved = (reason: string): Unserved => ({
    challenge: ch.id,
    code: 'NO_COMPATIBLE_VOLUNTEER',
    params: { slots: ch.slots.join(', '), matching: matching.length, excluded },
    reason,
  });
  if (ch.slots.length === 0) return unserved('there is no slot it may run in');
  const one = matching.length <= 1;
  const rules = [
    ch.languages.length > 0 ? `${one ? 'speaks' : 'speak'} ${ch.languages.join(' or ')}` : '',
    `${one ? 'accepts' : 'accept'} format ${ch.format}`,
    `${one ? 'is' : 'are'} available in ${ch.slots.join(' or ')}`,
  ].filter(Boolean);
  if (matching.length === 0) return unserved(`no volunteer ${rules.join(', ')}`);
  const all = `${rules.slice(0, -1).join(', ')} and ${rules[rules.length - 1]}`;
  const who = one
    ? `the one volunteer who ${all} is`
    : `${matching.length === 2 ? 'both volunteers' : `all ${matching.length} volunteers`} who ${all} are`;
  if (excluded === matching.length) return unserved(`${who} excluded from it`);
  return unserved(`${who} excluded from it or without a given score for it`);
}

/**
 * How many of `cands` are available in slot s (into out[0]), and the union of their cover masks (out[1]). A function of
 * its own, so that V8 optimises this loop soon (inside unservedReason it ran mostly interpreted).
 */
function countIn(m: Model, cands: Int32Array, masks: Int32Array, s: number, out: Int32Array): void {
  let n = 0;
  let covered = 0;
  for (let i = 0; i < cands.length; i++) {
    if (m.available[cands[i] * m.S + s] !== 1) continue;
    n++;
    covered |= masks[i];
  }
  out[0] = n;
  out[1] = covered;
}
