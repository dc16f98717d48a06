/**
 * A seeded generator of realistic matching instances: a skill tree of digital-volunteering topics,
 * levels, team sizes, slots with tables, languages (mostly German), formats, causes and priorities.
 * The same options and seed always give the same instance.
 */
import { standInScore } from './eligibility';
import { greedy } from './greedy';
import { Prng } from './prng';
import type { ChallengeJson, Format, InstanceJson, SlotJson, VolunteerJson } from './shapes';
import { coveredLevels } from './validator';

export type Supply = 'scarce' | 'balanced' | 'surplus';

export interface GeneratorOptions {
  challenges: number;
  volunteers: number;
  slots: number;
  /** scarce: tight tables, fewer available hours, weaker levels; surplus: the opposite. */
  supply?: Supply;
  /** Give `scores` for most compatible pairs instead of leaving scoring to the engine. */
  withScores?: boolean;
  /** Pins taken from a valid greedy solution (so they can all hold), and random exclusions. */
  pins?: number;
  exclusions?: number;
}

const CATEGORIES: Record<string, string[]> = {
  web: ['wordpress', 'frontend', 'seo', 'accessibility', 'shop'],
  data: ['excel', 'databases', 'visualization', 'analytics'],
  security: ['gdpr', 'it-admin', 'backup', 'passwords'],
  comms: ['social-media', 'newsletter', 'copywriting', 'video', 'design'],
  office: ['m365', 'google-workspace', 'accounting', 'crm'],
};
const CAUSES = ['education', 'environment', 'social', 'health', 'culture', 'sport', 'refugees', 'animals'];
const LANGUAGE_WEIGHTS: [string, number][] = [
  ['en', 30],
  ['tr', 6],
  ['ar', 4],
  ['uk', 4],
  ['ru', 4],
];

export const PRESETS: Record<string, GeneratorOptions> = {
  'nachtschicht-15x50': { challenges: 15, volunteers: 50, slots: 2 },
  'nachtschicht-60x200': { challenges: 60, volunteers: 200, slots: 3 },
  'hackathon-300x1000': { challenges: 300, volunteers: 1000, slots: 4 },
  'hackathon-300x1500': { challenges: 300, volunteers: 1500, slots: 6 },
  'national-2000x10000': { challenges: 2000, volunteers: 10000, slots: 10 },
};

/** `hackathon-300x1000-scarce-scores-pins`: a preset, then any of -scarce, -surplus, -scores, -pins. */
export function presetOptions(name: string): GeneratorOptions {
  const base = Object.keys(PRESETS).find((p) => name === p || name.startsWith(`${p}-`));
  if (!base) throw new Error(`unknown preset ${name}; known: ${Object.keys(PRESETS).join(', ')}`);
  const options: GeneratorOptions = { ...PRESETS[base] };
  for (const flag of name.slice(base.length).split('-').filter(Boolean)) {
    if (flag === 'scarce' || flag === 'surplus') options.supply = flag;
    else if (flag === 'scores') options.withScores = true;
    else if (flag === 'pins') {
      options.pins = Math.max(2, Math.round(options.challenges / 10));
      options.exclusions = Math.max(2, Math.round(options.challenges / 5));
    } else throw new Error(`unknown preset variant -${flag}`);
  }
  return options;
}

export function generatePreset(name: string, seed: number): InstanceJson {
  return generateInstance(presetOptions(name), seed);
}

const allSkills = Object.entries(CATEGORIES).flatMap(([cat, children]) => children.map((c) => `${cat}.${c}`));

export function generateInstance(options: GeneratorOptions, seed: number): InstanceJson {
  const rng = new Prng(seed);
  const supply = options.supply ?? 'balanced';
  const skillTree = [
    ...Object.keys(CATEGORIES).map((id) => ({ id, parent: null })),
    ...allSkills.map((id) => ({ id, parent: id.split('.')[0] })),
  ];
  const capacityFactor = { scarce: 0.75, balanced: 1.1, surplus: 1.6 }[supply];
  const slots: SlotJson[] = Array.from({ length: options.slots }, (_, i) => ({ id: `s${i + 1}`, capacity: 0 }));
  const perSlot = (options.challenges * capacityFactor) / options.slots;
  for (const slot of slots) slot.capacity = Math.max(1, Math.round(perSlot * (0.7 + 0.6 * rng.next())));
  const slotIds = slots.map((s) => s.id);

  const challenges = Array.from({ length: options.challenges }, (_, i) =>
    makeChallenge(rng, `c${i + 1}`, slotIds, supply),
  );
  const volunteers = Array.from({ length: options.volunteers }, (_, i) =>
    makeVolunteer(rng, `v${i + 1}`, slotIds, supply),
  );
  const instance: InstanceJson = { slots, challenges, volunteers, skillTree };

  if (options.withScores) {
    const parentOf = new Map(skillTree.map((n) => [n.id, n.parent as string | null]));
    instance.scores = [];
    for (const v of volunteers) {
      const score = standInScore(coveredLevels(v, parentOf));
      for (const c of challenges) {
        if (!c.slots.some((s) => v.slots.includes(s)) || !v.formats.includes(c.format)) continue;
        if (rng.chance(0.2)) continue;
        const noisy = Math.min(1, Math.max(0.01, score(c, v) + (rng.next() - 0.5) * 0.3));
        instance.scores.push({ challenge: c.id, volunteer: v.id, score: Math.round(noisy * 1000) / 1000 });
      }
    }
  }
  if (options.pins || options.exclusions)
    addPinsAndExclusions(rng, instance, options.pins ?? 0, options.exclusions ?? 0);
  return instance;
}

function makeChallenge(rng: Prng, id: string, slotIds: string[], supply: Supply): ChallengeJson {
  const min = rng.weighted([
    [1, 6],
    [2, 4],
  ]);
  const max = Math.max(
    min,
    rng.weighted([
      [2, 4],
      [3, 4],
      [4, 2],
      [5, 1],
    ]),
  );
  const category = rng.pick(Object.keys(CATEGORIES));
  const skillCount = rng.weighted([
    [1, 3],
    [2, 4],
    [3, 2],
  ]);
  const inCategory = rng.sample(CATEGORIES[category], skillCount).map((s) => `${category}.${s}`);
  const levelBoost = supply === 'scarce' ? 1 : 0;
  const skills = inCategory.map((skill, i) => ({
    // Now and then an organizer only knows the area ("data"), which any of its children covers.
    skill: i === 0 && rng.chance(0.1) ? category : skill,
    minLevel: Math.min(
      4,
      rng.weighted([
        [1, 3],
        [2, 5],
        [3, 2],
      ]) + (i === 0 ? levelBoost : 0),
    ),
    required: i === 0 || rng.chance(0.35),
    weight: rng.weighted([
      [1, 5],
      [2, 3],
      [3, 1],
    ]),
  }));
  const slotCount = Math.min(
    slotIds.length,
    rng.weighted([
      [1, 3],
      [2, 4],
      [3, 2],
      [slotIds.length, 1],
    ]),
  );
  return {
    id,
    priority: rng.weighted([
      [1, 80],
      [2, 15],
      [3, 5],
    ]),
    teamSize: { min, max },
    slots: rng.sample(slotIds, slotCount).sort(),
    languages: rng.weighted<string[]>([
      [['de'], 70],
      [['de', 'en'], 15],
      [[], 7],
      [['en'], 4],
      [['tr', 'de'], 2],
      [['uk', 'ru'], 2],
    ]),
    format: rng.weighted<Format>([
      ['onsite', 50],
      ['remote', 25],
      ['hybrid', 25],
    ]),
    skills,
    causes: rng.sample(CAUSES, rng.int(1, 2)),
  };
}

function makeVolunteer(rng: Prng, id: string, slotIds: string[], supply: Supply): VolunteerJson {
  const availability = { scarce: 0.45, balanced: 0.65, surplus: 0.85 }[supply];
  const slots = slotIds.filter(() => rng.chance(availability));
  if (slots.length === 0) slots.push(rng.pick(slotIds));
  const languages = rng.chance(0.92) ? ['de'] : [];
  for (const [language, weight] of LANGUAGE_WEIGHTS) if (rng.chance(weight / 100)) languages.push(language);
  if (languages.length === 0) languages.push('en');
  const formats = (['onsite', 'remote', 'hybrid'] as const).filter((_, i) => rng.chance([0.75, 0.7, 0.5][i]));
  if (formats.length === 0) formats.push(rng.pick(['onsite', 'remote'] as const));
  const home = rng.pick(Object.keys(CATEGORIES));
  const levelShift = { scarce: -1, balanced: 0, surplus: 1 }[supply];
  const count = rng.weighted([
    [1, 2],
    [2, 4],
    [3, 3],
    [4, 2],
    [5, 1],
  ]);
  const skills = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const category = rng.chance(0.7) ? home : rng.pick(Object.keys(CATEGORIES));
    const skill = `${category}.${rng.pick(CATEGORIES[category])}`;
    const level = Math.min(
      4,
      Math.max(
        1,
        rng.weighted([
          [1, 2],
          [2, 4],
          [3, 3],
          [4, 1],
        ]) + (rng.chance(0.4) ? levelShift : 0),
      ),
    );
    skills.set(skill, Math.max(skills.get(skill) ?? 0, level));
  }
  return {
    id,
    slots,
    maxAssignments: rng.weighted([
      [1, 85],
      [2, 12],
      [3, 3],
    ]),
    languages,
    formats,
    skills: [...skills].map(([skill, level]) => ({ skill, level })),
    causes: rng.sample(CAUSES, rng.int(0, 3)),
  };
}

function addPinsAndExclusions(rng: Prng, instance: InstanceJson, pins: number, exclusions: number): void {
  // Pins come from a valid solution, so they can all hold at once.
  const served = greedy(instance).assignments;
  const chosen = rng.sample(served, pins);
  instance.pins = chosen.map((a) => ({ challenge: a.challenge, volunteer: a.volunteer }));
  // Exclusions stay clear of pinned challenges, whose teams in that solution must survive.
  const pinnedChallenges = new Set(chosen.map((a) => a.challenge));
  const excludable = served.filter((a) => !pinnedChallenges.has(a.challenge));
  const excluded = new Set<string>();
  const attempts = exclusions * 20;
  for (let i = 0; i < attempts && excluded.size < exclusions; i++) {
    const source = rng.chance(0.5) && excludable.length > 0 ? rng.pick(excludable) : null;
    const c = source?.challenge ?? rng.pick(instance.challenges).id;
    const v = source?.volunteer ?? rng.pick(instance.volunteers).id;
    if (!pinnedChallenges.has(c)) excluded.add(`${c}/${v}`);
  }
  instance.exclusions = [...excluded].map((k) => {
    const [challenge, volunteer] = k.split('/');
    return { challenge, volunteer };
  });
}
