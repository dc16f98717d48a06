import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { createTestDatabase, type TestDatabase } from '../../api/test/database';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface StartedServer {
  url: string;
  process: ChildProcess;
  output: () => string;
  /** Milliseconds from spawn until /health answered 200. */
  readyAfterMs: number;
  /** Sends SIGTERM and resolves with the exit code once the process has ended. */
  stop(): Promise<number | null>;
}

export function freshDataDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'skillshift-e2e-data-'));
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Runs the compiled server (`node api/dist/main.js`, what `npm start` runs after building) and waits for health. */
export async function startServer(env: Record<string, string>, timeoutMs = 60_000): Promise<StartedServer> {
  const port = env.PORT ?? String(await freePort());
  const started = Date.now();
  const child = spawn(process.execPath, [path.join(ROOT, 'api', 'dist', 'main.js')], {
    cwd: ROOT,
    env: { ...cleanEnv(), LOG_LEVEL: 'warn', ...env, PORT: port },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  while (true) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`);
    if (Date.now() - started > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error(`server not healthy within ${timeoutMs} ms:\n${output}`);
    }
    const healthy = await fetch(`${url}/health`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (healthy) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    process: child,
    output: () => output,
    readyAfterMs: Date.now() - started,
    stop: async () => {
      child.kill('SIGTERM');
      const code = await exited;
      // what the server said is the only clue when it does not stop cleanly
      if (code !== 0) process.stderr.write(`server exited with ${code} on SIGTERM:\n${output}\n`);
      return code;
    },
  };
}

/** Runs the server expecting it to exit on its own (bad configuration). */
export function runToExit(
  env: Record<string, string>,
  script = path.join('api', 'dist', 'main.js'),
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, script)], {
      cwd: ROOT,
      env: { ...cleanEnv(), ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => resolve({ code, output }));
  });
}

/** The test runner's own variables (DATABASE_URL of a developer's shell, say) must not leak into the server. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of [
    'DATABASE_URL',
    'SMTP_URL',
    'APP_SECRET',
    'PUBLIC_URL',
    'PORT',
    'NODE_ENV',
    'SKILLSHIFT_DATA_DIR',
  ]) {
    delete env[name];
  }
  return env;
}

export async function graphql(url: string, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as GraphqlBody };
}

export interface GraphqlBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface ServerOnTestDatabase {
  server: StartedServer;
  database: TestDatabase;
}

/**
 * For the enclosing describe block: a fresh migrated database (copied from the run's template) and the built server
 * on it; both are stopped after the block.
 */
export function useServerOnTestDatabase(env: Record<string, string> = {}): ServerOnTestDatabase {
  const context = {} as ServerOnTestDatabase;
  beforeAll(async () => {
    context.database = await createTestDatabase();
    context.server = await startServer({
      DATABASE_URL: context.database.url,
      SKILLSHIFT_DATA_DIR: freshDataDir(),
      ...env,
    });
  });
  afterAll(async () => {
    await context.server?.stop();
    await context.database?.drop();
  });
  return context;
}
