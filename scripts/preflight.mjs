#!/usr/bin/env node
// Makes a fresh clone ready with plain Node (no dependencies may be assumed here): installs the packages when they
// are missing or older than the lock file, with --browser makes sure Chromium is there for the browser journeys, and
// with --engine builds the matching engine's command line (`npm run match`) when it is missing or older than its
// sources.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
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
const stale = !existsSync(installed) || (existsSync(lock) && statSync(lock).mtimeMs > statSync(installed).mtimeMs);
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
 * again whenever one of the files they were built from is newer, or gone.
 */
async function ensureEngineCli() {
  const outdir = path.join(root, 'node_modules', '.cache', 'skillshift');
  const entries = { match: 'shared/src/matching/cli.ts', 'run-engine': 'shared/bench/run-engine.ts' };
  const outputs = Object.keys(entries).map((name) => path.join(outdir, `${name}.mjs`));
  const inputsFile = path.join(outdir, 'inputs.json');
  const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : Infinity);
  const built = Math.min(...[inputsFile, ...outputs].map((file) => (existsSync(file) ? statSync(file).mtimeMs : -1)));
  if (built >= 0) {
    const inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
    if (inputs.every((file) => mtime(path.join(root, file)) <= built)) return;
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
  mkdirSync(outdir, { recursive: true });
  // Each written aside and renamed, the list of inputs last: runs started at the same time (tests) never read half a
  // file, and a build cut short is done again.
  const unique = `${process.pid}.${Date.now()}`;
  const files = result.outputFiles.map((f) => [f.path, f.contents]);
  files.push([inputsFile, JSON.stringify(Object.keys(result.metafile.inputs))]);
  for (const [file, contents] of files) {
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
