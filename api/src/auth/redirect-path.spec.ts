import { safeRedirectPath } from './redirect-path';

describe('safeRedirectPath', () => {
  it.each(['/volunteer/register?event=1f0', '/nonprofits/register', '/dashboard', '/events/abc#slots'])(
    'keeps the app path %s',
    (path) => expect(safeRedirectPath(path)).toBe(path),
  );

  it.each([
    ['an absolute URL', 'https://evil.example/'],
    ['a protocol-relative URL', '//evil.example/x'],
    ['a backslash', '/\\evil.example'],
    ['a control character', '/a\nb'],
    ['a relative path', 'dashboard'],
    ['the API', '/graphql'],
    ['the sign-in endpoint', '/auth/verify?token=x'],
    ['nothing', ''],
    ['a very long path', `/${'a'.repeat(600)}`],
  ])('refuses %s', (_, path) => expect(safeRedirectPath(path)).toBeNull());

  it('refuses what is not a string', () => {
    expect(safeRedirectPath(null)).toBeNull();
    expect(safeRedirectPath(undefined)).toBeNull();
  });
});
