import { simplePriorityBound, simpleScoreBound } from '../../bench/bounds';
import { parseInstance } from '../matching';
import { generateInstance, generatePreset, presetOptions } from './generator';
import { greedy } from './greedy';
import { Prng } from './prng';
import { solveReference } from './reference-mip';
import { validate } from './validator';

describe('Prng', () => {
  it('is deterministic per seed and uniform enough', () => {
    const a = new Prng(7);
    const b = new Prng(7);
    const draws = Array.from({ length: 1000 }, () => a.next());
    expect(draws).toEqual(Array.from({ length: 1000 }, () => b.next()));
    expect(new Prng(8).next()).not.toBe(draws[0]);
    const mean = draws.reduce((s, x) => s + x, 0) / draws.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
  });
});

describe('generator', () => {
  it('gives the same instance for the same preset and seed, another for another seed', () => {
    const once = JSON.stringify(generatePreset('nachtschicht-60x200-scores-pins', 3));
    expect(JSON.stringify(generatePreset('nachtschicht-60x200-scores-pins', 3))).toBe(once);
    expect(JSON.stringify(generatePreset('nachtschicht-60x200-scores-pins', 4))).not.toBe(once);
  });

  it('builds each preset at its advertised size', () => {
    const hackathon = generatePreset('hackathon-300x1500', 1);
    expect([hackathon.challenges.length, hackathon.volunteers.length]).toEqual([300, 1500]);
    expect(hackathon.slots.length).toBeGreaterThanOrEqual(4);
    expect(presetOptions('national-2000x10000')).toMatchObject({ challenges: 2000, volunteers: 10000, slots: 10 });
    expect(presetOptions('nachtschicht-15x50-scarce-scores')).toMatchObject({ supply: 'scarce', withScores: true });
    expect(() => presetOptions('nachtschicht-15x50-tiny')).toThrow(/variant/);
    expect(() => presetOptions('moonbase-1x1')).toThrow(/unknown preset/);
  });

  it('is realistic: mostly German, priorities mostly 1, levels 1..4, team sizes in range', () => {
    const inst = generatePreset('hackathon-300x1000', 2);
    const german = inst.volunteers.filter((v) => v.languages.includes('de')).length / inst.volunteers.length;
    expect(german).toBeGreaterThan(0.8);
    expect(inst.challenges.filter((c) => c.priority === 1).length).toBeGreaterThan(200);
    expect(inst.challenges.some((c) => (c.priority ?? 1) > 1)).toBe(true);
    for (const c of inst.challenges) {
      expect(c.teamSize.min).toBeGreaterThanOrEqual(1);
      expect(c.teamSize.min).toBeLessThanOrEqual(2);
      expect(c.teamSize.max).toBeGreaterThanOrEqual(Math.max(2, c.teamSize.min));
      expect(c.teamSize.max).toBeLessThanOrEqual(5);
    }
    for (const v of inst.volunteers) for (const s of v.skills) expect([1, 2, 3, 4]).toContain(s.level);
  });

  it('produces instances the engine accepts, with and without scores, pins and exclusions', () => {
    for (const name of [
      'nachtschicht-15x50',
      'nachtschicht-60x200-scarce-scores-pins',
      'hackathon-300x1000-surplus-pins',
    ]) {
      expect(() => parseInstance(generatePreset(name, 5))).not.toThrow();
    }
  });
});

describe('baselines', () => {
  it('greedy results are valid on every preset variant up to hackathon size', () => {
    for (const name of [
      'nachtschicht-15x50-pins',
      'nachtschicht-60x200-scarce-scores-pins',
      'hackathon-300x1000-surplus',
    ]) {
      for (const seed of [1, 2]) {
        const inst = generatePreset(name, seed);
        expect(validate(inst, greedy(inst))).toEqual([]);
      }
    }
  });

  it('the reference is valid, optimal at event size, and never worse than greedy', async () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const inst = generateInstance(
        { challenges: 12, volunteers: 35, slots: 2, pins: 2, exclusions: 3, withScores: seed === 2 },
        seed,
      );
      const ref = await solveReference(inst, { timeLimitMs: 20_000 });
      const base = greedy(inst).metrics;
      expect(ref.status).toBe('optimal');
      expect(validate(inst, ref.result!)).toEqual([]);
      expect(ref.servedPriority).toBeGreaterThanOrEqual(base.servedPriority);
      if (ref.servedPriority === base.servedPriority)
        expect(ref.totalScore).toBeGreaterThanOrEqual(base.totalScore - 1e-9);
      expect(ref.scoreBound).toBeGreaterThanOrEqual(ref.totalScore - 1e-6);
      // The bench's solver-free bounds must hold too.
      expect(simplePriorityBound(inst)).toBeGreaterThanOrEqual(ref.servedPriority - 1e-9);
      expect(simpleScoreBound(inst)).toBeGreaterThanOrEqual(ref.totalScore - 1e-6);
    }
  }, 60_000);
});
