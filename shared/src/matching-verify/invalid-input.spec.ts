/**
 * Invalid instances of each kind are rejected with the JSON path of the offending field, by
 * parseInstance and by the command line (exit 2); pins that cannot hold exit 3; a good instance
 * exits 0 with a valid result. Also a regression instance whose pins can hold.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidInstanceError, parseInstance, solve } from '../matching';
import { engineCliArgs, repoRoot as root } from '../../test/engine-cli';
import { generatePreset } from './generator';
import type { InstanceJson, ResultJson } from './shapes';
import { validate } from './validator';

let dir: string;
let cli: string[];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'match-cli-'));
  cli = engineCliArgs();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runCli(instance: unknown, ...flags: string[]): { status: number | null; stdout: string; stderr: string } {
  const file = join(dir, `i${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(instance));
  const child = spawnSync(process.execPath, [...cli, file, ...flags], {
    cwd: root,
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

const base = (): InstanceJson => generatePreset('nachtschicht-15x50', 9);

const broken: [string, string, (i: InstanceJson) => void][] = [
  ['duplicate challenge id', 'challenges[1].id', (i) => (i.challenges[1].id = i.challenges[0].id)],
  ['duplicate volunteer id', 'volunteers[2].id', (i) => (i.volunteers[2].id = i.volunteers[0].id)],
  ['unknown slot in a volunteer', 'volunteers[0].slots[0]', (i) => (i.volunteers[0].slots[0] = 'nowhere')],
  ['unknown challenge in a pin', 'pins[0].challenge', (i) => (i.pins = [{ challenge: 'c999', volunteer: 'v1' }])],
  ['level above 4', 'volunteers[0].skills[0].level', (i) => (i.volunteers[0].skills[0].level = 5)],
  ['minLevel 0', 'challenges[0].skills[0].minLevel', (i) => (i.challenges[0].skills[0].minLevel = 0)],
  ['min > max', 'challenges[0].teamSize', (i) => (i.challenges[0].teamSize = { min: 3, max: 2 })],
  ['team min 0', 'challenges[0].teamSize.min', (i) => (i.challenges[0].teamSize.min = 0)],
  ['negative capacity', 'slots[0].capacity', (i) => (i.slots[0].capacity = -1)],
  ['unknown field in an entry', 'challenges[0].colour', (i) => Object.assign(i.challenges[0], { colour: 'red' })],
  ['empty id', 'volunteers[3].id', (i) => (i.volunteers[3].id = '')],
  ['no volunteers list', 'volunteers', (i) => delete (i as Partial<InstanceJson>).volunteers],
];

describe('invalid instances', () => {
  it.each(broken)('parseInstance rejects %s at %s', (_, path, breakIt) => {
    const inst = base();
    breakIt(inst);
    let error: unknown;
    try {
      parseInstance(inst);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidInstanceError);
    expect((error as InvalidInstanceError).path.startsWith(path)).toBe(true);
  });

  it('ignores unknown top-level fields', () => {
    expect(() => parseInstance({ ...base(), comment: 'made by hand' })).not.toThrow();
  });

  it('the command line exits 2 and names the path, for each kind', () => {
    for (const [, path, breakIt] of broken) {
      const inst = base();
      breakIt(inst);
      const out = runCli(inst);
      expect({ path, status: out.status, stdout: out.stdout }).toEqual({ path, status: 2, stdout: '' });
      expect(out.stderr).toContain(path);
    }
  }, 60_000);

  it('the command line exits 3 for two pins of one volunteer in one slot, naming them', () => {
    const inst = base();
    const v = inst.volunteers[0];
    v.maxAssignments = 2;
    v.slots = ['s1'];
    const [a, b] = inst.challenges;
    for (const c of [a, b]) Object.assign(c, { slots: ['s1'], languages: [], format: v.formats[0] });
    inst.pins = [
      { challenge: a.id, volunteer: v.id },
      { challenge: b.id, volunteer: v.id },
    ];
    const out = runCli(inst);
    expect(out.status).toBe(3);
    expect(out.stderr).toContain(a.id);
    expect(out.stderr).toContain(b.id);
  }, 20_000);

  it('the command line exits 0 with only a valid result on stdout, explained', () => {
    const inst = generatePreset('nachtschicht-15x50-pins', 4);
    const out = runCli(inst, '--explain', '--seed', '3');
    expect(out.status).toBe(0);
    const result = JSON.parse(out.stdout) as ResultJson;
    expect(validate(inst, result, { explain: true })).toEqual([]);
  }, 20_000);
});

describe('regressions', () => {
  const fixture = (name: string): InstanceJson =>
    JSON.parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8')) as InstanceJson;

  it('keeps pins that can all hold (a greedy and the HiGHS reference both find such a result)', async () => {
    const inst = fixture('pins-feasible-15x50.json');
    const result = (await solve(parseInstance(inst), { seed: 1 })) as ResultJson;
    expect(validate(inst, result)).toEqual([]);
  });

  it('tiny weight overrides (skills 2.7e-15, causes 6.2e-12) neither hang nor crash the engine', () => {
    // Run through the command line: in-process, this instance once grew an array until V8 aborted.
    const out = runCli(fixture('weights-tiny-8x13.json'), '--time-limit', '500');
    expect(out.status).toBe(0);
    expect(validate(fixture('weights-tiny-8x13.json'), JSON.parse(out.stdout) as ResultJson)).toEqual([]);
  }, 30_000);

  it('a slot with capacity 0 leaves its challenge unserved instead of failing', async () => {
    const inst = fixture('closed-slot-1x1.json');
    const result = (await solve(parseInstance(inst), { seed: 1 })) as ResultJson;
    expect(validate(inst, result)).toEqual([]);
    expect(result.unserved.map((u) => u.challenge)).toEqual(['c1']);
  });
});
