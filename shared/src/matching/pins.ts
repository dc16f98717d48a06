import { givenScoresOf, type Model } from './model';
import { type PairRef } from './types';

/** The pins cannot all hold at once; `rule` names the broken rule, `pins` the pins involved. */
export class PinConflictError extends Error {
  constructor(
    readonly pins: PairRef[],
    readonly rule: string,
    detail: string,
  ) {
    super(`pins ${pins.map((p) => `(${p.challenge}, ${p.volunteer})`).join(', ')} cannot all hold: ${rule}: ${detail}`);
    this.name = 'PinConflictError';
  }
}

export interface ResolvedPins {
  /** pinned pair keys c * V + v */
  pairs: Set<number>;
  /** the slot each pinned challenge runs in, -1 for challenges without pins */
  slot: Int32Array;
  /** pinned volunteers by challenge */
  members: Map<number, number[]>;
}

/** Why one pinned pair is not allowed at all, or null when it is (`listed`: the pinned pairs the given scores list). */
function pairRule(m: Model, c: number, v: number, listed: Map<number, number>): [string, string] | null {
  const ch = m.instance.challenges[c];
  const vol = m.instance.volunteers[v];
  const pin = `(${ch.id}, ${vol.id})`;
  if (m.instance.exclusions.some((e) => e.challenge === ch.id && e.volunteer === vol.id))
    return ['exclusion', `${pin} is also excluded`];
  if (m.instance.scores && !listed.has(c * m.V + v)) return ['scores', `${pin} is not listed in scores`];
  if (ch.languages.length > 0 && !ch.languages.some((l) => vol.languages.includes(l)))
    return ['language', `${vol.id} speaks none of ${ch.languages.join(', ')} required by ${ch.id}`];
  if (!vol.formats.includes(ch.format)) return ['format', `${vol.id} does not accept format ${ch.format} of ${ch.id}`];
  if (!ch.slots.some((s) => vol.slots.includes(s)))
    return ['availability', `${vol.id} is available in none of the slots of ${ch.id}`];
  return null;
}

/**
 * Checks the pins against every hard rule that pins alone can break and picks a slot for
 * each pinned challenge (a small search: pins are few). Throws PinConflictError.
 */
export function resolvePins(m: Model): ResolvedPins {
  const inst = m.instance;
  const cIndex = new Map(inst.challenges.map((c, i) => [c.id, i]));
  const vIndex = new Map(inst.volunteers.map((v, i) => [v.id, i]));
  const pairs = new Set<number>();
  const members = new Map<number, number[]>();
  const byVolunteer = new Map<number, number[]>();
  const refs = (keys: [number, number][]): PairRef[] =>
    keys.map(([c, v]) => ({ challenge: inst.challenges[c].id, volunteer: inst.volunteers[v].id }));
  const keys = inst.pins.map((pin) => cIndex.get(pin.challenge)! * m.V + vIndex.get(pin.volunteer)!);
  const listed = givenScoresOf(inst, new Set(keys));
  for (const key of keys) {
    const c = Math.floor(key / m.V);
    const v = key - c * m.V;
    if (pairs.has(key)) continue;
    const broken = pairRule(m, c, v, listed);
    if (broken) throw new PinConflictError(refs([[c, v]]), broken[0], broken[1]);
    pairs.add(key);
    members.set(c, [...(members.get(c) ?? []), v]);
    byVolunteer.set(v, [...(byVolunteer.get(v) ?? []), c]);
  }
  for (const [c, vs] of members) {
    if (vs.length > m.maxSize[c])
      throw new PinConflictError(
        refs(vs.map((v) => [c, v])),
        'team size',
        `${vs.length} pinned volunteers exceed teamSize.max ${m.maxSize[c]} of ${inst.challenges[c].id}`,
      );
  }
  for (const [v, cs] of byVolunteer) {
    if (cs.length > m.vMax[v])
      throw new PinConflictError(
        refs(cs.map((c) => [c, v])),
        'maxAssignments',
        `${inst.volunteers[v].id} is pinned to ${cs.length} challenges, maxAssignments is ${m.vMax[v]}`,
      );
  }
  // Slots each pinned challenge can take: in its own list and in every pinned member's availability.
  const pinned = [...members.keys()].sort((a, b) => a - b);
  const domain = pinDomains(m, members);
  for (const c of pinned) {
    if (domain.get(c)!.length === 0) {
      throw new PinConflictError(
        refs(members.get(c)!.map((v) => [c, v])),
        'one slot per challenge',
        `no slot of ${inst.challenges[c].id} with a free table is shared by all its pinned volunteers, so the pins would force it into two slots`,
      );
    }
  }
  const first = pinSlotChoices(m, members).next();
  if (first.done) throw diagnoseSlots(m, pinned, domain, byVolunteer, refs);
  return { pairs, slot: first.value, members };
}

/** The slots each pinned challenge can take (its own, with a table, where all its pinned volunteers can come), widest first. */
function pinDomains(m: Model, members: Map<number, number[]>): Map<number, number[]> {
  const domain = new Map<number, number[]>();
  for (const [c, vs] of members) {
    const d = [...m.challengeSlots[c]].filter(
      (s) => m.capacity[s] > 0 && vs.every((v) => m.available[v * m.S + s] === 1),
    );
    domain.set(
      c,
      d.sort((a, b) => m.capacity[b] - m.capacity[a] || a - b),
    );
  }
  return domain;
}

/**
 * Every choice of a slot for each pinned challenge that the pins alone allow (a table each, no volunteer in two pinned
 * challenges of one slot), as `ResolvedPins.slot`, in the order of a small search (resolvePins takes the first): serve
 * goes on to the next where the teams of the pinned challenges cannot all be completed in one.
 */
export function* pinSlotChoices(m: Model, members: Map<number, number[]>): Generator<Int32Array> {
  const pinned = [...members.keys()].sort((a, b) => a - b);
  const domain = pinDomains(m, members);
  const slot = new Int32Array(m.C).fill(-1);
  const used = new Int32Array(m.S);
  const busy = new Set<number>();
  const take = (c: number, s: number, on: boolean) => {
    slot[c] = on ? s : -1;
    used[s] += on ? 1 : -1;
    for (const v of members.get(c)!) {
      if (on) busy.add(v * m.S + s);
      else busy.delete(v * m.S + s);
    }
  };
  // Depth first, with a stack of its own (one level per pinned challenge: thousands at national size): next[i] is the
  // position in pinned[i]'s domain to try next.
  const next = new Int32Array(pinned.length);
  if (pinned.length === 0) {
    yield slot;
    return;
  }
  let steps = 1;
  for (let i = 0; i >= 0;) {
    const c = pinned[i];
    if (slot[c] >= 0) take(c, slot[c], false);
    const d = domain.get(c)!;
    while (next[i] < d.length) {
      const s = d[next[i]++];
      if (used[s] >= m.capacity[s] || members.get(c)!.some((v) => busy.has(v * m.S + s))) continue;
      take(c, s, true);
      break;
    }
    if (slot[c] < 0) {
      i--;
    } else if (i + 1 === pinned.length) {
      yield slot.slice();
    } else {
      if (++steps > PIN_SEARCH_STEPS) return;
      next[++i] = 0;
    }
  }
}

/** Steps of the search for the pinned challenges' slots (pins are few; it ends at once where they fit). */
const PIN_SEARCH_STEPS = 200_000;

function diagnoseSlots(
  m: Model,
  pinned: number[],
  domain: Map<number, number[]>,
  byVolunteer: Map<number, number[]>,
  refs: (keys: [number, number][]) => PairRef[],
): PinConflictError {
  const inst = m.instance;
  // The usual case: one volunteer pinned to challenges that can only share one slot.
  for (const [v, cs] of byVolunteer) {
    if (cs.length < 2) continue;
    const slots = new Set(cs.flatMap((c) => domain.get(c)!));
    if (slots.size < cs.length) {
      return new PinConflictError(
        refs(cs.map((c) => [c, v])),
        'one assignment per volunteer and slot',
        `${inst.volunteers[v].id} is pinned to ${cs.map((c) => inst.challenges[c].id).join(' and ')}, which can only run in ${[...slots].map((s) => inst.slots[s].id).join(', ')}`,
      );
    }
  }
  const all = pinned.flatMap((c) =>
    byVolunteer.size > 0
      ? [...byVolunteer].filter(([, cs]) => cs.includes(c)).map(([v]) => [c, v] as [number, number])
      : [],
  );
  return new PinConflictError(
    refs(all),
    'slot capacity',
    'the pinned challenges need more tables than their slots have, once each volunteer is in one slot at a time',
  );
}
