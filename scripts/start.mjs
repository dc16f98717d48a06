#!/usr/bin/env node
// `npm start`: builds what is missing or stale (Nx caches, so an unchanged tree builds in seconds), then runs the API,
// which starts the embedded PostgreSQL, migrates, seeds and serves the web app on one port.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const nx = path.join(root, 'node_modules', '.bin', 'nx');

process.stderr.write('[skillshift] Building (cached when nothing changed) …\n');
const build = spawnSync(
  nx,
  ['run-many', '-t', 'build', '-p', '@skillshift/api', '@skillshift/web', '--output-style=static'],
  { cwd: root, stdio: ['ignore', process.stderr, process.stderr], env: { ...process.env, NX_TUI: 'false' } },
);
if (build.status !== 0) {
  process.stderr.write('[skillshift] The build failed; see the messages above.\n');
  process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, ['--enable-source-maps', path.join(root, 'api', 'dist', 'main.js')], {
  cwd: root,
  stdio: 'inherit',
  // Same process group on purpose: whoever stops this group (a terminal, a test runner's SIGKILL) stops the server too.
});
// The server drains and stops PostgreSQL on SIGINT/SIGTERM (it ignores a repeat), then we exit with it.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.kill(signal);
  });
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
process.on('exit', () => {
  if (server.exitCode === null) server.kill('SIGTERM');
});
