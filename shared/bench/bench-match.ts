// npm run bench:match [-- --only PATTERN] [--reference-limit MS]
// Generates fixed-seed instances, runs the engine (in a child process, for its peak memory), the
// naive greedy and the HiGHS reference, validates every result and prints a markdown table on
// stdout (progress on stderr). Exits 1 when any result is invalid or the engine fails.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { engineScorer } from '../src/matching-verify/engine-scorer';
import { generatePreset } from '../src/matching-verify/generator';
import { greedy } from '../src/matching-verify/greedy';
import { solveReference } from '../src/matching-verify/reference-mip';
import type { InstanceJson, ResultJson } from '../src/matching-verify/shapes';
import { validate } from '../src/matching-verify/validator';
import { simplePriorityBound, simpleScoreBound } from './bounds';
import { ENGINE_NODE_FLAGS } from '../src/matching/node-flags';

interface Case {
  preset: string;
  seed: number;
  /** Run the HiGHS reference (too big at national size). */
  reference: boolean;
  /** Also run the engine with a 10 s time limit. */
  long: boolean;
  /**
   * Run the greedy and the solver-free bounds (false with ten million given scores: they take 30 s and 60 s there,
   * the validator 15 s).
   */
  baselines?: boolean;
}

const CASES: Case[] = [
  { preset: 'nachtschicht-15x50', seed: 1, reference: true, long: false },
  { preset: 'nachtschicht-15x50-scarce-scores', seed: 2, reference: true, long: false },
  { preset: 'nachtschicht-60x200', seed: 1, reference: true, long: false },
  { preset: 'nachtschicht-60x200-surplus-pins', seed: 2, reference: true, long: false },
  { preset: 'nachtschicht-60x200-scarce-scores-pins', seed: 2, reference: true, long: false },
  { preset: 'nachtschicht-60x200-scarce-scores-pins', seed: 3, reference: true, long: false },
  { preset: 'hackathon-300x1000', seed: 1, reference: true, long: true },
  { preset: 'hackathon-300x1500', seed: 1, reference: true, long: true },
  { preset: 'hackathon-300x1000-scarce-scores', seed: 2, reference: true, long: true },
  { preset: 'national-2000x10000', seed: 1, reference: false, long: false },
  { preset: 'national-2000x10000-scores', seed: 5, reference: false, long: false, baselines: false },
];

interface Run {
  name: string;
  result: ResultJson | null;
  error?: string;
  millis: number;
  /** For the engine: reading the file (readInstanceJson), before `millis`. */
  readMillis?: number;
  /** For the engine at its default limit: the fastest and slowest of its TIMED_RUNS (millis is their median). */
  range?: [number, number];
  rssMb?: number;
  violations: string[];
  /** The reference's proven bounds, when it ran. */
  proven?: { priority: number; score: number; optimal: boolean };
  /** For the engine: whether its other runs with the same seed gave the same result. */
  repeatable?: boolean;
}

/** The result without its wall time: what "the same instance and seed give the same result" compares. */
const fingerprint = (r: ResultJson | null): string =>
  JSON.stringify(r && { ...r, metrics: { ...r.metrics, millis: 0 } });

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Fresh processes the engine runs in at its default limit, each timed: the table shows the median (and the range), as
 * one run on a machine that is busy for a moment says little (±20 ms at hackathon size). Each run must give the same
 * result; the peak memory is the largest of them.
 */
const TIMED_RUNS = 3;

function runEngine(file: string, limitMs?: number): Run {
  const name = limitMs ? `engine ${limitMs / 1000}s` : 'engine';
  // (bundled, and with the flags, as `npm run match` runs the engine: the script's preflight builds it)
  const args = [...ENGINE_NODE_FLAGS, join(here, '../../node_modules/.cache/skillshift/run-engine.mjs'), file];
  if (limitMs) args.push(String(limitMs));
  const child = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    timeout: (limitMs ?? 30_000) + 120_000,
  });
  if (child.status !== 0) {
    const error = (child.stderr || child.error?.message || `exit ${child.status}`).split('\n')[0];
    return { name, result: null, error, millis: 0, violations: [] };
  }
  const out = JSON.parse(child.stdout) as { result: ResultJson; wallMs: number; readMs: number; maxRssKb: number };
  return {
    name,
    result: out.result,
    millis: out.wallMs,
    readMillis: out.readMs,
    rssMb: out.maxRssKb / 1024,
    violations: [],
  };
}

/**
 * The instance as a JSON file. Given scores are written a million at a time: ten million of them are 513 MB of JSON,
 * close to the longest string V8 makes.
 */
function writeInstance(file: string, instance: InstanceJson): void {
  const { scores, ...rest } = instance;
  const fd = openSync(file, 'w');
  try {
    if (!scores) return void writeSync(fd, JSON.stringify(rest));
    writeSync(fd, `${JSON.stringify(rest).slice(0, -1)},"scores":[`);
    for (let i = 0; i < scores.length; i += 1_000_000)
      writeSync(fd, (i > 0 ? ',' : '') + JSON.stringify(scores.slice(i, i + 1_000_000)).slice(1, -1));
    writeSync(fd, ']}');
  } finally {
    closeSync(fd);
  }
}

async function runCase(c: Case, dir: string, referenceLimitMs: number): Promise<{ rows: string[]; failed: boolean }> {
  const file = join(dir, `${c.preset}-${c.seed}.json`);
  writeInstance(file, generatePreset(c.preset, c.seed));
  const log = (what: string): void => void process.stderr.write(`${c.preset} seed ${c.seed}: ${what}\n`);

  // The engine runs while this process holds no instance: with ten million given scores its garbage collector's
  // threads, still at work on their objects, took the engine 50% longer.
  (globalThis as { gc?: () => void }).gc?.();
  const runs: Run[] = [];
  const timed: Run[] = [];
  for (let i = 0; i < TIMED_RUNS; i++) {
    log(i === 0 ? 'engine' : `engine again, same seed (${i + 1} of ${TIMED_RUNS})`);
    timed.push(runEngine(file));
  }
  const engine = timed[0];
  engine.repeatable = timed.every((run) => fingerprint(run.result) === fingerprint(engine.result));
  if (timed.every((run) => run.result)) {
    const millis = timed.map((run) => run.millis).sort((a, b) => a - b);
    engine.millis = millis[Math.floor(millis.length / 2)];
    engine.range = [millis[0], millis[millis.length - 1]];
    engine.rssMb = Math.max(...timed.map((run) => run.rssMb ?? 0));
  }
  runs.push(engine);
  if (c.long) {
    log('engine, 10 s');
    runs.push(runEngine(file, 10_000));
  }
  const instance: InstanceJson = generatePreset(c.preset, c.seed);
  const scorer = instance.scores ? undefined : engineScorer(instance);
  let started = performance.now();
  if (c.baselines !== false) {
    log('greedy');
    runs.push({
      name: 'greedy',
      result: greedy(instance, scorer),
      millis: performance.now() - started,
      violations: [],
    });
  }
  log('validator');
  const check = (run: Run): void => {
    if (run.result) run.violations = validate(instance, run.result).map((v) => `rule ${v.rule}: ${v.message}`);
  };
  runs.forEach(check);
  if (c.reference) {
    log('HiGHS reference');
    // The best valid engine result seeds HiGHS, which must then beat it or prove it optimal.
    const start = runs
      .filter((r) => r.name.startsWith('engine') && r.result && r.violations.length === 0)
      .map((r) => r.result!)
      .sort(
        (a, b) => b.metrics.servedPriority - a.metrics.servedPriority || b.metrics.totalScore - a.metrics.totalScore,
      )[0];
    started = performance.now();
    const ref = await solveReference(instance, { scorer, timeLimitMs: referenceLimitMs, start });
    runs.push({
      name: ref.status === 'optimal' ? 'HiGHS (optimal)' : `HiGHS (${ref.status})`,
      result: ref.result,
      millis: performance.now() - started,
      violations: [],
      proven: { priority: ref.priorityBound, score: ref.scoreBound, optimal: ref.status === 'optimal' },
    });
  }
  if (runs[runs.length - 1].proven) check(runs[runs.length - 1]);
  if (scorer) {
    // The baselines optimise the engine's score only if engineScorer reproduces it exactly.
    const byId = <T extends { id: string }>(list: T[]): Map<string, T> => new Map(list.map((x) => [x.id, x]));
    const challenges = byId(instance.challenges);
    const volunteers = byId(instance.volunteers);
    const engine = runs.find((r) => r.name === 'engine')?.result?.assignments ?? [];
    const off = engine.filter(
      (a) => Math.abs(scorer(challenges.get(a.challenge)!, volunteers.get(a.volunteer)!) - a.score) > 1e-9,
    );
    if (off.length > 0) log(`WARNING: engineScorer differs from the engine on ${off.length} of ${engine.length} pairs`);
  }
  const valid = runs.filter((r) => r.result && r.violations.length === 0).map((r) => r.result!.metrics);
  const bestPriority = Math.max(0, ...valid.map((m) => m.servedPriority));
  const bestScore = Math.max(
    0,
    ...valid.filter((m) => m.servedPriority >= bestPriority - 1e-9).map((m) => m.totalScore),
  );
  const reference = runs.find((r) => r.proven);
  const referenceAtBest = reference?.result && reference.result.metrics.servedPriority >= bestPriority - 1e-9;
  if (reference?.proven?.optimal) {
    // A valid result better than a proven optimum means the reference model is wrong.
    const ref = reference.result!.metrics;
    for (const m of valid) {
      const better =
        m.servedPriority > ref.servedPriority + 1e-9 ||
        (m.servedPriority > ref.servedPriority - 1e-9 && m.totalScore > ref.totalScore + 1e-6);
      if (better)
        log(`REFERENCE MODEL ERROR: a valid result beats the proven optimum (${m.servedPriority}, ${m.totalScore})`);
    }
  }
  const priorityBound = Math.min(
    c.baselines === false ? Infinity : simplePriorityBound(instance),
    reference?.proven?.priority ?? Infinity,
  );
  const bound = Math.min(
    c.baselines === false ? Infinity : simpleScoreBound(instance, scorer),
    referenceAtBest ? reference!.proven!.score : Infinity,
  );
  const size = `${instance.challenges.length}×${instance.volunteers.length}, ${instance.slots.length} slots`;

  const rows = runs.map((run) => {
    const name = `${c.preset} #${c.seed}`;
    if (!run.result) return `| ${name} | ${size} | ${run.name} | failed: ${run.error ?? 'no result'} | | | | | | |`;
    const m = run.result.metrics;
    const pct = (x: number, of: number): string =>
      of > 0 && Number.isFinite(of) ? `${((100 * x) / of).toFixed(2)}%` : '–';
    const seconds = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
    const engineBound =
      m.upperBound !== undefined && Number.isFinite(m.upperBound) ? pct(m.totalScore, m.upperBound) : '–';
    const validity =
      (run.violations.length === 0 ? 'valid' : `**${run.violations.length} violations**`) +
      (run.repeatable === false ? ', **differs on rerun**' : run.repeatable ? ', repeatable' : '');
    return [
      '',
      name,
      size,
      run.name,
      `${m.servedPriority} / ${bestPriority}` +
        (Number.isFinite(priorityBound) ? ` (≤ ${+priorityBound.toFixed(2)})` : ''),
      `${m.totalScore.toFixed(3)} (${pct(m.totalScore, bestScore)})`,
      pct(m.totalScore, bound),
      run.name.startsWith('engine') ? engineBound : '–',
      seconds(run.millis) +
        (run.range ? ` (${seconds(run.range[0])}–${seconds(run.range[1])})` : '') +
        ((run.readMillis ?? 0) >= 100 ? ` (+ ${seconds(run.readMillis!)} reading)` : ''),
      run.rssMb ? `${run.rssMb.toFixed(0)} MB` : '–',
      validity,
      '',
    ]
      .join(' | ')
      .trim();
  });
  for (const run of runs) {
    for (const v of run.violations.slice(0, 20)) log(`${run.name} INVALID ${v}`);
    if (run.error) log(`${run.name} FAILED ${run.error}`);
    if (run.repeatable === false) log(`${run.name}: a second run with the same seed gave another result`);
  }
  const engineFailed = runs.some((r) => r.name.startsWith('engine') && !r.result);
  return { rows, failed: engineFailed || runs.some((r) => r.violations.length > 0) };
}

async function main(argv: string[]): Promise<number> {
  const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
  const referenceLimitMs = argv.includes('--reference-limit')
    ? Number(argv[argv.indexOf('--reference-limit') + 1])
    : 60_000;
  const dir = mkdtempSync(join(tmpdir(), 'bench-match-'));
  const header = [
    `| instance (preset #seed) | size | run | served priority / best known (≤ bound) | total score (% of best known) | % of upper bound | % of own bound | time (engine: median of ${TIMED_RUNS} runs, fastest–slowest) | peak RSS | check |`,
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  const rows: string[] = [];
  let failed = false;
  try {
    for (const c of CASES.filter((x) => !only || x.preset.includes(only))) {
      const outcome = await runCase(c, dir, referenceLimitMs);
      rows.push(...outcome.rows);
      failed ||= outcome.failed;
      (globalThis as { gc?: () => void }).gc?.();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(`${[...header, ...rows].join('\n')}\n`);
  if (failed) process.stderr.write('some results are invalid or the engine failed: see above\n');
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
