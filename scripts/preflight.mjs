#!/usr/bin/env node
// Makes a fresh clone ready with plain Node (no dependencies may be assumed here): installs the packages when they
// are missing or older than the lock file, and with --browser makes sure Chromium is there for the browser journeys.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
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
