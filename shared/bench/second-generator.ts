// A second seeded instance generator, written by a second reader from MATCHING.md alone (without reading
// src/matching-verify/generator.ts), so that the engine is measured on shapes it was not tuned on: see
// docs/benchmarks.md, section "2026-12-06 18:30 UTC".
// usage: npx tsx shared/bench/second-generator.ts [NAME_FILTER] [OUT_DIR]   -> writes OUT_DIR/NAME.json
// (OUT_DIR defaults to second-instances in the system's temporary folder)
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Format = 'onsite' | 'remote' | 'hybrid';
const FORMATS: Format[] = ['onsite', 'remote', 'hybrid'];
const CAUSES = [
  'education',
  'environment',
  'health',
  'inclusion',
  'culture',
  'sports',
  'refugees',
  'elderly',
  'youth',
  'animals',
];

function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: T[]) => xs[Math.floor(next() * xs.length)];
  const chance = (p: number) => next() < p;
  const zipf = (n: number, s: number) => {
    // index in [0,n) with P ~ 1/(i+1)^s
    let total = 0;
    for (let i = 0; i < n; i++) total += 1 / Math.pow(i + 1, s);
    let r = next() * total;
    for (let i = 0; i < n; i++) {
      r -= 1 / Math.pow(i + 1, s);
      if (r <= 0) return i;
    }
    return n - 1;
  };
  const sample = <T>(xs: T[], k: number): T[] => {
    const copy = xs.slice();
    const out: T[] = [];
    for (let i = 0; i < k && copy.length > 0; i++) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]);
    return out;
  };
  const weighted = <T>(items: [T, number][]): T => {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = next() * total;
    for (const [x, w] of items) if ((r -= w) <= 0) return x;
    return items[items.length - 1][0];
  };
  return { next, int, pick, chance, zipf, sample, weighted };
}

export interface Cfg {
  name: string;
  seed: number;
  nC: number;
  nV: number;
  nSlots: number;
  /** capacity per slot: number, or fraction of nC/nSlots (e.g. 0.6 => tight), or per-slot list */
  capacity: { kind: 'loose' } | { kind: 'frac'; f: number } | { kind: 'list'; caps: number[] };
  /** number of root skills and branching per level; depth = branching.length */
  roots: number;
  branching: number[];
  useTree: boolean;
  /** team size choices [min,max] weighted */
  teams: [[number, number], number][];
  /** challenge skills count range */
  cSkills: [number, number];
  pRequired: number;
  /** minLevel distribution weights for 1..4 */
  minLevel: [number, number, number, number];
  /** how often a challenge's need names an inner tree node rather than a leaf */
  pInnerNeed: number;
  /** volunteer skills count */
  vSkills: [number, number];
  vLevel: [number, number, number, number];
  /** Zipf exponent of skill popularity for volunteers (higher = more skewed => rare skills) */
  vZipf: number;
  cZipf: number;
  maxAssign: [[number, number], number][];
  /** challenge slots: prob per slot of being allowed (at least 1) */
  cSlotP: number;
  vSlotP: number;
  languages: 'simple' | 'multi';
  formatMix: 'onsite' | 'all';
  priorities: 'uniform' | 'skewed' | 'fractional' | 'tiers';
  scores?:
    | { kind: 'sparse'; perVolunteer: [number, number]; pIncompatible: number; grid?: number }
    | { kind: 'dense'; density: number; grid?: number };
  pins: number;
  exclusions: number;
  weights?: Record<string, number>;
}

export function generate(cfg: Cfg) {
  const r = rng(cfg.seed * 7919 + cfg.name.length * 31);
  // skill tree
  const tree: { id: string; parent: string | null }[] = [];
  const leaves: string[] = [];
  const inner: string[] = [];
  const grow = (id: string, parent: string | null, depth: number) => {
    tree.push({ id, parent });
    if (depth >= cfg.branching.length) {
      leaves.push(id);
      return;
    }
    inner.push(id);
    const b = Math.max(1, cfg.branching[depth] + r.int(-1, 1));
    for (let i = 0; i < b; i++) grow(`${id}.s${i}`, id, depth + 1);
  };
  for (let i = 0; i < cfg.roots; i++) grow(`k${i}`, null, 0);
  // shuffle popularity order
  const popLeaves = r.sample(leaves, leaves.length);
  const popInner = r.sample(inner, inner.length);

  const slots = Array.from({ length: cfg.nSlots }, (_, i) => ({ id: `slot${i + 1}`, capacity: 0 }));
  const even = cfg.nC / cfg.nSlots;
  slots.forEach((s, i) => {
    const c = cfg.capacity;
    s.capacity =
      c.kind === 'loose' ? cfg.nC : c.kind === 'frac' ? Math.max(1, Math.round(even * c.f)) : c.caps[i % c.caps.length];
  });

  const slotSubset = (p: number) => {
    const out = slots.filter(() => r.chance(p)).map((s) => s.id);
    return out.length > 0 ? out : [r.pick(slots).id];
  };
  const lvl = (w: [number, number, number, number]) =>
    r.weighted([
      [1, w[0]],
      [2, w[1]],
      [3, w[2]],
      [4, w[3]],
    ]);

  const rareLangs = ['ar', 'tr', 'uk', 'fa', 'ru'];
  const priority = (): number => {
    switch (cfg.priorities) {
      case 'uniform':
        return 1;
      case 'skewed':
        return r.weighted([
          [1, 70],
          [2, 15],
          [3, 8],
          [5, 5],
          [10, 2],
        ]);
      case 'fractional':
        return Math.round((0.2 + Math.pow(r.next(), 3) * 9.8) * 1000) / 1000;
      case 'tiers':
        return r.weighted([
          [1, 50],
          [1.5, 30],
          [4, 20],
        ]);
    }
  };

  const challenges = Array.from({ length: cfg.nC }, (_, i) => {
    const [min, max] = r.weighted(cfg.teams);
    const k = r.int(cfg.cSkills[0], cfg.cSkills[1]);
    const chosen = new Set<string>();
    const skills: { skill: string; minLevel: number; required: boolean; weight: number }[] = [];
    for (let t = 0; t < k * 3 && skills.length < k; t++) {
      const useInner = cfg.useTree && inner.length > 0 && r.chance(cfg.pInnerNeed);
      const s = useInner
        ? popInner[r.zipf(popInner.length, cfg.cZipf)]
        : popLeaves[r.zipf(popLeaves.length, cfg.cZipf)];
      if (chosen.has(s)) continue;
      chosen.add(s);
      skills.push({
        skill: s,
        minLevel: lvl(cfg.minLevel),
        required: r.chance(cfg.pRequired),
        weight: r.pick([0.5, 1, 1, 1, 2, 3]),
      });
    }
    let languages: string[];
    if (cfg.languages === 'simple')
      languages = r.weighted([
        [[], 3],
        [['de'], 5],
        [['de', 'en'], 2],
      ]);
    else
      languages = r.weighted([
        [[], 3],
        [['de'], 4],
        [['en'], 1],
        [['de', 'en'], 2],
        [[r.pick(rareLangs)], 0.6],
        [['de', r.pick(rareLangs)], 0.6],
      ]);
    const format: Format =
      cfg.formatMix === 'onsite'
        ? 'onsite'
        : r.weighted([
            ['onsite', 5],
            ['remote', 3],
            ['hybrid', 2],
          ]);
    const causes = r.sample(
      CAUSES,
      r.weighted([
        [0, 2],
        [1, 5],
        [2, 3],
      ]),
    );
    return {
      id: `c${i + 1}`,
      priority: priority(),
      teamSize: { min, max },
      slots: slotSubset(cfg.cSlotP),
      languages,
      format,
      skills,
      causes,
    };
  });

  const volunteers = Array.from({ length: cfg.nV }, (_, i) => {
    const k = r.int(cfg.vSkills[0], cfg.vSkills[1]);
    const skillMap = new Map<string, number>();
    for (let t = 0; t < k * 3 && skillMap.size < k; t++) {
      const s = popLeaves[r.zipf(popLeaves.length, cfg.vZipf)];
      if (!skillMap.has(s)) skillMap.set(s, lvl(cfg.vLevel));
    }
    // occasionally list an inner node directly
    if (cfg.useTree && inner.length > 0 && r.chance(0.1)) skillMap.set(r.pick(inner), lvl(cfg.vLevel));
    const languages: string[] = [];
    if (r.chance(0.9)) languages.push('de');
    if (r.chance(cfg.languages === 'multi' ? 0.55 : 0.6)) languages.push('en');
    if (cfg.languages === 'multi') for (const l of rareLangs) if (r.chance(0.02)) languages.push(l);
    if (languages.length === 0) languages.push(cfg.languages === 'multi' ? r.pick(['en', ...rareLangs]) : 'en');
    let formats: Format[];
    if (cfg.formatMix === 'onsite') formats = r.chance(0.85) ? ['onsite'] : ['onsite', 'remote'];
    else {
      formats = r.sample(FORMATS, r.int(1, 3));
    }
    return {
      id: `v${i + 1}`,
      slots: slotSubset(cfg.vSlotP),
      maxAssignments: r.weighted(cfg.maxAssign.map(([[lo, hi], w]) => [r.int(lo, hi), w] as [number, number])),
      languages,
      formats,
      skills: [...skillMap].map(([skill, level]) => ({ skill, level })),
      causes: r.sample(CAUSES, r.int(0, 3)),
    };
  });

  // compatibility (slot, language, format) for scores and pins
  const compatible = (c: (typeof challenges)[number], v: (typeof volunteers)[number]) =>
    c.slots.some((s) => v.slots.includes(s)) &&
    (c.languages.length === 0 || c.languages.some((l) => v.languages.includes(l))) &&
    v.formats.includes(c.format);
  const parentOf = new Map(tree.map((t) => [t.id, t.parent]));
  const covers = (v: (typeof volunteers)[number]) => {
    const m = new Map<string, number>();
    for (const { skill, level } of v.skills) {
      let cur: string | null | undefined = skill;
      while (cur) {
        m.set(cur, Math.max(m.get(cur) ?? 0, level));
        cur = parentOf.get(cur);
      }
    }
    return m;
  };
  const fit = (c: (typeof challenges)[number], v: (typeof volunteers)[number]) => {
    const m = covers(v);
    if (c.skills.length === 0) return 0.5;
    let s = 0;
    for (const n of c.skills) s += Math.min(1, (m.get(n.skill) ?? 0) / n.minLevel);
    return s / c.skills.length;
  };

  let scores: { challenge: string; volunteer: string; score: number }[] | undefined;
  const listed = new Set<string>();
  if (cfg.scores) {
    scores = [];
    const g = cfg.scores.grid;
    const val = (c: (typeof challenges)[number], v: (typeof volunteers)[number]) => {
      let x = Math.min(1, Math.max(0, 0.6 * fit(c, v) + 0.4 * r.next()));
      x = g ? Math.round(x / g) * g : Math.round(x * 1e4) / 1e4;
      return Math.min(1, Math.max(0, +x.toFixed(6)));
    };
    if (cfg.scores.kind === 'dense') {
      for (const c of challenges)
        for (const v of volunteers)
          if (r.chance(cfg.scores.density)) {
            scores.push({ challenge: c.id, volunteer: v.id, score: val(c, v) });
            listed.add(`${c.id}|${v.id}`);
          }
    } else {
      const { perVolunteer, pIncompatible } = cfg.scores;
      for (const v of volunteers) {
        const comp = challenges.filter((c) => compatible(c, v));
        const want = r.int(perVolunteer[0], perVolunteer[1]);
        // prefer good fits: sample 3x, keep best `want` by fit with noise
        const pool = r.sample(comp, Math.min(comp.length, want * 3));
        pool.sort((a, b) => fit(b, v) - fit(a, v) + (r.next() - 0.5) * 0.3);
        const mine = pool.slice(0, want);
        for (const c of mine)
          if (!listed.has(`${c.id}|${v.id}`)) {
            listed.add(`${c.id}|${v.id}`);
            scores.push({ challenge: c.id, volunteer: v.id, score: val(c, v) });
          }
        if (r.chance(pIncompatible)) {
          const c = r.pick(challenges);
          if (!listed.has(`${c.id}|${v.id}`)) {
            listed.add(`${c.id}|${v.id}`);
            scores.push({ challenge: c.id, volunteer: v.id, score: val(c, v) });
          }
        }
      }
    }
  }

  // pins: one per chosen challenge (sometimes two sharing a slot), distinct volunteers, each covering a required skill
  const pins: { challenge: string; volunteer: string }[] = [];
  const pinnedV = new Set<string>();
  const pinsPerSlot = new Map<string, number>();
  const pinChallenges = r.sample(challenges, cfg.pins);
  for (const c of pinChallenges) {
    const req = c.skills.filter((s) => s.required);
    const cands = volunteers.filter(
      (v) =>
        !pinnedV.has(v.id) &&
        compatible(c, v) &&
        (!scores || listed.has(`${c.id}|${v.id}`)) &&
        (req.length === 0 || req.some((n) => (covers(v).get(n.skill) ?? 0) >= n.minLevel)),
    );
    if (cands.length === 0) continue;
    const v = r.pick(cands);
    const slot = c.slots.find(
      (s) => v.slots.includes(s) && (pinsPerSlot.get(s) ?? 0) < slots.find((x) => x.id === s)!.capacity,
    );
    if (!slot) continue;
    pinsPerSlot.set(slot, (pinsPerSlot.get(slot) ?? 0) + 1);
    pins.push({ challenge: c.id, volunteer: v.id });
    pinnedV.add(v.id);
    if (c.teamSize.max >= 2 && r.chance(0.3)) {
      const w = volunteers.find(
        (u) =>
          !pinnedV.has(u.id) &&
          compatible(c, u) &&
          u.slots.includes(slot) &&
          (!scores || listed.has(`${c.id}|${u.id}`)),
      );
      if (w) {
        pins.push({ challenge: c.id, volunteer: w.id });
        pinnedV.add(w.id);
      }
    }
  }
  const exclusions: { challenge: string; volunteer: string }[] = [];
  const pinKeys = new Set(pins.map((p) => `${p.challenge}|${p.volunteer}`));
  const exKeys = new Set<string>();
  for (let t = 0; t < cfg.exclusions * 5 && exclusions.length < cfg.exclusions; t++) {
    const c = r.pick(challenges);
    const comp = volunteers.filter((v) => compatible(c, v));
    if (comp.length === 0) continue;
    const v = r.pick(comp);
    const key = `${c.id}|${v.id}`;
    if (pinKeys.has(key) || exKeys.has(key)) continue;
    exKeys.add(key);
    exclusions.push({ challenge: c.id, volunteer: v.id });
  }

  return {
    slots,
    challenges,
    volunteers,
    ...(cfg.useTree ? { skillTree: tree } : {}),
    pins,
    exclusions,
    ...(scores ? { scores } : {}),
    ...(cfg.weights ? { weights: cfg.weights } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
const base: Omit<Cfg, 'name' | 'seed' | 'nC' | 'nV' | 'nSlots'> = {
  capacity: { kind: 'loose' },
  roots: 4,
  branching: [4],
  useTree: true,
  teams: [[[2, 4], 1]],
  cSkills: [1, 4],
  pRequired: 0.6,
  minLevel: [3, 4, 2, 1],
  pInnerNeed: 0.3,
  vSkills: [1, 5],
  vLevel: [2, 3, 3, 2],
  vZipf: 0.8,
  cZipf: 0.8,
  maxAssign: [[[1, 1], 1]],
  cSlotP: 0.7,
  vSlotP: 0.6,
  languages: 'simple',
  formatMix: 'onsite',
  priorities: 'uniform',
  pins: 0,
  exclusions: 0,
};
const C = (c: Partial<Cfg> & Pick<Cfg, 'name' | 'seed' | 'nC' | 'nV' | 'nSlots'>): Cfg => ({ ...base, ...c });

const n01Shape = {
  nC: 2000,
  nV: 10000,
  nSlots: 10,
  roots: 10,
  branching: [5, 4],
  teams: [
    [[1, 2], 1],
    [[2, 4], 2],
    [[4, 6], 1],
  ],
  priorities: 'skewed',
  maxAssign: [
    [[1, 1], 3],
    [[2, 3], 1],
  ],
  languages: 'multi',
  formatMix: 'all',
  capacity: { kind: 'frac', f: 0.9 },
  vSlotP: 0.4,
  cSlotP: 0.5,
} satisfies Partial<Cfg> & Pick<Cfg, 'nC' | 'nV' | 'nSlots'>;

export const CONFIGS: Cfg[] = [
  // ---- events (Nachtschicht) ----
  C({ name: 'e01-15x50-2s-20sk-loose-teams2-4', seed: 11, nC: 15, nV: 50, nSlots: 2 }),
  C({
    name: 'e02-15x50-3s-200sk-deep-tight-skewed-multi',
    seed: 12,
    nC: 15,
    nV: 50,
    nSlots: 3,
    capacity: { kind: 'list', caps: [3, 3, 3] },
    roots: 8,
    branching: [5, 5],
    priorities: 'skewed',
    maxAssign: [
      [[1, 1], 2],
      [[2, 3], 1],
    ],
    teams: [
      [[1, 2], 2],
      [[2, 3], 1],
    ],
    vSlotP: 0.8,
  }),
  C({
    name: 'e03-15x50-2s-dense-scores-scarce-big-teams',
    seed: 13,
    nC: 15,
    nV: 50,
    nSlots: 2,
    teams: [
      [[3, 5], 2],
      [[4, 6], 1],
    ],
    scores: { kind: 'dense', density: 0.7 },
    pRequired: 0.8,
  }),
  C({
    name: 'e04-60x200-2s-20sk-tight-teams4-6-scarce',
    seed: 14,
    nC: 60,
    nV: 200,
    nSlots: 2,
    capacity: { kind: 'frac', f: 0.8 },
    teams: [[[4, 6], 1]],
    pRequired: 0.7,
  }),
  C({
    name: 'e05-60x200-3s-200sk-deep-surplus-small-teams-multiassign-langs',
    seed: 15,
    nC: 60,
    nV: 200,
    nSlots: 3,
    roots: 8,
    branching: [5, 5],
    teams: [[[1, 2], 1]],
    maxAssign: [
      [[1, 1], 1],
      [[2, 3], 1],
    ],
    languages: 'multi',
    formatMix: 'all',
    vSlotP: 0.7,
  }),
  C({
    name: 'e06-60x200-3s-sparse-scores-pins-excl-skewed',
    seed: 16,
    nC: 60,
    nV: 200,
    nSlots: 3,
    teams: [
      [[2, 3], 2],
      [[3, 5], 1],
    ],
    scores: { kind: 'sparse', perVolunteer: [3, 8], pIncompatible: 0.2 },
    pins: 6,
    exclusions: 30,
    priorities: 'skewed',
    maxAssign: [
      [[1, 1], 3],
      [[2, 2], 1],
    ],
  }),
  C({
    name: 'e07-60x200-2s-nicetohave-heavy-multiassign',
    seed: 17,
    nC: 60,
    nV: 200,
    nSlots: 2,
    pRequired: 0.15,
    cSkills: [2, 5],
    maxAssign: [[[2, 3], 1]],
    teams: [[[2, 4], 1]],
    vSlotP: 0.8,
    formatMix: 'all',
  }),
  C({
    name: 'e08-60x200-3s-high-levels-fractional-prio',
    seed: 18,
    nC: 60,
    nV: 200,
    nSlots: 3,
    minLevel: [0, 1, 3, 3],
    pRequired: 0.9,
    priorities: 'fractional',
    teams: [
      [[1, 3], 1],
      [[2, 4], 1],
    ],
    roots: 5,
    branching: [8, 3],
  }),
  C({
    name: 'e09-60x200-2s-dense-scores-grid-pins-mixed-teams',
    seed: 19,
    nC: 60,
    nV: 200,
    nSlots: 2,
    teams: [
      [[1, 2], 1],
      [[2, 4], 1],
      [[4, 6], 1],
    ],
    scores: { kind: 'dense', density: 1, grid: 0.05 },
    pins: 5,
    maxAssign: [[[1, 2], 1]],
    priorities: 'tiers',
  }),
  C({
    name: 'e10-15x50-3s-pins-allformats-weights-flatskills',
    seed: 20,
    nC: 15,
    nV: 50,
    nSlots: 3,
    useTree: false,
    roots: 20,
    branching: [],
    pins: 5,
    exclusions: 10,
    formatMix: 'all',
    weights: { skills: 0.3, causes: 0.4 },
    maxAssign: [[[1, 3], 1]],
    teams: [[[1, 3], 1]],
  }),
  C({
    name: 'e11-60x200-3s-very-tight-tables-surplus-skewed',
    seed: 21,
    nC: 60,
    nV: 200,
    nSlots: 3,
    capacity: { kind: 'list', caps: [8, 6, 10] },
    priorities: 'skewed',
    teams: [[[2, 3], 1]],
    cSlotP: 0.5,
  }),
  C({
    name: 'e12-60x200-3s-uniform-prio-scarce-volunteers-maxA1',
    seed: 22,
    nC: 60,
    nV: 200,
    nSlots: 3,
    teams: [
      [[3, 4], 1],
      [[2, 5], 1],
    ],
    vSlotP: 0.4,
    cSlotP: 1,
    roots: 10,
    branching: [2],
    vZipf: 1.3,
    cZipf: 0.3,
  }),
  // ---- hackathons ----
  C({ name: 'h01-300x1000-3s-20sk-loose-teams2-4', seed: 31, nC: 300, nV: 1000, nSlots: 3 }),
  C({
    name: 'h02-300x1500-5s-200sk-deep-tight-skewed-multiassign',
    seed: 32,
    nC: 300,
    nV: 1500,
    nSlots: 5,
    capacity: { kind: 'frac', f: 0.7 },
    roots: 8,
    branching: [5, 5],
    priorities: 'skewed',
    maxAssign: [
      [[1, 1], 2],
      [[2, 3], 1],
    ],
    languages: 'multi',
  }),
  C({
    name: 'h03-300x1000-8s-teams4-6-scarce-multiassign',
    seed: 33,
    nC: 300,
    nV: 1000,
    nSlots: 8,
    teams: [[[4, 6], 1]],
    maxAssign: [[[1, 2], 1]],
    vSlotP: 0.5,
    cSlotP: 0.5,
    formatMix: 'all',
  }),
  C({
    name: 'h04-300x1500-3s-sparse-scores-pins-excl',
    seed: 34,
    nC: 300,
    nV: 1500,
    nSlots: 3,
    scores: { kind: 'sparse', perVolunteer: [5, 20], pIncompatible: 0.3 },
    pins: 15,
    exclusions: 200,
    priorities: 'tiers',
    teams: [
      [[2, 3], 1],
      [[3, 5], 1],
    ],
  }),
  C({
    name: 'h05-300x1000-5s-dense-scores-small-teams',
    seed: 35,
    nC: 300,
    nV: 1000,
    nSlots: 5,
    scores: { kind: 'dense', density: 0.5 },
    teams: [[[1, 3], 1]],
    maxAssign: [[[1, 2], 1]],
    capacity: { kind: 'frac', f: 1.2 },
  }),
  C({
    name: 'h06-300x1500-8s-langs-formats-nicetohave-maxA3',
    seed: 36,
    nC: 300,
    nV: 1500,
    nSlots: 8,
    languages: 'multi',
    formatMix: 'all',
    pRequired: 0.2,
    cSkills: [2, 6],
    maxAssign: [[[3, 3], 1]],
    teams: [[[2, 5], 1]],
    vSlotP: 0.5,
  }),
  C({
    name: 'h07-300x1000-4s-teams1-2-surplus-high-levels',
    seed: 37,
    nC: 300,
    nV: 1000,
    nSlots: 4,
    teams: [[[1, 2], 1]],
    minLevel: [0, 1, 2, 2],
    pRequired: 0.9,
    roots: 6,
    branching: [6, 4],
    priorities: 'fractional',
  }),
  C({
    name: 'h08-300x1500-6s-mixed-teams-uneven-caps-skewed',
    seed: 38,
    nC: 300,
    nV: 1500,
    nSlots: 6,
    teams: [
      [[1, 2], 1],
      [[2, 4], 2],
      [[4, 6], 1],
    ],
    capacity: { kind: 'list', caps: [10, 80, 25, 60, 15, 40] },
    priorities: 'skewed',
    maxAssign: [
      [[1, 1], 3],
      [[2, 3], 1],
    ],
    useTree: true,
    roots: 10,
    branching: [20],
  }),
  // ---- diagnostics: the h01 shape, another seed, and with supply above demand ----
  C({ name: 'h09-300x1000-3s-20sk-loose-teams2-4-seed2', seed: 41, nC: 300, nV: 1000, nSlots: 3 }),
  C({ name: 'h10-300x1500-3s-20sk-loose-teams2-4-surplus', seed: 42, nC: 300, nV: 1500, nSlots: 3 }),
  C({
    name: 'h11-300x1000-3s-20sk-loose-teams2-3-flat',
    seed: 43,
    nC: 300,
    nV: 1000,
    nSlots: 3,
    teams: [[[1, 3], 1]],
    useTree: false,
    roots: 20,
    branching: [],
  }),
  // ---- national ----
  C({ ...n01Shape, name: 'n01-2000x10000-10s-mixed', seed: 51 }),
  C({
    name: 'n02-2000x10000-10s-scores-20-50',
    seed: 52,
    nC: 2000,
    nV: 10000,
    nSlots: 10,
    roots: 6,
    branching: [6, 3],
    teams: [
      [[2, 4], 1],
      [[3, 5], 1],
    ],
    priorities: 'tiers',
    maxAssign: [[[1, 2], 1]],
    scores: { kind: 'sparse', perVolunteer: [20, 50], pIncompatible: 0.1 },
    pins: 20,
    exclusions: 300,
    vSlotP: 0.5,
  }),
  // ---- national, the n01 shape varied (docs/benchmarks.md, section "2026-12-07 05:30 UTC") ----
  C({
    ...n01Shape,
    name: 'n03-2000x10000-10s-teams5-10-loose',
    seed: 71,
    teams: [[[5, 10], 1]],
    roots: 4,
    branching: [3],
    capacity: { kind: 'loose' },
  }),
  C({
    ...n01Shape,
    name: 'n04-2000x10000-10s-uniform-teams2-3-loose',
    seed: 74,
    teams: [[[2, 3], 1]],
    priorities: 'uniform',
    capacity: { kind: 'loose' },
    maxAssign: [[[1, 1], 1]],
  }),
  C({ ...n01Shape, name: 'n05-2000x10000-1s', seed: 72, nSlots: 1, capacity: { kind: 'frac', f: 0.8 } }),
  // beyond the national target's shape: 20 slots; 4 000 volunteers
  C({ ...n01Shape, name: 'n06-2000x10000-20s', seed: 73, nSlots: 20, vSlotP: 0.2 }),
  C({ ...n01Shape, name: 'n07-2000x4000-10s-scarce-volunteers', seed: 75, nV: 4000, teams: [[[2, 4], 1]] }),
];

const filter = process.argv[2];
const outDir = process.argv[3] ?? join(tmpdir(), 'second-instances');
mkdirSync(outDir, { recursive: true });
for (const cfg of CONFIGS) {
  if (filter && !cfg.name.includes(filter)) continue;
  const inst = generate(cfg);
  const file = join(outDir, `${cfg.name}.json`);
  const { scores, ...rest } = inst as typeof inst & { scores?: unknown[] };
  const fd = openSync(file, 'w');
  if (!scores) writeSync(fd, JSON.stringify(rest));
  else {
    writeSync(fd, `${JSON.stringify(rest).slice(0, -1)},"scores":[`);
    for (let i = 0; i < scores.length; i += 200_000)
      writeSync(fd, (i > 0 ? ',' : '') + JSON.stringify(scores.slice(i, i + 200_000)).slice(1, -1));
    writeSync(fd, ']}');
  }
  closeSync(fd);
  const caps = inst.slots.map((s) => s.capacity).join('/');
  const demand = inst.challenges.reduce((s, c) => s + c.teamSize.min, 0);
  const supply = inst.volunteers.reduce((s, v) => s + v.maxAssignments, 0);
  console.log(
    `${cfg.name}: caps ${caps}, sum(min)=${demand}, sum(maxA)=${supply}, pins ${inst.pins.length}, excl ${inst.exclusions.length}, scores ${scores?.length ?? '-'}, skills ${inst.skillTree?.length ?? '-'}`,
  );
}
