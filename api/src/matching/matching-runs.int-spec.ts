import { gql, type TestApp, startTestApp } from '../../test/app';
import { createBody, createPerson, sessionCookieFor } from '../../test/people';
import {
  AUDIT_LOG,
  BOARD,
  type ChallengeSpec,
  matchingEvent,
  type MatchingEvent,
  RUN,
  RUNS,
  runToEnd,
  START_RUN,
  type VolunteerSpec,
  waitForRun,
} from '../../test/matching';
import { solve } from '@skillshift/shared/matching';
import { MatchingWorker, type Solver } from './matching-worker';
import { MatchingWorkerService } from './matching-worker.service';

export const CHALLENGES: ChallengeSpec[] = [
  { title: 'Tafel Lübeck', skills: [{ skill: 'web.cms.wordpress', level: 2 }], teamMax: 2, slots: [0], priority: 2 },
  { title: 'Mieterverein', skills: [{ skill: 'data.spreadsheets.excel', level: 2 }], teamMax: 2 },
  { title: 'Jugendtreff', skills: [{ skill: 'security.gdpr', level: 4 }] },
];
export const VOLUNTEERS: VolunteerSpec[] = [
  {
    name: 'Ada Lovelace',
    skills: [
      { skill: 'web.cms.wordpress', level: 3 },
      { skill: 'security.gdpr', level: 2 },
    ],
  },
  { name: 'Ben Becker', skills: [{ skill: 'data.spreadsheets.excel', level: 3 }] },
  { name: 'Cem Yilmaz', skills: [{ skill: 'web.cms.wordpress', level: 2 }], slots: [0] },
  { name: 'Dana Drews', skills: [{ skill: 'data.spreadsheets', level: 2 }], slots: [1] },
  { name: 'Emil Engel', skills: [], languages: ['en'], slots: [1] },
];

describe('matching runs', () => {
  let app: TestApp;
  let event: MatchingEvent;

  beforeAll(async () => {
    app = await startTestApp();
    event = await matchingEvent(app, { challenges: CHALLENGES, volunteers: VOLUNTEERS });
  }, 60_000);
  afterAll(() => app.close());

  it('queues a run, solves it in the background and keeps it with its metrics', async () => {
    const started = await gql(app, START_RUN, { eventId: event.id }, event.organizerCookie);
    expect(started.body.errors).toBeUndefined();
    const queued = started.body.data.startMatchingRun;
    expect(queued).toMatchObject({ number: 1, challengeCount: 3, volunteerCount: 5, startedByName: 'Olga Organizer' });
    expect(['QUEUED', 'RUNNING', 'DONE']).toContain(queued.status);
    const run = await waitForRun(app, event.organizerCookie, queued.id);
    expect(run).toMatchObject({ status: 'DONE', served: 2, servedPriority: 3, error: null, optimal: true });
    expect(run.totalScore).toBeGreaterThan(0);
    expect(run.durationMillis).toBeGreaterThanOrEqual(run.solveMillis as number);

    const board = (await gql(app, BOARD, { runId: queued.id }, event.organizerCookie)).body.data.matchingBoard;
    const teams = board.slots.flatMap((slot: { teams: { title: string }[] }) => slot.teams.map((team) => team.title));
    expect(teams.sort()).toEqual(['Mieterverein', 'Tafel Lübeck']);
    expect(board.unserved).toEqual([
      expect.objectContaining({
        title: 'Jugendtreff',
        code: 'SKILL_NOT_COVERED',
        reason: expect.stringContaining('Expert'),
      }),
    ]);
    const rows = (await app.dataSource.query(`SELECT count(*)::int AS n FROM matching_assignment WHERE run_id = $1`, [
      queued.id,
    ])) as { n: number }[];
    expect(rows[0].n).toBe(
      board.slots.reduce(
        (n: number, slot: { teams: { members: unknown[] }[] }) =>
          n + slot.teams.reduce((m, t) => m + t.members.length, 0),
        0,
      ),
    );
    const audit = await gql(
      app,
      AUDIT_LOG,
      { bodyId: event.bodyId, filter: { eventId: event.id } },
      event.organizerCookie,
    );
    expect(audit.body.data.auditLog.items.map((item: { action: string }) => item.action)).toEqual([
      'MATCHING_RUN_FINISHED',
      'MATCHING_RUN_STARTED',
    ]);
  });

  it('lists every run of the event, newest first, and answers one by id', async () => {
    await runToEnd(app, event.organizerCookie, event.id, { causes: 0.4, skills: 1 });
    const runs = (await gql(app, RUNS, { eventId: event.id }, event.organizerCookie)).body.data.matchingRuns;
    expect(runs.map((run: { number: number }) => run.number)).toEqual([2, 1]);
    // The effective weights are stored: the organizer's merged over the defaults, normalised to add up to 1.
    const weights = runs[0].weights as Record<string, number>;
    expect(Object.values(weights).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(weights.skills / weights.causes).toBeCloseTo(1 / 0.4, 9);
    const one = await gql(app, RUN, { id: runs[1].id }, event.organizerCookie);
    expect(one.body.data.matchingRun.number).toBe(1);
  });

  it('refuses weights outside 0..1, or all zero, naming the fields, and queues nothing', async () => {
    const before = await runCount(event.id);
    const tooHigh = await gql(app, START_RUN, { eventId: event.id, weights: { skills: 2 } }, event.organizerCookie);
    expect(tooHigh.body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.skills', message: 'Please enter a value of at most 1.' }],
    });
    const zero = { skills: 0, niceToHave: 0, languages: 0, causes: 0, format: 0 };
    const allZero = await gql(app, START_RUN, { eventId: event.id, weights: zero }, event.organizerCookie);
    expect(allZero.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(allZero.body.errors[0].extensions.fields[0]).toEqual({
      path: 'weights.skills',
      message: 'At least one factor needs a weight above 0.',
    });
    expect(await runCount(event.id)).toBe(before);
  });

  it('denies organizers of another body and people who organize nothing, and tells nobody what exists', async () => {
    const otherBody = await createBody(app.dataSource, 'Matching elsewhere');
    const stranger = await sessionCookieFor(
      app.dataSource,
      await createPerson(app.dataSource, 'stranger@matching.example', [
        { role: 'ORGANIZER', organizingBodyId: otherBody },
      ]),
    );
    const volunteer = await sessionCookieFor(
      app.dataSource,
      await createPerson(app.dataSource, 'just-a-volunteer@matching.example', [{ role: 'VOLUNTEER' }]),
    );
    const before = await runCount(event.id);
    const [run] = (await gql(app, RUNS, { eventId: event.id }, event.organizerCookie)).body.data.matchingRuns;
    for (const cookie of [stranger, volunteer]) {
      for (const [document, variables] of [
        [START_RUN, { eventId: event.id }],
        [RUNS, { eventId: event.id }],
        [RUN, { id: run.id }],
        [BOARD, { runId: run.id }],
        [AUDIT_LOG, { bodyId: event.bodyId }],
      ] as const) {
        const response = await gql(app, document, variables, cookie);
        expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    }
    const anonymous = await gql(app, START_RUN, { eventId: event.id });
    expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(await runCount(event.id)).toBe(before);
  });

  it('starts runs only while the event is MATCHING', async () => {
    for (const status of ['OPEN', 'CLOSED', 'PUBLISHED']) {
      const other = await matchingEvent(app, { challenges: CHALLENGES.slice(0, 1), volunteers: VOLUNTEERS, status });
      const response = await gql(app, START_RUN, { eventId: other.id }, other.organizerCookie);
      expect(response.body.errors[0].extensions.code).toBe('CONFLICT');
      expect(response.body.errors[0].message).toMatch(/only while the event is forming teams/);
      expect(await runCount(other.id)).toBe(0);
    }
  });

  it('refuses a run without accepted challenges or registered volunteers', async () => {
    const empty = await matchingEvent(app, {
      challenges: [{ ...CHALLENGES[0], status: 'SUBMITTED' }],
      volunteers: VOLUNTEERS.slice(0, 1),
    });
    const response = await gql(app, START_RUN, { eventId: empty.id }, empty.organizerCookie);
    expect(response.body.errors[0]).toMatchObject({
      message: expect.stringContaining('no accepted challenge'),
      extensions: { code: 'CONFLICT' },
    });
  });

  it('serializes the runs of one event: two organizers starting at once get two runs, one after the other', async () => {
    // The app's own worker steps aside; two workers play two API processes, each solve slowed down so that runs
    // that were not serialized would overlap for sure.
    const appWorker = app.app.get(MatchingWorkerService).worker;
    await appWorker.stop();
    const active = new Map<string, number>();
    const overlaps: string[] = [];
    let parallel = 0;
    let mostParallel = 0;
    const slowSolver: Solver = async (instance, options) => {
      const key = instance.challenges.map((c) => c.id).join();
      const now = (active.get(key) ?? 0) + 1;
      active.set(key, now);
      if (now > 1) overlaps.push(key);
      parallel += 1;
      mostParallel = Math.max(mostParallel, parallel);
      await new Promise((resolve) => setTimeout(resolve, 400));
      try {
        return await solve(instance, options);
      } finally {
        active.set(key, active.get(key)! - 1);
        parallel -= 1;
      }
    };
    const workers = [0, 1].map(
      () => new MatchingWorker({ dataSource: app.dataSource, idleMillis: 20, solver: slowSolver }),
    );
    try {
      const first = await matchingEvent(app, { challenges: CHALLENGES, volunteers: VOLUNTEERS });
      const second = await matchingEvent(app, { challenges: CHALLENGES, volunteers: VOLUNTEERS });
      const colleague = await sessionCookieFor(
        app.dataSource,
        await createPerson(app.dataSource, `colleague-${first.id}@matching.example`, [
          { role: 'ORGANIZER', organizingBodyId: first.bodyId },
        ]),
      );
      workers.forEach((worker) => worker.start());
      const started = await Promise.all([
        gql(app, START_RUN, { eventId: first.id }, first.organizerCookie),
        gql(app, START_RUN, { eventId: first.id }, colleague),
        gql(app, START_RUN, { eventId: second.id }, second.organizerCookie),
      ]);
      const ids = started.map((response) => (response.body.data.startMatchingRun as { id: string }).id);
      const cookies = [first.organizerCookie, colleague, second.organizerCookie];
      const runs = await Promise.all(ids.map((id, i) => waitForRun(app, cookies[i], id)));

      expect(runs.map((run) => run.status)).toEqual(['DONE', 'DONE', 'DONE']);
      expect([runs[0].number, runs[1].number].sort()).toEqual([1, 2]);
      const [earlier, later] = runs[0].number === 1 ? [runs[0], runs[1]] : [runs[1], runs[0]];
      expect(new Date(later.startedAt as string).getTime()).toBeGreaterThanOrEqual(
        new Date(earlier.finishedAt as string).getTime(),
      );
      expect(overlaps).toEqual([]);
      // The workers did run at the same time, on different events: the lock is per event.
      expect(mostParallel).toBe(2);
    } finally {
      await Promise.all(workers.map((worker) => worker.stop()));
      appWorker.start();
    }
  }, 30_000);

  it('does not start a run while another process holds the event, and picks it up once it is free', async () => {
    const appWorker = app.app.get(MatchingWorkerService).worker;
    await appWorker.stop();
    const other = await matchingEvent(app, { challenges: CHALLENGES, volunteers: VOLUNTEERS });
    const holder = app.dataSource.createQueryRunner();
    await holder.connect();
    try {
      await holder.query(`SELECT pg_advisory_lock(814209, hashtext($1))`, [other.id]);
      const started = await gql(app, START_RUN, { eventId: other.id }, other.organizerCookie);
      const id = started.body.data.startMatchingRun.id as string;
      const worker = new MatchingWorker({ dataSource: app.dataSource });
      expect(await worker.processOne()).toBe(false);
      expect((await gql(app, RUN, { id }, other.organizerCookie)).body.data.matchingRun.status).toBe('QUEUED');
      await holder.query(`SELECT pg_advisory_unlock(814209, hashtext($1))`, [other.id]);
      expect(await worker.drain()).toBe(1);
      expect((await gql(app, RUN, { id }, other.organizerCookie)).body.data.matchingRun.status).toBe('DONE');
    } finally {
      await holder.release();
      appWorker.start();
    }
  });

  it('queues a run again when its worker died, and fails it after three attempts', async () => {
    const appWorker = app.app.get(MatchingWorkerService).worker;
    await appWorker.stop();
    try {
      const other = await matchingEvent(app, { challenges: CHALLENGES, volunteers: VOLUNTEERS });
      const id = (await gql(app, START_RUN, { eventId: other.id }, other.organizerCookie)).body.data.startMatchingRun
        .id as string;
      // A worker marked it RUNNING and was killed: no session holds the event's lock any more.
      await app.dataSource.query(`UPDATE matching_run SET status = 'RUNNING', attempts = 1 WHERE id = $1`, [id]);
      const worker = new MatchingWorker({ dataSource: app.dataSource });
      expect(await worker.drain()).toBe(1);
      const run = (await app.dataSource.query(`SELECT status, attempts FROM matching_run WHERE id = $1`, [id])) as {
        status: string;
        attempts: number;
      }[];
      expect(run[0]).toEqual({ status: 'DONE', attempts: 2 });

      const lost = (await gql(app, START_RUN, { eventId: other.id }, other.organizerCookie)).body.data.startMatchingRun
        .id as string;
      await app.dataSource.query(`UPDATE matching_run SET status = 'RUNNING', attempts = 3 WHERE id = $1`, [lost]);
      await worker.drain();
      const failed = (await gql(app, RUN, { id: lost }, other.organizerCookie)).body.data.matchingRun;
      expect(failed).toMatchObject({ status: 'FAILED', error: expect.stringContaining('interrupted three times') });
    } finally {
      appWorker.start();
    }
  });

  it('fails a run whose pins cannot all hold, naming the people and challenges', async () => {
    const other = await matchingEvent(app, {
      challenges: [{ title: 'Zu zweit', teamMin: 2, teamMax: 2, languages: ['fr'] }],
      volunteers: [
        { name: 'Ada Lovelace', languages: ['fr'] },
        { name: 'Ben Becker', languages: ['de'] },
      ],
    });
    // Written straight to the table: the pin check would have allowed it too (the pair itself is fine).
    await app.dataSource.query(`INSERT INTO matching_pin (event_id, challenge_id, volunteer_id) VALUES ($1, $2, $3)`, [
      other.id,
      other.challenges['Zu zweit'],
      other.volunteers['Ada Lovelace'],
    ]);
    const run = await runToEnd(app, other.organizerCookie, other.id);
    expect(run.status).toBe('FAILED');
    expect(run.error).toBe(
      'The pins cannot all hold at once (a pinned team cannot be completed to a valid team): Ada – “Zu zweit”. ' +
        'Remove one of them and run again.',
    );
    const german = await app.http
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('accept-language', 'de')
      .set('cookie', other.organizerCookie)
      .send({ query: RUN, variables: { id: run.id } });
    expect(german.body.data.matchingRun.error).toMatch(/^Die Festlegungen können nicht alle zugleich gelten/);
    const audit = await gql(
      app,
      AUDIT_LOG,
      { bodyId: other.bodyId, filter: { actions: ['MATCHING_RUN_FAILED'] } },
      other.organizerCookie,
    );
    expect(audit.body.data.auditLog.items[0].description).toBe(
      'Run 1 failed: The pins cannot all hold at once (a pinned team cannot be completed to a valid team): ' +
        'Ada – “Zu zweit”. Remove one of them and run again.',
    );
  });

  it('loads a review board in the same few SQL statements whatever the event’s size', async () => {
    const small = await matchingEvent(app, { challenges: CHALLENGES, volunteers: VOLUNTEERS });
    const large = await matchingEvent(app, {
      challenges: Array.from({ length: 14 }, (_, i) => ({
        title: `Herausforderung ${i}`,
        skills: [{ skill: i % 2 ? 'web.cms.wordpress' : 'data.spreadsheets.excel', level: 1 + (i % 3) }],
        teamMax: 3,
      })),
      volunteers: Array.from({ length: 45 }, (_, i) => ({
        name: `Person${i} Nachname`,
        skills: [
          { skill: 'web.cms.wordpress', level: 1 + (i % 4) },
          { skill: 'data.spreadsheets.excel', level: 1 + ((i + 1) % 4) },
        ],
      })),
    });
    const runs = [
      await runToEnd(app, small.organizerCookie, small.id),
      await runToEnd(app, large.organizerCookie, large.id),
    ];
    expect(runs[1].served).toBeGreaterThan(10);
    // The background worker polls the same database: it steps aside while the statements are counted.
    const appWorker = app.app.get(MatchingWorkerService).worker;
    await appWorker.stop();
    const counts: number[] = [];
    try {
      for (const [world, run] of [
        [small, runs[0]],
        [large, runs[1]],
      ] as const)
        counts.push(await countStatements(app, () => gql(app, BOARD, { runId: run.id }, world.organizerCookie)));
    } finally {
      appWorker.start();
    }
    expect(counts[0]).toBe(counts[1]);
    // Session lookup, run, event, run figures, slots, assignments, titles, names, pins, exclusions.
    expect(counts[1]).toBeLessThanOrEqual(11);
  }, 30_000);

  async function runCount(eventId: string): Promise<number> {
    const rows = (await app.dataSource.query(`SELECT count(*)::int AS n FROM matching_run WHERE event_id = $1`, [
      eventId,
    ])) as { n: number }[];
    return rows[0].n;
  }
});

/** How many SQL statements the app sends while `action` runs (TypeORM's query log, whatever the logging setting). */
async function countStatements(app: TestApp, action: () => PromiseLike<unknown>): Promise<number> {
  const logger = app.dataSource.logger;
  const original = logger.logQuery.bind(logger);
  let count = 0;
  logger.logQuery = (query, parameters, runner) => {
    count += 1;
    if (process.env.SHOW_SQL) console.log(query.slice(0, 120));
    return original(query, parameters, runner);
  };
  try {
    await action();
  } finally {
    logger.logQuery = original;
  }
  return count;
}
