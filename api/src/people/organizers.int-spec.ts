import { startTestApp, gql, type TestApp } from '../../test/app';
import { createBody, createPerson, sessionCookieFor } from '../../test/people';
import { OrganizersService } from './organizers.service';

const INVITE = `mutation ($email: String!, $name: String, $organizingBodyId: ID) {
  inviteOrganizer(email: $email, name: $name, organizingBodyId: $organizingBodyId)
}`;

describe('organizers invite organizers, within their own body only', () => {
  let app: TestApp;
  let lübeck: string;
  let kiel: string;
  let lübeckOrganizer: string;
  let kielOrganizer: string;
  let admin: string;
  let volunteer: string;

  beforeAll(async () => {
    app = await startTestApp();
    lübeck = await createBody(app.dataSource, 'Hansestadt Lübeck');
    kiel = await createBody(app.dataSource, 'Kiel Digital', 'Kiel');
    const cookie = async (email: string, roles: Parameters<typeof createPerson>[2]) =>
      sessionCookieFor(app.dataSource, await createPerson(app.dataSource, email, roles));
    lübeckOrganizer = await cookie('orga@luebeck.example', [{ role: 'ORGANIZER', organizingBodyId: lübeck }]);
    kielOrganizer = await cookie('orga@kiel.example', [{ role: 'ORGANIZER', organizingBodyId: kiel }]);
    admin = await cookie('admin@example.org', [{ role: 'PLATFORM_ADMIN' }]);
    volunteer = await cookie('vol@example.org', [{ role: 'VOLUNTEER' }]);
  });
  afterAll(() => app.close());

  const rolesOf = async (email: string) =>
    (await app.dataSource.query(
      `SELECT r.role, b.name FROM role_assignment r JOIN person p ON p.id = r.person_id
         LEFT JOIN organizing_body b ON b.id = r.organizing_body_id WHERE p.email = $1 ORDER BY b.name`,
      [email],
    )) as { role: string; name: string | null }[];

  it('invites into the organizer’s own body and mails a link that lasts three days', async () => {
    const response = await gql(app, INVITE, { email: 'Neu@Luebeck.example', name: 'Nele Neu' }, lübeckOrganizer);
    expect(response.body).toEqual({ data: { inviteOrganizer: true } });
    expect(await rolesOf('neu@luebeck.example')).toEqual([{ role: 'ORGANIZER', name: 'Hansestadt Lübeck' }]);
    const [mail] = (await app.dataSource.query(
      `SELECT o.subject, o.body_text, t.purpose, round(extract(epoch FROM t.expires_at - t.created_at) / 3600) AS hours
         FROM outbox_message o, sign_in_token t JOIN person p ON p.id = t.person_id
        WHERE o.to_address = 'neu@luebeck.example' AND p.email = o.to_address`,
    )) as { subject: string; body_text: string; purpose: string; hours: string }[];
    expect(mail).toMatchObject({ purpose: 'INVITATION', hours: '72' });
    expect(mail.subject).toBe('Einladung: Veranstalten mit Hansestadt Lübeck bei SkillShift');
    expect(mail.body_text).toContain('Hallo Nele Neu,');
    expect(mail.body_text).toMatch(/\/auth\/verify\?token=[A-Za-z0-9_-]{43}/);
  });

  it('writes the invitation in the language the inviter chose, which a new person keeps for their account', async () => {
    const inLanguage = `mutation ($email: String!, $locale: String) { inviteOrganizer(email: $email, locale: $locale) }`;
    const subjectTo = async (address: string) =>
      (
        (await app.dataSource.query(`SELECT subject FROM outbox_message WHERE to_address = $1`, [address])) as {
          subject: string;
        }[]
      ).map((mail) => mail.subject);
    expect((await gql(app, inLanguage, { email: 'jo@luebeck.example', locale: 'en' }, lübeckOrganizer)).body).toEqual({
      data: { inviteOrganizer: true },
    });
    expect(await subjectTo('jo@luebeck.example')).toEqual([
      'You are invited to organize with Hansestadt Lübeck on SkillShift',
    ]);
    expect(await app.dataSource.query(`SELECT locale FROM person WHERE email = 'jo@luebeck.example'`)).toEqual([
      { locale: 'en' },
    ]);
    // left out, German for someone new
    await gql(app, inLanguage, { email: 'ina@luebeck.example' }, lübeckOrganizer).expect(200);
    expect(await subjectTo('ina@luebeck.example')).toEqual([
      'Einladung: Veranstalten mit Hansestadt Lübeck bei SkillShift',
    ]);
  });

  it('refuses to invite someone who already organizes for the body, in any case, and mails nothing', async () => {
    const mailsTo = async (address: string) =>
      Number(
        (
          (await app.dataSource.query(`SELECT count(*) AS n FROM outbox_message WHERE to_address = $1`, [address])) as {
            n: string;
          }[]
        )[0].n,
      );
    const own = await gql(app, INVITE, { email: 'ORGA@Luebeck.example' }, lübeckOrganizer).set('accept-language', 'de');
    expect(own.body.errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'email', message: 'orga@luebeck.example organisiert bereits für Hansestadt Lübeck.' }],
      translations: expect.any(Object),
    });
    expect(await mailsTo('orga@luebeck.example')).toBe(0);

    await gql(app, INVITE, { email: 'pending@luebeck.example' }, lübeckOrganizer).expect(200);
    expect(await mailsTo('pending@luebeck.example')).toBe(1);
    const again = await gql(app, INVITE, { email: ' Pending@LUEBECK.example' }, lübeckOrganizer);
    expect(again.body.errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          path: 'email',
          message:
            'pending@luebeck.example has already been invited to Hansestadt Lübeck and has not signed in yet. With this address they can ask for a new sign-in link under “Sign in”.',
        },
      ],
      translations: expect.any(Object),
    });
    expect(await mailsTo('pending@luebeck.example')).toBe(1);

    // Organizing for another body is no reason to refuse: Kiel's organizer may join Lübeck too.
    await createPerson(app.dataSource, 'zweite@kiel.example', [{ role: 'ORGANIZER', organizingBodyId: kiel }]);
    const other = await gql(app, INVITE, { email: 'zweite@kiel.example' }, lübeckOrganizer);
    expect(other.body).toEqual({ data: { inviteOrganizer: true } });
  });

  it('refuses an invitation into another body (tenant isolation) and changes nothing', async () => {
    const response = await gql(app, INVITE, { email: 'spy@kiel.example', organizingBodyId: lübeck }, kielOrganizer);
    expect(response.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(await rolesOf('spy@kiel.example')).toEqual([]);
  });

  it('lets a platform admin invite into any body, naming it', async () => {
    const missing = await gql(app, INVITE, { email: 'x@kiel.example' }, admin);
    expect(missing.body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'organizingBodyId', message: 'Please choose the organizing body to invite into.' }],
    });
    const response = await gql(app, INVITE, { email: 'x@kiel.example', organizingBodyId: kiel }, admin);
    expect(response.body).toEqual({ data: { inviteOrganizer: true } });
    expect(await rolesOf('x@kiel.example')).toEqual([{ role: 'ORGANIZER', name: 'Kiel Digital' }]);
  });

  it('refuses anonymous callers and people who organize nothing', async () => {
    expect((await gql(app, INVITE, { email: 'a@b.example' })).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await gql(app, INVITE, { email: 'a@b.example' }, volunteer)).body.errors[0].extensions.code).toBe(
      'FORBIDDEN',
    );
  });

  it('names invalid fields', async () => {
    const response = await gql(app, INVITE, { email: 'nope', name: 'x'.repeat(121) }, lübeckOrganizer);
    expect(response.body.errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { path: 'email', message: 'Please enter a valid e-mail address.' },
        { path: 'name', message: 'Please use at most 120 characters.' },
      ],
      translations: expect.any(Object),
    });
  });

  it('the admin command creates a body once and reuses it by name (any case) for the next organizer', async () => {
    const organizers = app.app.get(OrganizersService);
    const first = await organizers.inviteFirstOrganizer(
      { name: 'Flensburg hilft', city: 'Flensburg' },
      { email: 'eins@flensburg.example', locale: 'en' },
    );
    const second = await organizers.inviteFirstOrganizer(
      { name: ' flensburg HILFT ' },
      { email: 'zwei@flensburg.example' },
    );
    expect(first).toMatchObject({ createdBody: true, createdPerson: true, organizingBodyName: 'Flensburg hilft' });
    expect(second).toMatchObject({ createdBody: false, organizingBodyId: first.organizingBodyId });
    const [mail] = (await app.dataSource.query(
      `SELECT subject FROM outbox_message WHERE to_address = 'eins@flensburg.example'`,
    )) as { subject: string }[];
    expect(mail.subject).toBe('You are invited to organize with Flensburg hilft on SkillShift');
  });
  describe('bodies and their organizers in the web app', () => {
    const BODIES = `{ organizingBodies { id name city } }`;
    const ORGANIZERS = `query ($id: ID!) { bodyOrganizers(organizingBodyId: $id) { name email hasSignedIn } }`;
    const CREATE = `mutation ($name: String!, $city: String, $email: String!, $organizerName: String, $locale: String) {
      createOrganizingBody(name: $name, city: $city, organizerEmail: $email, organizerName: $organizerName, locale: $locale) {
        id name city
      }
    }`;

    it('lists the bodies a person organizes, and every body for admins', async () => {
      const own = await gql(app, BODIES, {}, lübeckOrganizer);
      expect(own.body.data.organizingBodies.map((body: { id: string }) => body.id)).toEqual([lübeck]);
      const all = await gql(app, BODIES, {}, admin);
      const names = all.body.data.organizingBodies.map((body: { name: string }) => body.name);
      expect(names).toEqual(expect.arrayContaining(['Hansestadt Lübeck', 'Kiel Digital']));
      expect((await gql(app, BODIES, {}, volunteer)).body.errors[0].extensions.code).toBe('FORBIDDEN');
      expect((await gql(app, BODIES)).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    });

    it('shows a body’s organizers to its own organizers only', async () => {
      const own = await gql(app, ORGANIZERS, { id: lübeck }, lübeckOrganizer);
      expect(own.body.data.bodyOrganizers).toEqual(
        expect.arrayContaining([{ name: '', email: 'orga@luebeck.example', hasSignedIn: false }]),
      );
      expect((await gql(app, ORGANIZERS, { id: lübeck }, kielOrganizer)).body.errors[0].extensions.code).toBe(
        'FORBIDDEN',
      );
    });

    it('lets admins create a body with its first organizer, once per name in any case', async () => {
      const created = await gql(
        app,
        CREATE,
        { name: 'Rostock Digital', city: 'Rostock', email: 'Erste@Rostock.example', organizerName: 'Erika' },
        admin,
      );
      expect(created.body.data.createOrganizingBody).toMatchObject({ name: 'Rostock Digital', city: 'Rostock' });
      expect(await rolesOf('erste@rostock.example')).toEqual([{ role: 'ORGANIZER', name: 'Rostock Digital' }]);
      const english = await gql(
        app,
        CREATE,
        { name: 'Wismar Digital', city: 'Wismar', email: 'first@wismar.example', locale: 'en' },
        admin,
      );
      expect(english.body.data.createOrganizingBody).toMatchObject({ name: 'Wismar Digital' });
      expect(
        await app.dataSource.query(`SELECT subject FROM outbox_message WHERE to_address = 'first@wismar.example'`),
      ).toEqual([{ subject: 'You are invited to organize with Wismar Digital on SkillShift' }]);
      const again = await gql(app, CREATE, { name: 'rostock digital', email: 'zweite@rostock.example' }, admin).set(
        'accept-language',
        'de',
      );
      expect(again.body.errors[0].extensions.fields).toEqual([
        { path: 'name', message: 'Eine Trägerorganisation namens „rostock digital“ gibt es schon.' },
      ]);
      expect(await rolesOf('zweite@rostock.example')).toEqual([]);
      const denied = await gql(app, CREATE, { name: 'Kiel Zwei', email: 'x@kiel.example' }, kielOrganizer);
      expect(denied.body.errors[0].extensions.code).toBe('FORBIDDEN');
    });

    it('names every invalid field of a new body', async () => {
      const response = await gql(app, CREATE, { name: ' ', email: 'nope' }, admin);
      expect(response.body.errors[0].extensions.fields.map((field: { path: string }) => field.path)).toEqual([
        'name',
        'organizerEmail',
      ]);
    });
  });
});
