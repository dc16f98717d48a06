import { readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';

// E2E_PORT: a second checkout can run its journeys beside this one's.
const PORT = Number(process.env.E2E_PORT ?? 3199);
const baseURL = `http://127.0.0.1:${PORT}`;
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const DATA_DIR_PREFIX = 'skillshift-e2e-';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Each run gets its own database (below); remove those of earlier runs whose runner has exited. */
function removeStaleDataDirs(): void {
  for (const name of readdirSync(tmpdir())) {
    const pid = Number(name.startsWith(DATA_DIR_PREFIX) ? name.slice(DATA_DIR_PREFIX.length) : NaN);
    if (Number.isInteger(pid) && pid > 0 && !isRunning(pid))
      rmSync(join(tmpdir(), name), { recursive: true, force: true });
  }
}

const chromium = {
  ...devices['Desktop Chrome'],
  // Debian's chromium, not a downloaded one: nothing to fetch at test time.
  launchOptions: {
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
};
const PUBLISHES_THE_DEMO = /publication\.spec\.ts$/;

// Workers load this file too; only the runner, which owns the server, tidies up.
if (process.env.TEST_WORKER_INDEX === undefined) removeStaleDataDirs();
// The runner's data directory, inherited by its workers (whose own pid differs): see database.ts.
process.env.SKILLSHIFT_E2E_DATA_DIR ??= join(tmpdir(), `${DATA_DIR_PREFIX}${process.pid}`);

export default defineConfig({
  testDir: './web',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : 'list',
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  use: {
    // Dialogs then open without a fade, so axe never measures colours half-way through a transition.
    reducedMotion: 'reduce',
    baseURL,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'chromium', use: chromium, testIgnore: PUBLISHES_THE_DEMO },
    // Publishing the demo Nachtschicht cannot be undone (PUBLISHED has no way back) and the other journeys expect it
    // open for registration: that journey runs after them, as a project of its own (one worker runs projects in order).
    { name: 'chromium-publication', use: chromium, testMatch: PUBLISHES_THE_DEMO },
  ],
  webServer: {
    // Served the way `npm start` serves it: built web app, API, embedded PostgreSQL, demo seed.
    command: 'node scripts/start.mjs',
    cwd: repoRoot,
    url: `${baseURL}/health`,
    env: {
      PORT: String(PORT),
      // A fresh database per run, so the journey starts from the demo seed alone.
      SKILLSHIFT_DATA_DIR: process.env.SKILLSHIFT_E2E_DATA_DIR,
      LOG_LEVEL: 'warn',
      // Every journey signs the demo organizer in again; the real limit (5 links per address in 15 minutes) has its
      // own tests.
      SIGN_IN_LINKS_PER_ADDRESS: '200',
    },
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
