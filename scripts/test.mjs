#!/usr/bin/env node
// `npm test`: every check in order (typecheck, lint, format, unit, integration on a real PostgreSQL, API journeys,
// browser journeys), each runner writing its counts to a JSON report; ends with one summary line of counts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reports = path.join(root, '.data', 'test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const env = { ...process.env, NX_TUI: 'false', ...(process.env.CI && { FORCE_COLOR: '0' }) };
const started = Date.now();

/** Each step: a command, and where its counts come from (a report, or just "it passed" for checks). */
const steps = [
  {
    name: 'build, typecheck, lint',
    command: [bin('nx'), 'run-many', '-t', 'build', 'typecheck', 'lint', '--output-style=static'],
  },
  { name: 'format', command: [bin('prettier'), '--check', '.', '--log-level', 'warn'] },
  { name: 'shared', report: 'shared.json', command: jest('shared/jest.config.cjs', 'shared.json') },
  { name: 'api', report: 'api.json', command: jest('api/jest.config.cjs', 'api.json') },
  {
    name: 'web',
    report: 'web.json',
    // Through the workspace script: it generates the typed GraphQL documents first (they are not committed).
    command: [
      'npm',
      'run',
      'test',
      '-w',
      'web',
      '--',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${path.join(reports, 'web.json')}`,
    ],
  },
  { name: 'e2e api', report: 'e2e-api.json', command: jest('e2e/jest.config.cjs', 'e2e-api.json') },
  {
    name: 'e2e web',
    report: 'e2e-web.json',
    command: [bin('playwright'), 'test', '-c', 'e2e/playwright.config.ts'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(reports, 'e2e-web.json') },
  },
];

function jest(config, report) {
  return [bin('jest'), '-c', config, '--json', `--outputFile=${path.join(reports, report)}`];
}

const results = [];
for (const step of steps) {
  const stepStarted = Date.now();
  console.log(`\n=== ${step.name} ===`);
  const [command, ...args] = step.command;
  const run = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...env, ...step.env } });
  const counts = step.report ? readCounts(step.report) : undefined;
  results.push({
    name: step.name,
    ok: run.status === 0,
    seconds: (Date.now() - stepStarted) / 1000,
    passed: counts?.passed ?? (run.status === 0 ? 1 : 0),
    failed: counts?.failed ?? (run.status === 0 ? 0 : 1),
    skipped: counts?.skipped ?? 0,
  });
}

function readCounts(report) {
  const file = path.join(reports, report);
  if (!existsSync(file)) return undefined;
  const json = JSON.parse(readFileSync(file, 'utf8'));
  if (json.stats) {
    // Playwright
    return {
      passed: json.stats.expected + json.stats.flaky,
      failed: json.stats.unexpected,
      skipped: json.stats.skipped,
    };
  }
  return { passed: json.numPassedTests, failed: json.numFailedTests, skipped: json.numPendingTests ?? 0 };
}

console.log('\n=== summary ===');
for (const result of results) {
  const counts = `${result.passed} passed, ${result.failed} failed${result.skipped ? `, ${result.skipped} skipped` : ''}`;
  console.log(
    `${result.ok ? 'ok  ' : 'FAIL'} ${result.name.padEnd(24)} ${counts.padEnd(36)} ${result.seconds.toFixed(1)} s`,
  );
}
const total = (key) => results.reduce((sum, result) => sum + result[key], 0);
const failedSteps = results.filter((result) => !result.ok);
console.log(`\nnpm test took ${((Date.now() - started) / 1000).toFixed(0)} s`);
// A step that failed without failing tests (a crash, a type error) still counts as a failure.
const failed = Math.max(total('failed'), failedSteps.length);
console.log(
  `tests: ${total('passed')} passed, ${failed} failed${total('skipped') ? `, ${total('skipped')} skipped` : ''}`,
);
process.exit(failedSteps.length > 0 ? 1 : 0);
