import { startTestApp, gql, type TestApp } from '../../test/app';
import { createPerson, latestLinkFor } from '../../test/people';

const SIGN_UP = `mutation ($email: String!, $name: String!, $locale: String, $redirectPath: String) {
  signUp(email: $email, name: $name, locale: $locale, redirectPath: $redirectPath)
}`;
const REQUEST = `mutation ($email: String!, $redirectPath: String) {
  requestSignInLink(email: $email, locale: "en", redirectPath: $redirectPath)
}`;
const ORIGIN = 'http://localhost:3000';

describe('signing up from a registration form', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
    await createPerson(app.dataSource, 'known@example.org', [], 'Known Person');
  });
  afterAll(() => app.close());
  beforeEach(() => app.dataSource.query(`DELETE FROM rate_limit_counter`));

  const latestMail = async (to: string) =>
    (
      (await app.dataSource.query(
        `SELECT subject, body_text FROM outbox_message WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1`,
        [to],
      )) as { subject: string; body_text: string }[]
    )[0];

  async function verify(token: string) {
    return app.http.post('/auth/verify').set('origin', ORIGIN).type('form').send({ token, lang: 'en' });
  }

  it('creates the person and mails a confirmation link that returns to the registration form', async () => {
    const response = await gql(app, SIGN_UP, {
      email: ' New.Person@Example.org ',
      name: '  Grete Meyer ',
      locale: 'de',
      redirectPath: '/volunteer/register?event=abc',
    });
    expect(response.body).toEqual({ data: { signUp: true } });
    const [person] = (await app.dataSource.query(`SELECT name, locale FROM person WHERE email = $1`, [
      'new.person@example.org',
    ])) as { name: string; locale: string }[];
    expect(person).toEqual({ name: 'Grete Meyer', locale: 'de' });
    expect((await latestMail('new.person@example.org')).subject).toBe(
      'Bitte bestätigen Sie Ihre Adresse für SkillShift',
    );
    const token = await latestLinkFor(app.dataSource, 'new.person@example.org');
    const verified = await verify(token!);
    expect(verified.status).toBe(303);
    expect(verified.headers.location).toBe('/volunteer/register?event=abc');
  });

  it('answers a known address the same way, sends a plain sign-in link and leaves the name alone', async () => {
    const response = await gql(app, SIGN_UP, { email: 'known@example.org', name: 'Someone Else', locale: 'en' });
    expect(response.body).toEqual({ data: { signUp: true } });
    expect((await latestMail('known@example.org')).subject).toBe('Your sign-in link for SkillShift');
    const [person] = (await app.dataSource.query(`SELECT name FROM person WHERE email = 'known@example.org'`)) as {
      name: string;
    }[];
    expect(person.name).toBe('Known Person');
  });

  it('ignores a redirect to another site and lands on the dashboard', async () => {
    await gql(app, REQUEST, { email: 'known@example.org', redirectPath: '//evil.example/phish' });
    const token = await latestLinkFor(app.dataSource, 'known@example.org');
    const verified = await verify(token!);
    expect(verified.headers.location).toBe('/dashboard');
  });

  it('names every bad field at once, in the caller’s language, and creates nobody', async () => {
    const response = await gql(app, SIGN_UP, { email: 'not-an-address', name: ' ' }).set('accept-language', 'de');
    expect(response.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const fields = (response.body.errors[0].extensions.fields as { path: string; message: string }[]).map(
      (field) => field.path,
    );
    expect(fields).toEqual(['name', 'email']);
    expect(response.body.errors[0].extensions.fields[1].message).toMatch(/E-Mail/);
    const people = (await app.dataSource.query(`SELECT count(*)::int AS n FROM person`)) as { n: number }[];
    expect(people[0].n).toBe(2);
  });

  it('creates one person when the same address signs up twice at once', async () => {
    const twice = await Promise.all(
      [1, 2].map(() => gql(app, SIGN_UP, { email: 'twice@example.org', name: 'Twice', locale: 'en' })),
    );
    expect(twice.map((response) => response.body)).toEqual([{ data: { signUp: true } }, { data: { signUp: true } }]);
    const rows = (await app.dataSource.query(
      `SELECT count(*)::int AS n FROM person WHERE email = 'twice@example.org'`,
    )) as {
      n: number;
    }[];
    expect(rows[0].n).toBe(1);
  });
});
