import { isWebRoute } from './web-routes';

describe('isWebRoute', () => {
  it.each(['/', '/dashboard', '/dashboard/', '/events/0b6c', '/organize/b1/events/new', '/manage/events/e1'])(
    'knows %s',
    (path) => expect(isWebRoute(path)).toBe(true),
  );

  it.each(['/nowhere', '/events', '/events/a/b', '/organize/b1', '/dashboard/extra', '/sign-in/x'])(
    'does not know %s',
    (path) => expect(isWebRoute(path)).toBe(false),
  );
});
