#!/usr/bin/env node
// Makes a fresh clone ready with plain Node (no dependencies may be assumed here): installs the packages when they
// are missing or older than the lock file, with --browser makes sure Chromium is there for the browser journeys, and
// with --engine builds the matching engine's command line (`npm run match`) when it is missing or its sources changed.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const quiet = args.has('--quiet');
const say = (message) => process.stderr.write(`[skillshift] ${message}\n`);

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  say(`Node.js 20.19 or newer is needed, this is ${process.versions.node}.`);
  process.exit(1);
}

const lock = path.join(root, 'package-lock.json');
const installed = path.join(root, 'node_modules', '.package-lock.json');
// (--no-install: the engine's tests build its command line, each test file at once, after `npm install` has run)
const stale =
  !args.has('--no-install') &&
  (!existsSync(installed) || (existsSync(lock) && statSync(lock).mtimeMs > statSync(installed).mtimeMs));
if (stale) {
  say('Installing packages (npm install) …');
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=notice'], {
    cwd: root,
    stdio: quiet ? ['ignore', process.stderr, process.stderr] : 'inherit',
  });
  if (result.status !== 0) {
    say('npm install failed; see the messages above.');
    process.exit(result.status ?? 1);
  }
}

if (args.has('--browser')) ensureChromium();
if (args.has('--engine')) await ensureEngineCli();

/**
 * `npm run match` runs the engine's command line as one JavaScript file, bundled from shared/src/matching by esbuild
 * (npm packages stay imports), and the bench (`npm run bench:match`) its runs of the engine so too: Node then starts
 * the command line in 0.16 s, where loading the TypeScript sources through tsx took 0.43 s, and the engine itself ran
 * 0.1-0.3 s sooner at national size (tsx's loader works on a thread of its own, on a machine of two cores). Built
 * again whenever a file it was built from, a tsconfig, this script or esbuild differs from when it was built (by
 * content: copies that keep old file times, or a file saved during a build, are seen too). SKILLSHIFT_ENGINE_OUT
 * names another folder for it (the tests of this).
 */
async function ensureEngineCli() {
  const outdir = process.env.SKILLSHIFT_ENGINE_OUT ?? path.join(root, 'node_modules', '.cache', 'skillshift');
  const entries = { match: 'shared/src/matching/cli.ts', 'run-engine': 'shared/bench/run-engine.ts' };
  const outputs = Object.keys(entries).map((name) => path.join(outdir, `${name}.mjs`));
  const inputsFile = path.join(outdir, 'inputs.json');
  // (esbuild's version from its package.json: loading esbuild itself is only needed to build)
  const { version } = createRequire(path.join(root, 'package.json'))('esbuild/package.json');
  const hash = (file) => {
    const at = path.join(root, file);
    return existsSync(at) ? createHash('sha1').update(readFileSync(at)).digest('hex') : null;
  };
  const setting = ['scripts/preflight.mjs', 'tsconfig.base.json', 'shared/tsconfig.json'].map(hash).join(' ');
  const key = `esbuild ${version} ${setting}`;
  if ([inputsFile, ...outputs].every((file) => existsSync(file))) {
    const built = JSON.parse(readFileSync(inputsFile, 'utf8'));
    if (built.key === key && Object.entries(built.files).every(([file, was]) => hash(file) === was)) return;
  }
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: Object.entries(entries).map(([out, file]) => ({ in: path.join(root, file), out })),
    absWorkingDir: root,
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  // The inputs as they were read: hashed now, a file saved since is seen as changed next time.
  const files = Object.fromEntries(Object.keys(result.metafile.inputs).map((file) => [file, hash(file)]));
  mkdirSync(outdir, { recursive: true });
  // Each written aside and renamed, the list of inputs last: runs started at the same time (tests) never read half a
  // file, and a build cut short is done again.
  const unique = `${process.pid}.${Date.now()}`;
  const written = result.outputFiles.map((f) => [f.path, f.contents]);
  written.push([inputsFile, JSON.stringify({ key, files })]);
  for (const [file, contents] of written) {
    writeFileSync(`${file}.${unique}`, contents);
    renameSync(`${file}.${unique}`, file);
  }
}

function ensureChromium() {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(chromium)) return;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    say(`The browser journeys need Chromium at ${chromium}. Install it with:`);
    say('  sudo apt-get update && sudo apt-get install -y chromium');
    say('(or set CHROMIUM_PATH to a Chromium or Chrome binary).');
    process.exit(1);
  }
  say('Installing Chromium for the browser journeys (apt-get install chromium) …');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', process.stderr, process.stderr], env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: ['ignore', process.stderr, process.stderr],
    env,
  });
}
