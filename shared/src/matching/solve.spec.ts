import { generatePreset } from '../matching-verify/generator';
import { Budget } from './budget';
import { type GivenScore, type MatchingInstance, type MatchingResult, parseInstance, solve } from './index';
import { compile } from './model';
import { Plan } from './plan';
import { refill } from './teams';

/** The hard rules of MATCHING.md, checked on the JSON alone (deliberately not reusing engine code). */
function breaches(json: unknown, result: MatchingResult): string[] {
  const inst = parseInstance(json);
  const out: string[] = [];
  const ch = new Map(inst.challenges.map((c) => [c.id, c]));
  const vol = new Map(inst.volunteers.map((v) => [v.id, v]));
  const parent = new Map(inst.skillTree.map((n) => [n.id, n.parent]));
  const coversSkill = (vId: string, skill: string, level: number) =>
    vol.get(vId)!.skills.some((s) => {
      for (let k: string | null | undefined = s.skill; k; k = parent.get(k))
        if (k === skill && s.level >= level) return true;
      return false;
    });
  const slotOf = new Map<string, string>();
  const teams = new Map<string, string[]>();
  const perVolunteer = new Map<string, string[]>();
  for (const a of result.assignments) {
    const c = ch.get(a.challenge)!;
    const v = vol.get(a.volunteer)!;
    if (!c.slots.includes(a.slot) || !v.slots.includes(a.slot))
      out.push(`rule 1: ${a.challenge}/${a.volunteer} in ${a.slot}`);
    if (slotOf.has(c.id) && slotOf.get(c.id) !== a.slot) out.push(`rule 1: ${c.id} in two slots`);
    slotOf.set(c.id, a.slot);
    teams.set(c.id, [...(teams.get(c.id) ?? []), v.id]);
    perVolunteer.set(v.id, [...(perVolunteer.get(v.id) ?? []), a.slot]);
    if (c.languages.length > 0 && !c.languages.some((l) => v.languages.includes(l)))
      out.push(`rule 4: ${c.id}/${v.id}`);
    if (!v.formats.includes(c.format)) out.push(`rule 5: ${c.id}/${v.id}`);
    if (inst.exclusions.some((e) => e.challenge === c.id && e.volunteer === v.id))
      out.push(`rule 8: excluded ${c.id}/${v.id}`);
    if (inst.scores) {
      const given = (inst.scores as GivenScore[]).find((s) => s.challenge === c.id && s.volunteer === v.id);
      if (!given || Math.abs(given.score - a.score) > 1e-9) out.push(`rule 9: ${c.id}/${v.id}`);
    }
  }
  for (const [v, slots] of perVolunteer) {
    if (new Set(slots).size < slots.length || slots.length > vol.get(v)!.maxAssignments) out.push(`rule 2: ${v}`);
  }
  for (const s of inst.slots)
    if ([...slotOf.values()].filter((x) => x === s.id).length > s.capacity) out.push(`rule 3: ${s.id}`);
  for (const [c, team] of teams) {
    const spec = ch.get(c)!;
    if (team.length < spec.teamSize.min || team.length > spec.teamSize.max) out.push(`rule 6: size of ${c}`);
    for (const r of spec.skills.filter((k) => k.required))
      if (!team.some((v) => coversSkill(v, r.skill, r.minLevel))) out.push(`rule 6: ${c} lacks ${r.skill}`);
  }
  for (const p of inst.pins)
    if (!teams.get(p.challenge)?.includes(p.volunteer)) out.push(`rule 8: pin ${p.challenge}/${p.volunteer}`);
  const unserved = new Set(result.unserved.map((u) => u.challenge));
  for (const c of inst.challenges)
    if (teams.has(c.id) === unserved.has(c.id)) out.push(`rule 7: ${c.id} neither served nor unserved`);
  const total = result.assignments.reduce((s, a) => s + a.score, 0);
  if (Math.abs(total - result.metrics.totalScore) > 1e-6) out.push('metrics.totalScore');
  if (result.metrics.upperBound !== undefined && result.metrics.upperBound < result.metrics.totalScore - 1e-9)
    out.push('metrics.upperBound');
  return out;
}

const volunteer = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  slots: ['s1'],
  languages: ['de'],
  formats: ['onsite'],
  ...extra,
});
const challenge = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  teamSize: { min: 1, max: 2 },
  slots: ['s1'],
  ...extra,
});

async function run(json: unknown, options = {}): Promise<MatchingResult> {
  const result = await solve(parseInstance(json), options);
  expect(breaches(json, result)).toEqual([]);
  return result;
}

describe('solve', () => {
  it('solves the example of MATCHING.md and proves it optimal', async () => {
    const json = {
      slots: [{ id: 's1', capacity: 12 }],
      challenges: [
        challenge('c1', {
          teamSize: { min: 1, max: 3 },
          slots: ['s1', 's2'],
          languages: ['de'],
          skills: [{ skill: 'web.wordpress', minLevel: 2 }],
          causes: ['education'],
        }),
      ],
      volunteers: [
        volunteer('v1', {
          languages: ['de', 'en'],
          formats: ['onsite', 'remote'],
          skills: [{ skill: 'web.wordpress', level: 3 }],
          causes: ['education'],
        }),
        volunteer('v9'),
      ],
      skillTree: [
        { id: 'web', parent: null },
        { id: 'web.wordpress', parent: 'web' },
      ],
      pins: [{ challenge: 'c1', volunteer: 'v1' }],
      exclusions: [{ challenge: 'c1', volunteer: 'v9' }],
    };
    json.slots.push({ id: 's2', capacity: 1 });
    const result = await run(json);
    expect(result.assignments.map((a) => [a.challenge, a.volunteer, a.slot])).toEqual([['c1', 'v1', 's1']]);
    expect(result.metrics).toMatchObject({ served: 1, servedPriority: 1 });
    expect(result.metrics.upperBound).toBe(result.metrics.totalScore);
  });

  it('counts skill-tree descendants as covering their ancestors', async () => {
    const json = {
      slots: [{ id: 's1', capacity: 1 }],
      challenges: [challenge('c1', { skills: [{ skill: 'web', minLevel: 3 }] })],
      volunteers: [
        volunteer('v1', { skills: [{ skill: 'web.wordpress', level: 3 }] }),
        volunteer('v2', { skills: [{ skill: 'web', level: 2 }] }),
      ],
      skillTree: [
        { id: 'web', parent: null },
        { id: 'web.wordpress', parent: 'web' },
      ],
    };
    const result = await run(json);
    expect(result.assignments.map((a) => a.volunteer)).toContain('v1');
  });

  it('serves the higher priority first, then the better score', async () => {
    const json = {
      slots: [{ id: 's1', capacity: 1 }],
      challenges: [challenge('low', { priority: 1, causes: ['climate'] }), challenge('high', { priority: 3 })],
      volunteers: [volunteer('v1', { causes: ['climate'] }), volunteer('v2', { causes: ['climate'] })],
    };
    const result = await run(json);
    expect(result.metrics.servedPriority).toBe(3);
    expect(result.unserved).toEqual([
      expect.objectContaining({ challenge: 'low', code: 'SLOT_CAPACITY_TAKEN', params: { slot: 's1', capacity: 1 } }),
    ]);
    expect(result.unserved[0].reason).toBe('all 1 tables in slot s1 taken by higher priority challenges');
  });

  it('never assigns an excluded pair', async () => {
    const json = {
      slots: [{ id: 's1', capacity: 2 }],
      challenges: [challenge('c1', { teamSize: { min: 1, max: 3 } })],
      volunteers: [volunteer('v1'), volunteer('v2'), volunteer('v3')],
      exclusions: [{ challenge: 'c1', volunteer: 'v2' }],
    };
    const result = await run(json);
    expect(result.assignments.map((a) => a.volunteer).sort()).toEqual(['v1', 'v3']);
  });

  it('with given scores assigns only listed pairs, at their scores', async () => {
    const json = {
      slots: [{ id: 's1', capacity: 2 }],
      challenges: [challenge('c1'), challenge('c2')],
      volunteers: [volunteer('v1'), volunteer('v2'), volunteer('v3')],
      scores: [
        { challenge: 'c1', volunteer: 'v1', score: 0.2 },
        { challenge: 'c1', volunteer: 'v2', score: 0.9 },
        { challenge: 'c2', volunteer: 'v1', score: 0.8 },
      ],
    };
    const result = await run(json, { explain: true });
    expect(result.assignments.map((a) => [a.challenge, a.volunteer, a.score])).toEqual([
      ['c1', 'v2', 0.9],
      ['c2', 'v1', 0.8],
    ]);
    expect(result.assignments[0].explanation).toEqual([
      { factor: 'given', value: 0.9, weight: 1, detail: 'score given by the instance' },
    ]);
    expect(result.metrics.upperBound).toBeCloseTo(1.7, 9);
  });

  it('reads given scores the same with and without the pair keys parseInstance found', async () => {
    const json = generatePreset('nachtschicht-60x200-scarce-scores-pins', 2);
    const parsed = parseInstance(json);
    // a copy of the scores array has no keys: the engine looks the ids up itself
    const copied = { ...parsed, scores: (parsed.scores as GivenScore[]).map((s) => ({ ...s })) };
    const [a, b] = await Promise.all([solve(parsed, { seed: 1 }), solve(copied, { seed: 1 })]);
    expect((parsed.scores as GivenScore[]).length).toBeGreaterThan(1000);
    expect(b.assignments).toEqual(a.assignments);
    expect(b.metrics.totalScore).toBe(a.metrics.totalScore);
  });

  it('reads given scores right when the parsed instance was changed afterwards', async () => {
    const json = {
      slots: [{ id: 's1', capacity: 2 }],
      challenges: [challenge('c1'), challenge('c2')],
      volunteers: [volunteer('v1'), volunteer('v2')],
      scores: [
        { challenge: 'c1', volunteer: 'v1', score: 0.9 },
        { challenge: 'c2', volunteer: 'v2', score: 0.1 },
      ],
    };
    const pairs = (r: MatchingResult) => r.assignments.map((a) => [a.challenge, a.volunteer, a.score]);
    const expected = [
      ['c1', 'v1', 0.9],
      ['c2', 'v2', 0.1],
    ];
    // scores sorted in place: the keys found while parsing no longer line up with the entries
    const sorted = parseInstance(json);
    (sorted.scores as GivenScore[]).sort((x, y) => x.score - y.score);
    expect(pairs(await solve(sorted))).toEqual(expected);
    // a volunteer added: keys were computed with one volunteer fewer
    const grown = parseInstance(json);
    expect(
      pairs(await solve({ ...grown, volunteers: [...grown.volunteers, { ...grown.volunteers[0], id: 'v3' }] })),
    ).toEqual(expected);
  });

  it('explains each assignment with weighted values adding up to its score', async () => {
    const json = {
      slots: [{ id: 's1', capacity: 3 }],
      challenges: [
        challenge('c1', {
          teamSize: { min: 2, max: 3 },
          languages: ['de', 'en'],
          causes: ['health'],
          skills: [
            { skill: 'data', minLevel: 2 },
            { skill: 'design', minLevel: 1, required: false, weight: 2 },
          ],
        }),
      ],
      volunteers: [
        volunteer('v1', { skills: [{ skill: 'data', level: 4 }], causes: ['health'] }),
        volunteer('v2', {
          languages: ['de', 'en'],
          formats: ['remote', 'onsite'],
          skills: [{ skill: 'design', level: 1 }],
        }),
      ],
      weights: { causes: 0.4 },
    };
    const result = await run(json, { explain: true });
    expect(result.assignments).toHaveLength(2);
    for (const a of result.assignments) {
      const sum = a.explanation!.reduce((s, f) => s + f.value * f.weight, 0);
      expect(sum).toBeCloseTo(a.score, 12);
      expect(a.explanation!.map((f) => f.factor)).toEqual(['skills', 'niceToHave', 'languages', 'causes', 'format']);
      expect(a.explanation!.reduce((s, f) => s + f.weight, 0)).toBeCloseTo(1, 12);
      expect(a.reason).toMatch(new RegExp(`^${a.volunteer} fits c1`));
    }
    const v1 = result.assignments.find((a) => a.volunteer === 'v1')!;
    expect(v1.explanation![0]).toMatchObject({ factor: 'skills', value: 1, detail: 'data expert (4/2 wanted)' });
    expect(v1.reason).toContain('covers data');
  });

  it('gives the same result for the same seed', async () => {
    const json = generated(7);
    const a = await solve(parseInstance(json), { seed: 3, timeLimitMs: 2000 });
    const b = await solve(parseInstance(json), { seed: 3, timeLimitMs: 2000 });
    expect(b.assignments).toEqual(a.assignments);
    expect(b.unserved).toEqual(a.unserved);
    expect(breaches(json, a)).toEqual([]);
  });

  it('keeps every hard rule on generated instances, with multi-slot volunteers', async () => {
    for (const seed of [1, 2, 3]) {
      const json = generated(seed);
      const result = await run(json, { seed });
      expect(result.metrics.served).toBeGreaterThan(0);
      expect(result.metrics.upperBound).toBeGreaterThanOrEqual(result.metrics.totalScore);
    }
  });

  it('keeps rounded LP solutions within the rules (a member rounded into a slot they are not free in)', async () => {
    // Regression: rounding the LP relaxation here once put v58 into c37 in a slot v58 is not available in.
    const json = generatePreset('nachtschicht-60x200-scarce-scores-pins', 1);
    const result = await run(json, { seed: 1 });
    expect(result.metrics.upperBound).toBeCloseTo(result.metrics.totalScore, 9);
  });

  it('makes its first plan sooner when the time limit is below the default (hackathon size)', async () => {
    const instance = parseInstance(generatePreset('hackathon-300x1000-scarce', 2));
    const firstPlanAfter = async (timeLimitMs?: number) => {
      const stages: string[] = [];
      await solve(instance, { timeLimitMs, onProgress: (p) => stages.push(p.stage) });
      return Number(stages.find((s) => s.startsWith('lagrangian'))!.split(' ')[1]);
    };
    // this instance's bound still falls after 40 iterations: at the default limit the plan waits for more votes
    expect(await firstPlanAfter()).toBeGreaterThan(40);
    expect(await firstPlanAfter(100)).toBe(40);
  });

  it('copes with priorities millions apart (its rounding of the votes once never ended)', async () => {
    const json = {
      slots: ['s1', 's2', 's3'].map((id) => ({ id, capacity: 1 })),
      challenges: [1, 1e-9, 1, 1e-9, 1e-9].map((priority, i) => ({ id: `c${i}`, priority })),
      volunteers: Array.from({ length: 6 }, (_, i) => ({ id: `v${i}` })),
    };
    const result = await run(json, { seed: 1 });
    expect(result.metrics.servedPriority).toBeCloseTo(2 + 1e-9, 12);
  });

  it('serves a challenge whose only coverer the team flow left spare (hackathon size, default limit)', async () => {
    // Regression: c124 needs comms.copywriting in Russian or Ukrainian in s4, and v662 is the only such coverer there.
    // The flow made v662 the fourth member of c293, which no longer needed them; c124 stayed unserved (381 of the
    // 382 that the 10 s run and HiGHS serve) because serving more ran only before the flow.
    const json = generatePreset('hackathon-300x1000', 3);
    const result = await run(json, { seed: 1 });
    expect(result.unserved.map((u) => u.challenge)).not.toContain('c124');
    expect(result.metrics.servedPriority).toBe(382);
  });
});

/** A small deterministic instance: 12 challenges, 30 volunteers, 2 slots. */
function generated(seed: number): MatchingInstance & Record<string, unknown> {
  let a = seed;
  const rnd = () => (a = (a * 1103515245 + 12345) % 2147483648) / 2147483648;
  const skills = ['web', 'data', 'design', 'legal'];
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  return {
    slots: [
      { id: 's1', capacity: 5 },
      { id: 's2', capacity: 4 },
    ],
    challenges: Array.from({ length: 12 }, (_, i) => ({
      id: `c${i}`,
      priority: pick([1, 1, 2]),
      teamSize: { min: pick([1, 2]), max: 3 },
      slots: pick([['s1'], ['s2'], ['s1', 's2']]),
      languages: pick([[], ['de'], ['en']]),
      format: pick(['onsite', 'remote'] as const),
      skills: [{ skill: pick(skills), minLevel: pick([1, 2, 3]), required: true, weight: 1 }],
      causes: [pick(['health', 'climate'])],
    })),
    volunteers: Array.from({ length: 30 }, (_, i) => ({
      id: `v${i}`,
      slots: pick([['s1'], ['s2'], ['s1', 's2']]),
      maxAssignments: pick([1, 1, 2]),
      languages: pick([['de'], ['en'], ['de', 'en']]),
      formats: pick([['onsite'], ['remote'], ['onsite', 'remote']] as const),
      skills: [{ skill: pick(skills), level: pick([1, 2, 3, 4]) }],
      causes: [pick(['health', 'climate'])],
    })),
    skillTree: [],
    pins: [],
    exclusions: [{ challenge: 'c0', volunteer: 'v0' }],
  } as unknown as MatchingInstance & Record<string, unknown>;
}

describe('solve where teams contend for the same people', () => {
  /** 150 challenges with teams of 2–4 (600 seats) and two required skills of eight, 450 volunteers, loose tables. */
  function contended(seed: number) {
    let state = seed;
    const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    const skills = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const pick = (n: number) => [...skills].sort(() => next() - 0.5).slice(0, n);
    return {
      slots: ['s1', 's2', 's3'].map((id) => ({ id, capacity: 150 })),
      challenges: Array.from({ length: 150 }, (_, i) => ({
        id: `c${i}`,
        teamSize: { min: 2, max: 4 },
        skills: pick(3).map((skill, j) => ({ skill, minLevel: 1 + Math.floor(next() * 2), required: j < 2 })),
        causes: pick(1),
      })),
      volunteers: Array.from({ length: 450 }, (_, i) => ({
        id: `v${i}`,
        skills: pick(2 + Math.floor(next() * 2)).map((skill) => ({ skill, level: 1 + Math.floor(next() * 4) })),
        causes: pick(1),
      })),
    };
  }

  it.each([1, 3])('deals the teams as a flow over its own slots would (seed %i)', async (seed) => {
    const json = contended(seed);
    const result = await solve(parseInstance(json));
    expect(breaches(json, result)).toEqual([]);
    const m = compile(parseInstance(json));
    const p = new Plan(m);
    const index = <T extends { id: string }>(xs: T[]) => new Map(xs.map((x, i) => [x.id, i]));
    const [cs, vs, ss] = [index(m.instance.challenges), index(m.instance.volunteers), index(m.instance.slots)];
    for (const a of result.assignments) {
      const c = cs.get(a.challenge)!;
      if (p.slotOf[c] < 0) p.open(c, ss.get(a.slot)!);
      p.add(c, vs.get(a.volunteer)!);
    }
    // The placement's teams took a coverer per required skill; without a second flow after it this gained 0.04% here
    // (0.6% on a 300 × 1000 instance of this kind)
    const dealt = refill(p, new Set(), new Budget(Infinity, Infinity)).totalScore();
    expect(dealt).toBeLessThan(result.metrics.totalScore * (1 + 2.5e-4));
  });
});
