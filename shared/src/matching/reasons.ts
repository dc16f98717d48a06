import { covers, type Model } from './model';
import { type Plan } from './plan';
import { type Unserved } from './types';

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
  if (cands.length === 0) {
    const rules = [
      ch.languages.length > 0 ? `speaks ${ch.languages.join(' or ')}` : '',
      `accepts format ${ch.format}`,
      `is available in ${ch.slots.join(' or ')}`,
    ];
    return make(
      'NO_COMPATIBLE_VOLUNTEER',
      {},
      `no volunteer ${rules.filter(Boolean).join(', ')}${m.instance.scores ? ' and has a given score' : ''}`,
    );
  }
  for (const r of m.required[c]) {
    if (cands.some((v) => covers(m, c, r, v))) continue;
    const req = ch.skills[r];
    const anyone = m.instance.volunteers.some((_, v) => covers(m, c, r, v));
    return make(
      'SKILL_NOT_COVERED',
      { skill: req.skill, level: req.minLevel },
      anyone
        ? `no compatible volunteer covers required skill ${req.skill} at level ${req.minLevel} (some do, but their languages, format, availability or exclusions rule them out)`
        : `no volunteer covers required skill ${req.skill} at level ${req.minLevel}`,
    );
  }
  const slots = [...m.challengeSlots[c]];
  // c's compatible volunteers available in each of its slots (asked for again and again below)
  const people = new Map(slots.map((s) => [s, Array.from(cands).filter((v) => m.available[v * m.S + s] === 1)]));
  const inSlot = (s: number) => people.get(s)!;
  const most = Math.max(0, ...slots.map((s) => inSlot(s).length));
  const needed = m.minSize[c];
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
  const coverable = slots.filter(
    (s) =>
      m.capacity[s] > 0 &&
      inSlot(s).length >= needed &&
      [...m.required[c]].every((r) => inSlot(s).some((v) => covers(m, c, r, v))),
  );
  const feasible = coverable.filter((s) => coverWithin(m, c, inSlot(s), m.maxSize[c]));
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
  const occupants = (s: number) => [...Array(m.C).keys()].filter((b) => p.slotOf[b] === s);
  const full = feasible.filter((s) => p.used[s] >= m.capacity[s]);
  if (full.length === feasible.length) {
    const s = full[0];
    const lowest = Math.min(...occupants(s).map((b) => m.priority[b]));
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
        `only ${free} of ${compatible} compatible volunteers in slot ${m.instance.slots[s].id} are still free, team of ${needed} needed; the others are needed by teams that serve more priority`,
      );
    }
    const taken = [...m.required[c]].find((r) => !inSlot(s).some((v) => p.freeIn(v, s) && covers(m, c, r, v)));
    if (taken !== undefined) {
      const req = ch.skills[taken];
      return make(
        'COVERERS_TAKEN',
        { slot: m.instance.slots[s].id, skill: req.skill, level: req.minLevel },
        `every volunteer covering ${req.skill} at level ${req.minLevel} in slot ${m.instance.slots[s].id} is needed by a team that serves more priority; recruit one more`,
      );
    }
  }
  return make(
    'LOWER_PRIORITY_TRADEOFF',
    {},
    'a team was possible, but its volunteers or table would have cost challenges of more total priority their team; raise its priority or add volunteers',
  );
}

/** Whether at most `max` of `people` together cover every required skill of c (exact, over skill subsets). */
export function coverWithin(m: Model, c: number, people: number[], max: number): boolean {
  const req = m.required[c];
  if (req.length === 0) return true;
  if (req.length > 20) return true; // not worth an exact answer; the solver will find out
  const full = (1 << req.length) - 1;
  const masks = new Set<number>();
  for (const v of people) {
    let mask = 0;
    req.forEach((r, i) => {
      if (covers(m, c, r, v)) mask |= 1 << i;
    });
    if (mask > 0) masks.add(mask);
  }
  let reach = new Set([0]);
  for (let k = 0; k < max; k++) {
    const next = new Set(reach);
    for (const a of reach) for (const b of masks) next.add(a | b);
    if (next.has(full)) return true;
    reach = next;
  }
  return false;
}
