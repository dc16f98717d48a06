import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Links in mails that work without signing in (accept or decline a proposal, give feedback): the link names what it
 * is for and until when, and carries an HMAC of that with APP_SECRET. Nothing is stored per link; a changed, foreign
 * or expired link is refused. What a link may do once is decided by the action itself (the answer is kept), not here.
 */
export interface SignedLinkClaims {
  /** What the link is for, e.g. `proposal` or `feedback`; a link for one purpose never works for another. */
  purpose: string;
  /** The record it is about (an assignment id, a feedback request id). */
  subject: string;
  /** Until when the link works. */
  expiresAt: Date;
}

export type SignedLinkCheck =
  | { valid: true; claims: SignedLinkClaims }
  | { valid: false; reason: 'malformed' | 'signature' | 'purpose' | 'expired' };

const SEPARATOR = '.';

export function signLink(secret: string, claims: SignedLinkClaims): string {
  const payload = Buffer.from(
    JSON.stringify([claims.purpose, claims.subject, Math.floor(claims.expiresAt.getTime() / 1000)]),
    'utf8',
  ).toString('base64url');
  return `${payload}${SEPARATOR}${mac(secret, payload)}`;
}

/** Checks the signature first (a forged token learns nothing else), then purpose and expiry. */
export function verifyLink(secret: string, token: unknown, purpose: string, now = new Date()): SignedLinkCheck {
  if (typeof token !== 'string' || token.length > 1000) return { valid: false, reason: 'malformed' };
  const [payload, signature, ...rest] = token.split(SEPARATOR);
  if (!payload || !signature || rest.length > 0) return { valid: false, reason: 'malformed' };
  const expected = Buffer.from(mac(secret, payload), 'utf8');
  const given = Buffer.from(signature, 'utf8');
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return { valid: false, reason: 'signature' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { valid: false, reason: 'malformed' };
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 3 ||
    typeof parsed[0] !== 'string' ||
    typeof parsed[1] !== 'string' ||
    !Number.isInteger(parsed[2])
  )
    return { valid: false, reason: 'malformed' };
  const claims: SignedLinkClaims = {
    purpose: parsed[0],
    subject: parsed[1],
    expiresAt: new Date((parsed[2] as number) * 1000),
  };
  if (claims.purpose !== purpose) return { valid: false, reason: 'purpose' };
  if (claims.expiresAt.getTime() <= now.getTime()) return { valid: false, reason: 'expired' };
  return { valid: true, claims };
}

function mac(secret: string, payload: string): string {
  return createHmac('sha256', `signed-link:${secret}`).update(payload, 'utf8').digest('base64url');
}
