import { gql, type TestApp, startTestApp } from '../../test/app';
import { AUDIT_LOG, matchingEvent, type MatchingEvent, PIN, REMOVE_PIN, runToEnd } from '../../test/matching';
import { createBody, createPerson, sessionCookieFor } from '../../test/people';
import { recordAudit } from './audit-log';

describe('audit log', () => {
  let app: TestApp;
  let event: MatchingEvent;
  let colleague: { id: string; cookie: string };
  const log = async (filter: Record<string, unknown> | null, cookie = event.organizerCookie, extra = {}) =>
    gql(app, AUDIT_LOG, { bodyId: event.bodyId, filter, ...extra }, cookie);

  beforeAll(async () => {
    app = await startTestApp();
    event = await matchingEvent(app, {
      challenges: [{ title: 'Tafel Lübeck' }],
      volunteers: [{ name: 'Ada Lovelace' }, { name: 'Ben Becker' }],
    });
    const id = await createPerson(
      app.dataSource,
      'colleague@audit.example',
      [{ role: 'ORGANIZER', organizingBodyId: event.bodyId }],
      'Carla Colleague',
    );
    colleague = { id, cookie: await sessionCookieFor(app.dataSource, id) };
    const input = (volunteer: string) => ({
      eventId: event.id,
      challengeId: event.challenges['Tafel Lübeck'],
      volunteerId: event.volunteers[volunteer],
    });
    await runToEnd(app, event.organizerCookie, event.id);
    await gql(app, PIN, { input: input('Ada Lovelace') }, colleague.cookie);
    await gql(app, REMOVE_PIN, { input: input('Ada Lovelace') }, colleague.cookie);
    // An entry of last year, written as the features do, in a transaction of their own.
    await app.dataSource.transaction(async (manager) => {
      await recordAudit(manager, {
        organizingBodyId: event.bodyId,
        eventId: event.id,
        actor: { id: colleague.id, name: 'Carla Colleague' },
        action: 'MATCHING_PAIR_EXCLUDED',
        subjectType: 'MATCHING_PAIR',
        subjectId: 'x:y',
        details: { challenge: 'Tafel Lübeck', volunteer: 'Ben' },
      });
      await manager.query(`UPDATE audit_log SET at = '2025-11-20T10:00Z' WHERE action = 'MATCHING_PAIR_EXCLUDED'`);
    });
  }, 60_000);
  afterAll(() => app.close());

  it('lists the body’s entries newest first, in the reader’s language', async () => {
    const response = await log(null);
    expect(response.body.data.auditLog.totalCount).toBe(5);
    expect(response.body.data.auditLog.items.map((item: { action: string }) => item.action)).toEqual([
      'MATCHING_PIN_REMOVED',
      'MATCHING_PAIR_PINNED',
      'MATCHING_RUN_FINISHED',
      'MATCHING_RUN_STARTED',
      'MATCHING_PAIR_EXCLUDED',
    ]);
    const [removed, pinned, finished, started] = response.body.data.auditLog.items;
    expect(pinned).toMatchObject({
      actorName: 'Carla Colleague',
      eventName: 'Nachtschicht Lübeck 2038',
      subjectType: 'MATCHING_PAIR',
      description: 'Pinned Ada to “Tafel Lübeck”.',
    });
    expect(removed.description).toBe('Removed the pin of Ada to “Tafel Lübeck”.');
    expect(finished).toMatchObject({ actorName: '', actorId: null, runId: started.runId });
    expect(finished.description).toMatch(
      /^Run 1 finished: teams for 1 of 1 challenges, score \d\.\d\d, proven optimal\.$/,
    );
    expect(started).toMatchObject({
      actorName: 'Olga Organizer',
      description: 'Started run 1 (challenges: 1, volunteers: 2).',
    });
    const german = await app.http
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('accept-language', 'de')
      .set('cookie', event.organizerCookie)
      .send({ query: AUDIT_LOG, variables: { bodyId: event.bodyId, filter: { actions: ['MATCHING_PAIR_PINNED'] } } });
    expect(german.body.data.auditLog.items[0].description).toBe('Ada an „Tafel Lübeck“ festgelegt.');
  });

  it('filters by actor, action, event and time, and pages', async () => {
    const actions = async (filter: Record<string, unknown>) =>
      (await log(filter)).body.data.auditLog.items.map((item: { action: string }) => item.action);
    expect(await actions({ actorId: colleague.id })).toEqual([
      'MATCHING_PIN_REMOVED',
      'MATCHING_PAIR_PINNED',
      'MATCHING_PAIR_EXCLUDED',
    ]);
    expect(await actions({ actions: ['MATCHING_RUN_STARTED', 'MATCHING_RUN_FINISHED'] })).toEqual([
      'MATCHING_RUN_FINISHED',
      'MATCHING_RUN_STARTED',
    ]);
    expect(await actions({ from: '2025-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' })).toEqual([
      'MATCHING_PAIR_EXCLUDED',
    ]);
    expect(await actions({ eventId: '00000000-0000-4000-8000-000000000000' })).toEqual([]);
    const page = await log(null, event.organizerCookie, { limit: 2, offset: 2 });
    expect(page.body.data.auditLog).toMatchObject({ totalCount: 5, items: [{ action: 'MATCHING_RUN_FINISHED' }, {}] });
  });

  it('refuses bad filters naming the field', async () => {
    const reversed = await log({ from: '2026-01-01T00:00:00Z', to: '2025-01-01T00:00:00Z' });
    expect(reversed.body.errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'filter.to', message: 'The end must be after the start.' }],
      translations: expect.any(Object),
    });
    const notAnId = await log({ eventId: 'nachtschicht' });
    expect(notAnId.body.errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.eventId', message: 'This value is not valid.' }],
      translations: expect.any(Object),
    });
    const tooMany = await log(null, event.organizerCookie, { limit: 500 });
    expect(tooMany.body.errors[0].extensions.fields).toEqual([
      { path: 'limit', message: 'Please enter a value of at most 100.' },
    ]);
  });

  it('is read only by organizers of the body', async () => {
    const other = await createBody(app.dataSource, 'Audit elsewhere');
    const stranger = await sessionCookieFor(
      app.dataSource,
      await createPerson(app.dataSource, 'audit-stranger@audit.example', [
        { role: 'ORGANIZER', organizingBodyId: other },
      ]),
    );
    expect((await log(null, stranger)).body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await gql(app, AUDIT_LOG, { bodyId: event.bodyId })).body.errors[0].extensions.code).toBe(
      'UNAUTHENTICATED',
    );
  });
});
