import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENGINE_PREFLIGHT, engineCliArgs, repoRoot as root } from '../../test/engine-cli';
const dir = mkdtempSync(join(tmpdir(), 'match-cli-'));

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

/** Node's arguments in `npm run match` (after its preflight), as a test below holds package.json to. */
let nodeArgs: string[];
beforeAll(() => (nodeArgs = engineCliArgs()));

function match(...args: string[]) {
  const run = spawnSync(process.execPath, [...nodeArgs, ...args], { encoding: 'utf8', cwd: root });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const instance = {
  slots: [{ id: 's1', capacity: 2 }],
  challenges: [
    { id: 'c1', teamSize: { min: 1, max: 2 }, languages: ['de'], skills: [{ skill: 'web', minLevel: 2 }] },
    { id: 'c2', teamSize: { min: 1, max: 1 }, skills: [{ skill: 'security.gdpr', minLevel: 3 }] },
  ],
  volunteers: [
    { id: 'v1', languages: ['de'], skills: [{ skill: 'web', level: 3 }] },
    { id: 'v2', languages: ['de', 'en'] },
  ],
};

describe('npm run match', () => {
  it('runs the engine with its node flags', () => {
    const scripts = (
      JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    expect(scripts.match).toBe(`node ${ENGINE_PREFLIGHT} && node ${nodeArgs.join(' ')}`);
  });

  it('builds its command line again when a source it was built from changed, and only then', () => {
    // (in a folder of its own, where its imports of npm packages resolve: other test files run the shared one meanwhile)
    const out = mkdtempSync(join(root, 'node_modules', '.cache', 'match-build-'));
    const cli = join(out, 'match.mjs');
    engineCliArgs(out);
    const inputs = JSON.parse(readFileSync(join(out, 'inputs.json'), 'utf8')) as { files: Record<string, string> };
    expect(Object.keys(inputs.files)).toContain('shared/src/matching/solve.ts');
    const built = statSync(cli).mtimeMs;
    engineCliArgs(out);
    expect(statSync(cli).mtimeMs).toBe(built);
    // as if solve.ts had changed since
    inputs.files['shared/src/matching/solve.ts'] = 'another';
    writeFileSync(join(out, 'inputs.json'), JSON.stringify(inputs));
    utimesSync(cli, new Date(2000, 0, 1), new Date(2000, 0, 1));
    const run = spawnSync(process.execPath, [...engineCliArgs(out), file('fresh.json', instance)], {
      encoding: 'utf8',
    });
    expect(statSync(cli).mtimeMs).toBeGreaterThan(new Date(2001, 0, 1).getTime());
    expect(JSON.parse(run.stdout).metrics.served).toBe(1);
    rmSync(out, { recursive: true, force: true });
  }, 30_000);

  it('writes only the result JSON on stdout and exits 0', () => {
    const run = match(file('ok.json', instance), '--explain', '--seed', '4', '--time-limit', '500');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.metrics).toMatchObject({ served: 1, servedPriority: 1 });
    expect(result.assignments.map((a: { volunteer: string }) => a.volunteer)).toEqual(['v1', 'v2']);
    expect(result.assignments[0].explanation).toHaveLength(5);
    expect(result.unserved).toEqual([expect.objectContaining({ challenge: 'c2', code: 'SKILL_NOT_COVERED' })]);
  }, 20_000);

  it('exits 2 with the JSON path of the first offending field', () => {
    const bad = {
      ...instance,
      challenges: [instance.challenges[0], { ...instance.challenges[1], teamSize: { min: 0, max: 1 } }],
    };
    const run = match(file('bad.json', bad));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('challenges[1].teamSize.min: must be >= 1');
  }, 20_000);

  it('uses given scores, and names a bad score entry by its path', () => {
    const scores = [
      { challenge: 'c1', volunteer: 'v2', score: 0.25 },
      { challenge: 'c1', volunteer: 'v1', score: 0.5 },
    ];
    const run = match(file('scores.json', { ...instance, scores }));
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.assignments.map((a: { volunteer: string; score: number }) => [a.volunteer, a.score])).toEqual([
      ['v1', 0.5],
      ['v2', 0.25],
    ]);
    const bad = match(file('bad-score.json', { ...instance, scores: [scores[0], { ...scores[1], score: 2 }] }));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('scores[1].score: must be between 0 and 1');
  }, 20_000);

  it('exits 2 on unreadable JSON and on bad flags', () => {
    const broken = match(file('broken.json', '{"slots": ['));
    expect(broken.code).toBe(2);
    // JSON.parse's own message, from reading the file again.
    expect(broken.stderr).toContain('cannot read');
    expect(broken.stderr).toMatch(/Unexpected end of JSON input/);
    const flags = match(file('ok2.json', instance), '--time-limit', 'soon');
    expect(flags.code).toBe(2);
    expect(flags.stderr).toContain('--time-limit: must be an integer from 1 to 3600000');
    // Only plain digits: no spaces, hex or empty seeds; and single-dash flags are flags, not a second file.
    for (const bad of [['--time-limit', ' 5'], ['--time-limit', '0x10'], ['--seed', ''], ['-x']]) {
      const run = match(join(dir, 'ok2.json'), ...bad);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(bad[0]);
    }
    expect(match(join(dir, 'missing.json')).code).toBe(2);
  }, 20_000);

  it('exits 3 naming the pins in conflict and the rule they break', () => {
    const pinned = {
      ...instance,
      pins: [
        { challenge: 'c1', volunteer: 'v1' },
        { challenge: 'c1', volunteer: 'v2' },
      ],
      challenges: [{ ...instance.challenges[0], teamSize: { min: 1, max: 1 } }],
    };
    const run = match(file('pins.json', pinned));
    expect(run.code).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('pins (c1, v1), (c1, v2) cannot all hold: team size');
  }, 20_000);
});
