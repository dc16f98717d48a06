import { testConfig } from '../../test/config';
import { sessionCookieName, sessionCookieOptions } from './session-cookie';

describe('session cookie', () => {
  it('is __Host- prefixed and Secure in production', () => {
    const config = testConfig({ production: true, publicUrl: 'https://skillshift.example' });
    expect(sessionCookieName(config)).toBe('__Host-skillshift_session');
    expect(sessionCookieOptions(config)).toEqual({ httpOnly: true, sameSite: 'lax', secure: true, path: '/' });
  });

  it('works over plain http in development', () => {
    const config = testConfig();
    expect(sessionCookieName(config)).toBe('skillshift_session');
    expect(sessionCookieOptions(config)).toMatchObject({ httpOnly: true, sameSite: 'lax', secure: false });
  });
});
