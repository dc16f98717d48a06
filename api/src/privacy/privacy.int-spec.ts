import { gql, startTestApp, type TestApp } from '../../test/app';
import { createEvent } from '../../test/events';
import { createBody, createPerson, sessionCookieFor } from '../../test/people';
import { countRows, createChallenge, createOpenEvent } from '../../test/volunteers';

const ERASE_ME = `mutation ($confirm: Boolean!) { eraseMyAccount(confirm: $confirm) }`;
const ERASE_FOR_BODY = `mutation ($body: ID!, $person: ID!, $confirm: Boolean!) {
  erasePersonForBody(organizingBodyId: $body, personId: $person, confirm: $confirm)
}`;
const BODY_PEOPLE = `query ($body: ID!, $search: String!) {
  bodyPeople(organizingBodyId: $body, search: $search) { id name email phone volunteerRegistrations nonprofits staff }
}`;
const CONSENTS = `{ myConsentRecords { purpose textVersion method recordedByName givenAt withdrawnAt } }`;

describe('privacy: consents, download and erasure', () => {
  let app: TestApp;
  let lübeck: string;
  let kiel: string;
  let openEvent: { id: string; slots: { id: string }[] };
  let pastEvent: { id: string; slots: { id: string }[] };
  let organizer: { id: string; cookie: string };
  let kielOrganizer: { id: string; cookie: string };

  async function person(email: string, roles: Parameters<typeof createPerson>[2] = [], name = '') {
    const id = await createPerson(app.dataSource, email, roles, name);
    return { id, cookie: await sessionCookieFor(app.dataSource, id) };
  }

  /** A volunteer of both Lübeck events, contact of a nonprofit with a challenge they wrote, with consents and mail. */
  async function participant(email: string, name: string) {
    const { dataSource } = app;
    const someone = await person(email, [{ role: 'VOLUNTEER' }, { role: 'NONPROFIT_CONTACT' }], name);
    await dataSource.query(`UPDATE person SET phone = '0451 999' WHERE id = $1`, [someone.id]);
    await dataSource.query(
      `INSERT INTO volunteer_profile (person_id, employer, skills, languages, formats, causes)
       VALUES ($1, 'Analytical Engines GmbH', '[{"skill": "web.cms.wordpress", "level": 3}]', '{de}', '{ONSITE}', '{SENIORS}')`,
      [someone.id],
    );
    for (const event of [openEvent, pastEvent])
      await dataSource.query(`INSERT INTO volunteer_registration (event_id, person_id) VALUES ($1, $2)`, [
        event.id,
        someone.id,
      ]);
    await dataSource.query(
      `INSERT INTO consent_record (person_id, purpose, text_version, method, recorded_by_id)
       VALUES ($1, 'VOLUNTEER_PROFILE', '2026-11-1', 'PHONE', $2)`,
      [someone.id, organizer.id],
    );
    const challenge = await createChallenge(dataSource, {
      organizingBodyId: lübeck,
      eventId: pastEvent.id,
      status: 'ACCEPTED',
      title: `Website für ${name}`,
      skills: [],
      slotIds: [],
    });
    await dataSource.query(`UPDATE challenge SET created_by_id = $2 WHERE id = $1`, [challenge, someone.id]);
    await dataSource.query(
      `INSERT INTO nonprofit_contact (nonprofit_id, person_id) SELECT nonprofit_id, $2 FROM challenge WHERE id = $1`,
      [challenge, someone.id],
    );
    await dataSource.query(
      `INSERT INTO outbox_message (to_address, locale, template, subject, body_text, body_html)
       VALUES ($1, 'de', 'test', 'Hallo', 'Hallo ${name}', '<p>Hallo</p>')`,
      [email],
    );
    return { ...someone, challenge };
  }

  /** The person turned off the invitations of the nonprofit of their challenge (as in its profile); its id. */
  async function turnInvitationsOff(challenge: string, personId: string): Promise<string> {
    const [{ id }] = (await app.dataSource.query(`SELECT nonprofit_id AS id FROM challenge WHERE id = $1`, [
      challenge,
    ])) as { id: string }[];
    await app.dataSource.query(
      `UPDATE nonprofit SET invite_to_next_editions = false, invitations_changed_at = now(), invitations_changed_by_id = $2
        WHERE id = $1`,
      [id, personId],
    );
    return id;
  }

  const audit = (action: string, subject: string) =>
    app.dataSource.query(
      `SELECT organizing_body_id AS body, actor_id AS actor, actor_name AS "actorName", details
         FROM audit_log WHERE action = $1 AND subject_id = $2 ORDER BY at`,
      [action, subject],
    ) as Promise<{ body: string; actor: string | null; actorName: string; details: Record<string, unknown> }[]>;

  beforeAll(async () => {
    app = await startTestApp();
    lübeck = await createBody(app.dataSource, 'Hansestadt Lübeck');
    kiel = await createBody(app.dataSource, 'Landeshauptstadt Kiel', 'Kiel');
    organizer = await person('olga@luebeck.example', [{ role: 'ORGANIZER', organizingBodyId: lübeck }], 'Olga Orga');
    kielOrganizer = await person('kai@kiel.example', [{ role: 'ORGANIZER', organizingBodyId: kiel }]);
    openEvent = await createOpenEvent(app, organizer.cookie, lübeck);
    pastEvent = await createEvent(app, organizer.cookie, lübeck, { name: 'Nachtschicht Lübeck 2026' });
    await app.dataSource.query(`UPDATE event SET status = 'DONE' WHERE id = $1`, [pastEvent.id]);
  });
  afterAll(() => app.close());

  it('shows the person their consent records', async () => {
    const ada = await participant('ada@example.org', 'Ada Lovelace');
    const response = await gql(app, CONSENTS, {}, ada.cookie);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.myConsentRecords).toEqual([
      expect.objectContaining({
        purpose: 'VOLUNTEER_PROFILE',
        textVersion: '2026-11-1',
        method: 'PHONE',
        recordedByName: 'Olga Orga',
      }),
    ]);
    expect((await gql(app, CONSENTS)).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('lets a person download everything held about them, without tokens, and audit-logs it', async () => {
    const grace = await participant('grace@example.org', 'Grace Hopper');
    await turnInvitationsOff(grace.challenge, grace.id);
    expect((await app.http.get('/api/exports/my-personal-data.json')).status).toBe(401);
    const response = await app.http.get('/api/exports/my-personal-data.json').set('cookie', grace.cookie);
    expect(response.status).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="skillshift-personal-data-/);
    const data = JSON.parse(response.text) as Record<string, unknown>;
    expect(data).toMatchObject({
      format: 'skillshift-personal-data/1',
      person: { id: grace.id, email: 'grace@example.org', name: 'Grace Hopper', phone: '0451 999' },
      volunteerProfile: { employer: 'Analytical Engines GmbH', formats: ['ONSITE'], causes: ['SENIORS'] },
      consentRecords: [expect.objectContaining({ purpose: 'VOLUNTEER_PROFILE', recordedBy: 'Olga Orga' })],
      challengesCreated: [expect.objectContaining({ title: 'Website für Grace Hopper' })],
      // The nonprofit's setting that decides whether the person is mailed its next editions.
      nonprofitMemberships: [expect.objectContaining({ inviteToNextEditions: false })],
      // She turned them off: when she did is hers.
      nonprofitsRegistered: [expect.objectContaining({ registered: false, invitationsChangedAt: expect.any(String) })],
      mails: [expect.objectContaining({ subject: 'Hallo', status: 'PENDING' })],
    });
    expect(data.tables).toEqual(
      expect.arrayContaining(['person', 'volunteer_registration', 'session', 'outbox_message']),
    );
    expect(data.volunteerRegistrations).toHaveLength(2);
    expect((data.roles as { role: string }[]).map((role) => role.role).sort()).toEqual([
      'NONPROFIT_CONTACT',
      'VOLUNTEER',
    ]);
    expect((data.sessions as unknown[]).length).toBeGreaterThan(0);
    expect(response.text).not.toMatch(/token_?hash|ip_?hash/i);
    expect(response.text).not.toContain(grace.cookie.split('=')[1]);
    expect(await audit('PERSONAL_DATA_EXPORTED', grace.id)).toEqual([
      { body: lübeck, actor: grace.id, actorName: '', details: {} },
    ]);
  });

  it('erases an account only when confirmed, and then leaves only anonymous contributions', async () => {
    const ada = await participant('ada2@example.org', 'Ada Byron');
    const nonprofitId = await turnInvitationsOff(ada.challenge, ada.id);
    const registrationsBefore = await countRows(app.dataSource, 'volunteer_registration');
    const challengesBefore = await countRows(app.dataSource, 'challenge');

    const unconfirmed = await gql(app, ERASE_ME, { confirm: false }, ada.cookie);
    expect(unconfirmed.body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'confirm' }],
    });
    expect(await countRows(app.dataSource, 'person', 'id = $1 AND erased_at IS NULL', [ada.id])).toBe(1);

    const response = await gql(app, ERASE_ME, { confirm: true }, ada.cookie);
    expect(response.body).toEqual({ data: { eraseMyAccount: true } });
    expect(String(response.headers['set-cookie'])).toMatch(/skillshift_session=;/);

    const [tombstone] = (await app.dataSource.query(`SELECT * FROM person WHERE id = $1`, [ada.id])) as Record<
      string,
      unknown
    >[];
    expect(tombstone).toMatchObject({ name: '', email: null, phone: null });
    expect(tombstone.erased_at).toBeInstanceOf(Date);
    for (const table of ['session', 'sign_in_token', 'role_assignment', 'volunteer_profile', 'nonprofit_contact'])
      expect({ table, rows: await countRows(app.dataSource, table, 'person_id = $1', [ada.id]) }).toEqual({
        table,
        rows: 0,
      });
    expect(await countRows(app.dataSource, 'outbox_message', 'to_address = $1', ['ada2@example.org'])).toBe(0);
    // What Ada contributed still counts, without her name.
    expect(await countRows(app.dataSource, 'volunteer_registration')).toBe(registrationsBefore);
    expect(await countRows(app.dataSource, 'challenge')).toBe(challengesBefore);
    const statuses = (await app.dataSource.query(
      `SELECT e.status AS event, r.status FROM volunteer_registration r JOIN event e ON e.id = r.event_id
        WHERE r.person_id = $1 ORDER BY e.status::text`,
      [ada.id],
    )) as { event: string; status: string }[];
    expect(statuses).toEqual([
      { event: 'DONE', status: 'REGISTERED' },
      { event: 'OPEN', status: 'WITHDRAWN' },
    ]);
    expect(
      await countRows(app.dataSource, 'challenge', 'id = $1 AND created_by_id = $2', [ada.challenge, ada.id]),
    ).toBe(1);
    expect(await countRows(app.dataSource, 'consent_record', 'person_id = $1', [ada.id])).toBe(1);
    // Her nonprofit's invitations stay off; that she turned them off no longer names her.
    const seen = await gql(
      app,
      `query ($id: ID!) { nonprofit(id: $id) { invitationsChange { at byName } } }`,
      { id: nonprofitId },
      organizer.cookie,
    );
    const { nonprofit } = seen.body.data;
    expect(nonprofit.invitationsChange).toEqual({ at: expect.any(String), byName: null });
    expect((await gql(app, `{ me { id } }`, {}, ada.cookie)).body.data.me).toBeNull();
    expect(await audit('ACCOUNT_ERASED', ada.id)).toEqual([
      { body: lübeck, actor: ada.id, actorName: '', details: { reason: 'SELF' } },
    ]);
    expect((await app.http.get('/api/exports/my-personal-data.json').set('cookie', ada.cookie)).status).toBe(401);
  });

  it('lets organizers of the body find a person and act on their request, and nobody else', async () => {
    const bob = await participant('bob@example.org', 'Bob Builder');
    const found = await gql(app, BODY_PEOPLE, { body: lübeck, search: 'builder' }, organizer.cookie);
    expect(found.body.data.bodyPeople).toEqual([
      {
        id: bob.id,
        name: 'Bob Builder',
        email: 'bob@example.org',
        phone: '0451 999',
        volunteerRegistrations: 2,
        nonprofits: [expect.stringContaining('Website für Bob Builder')],
        staff: false,
      },
    ]);
    expect(
      (await gql(app, BODY_PEOPLE, { body: lübeck, search: '0451999' }, organizer.cookie)).body.data.bodyPeople,
    ).toHaveLength(await countRows(app.dataSource, 'person', `phone = '0451 999' AND erased_at IS NULL`));
    const short = await gql(app, BODY_PEOPLE, { body: lübeck, search: 'b' }, organizer.cookie);
    expect(short.body.errors[0].extensions.fields).toEqual([
      { path: 'search', message: 'Please use at least 2 characters.' },
    ]);
    expect(
      (await gql(app, BODY_PEOPLE, { body: kiel, search: 'builder' }, kielOrganizer.cookie)).body.data.bodyPeople,
    ).toEqual([]);
    expect(
      (await gql(app, BODY_PEOPLE, { body: lübeck, search: 'builder' }, kielOrganizer.cookie)).body.errors[0].extensions
        .code,
    ).toBe('FORBIDDEN');

    const path = (body: string) => `/api/exports/bodies/${body}/people/${bob.id}/personal-data.json`;
    expect((await app.http.get(path(lübeck)).set('cookie', kielOrganizer.cookie)).status).toBe(403);
    expect((await app.http.get(path(kiel)).set('cookie', kielOrganizer.cookie)).status).toBe(404);
    expect((await app.http.get(path(lübeck)).set('cookie', bob.cookie)).status).toBe(403);
    const download = await app.http.get(path(lübeck)).set('cookie', organizer.cookie);
    expect(download.status).toBe(200);
    expect(JSON.parse(download.text)).toMatchObject({ person: { email: 'bob@example.org' } });

    for (const [body, cookie] of [
      [lübeck, kielOrganizer.cookie],
      [kiel, kielOrganizer.cookie],
      [lübeck, bob.cookie],
    ] as const) {
      const refused = await gql(app, ERASE_FOR_BODY, { body, person: bob.id, confirm: true }, cookie);
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(refused.body.errors[0].extensions.code);
    }
    expect(await countRows(app.dataSource, 'person', 'id = $1 AND erased_at IS NULL', [bob.id])).toBe(1);

    const erased = await gql(app, ERASE_FOR_BODY, { body: lübeck, person: bob.id, confirm: true }, organizer.cookie);
    expect(erased.body).toEqual({ data: { erasePersonForBody: true } });
    expect(
      await countRows(app.dataSource, 'person', 'id = $1 AND email IS NULL AND erased_at IS NOT NULL', [bob.id]),
    ).toBe(1);
    expect(await audit('PERSONAL_DATA_EXPORTED', bob.id)).toEqual([
      { body: lübeck, actor: organizer.id, actorName: 'Olga Orga', details: { reason: 'ASSISTED' } },
    ]);
    expect(await audit('ACCOUNT_ERASED', bob.id)).toEqual([
      { body: lübeck, actor: organizer.id, actorName: 'Olga Orga', details: { reason: 'ASSISTED' } },
    ]);
    const again = await gql(app, ERASE_FOR_BODY, { body: lübeck, person: bob.id, confirm: true }, organizer.cookie);
    expect(again.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('keeps staff accounts out of assisted erasure and bodies from losing their last organizer', async () => {
    const colleague = await person('carl@luebeck.example', [{ role: 'ORGANIZER', organizingBodyId: lübeck }]);
    const staff = await gql(
      app,
      ERASE_FOR_BODY,
      { body: lübeck, person: colleague.id, confirm: true },
      organizer.cookie,
    );
    expect(staff.body.errors[0].extensions.code).toBe('CONFLICT');

    const alone = await gql(app, ERASE_ME, { confirm: true }, kielOrganizer.cookie);
    expect(alone.body.errors[0]).toMatchObject({
      message:
        'You are the only organizer of “Landeshauptstadt Kiel”. Please invite another organizer before you erase your account.',
      extensions: { code: 'CONFLICT' },
    });
    // With a colleague in Lübeck, Carl may leave.
    expect((await gql(app, ERASE_ME, { confirm: true }, colleague.cookie)).body.data.eraseMyAccount).toBe(true);
    expect(await countRows(app.dataSource, 'role_assignment', 'person_id = $1', [colleague.id])).toBe(0);
  });
});
