import { gql, type TestApp, startTestApp } from '../../test/app';
import { BOARD, RUNS, runToEnd } from '../../test/matching';
import { sessionCookieFor } from '../../test/people';
import { DEMO_ORGANIZER, seedDemoData } from '../seed/demo-seed';

/** The demo Nachtschicht from the seed, matched the way the organizer does it in the browser journey. */
describe('matching the demo Nachtschicht', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
    await seedDemoData(app.dataSource);
  }, 120_000);
  afterAll(() => app.close());

  it('forms teams for its accepted challenges in well under a second of solving, end to end in the background', async () => {
    const [event] = (await app.dataSource.query(
      `SELECT e.id FROM event e WHERE e.name = 'Nachtschicht Lübeck' AND e.organizing_body_id IS NOT NULL`,
    )) as { id: string }[];
    const [organizer] = (await app.dataSource.query(`SELECT id FROM person WHERE email = $1`, [
      DEMO_ORGANIZER.email,
    ])) as { id: string }[];
    const cookie = await sessionCookieFor(app.dataSource, organizer.id);
    for (const status of ['CLOSED', 'MATCHING']) {
      const changed = await gql(
        app,
        `mutation ($id: ID!, $status: EventStatus!) { changeEventStatus(id: $id, status: $status) { status } }`,
        { id: event.id, status },
        cookie,
      );
      expect(changed.body.errors).toBeUndefined();
    }
    const run = await runToEnd(app, cookie, event.id);
    expect(run.status).toBe('DONE');
    expect(run.challengeCount).toBeGreaterThanOrEqual(8);
    expect(run.volunteerCount).toBeGreaterThanOrEqual(45);
    expect(run.served).toBeGreaterThan(0);
    const board = (await gql(app, BOARD, { runId: run.id }, cookie)).body.data.matchingBoard;
    const teams = board.slots.flatMap((slot: { teams: unknown[] }) => slot.teams);
    expect(teams.length).toBe(run.served);
    // Measured on the 2-core machine: 9 challenges, 47 volunteers, about 0.45 s solving, 0.55 s end to end.
    expect(run.durationMillis).toBeLessThan(10_000);

    // Peter Kühl registered on paper without an e-mail address: he gets a place, so the published demo shows
    // organizers whom to call (and the publication journey records his answer).
    const unmailed = (await app.dataSource.query(
      `SELECT p.id, p.name, p.phone FROM matching_assignment a JOIN person p ON p.id = a.volunteer_id
        WHERE a.run_id = $1 AND p.email IS NULL`,
      [run.id],
    )) as { id: string; name: string; phone: string | null }[];
    expect(unmailed).toEqual([
      { id: expect.any(String), name: 'Peter Kühl', phone: expect.stringMatching(/^\+49 40 66969 /) },
    ]);
    // The board names him, so that the publication's confirmation does not count him among those mailed.
    expect(board.withoutEmail).toEqual([unmailed[0].id]);
  }, 60_000);

  it('lists the published runs of the demo’s past editions, and shows their boards', async () => {
    const events = (await app.dataSource.query(
      `SELECT DISTINCT e.id, e.name FROM event e JOIN matching_run r ON r.event_id = e.id ORDER BY e.name`,
    )) as { id: string; name: string }[];
    expect(events.length).toBeGreaterThanOrEqual(2);
    // A past edition's run finished when it ran, in the audit log too, not when the demo was seeded.
    const late = (await app.dataSource.query(
      `SELECT a.at FROM audit_log a JOIN matching_run r ON a.subject_id::text = r.id::text
        WHERE a.action = 'MATCHING_RUN_FINISHED' AND r.finished_at < now() - interval '1 day' AND a.at <> r.finished_at`,
    )) as unknown[];
    expect(late).toEqual([]);
    expect(
      await app.dataSource.query(`SELECT 1 FROM matching_run WHERE finished_at < now() - interval '1 day'`),
    ).toHaveLength(2);
    const [organizer] = (await app.dataSource.query(`SELECT id FROM person WHERE email = $1`, [
      DEMO_ORGANIZER.email,
    ])) as { id: string }[];
    const cookie = await sessionCookieFor(app.dataSource, organizer.id);
    for (const event of events) {
      const runs = await gql(app, RUNS, { eventId: event.id }, cookie);
      expect({ event: event.name, errors: runs.body.errors }).toEqual({ event: event.name, errors: undefined });
      for (const run of runs.body.data.matchingRuns as { id: string; weights: Record<string, number> }[]) {
        // the weights the run used add up to 1, as every run's do
        expect(Object.values(run.weights).reduce((sum, weight) => sum + weight, 0)).toBeCloseTo(1, 9);
        const board = await gql(app, BOARD, { runId: run.id }, cookie);
        expect({ event: event.name, errors: board.body.errors }).toEqual({ event: event.name, errors: undefined });
        // what no team served says why, in the engine's words (a past edition's too)
        for (const unserved of board.body.data.matchingBoard.unserved as { code: string }[])
          expect(unserved.code).not.toBe('EMPTIED_BY_HAND');
      }
    }
  });
});
