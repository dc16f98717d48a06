import { isEmail } from 'class-validator';

export const EMAIL_MAX_LENGTH = 254;

/** How addresses are stored and compared: trimmed and lower-cased (the unique index relies on it). */
export const normalizeEmail = (raw: string): string => raw.trim().toLowerCase();

export const isValidEmail = (email: string): boolean =>
  email.length <= EMAIL_MAX_LENGTH && isEmail(email, { allow_utf8_local_part: true, require_tld: false });

const DOTLESS_DOMAINS = new Map([
  ['gmail.com', 'gmail.com'],
  ['googlemail.com', 'gmail.com'],
]);

/**
 * The mailbox an address ends up in, for rate limits only: `ada+1@x`, `ada+2@x` and (at Gmail) `a.da@gmail.com` all
 * reach Ada, so asking for links to each of them must count against one limit.
 */
export function mailboxKey(email: string): string {
  const normalized = normalizeEmail(email);
  const at = normalized.lastIndexOf('@');
  if (at < 0) return normalized;
  let local = normalized.slice(0, at).split('+')[0];
  let domain = normalized.slice(at + 1);
  const dotless = DOTLESS_DOMAINS.get(domain);
  if (dotless) {
    local = local.replaceAll('.', '');
    domain = dotless;
  }
  return `${local}@${domain}`;
}
