import { toUiLocale, type UiLocale } from '@skillshift/shared';
import { isValidEmail, normalizeEmail } from '../auth/email-address';

export const ADMIN_USAGE = `Usage: npm run admin -- invite-organizer --email ADDRESS --body "NAME" [--city CITY] [--name "PERSON NAME"] [--locale de|en]

  invite-organizer   creates the organizing body (or reuses the one with that name), gives the person the
                     organizer role in it and mails them an invitation with a sign-in link`;

export class UsageError extends Error {}

export interface InviteOrganizerCommand {
  command: 'invite-organizer';
  email: string;
  body: string;
  city?: string;
  name?: string;
  locale: UiLocale;
}

const OPTIONS = new Set(['--email', '--body', '--city', '--name', '--locale']);

/** Parses `invite-organizer --email … --body …` (also `--email=…`); every problem is named in one message. */
export function parseAdminArgs(argv: string[]): InviteOrganizerCommand {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h') throw new UsageError(ADMIN_USAGE);
  if (command !== 'invite-organizer') throw new UsageError(`Unknown command "${command}".\n\n${ADMIN_USAGE}`);
  const values = new Map<string, string>();
  const problems: string[] = [];
  for (let i = 0; i < rest.length; i += 1) {
    const [flag, inline] = rest[i].split(/=(.*)/s, 2);
    if (!OPTIONS.has(flag)) {
      problems.push(`unknown option "${rest[i]}"`);
      continue;
    }
    const value = inline ?? rest[i + 1];
    if (inline === undefined) i += 1;
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
      problems.push(`${flag} needs a value`);
      if (value?.startsWith('--')) i -= 1;
      continue;
    }
    values.set(flag, value);
  }
  const email = normalizeEmail(values.get('--email') ?? '');
  const body = (values.get('--body') ?? '').trim();
  if (!values.has('--email')) problems.push('--email is required');
  else if (!isValidEmail(email)) problems.push(`--email: "${values.get('--email')}" is not a valid e-mail address`);
  if (!values.has('--body')) problems.push('--body is required');
  else if (!body) problems.push('--body must not be empty');
  else if (body.length > 200) problems.push('--body: at most 200 characters');
  const locale = values.get('--locale');
  if (locale !== undefined && !/^(de|en)$/.test(locale))
    problems.push(`--locale: expected "de" or "en", got "${locale}"`);
  if (problems.length > 0) throw new UsageError(`${problems.join('\n')}\n\n${ADMIN_USAGE}`);
  return {
    command,
    email,
    body,
    city: values.get('--city')?.trim(),
    name: values.get('--name')?.trim(),
    locale: toUiLocale(locale ?? 'de'),
  };
}
