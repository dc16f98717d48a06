import { startTestApp, gql, type TestApp } from '../../test/app';
import {
  CHANGE_STATUS,
  COPY_EVENT,
  CREATE_EVENT,
  createEvent,
  DELETE_EVENT,
  EVENT,
  eventInput,
  ORGANIZER_EVENTS,
  PUBLIC_EVENT,
  UPDATE_EVENT,
} from '../../test/events';
import { createBody, createPerson, sessionCookieFor } from '../../test/people';

describe('who may see and change events', () => {
  let app: TestApp;
  let lübeck: string;
  let kiel: string;
  const cookies: Record<'lübeck' | 'kiel' | 'admin' | 'volunteer', string> = {
    lübeck: '',
    kiel: '',
    admin: '',
    volunteer: '',
  };
  let lübeckEvent: { id: string; slots: { id: string }[] };

  beforeAll(async () => {
    app = await startTestApp();
    lübeck = await createBody(app.dataSource, 'Hansestadt Lübeck');
    kiel = await createBody(app.dataSource, 'Kiel Digital', 'Kiel');
    const cookie = async (email: string, roles: Parameters<typeof createPerson>[2]) =>
      sessionCookieFor(app.dataSource, await createPerson(app.dataSource, email, roles));
    cookies.lübeck = await cookie('orga@luebeck.example', [{ role: 'ORGANIZER', organizingBodyId: lübeck }]);
    cookies.kiel = await cookie('orga@kiel.example', [{ role: 'ORGANIZER', organizingBodyId: kiel }]);
    cookies.admin = await cookie('admin@example.org', [{ role: 'PLATFORM_ADMIN' }]);
    cookies.volunteer = await cookie('vol@example.org', [{ role: 'VOLUNTEER' }]);
    lübeckEvent = await createEvent(app, cookies.lübeck, lübeck);
  });
  afterAll(() => app.close());

  /** Every organizer operation on Lübeck's event, as a caller would send it. */
  const operations = () => [
    { name: 'organizerEvents', query: ORGANIZER_EVENTS, variables: { organizingBodyId: lübeck } },
    { name: 'event', query: EVENT, variables: { id: lübeckEvent.id } },
    { name: 'createEvent', query: CREATE_EVENT, variables: { organizingBodyId: lübeck, input: eventInput() } },
    {
      name: 'updateEvent',
      query: UPDATE_EVENT,
      variables: { id: lübeckEvent.id, input: eventInput({ name: 'Gekapert' }) },
    },
    { name: 'changeEventStatus', query: CHANGE_STATUS, variables: { id: lübeckEvent.id, status: 'OPEN' } },
    { name: 'copyEvent', query: COPY_EVENT, variables: { id: lübeckEvent.id, offsetDays: 7, name: 'Kopie' } },
    { name: 'deleteEvent', query: DELETE_EVENT, variables: { id: lübeckEvent.id } },
  ];

  it.each([
    ['anonymous', undefined, 'UNAUTHENTICATED'],
    ['a volunteer', 'volunteer', 'FORBIDDEN'],
    ['an organizer of another body', 'kiel', 'FORBIDDEN'],
  ] as const)('refuses %s every organizer operation and changes nothing', async (_who, caller, code) => {
    const before = await app.dataSource.query(`SELECT id, name, status FROM event ORDER BY id`);
    for (const operation of operations()) {
      const response = await gql(app, operation.query, operation.variables, caller && cookies[caller]);
      expect({ operation: operation.name, code: response.body.errors?.[0]?.extensions?.code }).toEqual({
        operation: operation.name,
        code,
      });
    }
    expect(await app.dataSource.query(`SELECT id, name, status FROM event ORDER BY id`)).toEqual(before);
  });

  it('shows an organizer only their own body’s events', async () => {
    await createEvent(app, cookies.kiel, kiel, { name: 'Kieler Digitalabend', city: 'Kiel' });
    const kielList = await gql(app, ORGANIZER_EVENTS, { organizingBodyId: kiel }, cookies.kiel);
    expect(kielList.body.data.organizerEvents.items.map((event: { name: string }) => event.name)).toEqual([
      'Kieler Digitalabend',
    ]);
    const lübeckList = await gql(app, ORGANIZER_EVENTS, { organizingBodyId: lübeck }, cookies.lübeck);
    expect(lübeckList.body.data.organizerEvents.items.map((event: { id: string }) => event.id)).toEqual([
      lübeckEvent.id,
    ]);
  });

  it('lets a platform admin act in any body', async () => {
    const list = await gql(app, ORGANIZER_EVENTS, { organizingBodyId: lübeck }, cookies.admin);
    expect(list.body.data.organizerEvents.totalCount).toBe(1);
    const created = await gql(app, CREATE_EVENT, { organizingBodyId: kiel, input: eventInput() }, cookies.admin);
    expect(created.body.data.createEvent.organizingBodyName).toBe('Kiel Digital');
  });

  it('shows the public page only while the event is open to the public, without organizer fields', async () => {
    const hidden = await gql(app, PUBLIC_EVENT, { id: lübeckEvent.id });
    expect(hidden.body.errors[0]).toMatchObject({
      message: 'The event was not found.',
      extensions: { code: 'NOT_FOUND' },
    });
    await gql(app, CHANGE_STATUS, { id: lübeckEvent.id, status: 'OPEN' }, cookies.lübeck);
    const shown = await gql(app, PUBLIC_EVENT, { id: lübeckEvent.id });
    expect(shown.body.data.publicEvent).toMatchObject({
      name: 'Nachtschicht Lübeck 2038',
      status: 'OPEN',
      organizingBodyName: 'Hansestadt Lübeck',
      languages: ['de', 'en'],
      volunteerDeadline: '2038-02-25T23:00:00.000Z',
      slots: [
        { startsAt: '2038-03-04T16:00:00.000Z', endsAt: '2038-03-04T18:30:00.000Z' },
        { startsAt: '2038-03-04T18:45:00.000Z', endsAt: '2038-03-04T21:00:00.000Z' },
      ],
    });
    const capacity = await gql(app, `query ($id: ID!) { publicEvent(id: $id) { slots { capacity } } }`, {
      id: lübeckEvent.id,
    });
    expect(capacity.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const garbage = await gql(app, PUBLIC_EVENT, { id: 'not-a-uuid' });
    expect(garbage.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });
});
