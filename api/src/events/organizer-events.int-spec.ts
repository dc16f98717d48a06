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
  UPDATE_EVENT,
} from '../../test/events';
import { createBody, createPerson, sessionCookieFor } from '../../test/people';

describe('organizers create and manage events with slots', () => {
  let app: TestApp;
  let lübeck: string;
  let organizer: string;

  beforeAll(async () => {
    app = await startTestApp();
    lübeck = await createBody(app.dataSource, 'Hansestadt Lübeck');
    organizer = await sessionCookieFor(
      app.dataSource,
      await createPerson(app.dataSource, 'orga@luebeck.example', [{ role: 'ORGANIZER', organizingBodyId: lübeck }]),
    );
  });
  afterAll(() => app.close());

  const count = async (table: 'event' | 'slot') =>
    Number(((await app.dataSource.query(`SELECT count(*) AS n FROM ${table}`)) as { n: string }[])[0].n);

  it('creates a draft whose start and end follow from its slots', async () => {
    const response = await gql(app, CREATE_EVENT, { organizingBodyId: lübeck, input: eventInput() }, organizer);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.createEvent).toMatchObject({
      status: 'DRAFT',
      name: 'Nachtschicht Lübeck 2038',
      languages: ['de', 'en'],
      organizingBodyId: lübeck,
      organizingBodyName: 'Hansestadt Lübeck',
      startsAt: '2038-03-04T16:00:00.000Z',
      endsAt: '2038-03-04T21:00:00.000Z',
      nextStatuses: ['OPEN'],
      slots: [
        { capacity: 8, label: 'Erste Runde', startsAt: '2038-03-04T16:00:00.000Z' },
        { capacity: 6, label: null, endsAt: '2038-03-04T21:00:00.000Z' },
      ],
    });
  });

  it('names every invalid field by its path and writes nothing', async () => {
    const before = [await count('event'), await count('slot')];
    const input = eventInput({
      name: 'ab',
      venue: '',
      languages: ['de', 'xx'],
      volunteerDeadline: '2038-03-05T00:00:00.000Z',
      slots: [
        { startsAt: '2038-03-04T16:00:00.000Z', endsAt: '2038-03-04T18:00:00.000Z', capacity: 0 },
        { startsAt: '2038-03-04T19:00:00.000Z', endsAt: '2038-03-04T18:00:00.000Z', capacity: 201 },
      ],
    });
    const response = await gql(app, CREATE_EVENT, { organizingBodyId: lübeck, input }, organizer);
    const { code, fields } = response.body.errors[0].extensions;
    expect(code).toBe('BAD_USER_INPUT');
    expect(fields).toEqual(
      expect.arrayContaining([
        { path: 'input.name', message: 'Please use at least 3 characters.' },
        { path: 'input.languages', message: 'Please choose one of the offered values.' },
        { path: 'input.slots[0].capacity', message: 'Please enter a value of at least 1.' },
        { path: 'input.slots[1].capacity', message: 'Please enter a value of at most 200.' },
        // The rules across fields come in the same answer, not after the fields above are fixed.
        { path: 'input.venue', message: 'Please enter a venue, or mark the event as online.' },
        { path: 'input.slots[1].endsAt', message: 'The end must be after the start.' },
        { path: 'input.volunteerDeadline', message: 'The deadline must be before the first slot starts.' },
      ]),
    );
    expect([await count('event'), await count('slot')]).toEqual(before);

    const crossField = await gql(
      app,
      CREATE_EVENT,
      { organizingBodyId: lübeck, input: { ...input, name: 'Gültig', languages: ['de'], slots: input.slots } },
      organizer,
    );
    expect(crossField.body.errors[0].extensions.fields).toEqual([
      { path: 'input.slots[0].capacity', message: 'Please enter a value of at least 1.' },
      { path: 'input.slots[1].capacity', message: 'Please enter a value of at most 200.' },
      { path: 'input.venue', message: 'Please enter a venue, or mark the event as online.' },
      { path: 'input.slots[1].endsAt', message: 'The end must be after the start.' },
      { path: 'input.volunteerDeadline', message: 'The deadline must be before the first slot starts.' },
    ]);
    // A slot left empty is named with everything else, so the form needs one submit to learn it all.
    const empty = await gql(
      app,
      CREATE_EVENT,
      {
        organizingBodyId: lübeck,
        input: {
          ...input,
          name: '',
          city: '',
          volunteerDeadline: null,
          slots: [{ startsAt: null, endsAt: null, capacity: null }],
        },
      },
      organizer,
    );
    expect(empty.body.errors[0].extensions.fields.map((field: { path: string }) => field.path)).toEqual([
      'input.name',
      'input.city',
      'input.languages',
      'input.slots[0].startsAt',
      'input.slots[0].endsAt',
      'input.slots[0].capacity',
      'input.venue',
    ]);
    const fixed = (input.slots as { capacity: number }[]).map((slot) => ({ ...slot, capacity: 4 }));
    const rules = await gql(
      app,
      CREATE_EVENT,
      { organizingBodyId: lübeck, input: { ...input, name: 'Gültig', languages: ['de'], slots: fixed } },
      organizer,
    );
    expect(rules.body.errors[0].extensions.fields).toEqual([
      { path: 'input.venue', message: 'Please enter a venue, or mark the event as online.' },
      { path: 'input.slots[1].endsAt', message: 'The end must be after the start.' },
      { path: 'input.volunteerDeadline', message: 'The deadline must be before the first slot starts.' },
    ]);
    const noSlots = await gql(
      app,
      CREATE_EVENT,
      { organizingBodyId: lübeck, input: eventInput({ slots: [] }) },
      organizer,
    );
    expect(noSlots.body.errors[0].extensions.fields).toEqual([
      { path: 'input.slots', message: 'Please add at least one entry.' },
    ]);
    expect([await count('event'), await count('slot')]).toEqual(before);
  });

  it('updates settings and slots, keeping the ids of slots it names', async () => {
    const event = await createEvent(app, organizer, lübeck);
    const [first] = event.slots;
    const input = eventInput({
      name: 'Nachtschicht Lübeck Frühjahr',
      online: true,
      venue: null,
      onlineUrl: 'https://meet.example.org/nachtschicht',
      slots: [
        { id: first.id, startsAt: '2038-03-04T15:00:00.000Z', endsAt: '2038-03-04T18:30:00.000Z', capacity: 9 },
        { startsAt: '2038-03-05T16:00:00.000Z', endsAt: '2038-03-05T19:00:00.000Z', capacity: 3, label: 'Tag 2' },
      ],
    });
    const response = await gql(app, UPDATE_EVENT, { id: event.id, input }, organizer);
    expect(response.body.errors).toBeUndefined();
    const updated = response.body.data.updateEvent;
    expect(updated).toMatchObject({
      name: 'Nachtschicht Lübeck Frühjahr',
      online: true,
      onlineUrl: 'https://meet.example.org/nachtschicht',
      startsAt: '2038-03-04T15:00:00.000Z',
      endsAt: '2038-03-05T19:00:00.000Z',
    });
    expect(updated.slots.map((slot: { id: string; capacity: number }) => slot.capacity)).toEqual([9, 3]);
    expect(updated.slots[0].id).toBe(first.id);
    expect(updated.slots.map((slot: { id: string }) => slot.id)).not.toContain(event.slots[1].id);

    const foreignSlot = await gql(
      app,
      UPDATE_EVENT,
      { id: event.id, input: eventInput({ slots: [{ ...(input.slots as object[])[0], id: crypto.randomUUID() }] }) },
      organizer,
    );
    expect(foreignSlot.body.errors[0].extensions.fields).toEqual([
      { path: 'input.slots[0].id', message: 'This slot does not belong to the event.' },
    ]);
    const reloaded = (await gql(app, EVENT, { id: event.id }, organizer)).body.data.event;
    expect(reloaded.name).toBe('Nachtschicht Lübeck Frühjahr');
    // The organizer's page names the body ("All events of Hansestadt Lübeck").
    expect(reloaded.organizingBodyName).toBe('Hansestadt Lübeck');
  });

  it('enforces the lifecycle: opening needs deadlines, a skipped step is a conflict naming both states', async () => {
    const event = await createEvent(app, organizer, lübeck, { nonprofitDeadline: null });
    const opened = await gql(app, CHANGE_STATUS, { id: event.id, status: 'OPEN' }, organizer);
    expect(opened.body.errors[0]).toMatchObject({
      message: 'An event opens for registration only with at least one slot and both registration deadlines.',
      extensions: { code: 'CONFLICT' },
    });
    await gql(app, UPDATE_EVENT, { id: event.id, input: eventInput() }, organizer);
    const open = await gql(app, CHANGE_STATUS, { id: event.id, status: 'OPEN' }, organizer);
    expect(open.body.data.changeEventStatus).toEqual({ id: event.id, status: 'OPEN', nextStatuses: ['CLOSED'] });

    const skip = await gql(app, CHANGE_STATUS, { id: event.id, status: 'PUBLISHED' }, organizer);
    expect(skip.body.errors[0]).toMatchObject({
      message: 'An event cannot go from “open for registration” to “teams published”.',
      extensions: { code: 'CONFLICT' },
    });
    const german = await gql(app, CHANGE_STATUS, { id: event.id, status: 'DRAFT' }, organizer).set(
      'accept-language',
      'de',
    );
    expect(german.body.errors[0].message).toBe(
      'Eine Veranstaltung kann nicht von „offen für Anmeldungen“ zu „in Vorbereitung“ wechseln.',
    );

    const cleared = await gql(
      app,
      UPDATE_EVENT,
      { id: event.id, input: eventInput({ volunteerDeadline: null }) },
      organizer,
    );
    expect(cleared.body.errors[0].extensions.fields).toEqual([
      { path: 'input.volunteerDeadline', message: 'Please fill in this field.' },
    ]);
    for (const status of ['CLOSED', 'OPEN', 'CLOSED', 'MATCHING', 'CLOSED', 'MATCHING'])
      expect(
        (await gql(app, CHANGE_STATUS, { id: event.id, status }, organizer)).body.data.changeEventStatus.status,
      ).toBe(status);
    const slotsLocked = await gql(
      app,
      UPDATE_EVENT,
      { id: event.id, input: eventInput({ slots: (eventInput().slots as object[]).slice(0, 1) }) },
      organizer,
    );
    expect(slotsLocked.body.errors[0]).toMatchObject({
      message: 'The slots can no longer be changed while the event is “forming teams”.',
      extensions: { code: 'CONFLICT' },
    });
    const current = (await gql(app, EVENT, { id: event.id }, organizer)).body.data.event;
    const rename = await gql(
      app,
      UPDATE_EVENT,
      {
        id: event.id,
        input: eventInput({ name: 'Neuer Name', slots: current.slots.map(({ ...slot }) => slot) }),
      },
      organizer,
    );
    expect(rename.body.data.updateEvent.name).toBe('Neuer Name');
    const deletion = await gql(app, DELETE_EVENT, { id: event.id }, organizer);
    expect(deletion.body.errors[0].extensions.code).toBe('CONFLICT');
  });

  it('refuses to finish an event before its last slot has ended, mailing nothing; finishes it afterwards', async () => {
    const event = await createEvent(app, organizer, lübeck);
    // Published without a run: this test is about the step after it.
    await app.dataSource.query(`UPDATE event SET status = 'PUBLISHED' WHERE id = $1`, [event.id]);
    const mails = async () =>
      Number(((await app.dataSource.query(`SELECT count(*) AS n FROM outbox_message`)) as { n: string }[])[0].n);
    const before = await mails();
    const early = await gql(app, CHANGE_STATUS, { id: event.id, status: 'DONE' }, organizer);
    expect(early.body.errors[0]).toMatchObject({
      message:
        'An event can be marked finished only once its last slot has ended: that is when the feedback requests are mailed.',
      extensions: { code: 'CONFLICT' },
    });
    const german = await gql(app, CHANGE_STATUS, { id: event.id, status: 'DONE' }, organizer).set(
      'accept-language',
      'de',
    );
    expect(german.body.errors[0].message).toMatch(/^Eine Veranstaltung kann erst als abgeschlossen markiert werden/);
    expect((await gql(app, EVENT, { id: event.id }, organizer)).body.data.event.status).toBe('PUBLISHED');
    expect(await mails()).toBe(before);

    const { OrganizerEventsService } = await import('./organizer-events.service');
    const service = app.app.get(OrganizerEventsService);
    const signedIn = {
      id: 'organizer',
      sessionId: 'session',
      email: 'orga@luebeck.example',
      name: 'Orga',
      locale: 'en',
      roles: [{ role: 'ORGANIZER' as const, organizingBodyId: lübeck, organizingBodyName: 'Hansestadt Lübeck' }],
    };
    // The first slot is over, the second not yet.
    await expect(
      service.changeStatus(signedIn, event.id, 'DONE', new Date('2038-03-04T20:59:00.000Z')),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const done = await service.changeStatus(signedIn, event.id, 'DONE', new Date('2038-03-04T21:00:00.000Z'));
    expect(done.status).toBe('DONE');
  });

  it('copies from the last edition: a draft with the same settings, slots moved on the Berlin calendar', async () => {
    const last = await createEvent(app, organizer, lübeck);
    await gql(app, CHANGE_STATUS, { id: last.id, status: 'OPEN' }, organizer);
    const response = await gql(
      app,
      COPY_EVENT,
      { id: last.id, offsetDays: 182, name: 'Nachtschicht Herbst' },
      organizer,
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.copyEvent).toMatchObject({
      name: 'Nachtschicht Herbst',
      status: 'DRAFT',
      venue: 'Kulturwerft Gollan',
      languages: ['de', 'en'],
      // 17:00 Berlin in winter (UTC+1) stays 17:00 in summer (UTC+2).
      startsAt: '2038-09-02T15:00:00.000Z',
      volunteerDeadline: '2038-08-26T22:00:00.000Z',
      slots: [
        { capacity: 8, label: 'Erste Runde', startsAt: '2038-09-02T15:00:00.000Z', endsAt: '2038-09-02T17:30:00.000Z' },
        { capacity: 6, label: null, startsAt: '2038-09-02T17:45:00.000Z', endsAt: '2038-09-02T20:00:00.000Z' },
      ],
    });
    const invalid = await gql(app, COPY_EVENT, { id: last.id, offsetDays: 5000, name: 'x' }, organizer);
    expect(invalid.body.errors[0].extensions.fields).toEqual([
      { path: 'name', message: 'Please use at least 3 characters.' },
      { path: 'offsetDays', message: 'Please enter a value of at most 3650.' },
    ]);
    // A number of days left empty is named with the other problems, and nothing is copied.
    const events = await count('event');
    const empty = await gql(app, COPY_EVENT, { id: last.id, offsetDays: null, name: 'x' }, organizer);
    expect(empty.body.errors[0].extensions.fields).toEqual([
      { path: 'name', message: 'Please use at least 3 characters.' },
      { path: 'offsetDays', message: 'Please enter a whole number.' },
    ]);
    expect(await count('event')).toBe(events);
  });

  it('lists the body’s events page by page with their total, and deletes drafts', async () => {
    const page = await gql(app, ORGANIZER_EVENTS, { organizingBodyId: lübeck, limit: 2, offset: 0 }, organizer);
    const { totalCount, items } = page.body.data.organizerEvents;
    expect(items).toHaveLength(2);
    expect(totalCount).toBe(await count('event'));
    const rest = await gql(app, ORGANIZER_EVENTS, { organizingBodyId: lübeck, limit: 100, offset: 2 }, organizer);
    expect(rest.body.data.organizerEvents.items).toHaveLength(totalCount - 2);
    const tooMany = await gql(app, ORGANIZER_EVENTS, { organizingBodyId: lübeck, limit: 101 }, organizer);
    expect(tooMany.body.errors[0].extensions.fields).toEqual([
      { path: 'limit', message: 'Please enter a value of at most 100.' },
    ]);

    const draft = await createEvent(app, organizer, lübeck);
    expect((await gql(app, DELETE_EVENT, { id: draft.id }, organizer)).body.data.deleteEvent).toBe(true);
    expect(await app.dataSource.query(`SELECT id FROM slot WHERE event_id = $1`, [draft.id])).toEqual([]);
    expect((await gql(app, EVENT, { id: draft.id }, organizer)).body.errors[0].extensions.code).toBe('NOT_FOUND');
  });
});
