import { gql, type TestApp, startTestApp } from '../../test/app';
import { createBody, createPerson, sessionCookieFor } from '../../test/people';
import {
  AUDIT_LOG,
  BOARD,
  COMPARE,
  EXCLUDE,
  EXPLAIN,
  matchingEvent,
  type MatchingEvent,
  MOVE,
  PIN,
  REMOVE_EXCLUSION,
  REMOVE_PIN,
  runToEnd,
} from '../../test/matching';

interface Board {
  run: { id: string; served: number; totalScore: number; manualChanges: number };
  slots: {
    id: string;
    label: string | null;
    teams: { title: string; challengeId: string; members: { firstName: string; origin: string; pinned: boolean }[] }[];
  }[];
  unserved: { title: string; code: string; reason: string }[];
  unassigned: { firstName: string }[];
}

/** Who is in which team, by title: `{ 'Tafel Lübeck': ['Ada'] }`, and the slot label of each team. */
const teamsOf = (board: Board) =>
  Object.fromEntries(
    board.slots.flatMap((slot) => slot.teams.map((team) => [team.title, team.members.map((m) => m.firstName).sort()])),
  );

describe('steering a matching run', () => {
  let app: TestApp;
  let event: MatchingEvent;
  let cookie: string;
  let runId: string;
  const pair = (challenge: string, volunteer: string) => ({
    eventId: event.id,
    challengeId: event.challenges[challenge],
    volunteerId: event.volunteers[volunteer],
  });
  const move = (volunteer: string, from: string | null, to: string | null, id = runId) => ({
    runId: id,
    volunteerId: event.volunteers[volunteer],
    fromChallengeId: from && event.challenges[from],
    toChallengeId: to && event.challenges[to],
  });
  const board = async (id = runId) => (await gql(app, BOARD, { runId: id }, cookie)).body.data.matchingBoard as Board;
  const snapshot = async () =>
    app.dataSource.query(
      `SELECT (SELECT json_agg(a ORDER BY a.id) FROM matching_assignment a WHERE a.run_id = $1) AS assignments,
              (SELECT manual_changes FROM matching_run WHERE id = $1) AS changes,
              (SELECT count(*) FROM audit_log) AS audit,
              (SELECT count(*) FROM matching_pin) AS pins,
              (SELECT count(*) FROM matching_exclusion) AS exclusions`,
      [runId],
    );
  const refused = async (document: string, input: Record<string, unknown>, message: string) => {
    const before = await snapshot();
    const response = await gql(app, document, { input }, cookie);
    expect(response.body.errors?.[0]).toMatchObject({ message, extensions: { code: 'CONFLICT' } });
    expect(await snapshot()).toEqual(before);
  };

  beforeAll(async () => {
    app = await startTestApp();
    event = await matchingEvent(app, {
      challenges: [
        {
          title: 'Tafel Lübeck',
          skills: [{ skill: 'web.cms.wordpress', level: 2 }],
          teamMax: 2,
          slots: [0],
          languages: ['de'],
        },
        { title: 'Mieterverein', skills: [{ skill: 'data.spreadsheets.excel', level: 2 }], teamMax: 2, slots: [1] },
        { title: 'Kleiderkammer', teamMin: 2, teamMax: 3, slots: [0] },
      ],
      volunteers: [
        {
          name: 'Ada Lovelace',
          skills: [
            { skill: 'web.cms.wordpress', level: 3 },
            { skill: 'data.spreadsheets.excel', level: 3 },
          ],
          maxAssignments: 2,
        },
        { name: 'Ben Becker', skills: [{ skill: 'data.spreadsheets.excel', level: 3 }], slots: [1] },
        { name: 'Cem Yilmaz', slots: [0] },
        { name: 'Dana Drews', slots: [0] },
        { name: 'Emil Engel', languages: ['en'], skills: [{ skill: 'web.cms.wordpress', level: 2 }], slots: [0] },
        { name: 'Finn Fischer', languages: ['en'], slots: [1] },
      ],
    });
    cookie = event.organizerCookie;
  }, 60_000);
  afterAll(() => app.close());

  it('pins pairs after checking them against the hard rules', async () => {
    for (const [challenge, volunteer] of [
      ['Tafel Lübeck', 'Ada Lovelace'],
      ['Mieterverein', 'Ben Becker'],
      ['Kleiderkammer', 'Cem Yilmaz'],
      ['Kleiderkammer', 'Dana Drews'],
    ]) {
      const response = await gql(app, PIN, { input: pair(challenge, volunteer) }, cookie);
      expect(response.body.data?.pinMatchingPair).toMatchObject({
        firstName: volunteer.split(' ')[0],
        challengeTitle: challenge,
        createdByName: 'Olga Organizer',
      });
    }
    await refused(PIN, pair('Tafel Lübeck', 'Ada Lovelace'), 'Ada is already pinned to “Tafel Lübeck”.');
    await refused(
      PIN,
      pair('Tafel Lübeck', 'Emil Engel'),
      'Emil speaks none of the languages of “Tafel Lübeck” (German).',
    );
    await refused(PIN, pair('Mieterverein', 'Cem Yilmaz'), 'Cem cannot come to any slot of “Mieterverein”.');
    await refused(
      PIN,
      pair('Kleiderkammer', 'Ada Lovelace'),
      'Ada would have to be in “Kleiderkammer” and in “Tafel Lübeck” in the same slot.',
    );
  });

  it('runs with the pins and shows the board per slot, with unassigned volunteers', async () => {
    const run = await runToEnd(app, cookie, event.id);
    expect(run).toMatchObject({ status: 'DONE', served: 3, pinCount: 4 });
    runId = run.id as string;
    const result = await board();
    expect(teamsOf(result)).toEqual({
      'Tafel Lübeck': ['Ada'],
      Kleiderkammer: ['Cem', 'Dana', 'Emil'],
      Mieterverein: ['Ada', 'Ben'],
    });
    expect(result.slots.map((slot) => slot.teams.map((team) => team.title).sort())).toEqual([
      ['Kleiderkammer', 'Tafel Lübeck'],
      ['Mieterverein'],
    ]);
    expect(result.unassigned.map((v) => v.firstName)).toEqual(['Finn']);
    const tafel = result.slots[0].teams.find((team) => team.title === 'Tafel Lübeck')!;
    expect(tafel.members[0]).toMatchObject({ firstName: 'Ada', pinned: true, origin: 'ENGINE' });
  });

  it('explains any pair of the run, factor by factor, with the rules it breaks', async () => {
    const response = await gql(
      app,
      EXPLAIN,
      { runId, challengeId: event.challenges['Tafel Lübeck'], volunteerId: event.volunteers['Ada Lovelace'] },
      cookie,
    );
    const explained = response.body.data.matchingPairExplanation;
    expect(explained).toMatchObject({ firstName: 'Ada', challengeTitle: 'Tafel Lübeck', assigned: true, problems: [] });
    const sum = explained.factors.reduce((total: number, f: { contribution: number }) => total + f.contribution, 0);
    expect(sum).toBeCloseTo(explained.score, 9);
    expect(explained.skills).toEqual([{ skill: 'web.cms.wordpress', wantedLevel: 2, level: 3, required: true }]);
    const emil = await gql(
      app,
      EXPLAIN,
      { runId, challengeId: event.challenges['Tafel Lübeck'], volunteerId: event.volunteers['Emil Engel'] },
      cookie,
    );
    expect(emil.body.data.matchingPairExplanation).toMatchObject({
      assigned: false,
      problems: ['Emil speaks none of the languages of “Tafel Lübeck” (German).'],
    });
  });

  it('refuses moves that break a hard rule, naming people, challenges and slots, and changes nothing', async () => {
    await refused(
      MOVE,
      move('Ada Lovelace', 'Mieterverein', 'Kleiderkammer'),
      'Ada is already in “Tafel Lübeck” in the slot Erste Runde (17:00–19:30).',
    );
    await refused(
      MOVE,
      move('Emil Engel', 'Kleiderkammer', 'Tafel Lübeck'),
      'Emil speaks none of the languages of “Tafel Lübeck” (German).',
    );
    await refused(
      MOVE,
      move('Finn Fischer', null, 'Mieterverein'),
      '“Mieterverein” is full: it takes at most 2 people.',
    );
    await refused(
      MOVE,
      move('Finn Fischer', null, 'Kleiderkammer'),
      'Finn cannot come to any slot of “Kleiderkammer”.',
    );
    await refused(
      MOVE,
      move('Ada Lovelace', 'Tafel Lübeck', null),
      'Ada is pinned to “Tafel Lübeck”: remove the pin first.',
    );
    await refused(MOVE, move('Ben Becker', 'Kleiderkammer', null), 'Ben is not in “Kleiderkammer” in this run.');
  });

  it('moves volunteers by hand, keeps the run’s figures in step and writes the audit log', async () => {
    const before = await board();
    const response = await gql(app, MOVE, { input: move('Emil Engel', 'Kleiderkammer', null) }, cookie);
    expect(response.body.errors).toBeUndefined();
    let after = response.body.data.moveMatchingVolunteer as Board;
    expect(teamsOf(after).Kleiderkammer).toEqual(['Cem', 'Dana']);
    expect(after.unassigned.map((v) => v.firstName)).toEqual(['Emil', 'Finn']);
    expect(after.run.manualChanges).toBe(1);
    expect(after.run.totalScore).toBeLessThan(before.run.totalScore);

    after = (await gql(app, MOVE, { input: move('Ada Lovelace', 'Mieterverein', null) }, cookie)).body.data
      .moveMatchingVolunteer;
    expect(teamsOf(after).Mieterverein).toEqual(['Ben']);
    after = (await gql(app, MOVE, { input: move('Finn Fischer', null, 'Mieterverein') }, cookie)).body.data
      .moveMatchingVolunteer;
    expect(teamsOf(after).Mieterverein).toEqual(['Ben', 'Finn']);
    const finn = after.slots[1].teams[0].members.find((m) => m.firstName === 'Finn')!;
    expect(finn.origin).toBe('MANUAL');
    expect(after.run.served).toBe(3);

    // Without their pins, the rules still guard the teams that remain.
    await gql(app, REMOVE_PIN, { input: pair('Mieterverein', 'Ben Becker') }, cookie);
    await refused(
      MOVE,
      move('Ben Becker', 'Mieterverein', null),
      'Without Ben, nobody in “Mieterverein” covers Microsoft Excel (Intermediate).',
    );
    await gql(app, REMOVE_PIN, { input: pair('Kleiderkammer', 'Dana Drews') }, cookie);
    await refused(
      MOVE,
      move('Dana Drews', 'Kleiderkammer', null),
      'Without Dana, “Kleiderkammer” would be left with 1 of the 2 people it needs at least.',
    );
    const log = await gql(
      app,
      AUDIT_LOG,
      { bodyId: event.bodyId, filter: { actions: ['MATCHING_VOLUNTEER_MOVED'] } },
      cookie,
    );
    expect(log.body.data.auditLog.items.map((item: { description: string }) => item.description)).toEqual([
      'Moved Finn in run 1 from “without a team” to “Mieterverein”.',
      'Moved Ada in run 1 from “Mieterverein” to “without a team”.',
      'Moved Emil in run 1 from “Kleiderkammer” to “without a team”.',
    ]);
  });

  it('excludes pairs, keeps pins and exclusions for the next run, and compares two runs', async () => {
    await refused(
      EXCLUDE,
      pair('Tafel Lübeck', 'Ada Lovelace'),
      'Ada is pinned to “Tafel Lübeck”: remove the pin first.',
    );
    const excluded = await gql(app, EXCLUDE, { input: pair('Kleiderkammer', 'Emil Engel') }, cookie);
    expect(excluded.body.data.excludeMatchingPair).toMatchObject({ firstName: 'Emil' });
    await refused(EXCLUDE, pair('Kleiderkammer', 'Emil Engel'), 'Emil is already excluded from “Kleiderkammer”.');
    await refused(MOVE, move('Emil Engel', null, 'Kleiderkammer'), 'Emil is excluded from “Kleiderkammer”.');

    const second = await runToEnd(app, cookie, event.id);
    expect(second).toMatchObject({ status: 'DONE', number: 2, pinCount: 2, exclusionCount: 1 });
    const teams = teamsOf(await board(second.id as string));
    expect(teams['Tafel Lübeck']).toContain('Ada');
    expect(teams.Kleiderkammer).toEqual(expect.arrayContaining(['Cem']));
    expect(teams.Kleiderkammer).not.toContain('Emil');

    const compared = (await gql(app, COMPARE, { runId, otherRunId: second.id }, cookie)).body.data
      .matchingRunComparison;
    expect(compared.first.number).toBe(1);
    expect(compared.second.number).toBe(2);
    const moved = compared.movedVolunteers.map((v: { firstName: string }) => v.firstName);
    // Run 1 was changed by hand (Ada left Mieterverein, Finn joined it); run 2 solved afresh.
    expect(moved).toEqual(expect.arrayContaining(['Ada']));
    expect(compared.totalScoreDifference).toBeCloseTo((second.totalScore as number) - compared.first.totalScore, 9);
    expect(compared.servedOnlyInFirst).toEqual([]);

    await gql(app, REMOVE_EXCLUSION, { input: pair('Kleiderkammer', 'Emil Engel') }, cookie);
    const gone = await gql(app, REMOVE_EXCLUSION, { input: pair('Kleiderkammer', 'Emil Engel') }, cookie);
    expect(gone.body.errors[0]).toMatchObject({
      message: 'The exclusion was not found.',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('lets only organizers of the body steer, and only while the event is MATCHING', async () => {
    const otherBody = await createBody(app.dataSource, 'Steering elsewhere');
    const stranger = await sessionCookieFor(
      app.dataSource,
      await createPerson(app.dataSource, 'steering-stranger@matching.example', [
        { role: 'ORGANIZER', organizingBodyId: otherBody },
      ]),
    );
    const before = await snapshot();
    for (const [document, input] of [
      [PIN, pair('Mieterverein', 'Ada Lovelace')],
      [EXCLUDE, pair('Mieterverein', 'Ada Lovelace')],
      [REMOVE_PIN, pair('Tafel Lübeck', 'Ada Lovelace')],
      [MOVE, move('Emil Engel', null, 'Tafel Lübeck')],
    ] as const) {
      const response = await gql(app, document, { input }, stranger);
      expect(response.body.errors[0].extensions.code).toBe('FORBIDDEN');
    }
    expect(await snapshot()).toEqual(before);

    await app.dataSource.query(`UPDATE event SET status = 'CLOSED' WHERE id = $1`, [event.id]);
    try {
      const pinned = await gql(app, PIN, { input: pair('Mieterverein', 'Ada Lovelace') }, cookie);
      expect(pinned.body.errors[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
      expect(pinned.body.errors[0].message).toMatch(/only while the event is forming teams/);
      const moved = await gql(app, MOVE, { input: move('Finn Fischer', 'Mieterverein', null) }, cookie);
      expect(moved.body.errors[0].extensions.code).toBe('CONFLICT');
      expect((await board()).slots.length).toBe(2);
      expect(await snapshot()).toEqual(before);
    } finally {
      await app.dataSource.query(`UPDATE event SET status = 'MATCHING' WHERE id = $1`, [event.id]);
    }
  });
});
