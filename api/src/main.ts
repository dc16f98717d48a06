import 'reflect-metadata';
import { boot } from './boot';
import { ConfigError } from './config/config.schema';
import { loadAppConfig } from './config/app-config';
import { takeOverShutdownSignals } from './database/embedded-postgres';
import { logger, setLogLevel } from './common/logging/logger';
import { DEMO_NONPROFIT_CONTACT } from './seed/demo-nonprofits';
import { DEMO_VOLUNTEER } from './seed/demo-registrations';
import { DEMO_ADMIN, DEMO_ORGANIZER } from './seed/demo-seed';

async function main(): Promise<void> {
  let config;
  try {
    config = loadAppConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  setLogLevel(config.logLevel);
  const started = Date.now();
  const server = await boot(config);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const lines = [
    '',
    `  SkillShift is running at ${config.publicUrl} (ready in ${seconds} s)`,
    `  GraphQL: ${config.publicUrl}/graphql   Health: ${config.publicUrl}/health`,
    config.smtpUrl
      ? '  Mail goes out through SMTP_URL.'
      : `  Dev mailbox (every mail the app sends): ${config.publicUrl}/dev/mailbox`,
    config.databaseUrl ? '  Database: DATABASE_URL' : `  Database: embedded PostgreSQL in ${config.dataDir}/pg`,
    `  Sign in: open ${config.publicUrl}, choose "Anmelden / Sign in", enter ${DEMO_ORGANIZER.email}`,
    `  (the demo organizer; ${DEMO_ADMIN.email} is a platform admin) and open the link in ` +
      (config.smtpUrl ? 'the mail (sent through SMTP_URL)' : `${config.publicUrl}/dev/mailbox`),
    `  Other demo roles: ${DEMO_NONPROFIT_CONTACT.email} (nonprofit contact), ${DEMO_VOLUNTEER.email} (volunteer).`,
    '  Stop with Ctrl-C.',
    '',
  ];
  console.log(lines.join('\n'));

  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'shutting down');
      server.close().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
  // From here on these handlers stop PostgreSQL, after the app has drained, instead of embedded-postgres at once.
  takeOverShutdownSignals();
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'SkillShift could not start');
  process.exit(1);
});
