import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { insertOutboxRows, outboxStatuses } from '../../test/outbox-rows';
import { type SmtpCapture, startSmtpCapture } from '../../test/smtp-capture';
import { devMailboxTransport, PermanentMailError, smtpTransport } from './mail-transport';
import { MailWorker, mailHealth, messageIdFor } from './mail-worker';

describe('mail worker', () => {
  let database: TestDatabase;
  let pool: pg.Pool;
  let smtp: SmtpCapture;

  beforeEach(async () => {
    database = await createTestDatabase();
    pool = new pg.Pool({ connectionString: database.url, max: 4 });
    smtp = await startSmtpCapture();
  });
  afterEach(async () => {
    await smtp.close();
    await pool.end();
    await database.drop();
  });

  const worker = (transport = smtpTransport(smtp.url)) =>
    new MailWorker({
      pool,
      transport,
      from: 'SkillShift <no-reply@skillshift.test>',
      messageIdDomain: 'skillshift.test',
      idleMillis: 50,
      baseBackoffMillis: 100,
      maxBackoffMillis: 400,
    });

  it('delivers each message once, with a Message-ID derived from its outbox row', async () => {
    const ids = await insertOutboxRows(database.url, 5);
    const sent = await worker().drain();
    expect(sent).toBe(5);
    expect(smtp.messages.map((message) => message.messageId).sort()).toEqual(
      ids.map((id) => messageIdFor(id, 'skillshift.test')).sort(),
    );
    expect(await outboxStatuses(database.url)).toEqual({ SENT: 5 });
  });

  it('gives way to requests in flight: waits while the process is busy, but never longer than its limit per mail', async () => {
    await insertOutboxRows(database.url, 3);
    let busy = true;
    const polite = new MailWorker({
      pool,
      transport: smtpTransport(smtp.url),
      from: 'SkillShift <no-reply@skillshift.test>',
      messageIdDomain: 'skillshift.test',
      idleMillis: 50,
      busy: () => busy,
      giveWayMillis: 400,
    });
    const started = Date.now();
    polite.start();
    try {
      await new Promise((resolve) => setTimeout(resolve, 250));
      // Busy all along: nothing left yet, the worker is still waiting before its first mail.
      expect(smtp.messages).toHaveLength(0);
      await smtp.waitFor(1, 5_000);
      expect(Date.now() - started).toBeGreaterThanOrEqual(400);
      // Once the process is idle, the rest goes out at once.
      busy = false;
      await smtp.waitFor(3, 5_000);
      expect(await outboxStatuses(database.url)).toEqual({ SENT: 3 });
    } finally {
      await polite.stop();
    }
  });

  it('keeps mail while the server refuses, reports degraded, and delivers everything once soon after recovery', async () => {
    smtp.refusing = true;
    await insertOutboxRows(database.url, 20);
    const running = worker();
    running.start();
    try {
      await waitUntil(async () => (await mailHealth(pool)) === 'degraded', 10_000);
      expect(smtp.messages).toHaveLength(0);
      expect(await outboxStatuses(database.url)).toEqual({ PENDING: 20 });

      smtp.refusing = false;
      const recovered = Date.now();
      await smtp.waitFor(20, 15_000);
      expect(Date.now() - recovered).toBeLessThan(10_000);
      await waitUntil(async () => (await outboxStatuses(database.url)).SENT === 20, 5_000);
      expect([...smtp.counts().values()].every((count) => count === 1)).toBe(true);
      expect(smtp.counts().size).toBe(20);
      expect(await mailHealth(pool)).toBe('ok');
    } finally {
      await running.stop();
    }
  });

  it('marks mail expired instead of sending it after its lifetime', async () => {
    smtp.refusing = true;
    await insertOutboxRows(database.url, 3, { expiresAt: new Date(Date.now() + 700) });
    const running = worker();
    running.start();
    await new Promise((resolve) => setTimeout(resolve, 1200));
    smtp.refusing = false;
    await waitUntil(async () => (await outboxStatuses(database.url)).EXPIRED === 3, 5_000);
    await running.stop();
    expect(smtp.messages).toHaveLength(0);
  });

  it('gives up at once on a permanent refusal (5xx) and keeps the reason', async () => {
    const [id] = await insertOutboxRows(database.url, 1);
    const permanent = smtpTransport(smtp.url);
    const original = permanent.send.bind(permanent);
    let calls = 0;
    permanent.send = async (mail, tx) => {
      calls += 1;
      // The real server accepts; we only need the worker's reaction to a 5xx, which nodemailer reports like this.
      if (calls === 1) throw new PermanentMailError('550 mailbox unavailable');
      return original(mail, tx);
    };
    await worker(permanent).drain();
    const { rows } = await pool.query('SELECT status, last_error, attempts FROM outbox_message WHERE id = $1', [id]);
    expect(rows[0]).toEqual({ status: 'FAILED', last_error: '550 mailbox unavailable', attempts: 1 });
    expect(smtp.messages).toHaveLength(0);
  });

  it('delivers into the dev mailbox in the same transaction when no SMTP server is configured', async () => {
    const ids = await insertOutboxRows(database.url, 2);
    await worker(devMailboxTransport()).drain();
    const { rows } = await pool.query('SELECT id, message_id, subject FROM dev_mail ORDER BY subject');
    expect(rows.map((row) => row.id).sort()).toEqual([...ids].sort());
    expect(rows[0].message_id).toBe(messageIdFor(rows[0].id, 'skillshift.test'));
    expect(await outboxStatuses(database.url)).toEqual({ SENT: 2 });
  });

  it('never sends a row twice when several workers run at once', async () => {
    await insertOutboxRows(database.url, 60);
    const workers = [worker(), worker(), worker()];
    workers.forEach((w) => w.start());
    await smtp.waitFor(60, 20_000);
    await Promise.all(workers.map((w) => w.stop()));
    expect(smtp.counts().size).toBe(60);
    expect(smtp.messages).toHaveLength(60);
  });
});

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
