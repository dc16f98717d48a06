import { createHash, createHmac, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: far beyond guessing, and short enough for a link in a mail. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** Tokens carry 256 bits of entropy, so an unsalted SHA-256 is enough to make a stolen table useless. */
export const sha256 = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** Keyed hash for values with little entropy (IP addresses, mail addresses): not reversible by trying them all. */
export const keyedHash = (secret: string, value: string): string =>
  createHmac('sha256', secret).update(value, 'utf8').digest('hex');
