#!/usr/bin/env node
// `npm run bench:start`: how long the built server takes to become healthy on a fresh data directory (initdb,
// migrations, demo seed), to stop on SIGINT, and to start again with the data kept. Prints one table.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = 3000 + Math.floor(Math.random() * 1000) + 5000;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'skillshift-bench-start-'));

const build = spawnSync(
  path.join(root, 'node_modules', '.bin', 'nx'),
  ['run-many', '-t', 'build', '-p', '@skillshift/api', '@skillshift/web', '--output-style=static'],
  {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
if (build.status !== 0) process.exit(build.status ?? 1);

async function start() {
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'api', 'dist', 'main.js')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), SKILLSHIFT_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const ok = await fetch(`http://127.0.0.1:${port}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const ready = performance.now() - started;
  const stopping = performance.now();
  child.kill('SIGINT');
  await exited;
  return { ready, stop: performance.now() - stopping };
}

try {
  const first = await start();
  const again = await start();
  const ms = (value) => `${(value / 1000).toFixed(2)} s`;
  console.log('| run | ready (health 200) | clean stop (SIGINT) |');
  console.log('| --- | --- | --- |');
  console.log(`| first start (initdb, migrations, seed) | ${ms(first.ready)} | ${ms(first.stop)} |`);
  console.log(`| restart, data kept | ${ms(again.ready)} | ${ms(again.stop)} |`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
