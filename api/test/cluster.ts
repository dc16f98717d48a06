import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

export interface TestCluster {
  adminUrl: string;
  port: number;
  stop(): Promise<void>;
}

const ROOT = path.resolve(__dirname, '..', '..');

/** Starts a real PostgreSQL in a child process; it also stops by itself if this process dies (stdin closes). */
export function startTestCluster(): Promise<TestCluster> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'pg-cluster.ts')], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, LOG_LEVEL: 'warn' },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('embedded PostgreSQL did not start within 60 s')), 60_000);
    child.once('exit', (code) => reject(new Error(`embedded PostgreSQL exited early (${code})`)));
    createInterface({ input: child.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      const { adminUrl, port } = JSON.parse(line) as { adminUrl: string; port: number };
      resolve({
        adminUrl,
        port,
        async stop() {
          child.stdin!.end();
          await exited;
        },
      });
    });
  });
}
