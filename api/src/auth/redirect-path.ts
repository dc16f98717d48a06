const MAX_LENGTH = 500;

/**
 * A path of this web app to return to after signing in, or null. Only same-site paths pass: an absolute URL,
 * a protocol-relative `//host`, a backslash (which browsers read as a slash) or control characters would let a
 * sign-in link send people to another site.
 */
export function safeRedirectPath(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_LENGTH) return null;
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) return null;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(raw)) return null;
  // The API's own endpoints are no place to land after signing in.
  if (/^\/(auth|graphql|dev|health)(\/|\?|$)/.test(raw)) return null;
  return raw;
}
