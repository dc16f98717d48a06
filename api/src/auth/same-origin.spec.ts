import { type Request } from 'express';
import { isSameOriginPost } from './same-origin';

const request = (headers: Record<string, string>) =>
  ({ headers: { host: 'app.internal:3000', ...headers } }) as Request;
const PUBLIC_URL = 'https://skillshift.example';

describe('same-origin check for the sign-in form', () => {
  it.each([
    [{ origin: 'https://skillshift.example' }, true],
    [{ origin: 'http://app.internal:3000' }, true],
    [{ referer: 'https://skillshift.example/auth/verify?token=x' }, true],
    [{ origin: 'https://evil.example' }, false],
    [{ origin: 'https://skillshift.example.evil.example' }, false],
    [{ origin: 'null' }, false],
    [{ origin: 'not a url' }, false],
    [{ referer: 'https://evil.example/skillshift.example' }, false],
    [{}, false],
  ])('%p → %p', (headers, expected) => {
    expect(isSameOriginPost(request(headers), PUBLIC_URL)).toBe(expected);
  });
});
