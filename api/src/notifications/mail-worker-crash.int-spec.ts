import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { insertOutboxRows, outboxStatuses } from '../../test/outbox-rows';
import { type SmtpCapture, startSmtpCapture } from '../../test/smtp-capture';
import { messageIdFor } from './mail-worker';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const MESSAGES = 300;
const KILLS = 8;

/** Starts the standalone worker and resolves once it runs; the caller kills it with SIGKILL, as a crash would. */
function startWorkerProcess(databaseUrl: string, smtpUrl: string) {
  // `node --import tsx` keeps the worker in this one process, so SIGKILL really kills it (the tsx binary forks).
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'mail-worker.main.ts')], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      SMTP_URL: smtpUrl,
      MAIL_MESSAGE_ID_DOMAIN: 'skillshift.test',
      MAIL_IDLE_MS: '50',
      MAIL_BACKOFF_MS: '100',
      MAIL_MAX_BACKOFF_MS: '400',
      LOG_LEVEL: 'info',
    },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const started = new Promise<void>((resolve) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.includes('mail worker started')) resolve();
    });
  });
  return { child, started, exited };
}

describe('mail worker killed repeatedly while sending', () => {
  let database: TestDatabase;
  let smtp: SmtpCapture;

  beforeAll(async () => {
    database = await createTestDatabase();
    smtp = await startSmtpCapture();
  });
  afterAll(async () => {
    await smtp.close();
    await database.drop();
  });

  it('loses nothing, and repeats at most one message per kill, with the same Message-ID', async () => {
    const ids = await insertOutboxRows(database.url, MESSAGES);
    let kills = 0;
    while (kills < KILLS) {
      const worker = startWorkerProcess(database.url, smtp.url);
      await worker.started;
      await new Promise((resolve) => setTimeout(resolve, 60 + Math.floor(Math.random() * 240)));
      worker.child.kill('SIGKILL');
      await worker.exited;
      kills += 1;
    }
    const last = startWorkerProcess(database.url, smtp.url);
    await last.started;
    const deadline = Date.now() + 60_000;
    while ((await outboxStatuses(database.url)).SENT !== MESSAGES) {
      if (Date.now() > deadline) throw new Error('not everything was sent');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    last.child.kill('SIGTERM');
    await last.exited;

    const counts = smtp.counts();
    const expected = ids.map((id) => messageIdFor(id, 'skillshift.test'));
    expect(expected.filter((messageId) => !counts.has(messageId))).toEqual([]);
    expect(counts.size).toBe(MESSAGES);
    const repeats = smtp.messages.length - counts.size;
    expect(repeats).toBeLessThanOrEqual(kills);
    // Every kill landed while mail was going out: the run proves something only if sending was interrupted.
    expect(smtp.messages.length).toBeGreaterThanOrEqual(MESSAGES);
  });
});
