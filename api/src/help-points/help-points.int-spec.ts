import { gql, startTestApp, type TestApp } from '../../test/app';
import {
  CREATE_HELP_POINT,
  DELETE_HELP_POINT,
  HELP_POINTS,
  helpPointInput,
  UPDATE_HELP_POINT,
} from '../../test/help-points';
import { createBody, createPerson, sessionCookieFor } from '../../test/people';
import { helpPointsOf } from './help-points.service';

describe('help points for digital participation', () => {
  let app: TestApp;
  let lübeck: string;
  let kiel: string;
  let organizer: string;
  let kielOrganizer: string;
  let volunteer: string;

  beforeAll(async () => {
    app = await startTestApp();
    lübeck = await createBody(app.dataSource, 'Hansestadt Lübeck');
    kiel = await createBody(app.dataSource, 'Landeshauptstadt Kiel', 'Kiel');
    const person = (email: string, roles: Parameters<typeof createPerson>[2]) =>
      createPerson(app.dataSource, email, roles).then((id) => sessionCookieFor(app.dataSource, id));
    organizer = await person('orga@luebeck.example', [{ role: 'ORGANIZER', organizingBodyId: lübeck }]);
    kielOrganizer = await person('orga@kiel.example', [{ role: 'ORGANIZER', organizingBodyId: kiel }]);
    volunteer = await person('ada@example.org', [{ role: 'VOLUNTEER' }]);
  });
  afterAll(() => app.close());

  const create = (input: Record<string, unknown>, cookie = organizer, body = lübeck) =>
    gql(app, CREATE_HELP_POINT, { organizingBodyId: body, input }, cookie);

  it('are added by organizers of the body, cleaned up, and read by everyone', async () => {
    const response = await create(
      helpPointInput({ name: '  Digitalcafé Stadtbibliothek ', languages: ['de', 'de', 'en'], topics: ['DEVICES'] }),
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.createHelpPoint).toMatchObject({
      organizingBodyId: lübeck,
      name: 'Digitalcafé Stadtbibliothek',
      languages: ['de', 'en'],
      topics: ['DEVICES'],
      website: 'https://stadtbibliothek.luebeck.de',
    });
    await create(
      helpPointInput({ name: 'Seniorenbüro St. Lorenz', district: 'St. Lorenz Nord', topics: ['SAFETY_PRIVACY'] }),
    );

    const anonymous = await gql(app, HELP_POINTS, { organizingBodyId: lübeck });
    expect(anonymous.body.errors).toBeUndefined();
    expect(anonymous.body.data.helpPoints.map((point: { name: string }) => point.name)).toEqual([
      'Digitalcafé Stadtbibliothek',
      'Seniorenbüro St. Lorenz',
    ]);
    expect((await gql(app, HELP_POINTS, { organizingBodyId: kiel })).body.data.helpPoints).toEqual([]);
  });

  it('are found by topic for referral mails', async () => {
    const safety = await helpPointsOf(app.dataSource.manager, lübeck, ['SAFETY_PRIVACY']);
    expect(safety.map((point) => point.name)).toEqual(['Seniorenbüro St. Lorenz']);
    expect(await helpPointsOf(app.dataSource.manager, lübeck, ['ACCESSIBILITY'])).toEqual([]);
  });

  it('name every invalid field in the caller’s language and store nothing', async () => {
    const before = await app.dataSource.query(`SELECT count(*)::int AS n FROM help_point`);
    const input = helpPointInput({
      name: 'X',
      city: ' ',
      openingHours: '',
      languages: ['xx'],
      topics: [],
      website: 'not a url',
      postalCode: '23552<script>',
    });
    const english = await create(input);
    expect(english.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const paths = (english.body.errors[0].extensions.fields as { path: string }[]).map((field) => field.path).sort();
    expect(paths).toEqual(
      [
        'input.city',
        'input.languages',
        'input.name',
        'input.openingHours',
        'input.postalCode',
        'input.topics',
        'input.website',
      ].sort(),
    );
    const german = await app.http
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('accept-language', 'de')
      .set('cookie', organizer)
      .send({ query: CREATE_HELP_POINT, variables: { organizingBodyId: lübeck, input } });
    const name = (german.body.errors[0].extensions.fields as { path: string; message: string }[]).find(
      (field) => field.path === 'input.name',
    );
    expect(name?.message).toBe('Bitte verwenden Sie mindestens 2 Zeichen.');
    const fieldsOf = (response: typeof german) =>
      response.body.errors[0].extensions.fields as { path: string; message: string }[];
    expect(fieldsOf(german).find((field) => field.path === 'input.topics')?.message).toBe(
      'Bitte wählen Sie mindestens eine Option aus.',
    );
    // A postcode of too few digits is named as one.
    const shortCode = await create(helpPointInput({ postalCode: '12' }));
    expect(fieldsOf(shortCode)).toEqual([{ path: 'input.postalCode', message: 'Please enter five digits.' }]);
    expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM help_point`)).toEqual(before);
  });

  it('are changed and removed only by organizers of their body', async () => {
    const created = (await create(helpPointInput({ name: 'Stadtteilbüro Moisling' }))).body.data.createHelpPoint;
    for (const cookie of [kielOrganizer, volunteer, undefined]) {
      const update = await gql(
        app,
        UPDATE_HELP_POINT,
        { id: created.id, input: helpPointInput({ name: 'Übernommen' }) },
        cookie,
      );
      expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(update.body.errors[0].extensions.code);
      const removal = await gql(app, DELETE_HELP_POINT, { id: created.id }, cookie);
      expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(removal.body.errors[0].extensions.code);
    }
    expect((await create(helpPointInput(), kielOrganizer)).body.errors[0].extensions.code).toBe('FORBIDDEN');

    const updated = await gql(
      app,
      UPDATE_HELP_POINT,
      {
        id: created.id,
        input: helpPointInput({ name: 'Stadtteilbüro Moisling', openingHours: 'Mo 9–12 Uhr', website: null }),
      },
      organizer,
    );
    expect(updated.body.data.updateHelpPoint).toMatchObject({ openingHours: 'Mo 9–12 Uhr', website: null });
    expect((await gql(app, DELETE_HELP_POINT, { id: created.id }, organizer)).body.data.deleteHelpPoint).toBe(true);
    const gone = await gql(app, DELETE_HELP_POINT, { id: created.id }, organizer);
    expect(gone.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('answers NOT_FOUND for a body that does not exist', async () => {
    const response = await gql(app, HELP_POINTS, { organizingBodyId: 'no-such-body' });
    expect(response.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });
});
