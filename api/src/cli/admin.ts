import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { SessionService } from '../auth/session.service';
import { SignInService } from '../auth/sign-in.service';
import { loadAppConfig } from '../config/app-config';
import { ConfigError } from '../config/config.schema';
import { setLogLevel } from '../common/logging/logger';
import { dataSourceOptions, runMigrations } from '../database/data-source';
import { OutboxService } from '../notifications/outbox.service';
import { OrganizersService } from '../people/organizers.service';
import { parseAdminArgs, UsageError } from './admin-args';
import { openCliDatabase } from './cli-database';

/**
 * `npm run admin -- invite-organizer --email ADDRESS --body "NAME"`. Uses DATABASE_URL, the embedded PostgreSQL of a
 * running `npm start`, or starts the embedded one for the moment. The invitation goes into the outbox: the mail worker
 * of a running server (or the next start) delivers it.
 */
async function main(): Promise<void> {
  const command = parseAdminArgs(process.argv.slice(2));
  setLogLevel('warn');
  const base = loadAppConfig();
  const database = await openCliDatabase(base);
  // Links in the invitation must point at the server that is running, not at this command's default port.
  const config = { ...base, publicUrl: database.publicUrl };
  try {
    await runMigrations(database.url);
    const dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
    try {
      const signIn = new SignInService(dataSource, config, new OutboxService(), new SessionService(dataSource));
      const result = await new OrganizersService(dataSource, signIn).inviteFirstOrganizer(
        { name: command.body, city: command.city },
        { email: command.email, name: command.name, locale: command.locale },
      );
      console.log(
        [
          `${result.createdBody ? 'Created' : 'Reused'} organizing body "${result.organizingBodyName}" (${result.organizingBodyId}).`,
          `${command.email} is an organizer of it${result.createdPerson ? ' (new person)' : ''}.`,
          config.smtpUrl
            ? 'The invitation mail is queued and goes out through SMTP_URL.'
            : `The invitation mail is queued; a running server (or its next start) delivers it to ${config.publicUrl}/dev/mailbox.`,
        ].join('\n'),
      );
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError || error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
