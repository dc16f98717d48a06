import { logger } from '../common/logging/logger';
import { endPool, resilientPool } from '../database/pool';
import { devMailboxTransport, smtpTransport } from './mail-transport';
import { MailWorker } from './mail-worker';

/**
 * A mail worker on its own, without the API: `DATABASE_URL=… [SMTP_URL=…] node dist/notifications/mail-worker.main.js`.
 * The API runs the same worker in-process; extra workers may run beside it, as they claim rows with SKIP LOCKED.
 */
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('DATABASE_URL: required');
  process.exit(1);
}
const pool = resilientPool('skillshift-mail-worker', { connectionString: databaseUrl, max: 2 });
const transport = process.env.SMTP_URL ? smtpTransport(process.env.SMTP_URL) : devMailboxTransport();
const worker = new MailWorker({
  pool,
  transport,
  from: process.env.MAIL_FROM ?? 'SkillShift <no-reply@skillshift.local>',
  messageIdDomain: process.env.MAIL_MESSAGE_ID_DOMAIN ?? 'skillshift.local',
  idleMillis: Number(process.env.MAIL_IDLE_MS ?? 1000),
  baseBackoffMillis: Number(process.env.MAIL_BACKOFF_MS ?? 5000),
  maxBackoffMillis: Number(process.env.MAIL_MAX_BACKOFF_MS ?? 600_000),
});
worker.start();
logger.info('mail worker started');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void worker.stop().then(async () => {
      transport.close();
      await endPool(pool);
      process.exit(0);
    });
  });
}
