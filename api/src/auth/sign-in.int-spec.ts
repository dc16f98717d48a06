import { startTestApp, gql, type TestApp } from '../../test/app';
import { createBody, createPerson, latestLinkFor } from '../../test/people';

const ME = `{ me { id email name roles { role organizingBodyId organizingBodyName } } }`;
const REQUEST = `mutation ($email: String!, $locale: String) { requestSignInLink(email: $email, locale: $locale) }`;
const ORIGIN = 'http://localhost:3000';

describe('sign-in by e-mail link', () => {
  let app: TestApp;
  let bodyId: string;

  beforeAll(async () => {
    app = await startTestApp();
    bodyId = await createBody(app.dataSource, 'Hansestadt Lübeck');
    await createPerson(app.dataSource, 'ada@example.org', [{ role: 'ORGANIZER', organizingBodyId: bodyId }], 'Ada');
  });
  afterAll(() => app.close());
  // The limits have their own tests (rate-limit.int-spec.ts); here each test starts with fresh counters.
  beforeEach(() => app.dataSource.query(`DELETE FROM rate_limit_counter`));

  async function requestLink(email: string, locale = 'en') {
    const response = await gql(app, REQUEST, { email, locale }).set('x-forwarded-for', '203.0.113.9');
    return { response, token: await latestLinkFor(app.dataSource, email.trim().toLowerCase()) };
  }

  /** POSTs the token as the page's form does and returns the session cookie (`name=value`). */
  async function redeem(token: string) {
    const response = await app.http.post('/auth/verify').set('origin', ORIGIN).type('form').send({ token, lang: 'en' });
    const cookie = ([] as string[]).concat(response.headers['set-cookie'] ?? [])[0];
    return { response, cookie: cookie?.split(';')[0] };
  }

  it('mails a link with a 256-bit token, stores only its hash, and expires the mail with the token', async () => {
    const { response, token } = await requestLink('  Ada@Example.org ');
    expect(response.body).toEqual({ data: { requestSignInLink: true } });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [row] = (await app.dataSource.query(
      `SELECT t.token_hash, t.expires_at - t.created_at AS lifetime, t.requested_ip_hash, o.subject, o.body_text,
              abs(extract(epoch FROM o.expires_at - t.expires_at)) < 0.001 AS same_expiry
         FROM sign_in_token t, outbox_message o`,
    )) as {
      token_hash: string;
      lifetime: { minutes: number };
      requested_ip_hash: string;
      same_expiry: boolean;
      subject: string;
      body_text: string;
    }[];
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.token_hash).not.toContain(token);
    expect(row.lifetime).toMatchObject({ minutes: 10 });
    expect(row.requested_ip_hash).not.toContain('203.0.113');
    expect(row.same_expiry).toBe(true);
    expect(row.subject).toBe('Your sign-in link for SkillShift');
    expect(row.body_text).toContain(`http://localhost:3000/auth/verify?token=${token}&lang=en`);
  });

  it('answers unknown addresses exactly as known ones, in about the same time, and mails nobody', async () => {
    const before = (await app.dataSource.query(`SELECT count(*)::int AS n FROM outbox_message`)) as { n: number }[];
    const timed = async (email: string) => {
      const started = Date.now();
      const { response } = await requestLink(email);
      return { body: response.body as unknown, status: response.status, millis: Date.now() - started };
    };
    const unknown = await timed('nobody@example.org');
    const known = await timed('ada@example.org');
    expect(unknown.body).toEqual(known.body);
    expect(unknown.status).toBe(known.status);
    // Both wait for the same floor, so the database work for a known address does not show.
    expect(unknown.millis).toBeGreaterThanOrEqual(380);
    expect(Math.abs(unknown.millis - known.millis)).toBeLessThan(300);
    const after = (await app.dataSource.query(`SELECT count(*)::int AS n FROM outbox_message`)) as { n: number }[];
    expect(after[0].n - before[0].n).toBe(1);
    expect(await latestLinkFor(app.dataSource, 'nobody@example.org')).toBeUndefined();
  });

  it('names the field when the address is not valid, in the caller’s language', async () => {
    const response = await gql(app, REQUEST, { email: 'not-an-address' }).set('accept-language', 'de');
    expect(response.body.errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'email', message: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.' }],
      // every language, for a form whose language is switched while it shows the problem
      translations: {
        de: {
          message: 'Einige Felder sind nicht richtig ausgefüllt.',
          fields: [{ path: 'email', message: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.' }],
        },
        en: {
          message: 'Some fields are not filled in correctly.',
          fields: [{ path: 'email', message: 'Please enter a valid e-mail address.' }],
        },
      },
    });
  });

  it('refuses the sixth link within 15 minutes for one mailbox with a translated TOO_MANY_REQUESTS', async () => {
    for (let i = 0; i < 5; i += 1)
      expect((await requestLink(`ada+${i}@example.org`)).response.body.errors).toBeUndefined();
    const limited = await gql(app, REQUEST, { email: 'ADA@example.org' }).set('accept-language', 'de');
    expect(limited.body.errors[0]).toMatchObject({
      message: expect.stringMatching(/^Zu viele Anfragen\. Bitte warten Sie \d+ Minuten/),
      extensions: { code: 'TOO_MANY_REQUESTS' },
    });
  });

  it('GET shows a page with a button and changes nothing: the token still works afterwards', async () => {
    const { token } = await requestLink('ada@example.org', 'de');
    for (let i = 0; i < 3; i += 1) {
      const page = await app.http.get(`/auth/verify?token=${token}&lang=de`);
      expect(page.status).toBe(200);
      expect(page.headers['set-cookie']).toBeUndefined();
      expect(page.text).toContain('<html lang="de">');
      expect(page.text).toContain('<form method="post" action="/auth/verify">');
      expect(page.text).toContain('>Anmelden</button>');
      expect(page.text).not.toContain('<script');
    }
    const english = await app.http.get(`/auth/verify?token=${token}`).set('accept-language', 'en-GB');
    expect(english.text).toContain('>Sign in</button>');
    const { response, cookie } = await redeem(token!);
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/dashboard');
    expect(cookie).toMatch(/^skillshift_session=/);
  });

  it('signs in once: the cookie is HttpOnly and SameSite=Lax, `me` has the roles, and a reused link is refused', async () => {
    const { token } = await requestLink('ada@example.org');
    const { response, cookie } = await redeem(token!);
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).toMatch(/Path=\//);
    const me = await gql(app, ME, {}, cookie);
    expect(me.body.data.me).toMatchObject({
      email: 'ada@example.org',
      name: 'Ada',
      roles: [{ role: 'ORGANIZER', organizingBodyId: bodyId, organizingBodyName: 'Hansestadt Lübeck' }],
    });

    const again = await redeem(token!);
    expect(again.response.status).toBe(410);
    expect(again.cookie).toBeUndefined();
    expect(again.response.text).toContain('Request a new sign-in link');
    const page = await app.http.get(`/auth/verify?token=${token}&lang=en`);
    expect(page.status).toBe(410);
  });

  it('refuses an expired link', async () => {
    const { token } = await requestLink('ada@example.org');
    await app.dataSource.query(
      `UPDATE sign_in_token SET expires_at = now() - interval '1 second' WHERE used_at IS NULL`,
    );
    expect((await app.http.get(`/auth/verify?token=${token}`)).status).toBe(410);
    expect((await redeem(token!)).response.status).toBe(410);
  });

  it('refuses a POST from another site (login CSRF) and one with no origin at all', async () => {
    const { token } = await requestLink('ada@example.org');
    const foreign = await app.http
      .post('/auth/verify')
      .set('origin', 'https://evil.example')
      .type('form')
      .send({ token });
    expect(foreign.status).toBe(403);
    const anonymous = await app.http.post('/auth/verify').type('form').send({ token });
    expect(anonymous.status).toBe(403);
    const nullOrigin = await app.http.post('/auth/verify').set('origin', 'null').type('form').send({ token });
    expect(nullOrigin.status).toBe(403);
    // None of them used the token up.
    expect((await redeem(token!)).response.status).toBe(303);
  });

  it('signs out this browser, and everywhere: old cookies stop working', async () => {
    const first = await redeem((await requestLink('ada@example.org')).token!);
    const second = await redeem((await requestLink('ada@example.org')).token!);
    const third = await redeem((await requestLink('ada@example.org')).token!);

    const signOut = await gql(app, 'mutation { signOut }', {}, first.cookie);
    expect(signOut.body).toEqual({ data: { signOut: true } });
    expect(String(signOut.headers['set-cookie'])).toMatch(/skillshift_session=;/);
    expect((await gql(app, ME, {}, first.cookie)).body.data.me).toBeNull();
    expect((await gql(app, ME, {}, second.cookie)).body.data.me).not.toBeNull();

    expect((await gql(app, 'mutation { signOutEverywhere }', {}, second.cookie)).body).toEqual({
      data: { signOutEverywhere: true },
    });
    expect((await gql(app, ME, {}, second.cookie)).body.data.me).toBeNull();
    expect((await gql(app, ME, {}, third.cookie)).body.data.me).toBeNull();
  });

  it('answers `me` with null when anonymous, and asks for sign-in where it is needed', async () => {
    expect((await gql(app, ME)).body).toEqual({ data: { me: null } });
    expect((await gql(app, ME, {}, 'skillshift_session=forged')).body).toEqual({ data: { me: null } });
    const everywhere = await gql(app, 'mutation { signOutEverywhere }');
    expect(everywhere.body.errors[0]).toMatchObject({
      message: 'Please sign in first.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});
