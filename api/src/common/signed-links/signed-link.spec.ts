import { signLink, verifyLink } from './signed-link';

const SECRET = 'a-test-secret-that-is-long-enough-0123456789';
const claims = { purpose: 'proposal', subject: '6f1c2b8e-3a0e-4b8e', expiresAt: new Date('2038-03-01T12:00:00Z') };
const before = new Date('2038-02-28T12:00:00Z');

describe('signed links', () => {
  it('round-trips purpose, subject and expiry (to the second) and is URL-safe', () => {
    const token = signLink(SECRET, claims);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(verifyLink(SECRET, token, 'proposal', before)).toEqual({ valid: true, claims });
  });

  it('refuses a link after its expiry', () => {
    const token = signLink(SECRET, claims);
    expect(verifyLink(SECRET, token, 'proposal', new Date('2038-03-01T12:00:00Z'))).toEqual({
      valid: false,
      reason: 'expired',
    });
  });

  it('refuses a link made for another purpose', () => {
    expect(verifyLink(SECRET, signLink(SECRET, claims), 'feedback', before)).toEqual({
      valid: false,
      reason: 'purpose',
    });
  });

  it('refuses a changed subject, a foreign secret and garbage', () => {
    const token = signLink(SECRET, claims);
    const [, signature] = token.split('.');
    const otherSubject = signLink(SECRET, { ...claims, subject: 'another-assignment' }).split('.')[0];
    expect(verifyLink(SECRET, `${otherSubject}.${signature}`, 'proposal', before)).toMatchObject({
      reason: 'signature',
    });
    expect(verifyLink('another-secret-that-is-long-enough-012345', token, 'proposal', before)).toMatchObject({
      reason: 'signature',
    });
    for (const garbage of ['', 'abc', 'a.b.c', 42, null, `${'x'.repeat(1200)}.y`])
      expect(verifyLink(SECRET, garbage, 'proposal', before).valid).toBe(false);
  });
});
