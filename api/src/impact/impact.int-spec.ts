import { finish, publishedEdition, type Edition } from '../../test/after-event';
import { gql, type TestApp, startTestApp } from '../../test/app';
import { csvObjects } from '../../test/csv';
import { createBody, createPerson, sessionCookieFor } from '../../test/people';
import { eraseAccount } from '../privacy/account-erasure';

const EDITION_FIELDS = `eventId eventName status nonprofitsApplied nonprofitsServed challengesServed challengesSolved
  challengesPartlySolved volunteers volunteerHours estimatedValue returningVolunteers returningNonprofits feedbackAnswers
  averageRating followUpsOpen followUpsClosed stillInUseYes stillInUsePartly stillInUseNo
  byCause { key nonprofitsApplied nonprofitsServed challengesSolved volunteerHours }
  byDistrict { key nonprofitsApplied nonprofitsServed challengesSolved volunteerHours }`;
const REPORT = `query ($id: ID!) { impactReport(organizingBodyId: $id) { bodyName hourlyRate editions { ${EDITION_FIELDS} } } }`;
const SET_RATE = `mutation ($id: ID!, $rate: Float!) { setImpactHourlyRate(organizingBodyId: $id, hourlyRate: $rate) }`;
const FIGURE = `{ value fewerThanThree }`;
const PUBLIC = `{ publicImpact { name editions { eventName nonprofitsApplied ${FIGURE} nonprofitsServed ${FIGURE}
  challengesSolved ${FIGURE} volunteers ${FIGURE} volunteerHours ${FIGURE} estimatedValue ${FIGURE}
  returningVolunteers ${FIGURE} returningNonprofits ${FIGURE} followUpsClosed ${FIGURE} stillInUseYes ${FIGURE}
  byCause { key nonprofitsServed ${FIGURE} challengesSolved ${FIGURE} volunteerHours ${FIGURE} }
  byDistrict { key nonprofitsServed ${FIGURE} } } } }`;

describe('impact figures', () => {
  let app: TestApp;
  let body: string;
  let organizer: string;
  let kielOrganizer: string;
  let first: Edition;
  let second: Edition;

  /** Answers a feedback request as the form would have. */
  const answer = (email: string, eventId: string, rating: number, solved: string, hours: number) =>
    app.dataSource.query(
      `UPDATE feedback_request f SET answered_at = now(), rating = $3, solved = $4, hours = $5, comment = 'Notiz von ' || p.name
         FROM person p WHERE p.id = f.person_id AND p.email = $1 AND f.event_id = $2`,
      [email, eventId, rating, solved, hours],
    );

  beforeAll(async () => {
    app = await startTestApp();
    body = await createBody(app.dataSource, 'Hansestadt Lübeck');
    const kiel = await createBody(app.dataSource, 'Kiel', 'Kiel');
    organizer = await sessionCookieFor(
      app.dataSource,
      await createPerson(app.dataSource, 'orga@luebeck.example', [{ role: 'ORGANIZER', organizingBodyId: body }]),
    );
    kielOrganizer = await sessionCookieFor(
      app.dataSource,
      await createPerson(app.dataSource, 'orga@kiel.example', [{ role: 'ORGANIZER', organizingBodyId: kiel }]),
    );
    first = await publishedEdition(app, body, organizer, {
      name: 'Nachtschicht 2025',
      day: '2025-03-06',
      teams: [
        {
          nonprofit: 'Tafel Lübeck',
          causes: ['SOCIAL', 'POVERTY'],
          district: 'St. Lorenz Nord',
          title: 'Schichtplan',
          volunteers: ['ada@example.org', 'ben@example.org'],
        },
        {
          nonprofit: 'Mieterverein',
          causes: ['SOCIAL'],
          district: 'Innenstadt',
          title: 'Mitgliederliste',
          volunteers: ['cem@example.org'],
        },
      ],
      unserved: [{ nonprofit: 'Sportverein', title: 'Website' }],
    });
    await finish(app, organizer, first.id);
    await answer('ada@example.org', first.id, 5, 'YES', 3);
    await answer('ben@example.org', first.id, 4, 'PARTLY', 2.5);
    await answer('cem@example.org', first.id, 3, 'NO', 4);
    // The nonprofit's word wins: Tafel says solved, the Mieterverein partly (its volunteer said no).
    await answer('contact-tafel-l-beck@nonprofit.example', first.id, 4, 'YES', 1);
    await answer('contact-mieterverein@nonprofit.example', first.id, 4, 'PARTLY', 1);
    second = await publishedEdition(app, body, organizer, {
      name: 'Nachtschicht 2026',
      day: '2026-03-05',
      teams: [{ nonprofit: 'Tafel Lübeck', title: 'Newsletter', volunteers: ['ada@example.org', 'dana@example.org'] }],
    });
    await finish(app, organizer, second.id);
    await answer('ada@example.org', second.id, 5, 'YES', 2);
    await app.dataSource.query(
      `INSERT INTO follow_up_task (organizing_body_id, event_id, nonprofit_id, kind, status, due_date)
       VALUES ($1, $2, $3, 'MENTORSHIP', 'OPEN', '2025-04-01'), ($1, $2, $3, 'REFERRAL', 'DONE', '2025-04-01'),
              ($1, $2, $4, 'NEXT_EDITION_SESSION', 'IN_PROGRESS', '2025-04-01')`,
      [body, first.id, first.nonprofits['Tafel Lübeck'].id, first.nonprofits.Mieterverein.id],
    );
    await app.dataSource.query(
      `INSERT INTO still_in_use_check (event_id, challenge_id, nonprofit_id, person_id, expires_at, answered_at, answer)
       VALUES ($1, $2, $3, $4, now(), now(), 'YES'), ($1, $5, $6, $7, now(), now(), 'NO')`,
      [
        first.id,
        first.challenges.Schichtplan,
        first.nonprofits['Tafel Lübeck'].id,
        first.nonprofits['Tafel Lübeck'].contactId,
        first.challenges.Mitgliederliste,
        first.nonprofits.Mieterverein.id,
        first.nonprofits.Mieterverein.contactId,
      ],
    );
  });
  afterAll(() => app.close());

  it('are counted per edition for the body’s organizers, with the value at the rate they set', async () => {
    const badRate = await gql(app, SET_RATE, { id: body, rate: -5 }, organizer);
    expect(badRate.body.errors[0].extensions.fields).toEqual([
      { path: 'hourlyRate', message: 'Please enter a rate between 0 and 1000 euros.' },
    ]);
    expect((await gql(app, SET_RATE, { id: body, rate: 20 }, kielOrganizer)).body.errors[0].extensions.code).toBe(
      'FORBIDDEN',
    );
    expect((await gql(app, SET_RATE, { id: body, rate: 20 }, organizer)).body.data.setImpactHourlyRate).toBe(20);

    const response = await gql(app, REPORT, { id: body }, organizer);
    expect(response.body.errors).toBeUndefined();
    const report = response.body.data.impactReport;
    expect(report.hourlyRate).toBe(20);
    expect(report.editions).toHaveLength(2);
    expect(report.editions[0]).toMatchObject({
      eventName: 'Nachtschicht 2025',
      status: 'DONE',
      nonprofitsApplied: 3,
      nonprofitsServed: 2,
      challengesServed: 2,
      challengesSolved: 1,
      challengesPartlySolved: 1,
      volunteers: 3,
      volunteerHours: 9.5,
      estimatedValue: 190,
      returningVolunteers: 0,
      returningNonprofits: 0,
      feedbackAnswers: 5,
      averageRating: 4,
      followUpsOpen: 2,
      followUpsClosed: 1,
      stillInUseYes: 1,
      stillInUsePartly: 0,
      stillInUseNo: 1,
    });
    expect(report.editions[0].byCause).toEqual([
      { key: 'SOCIAL', nonprofitsApplied: 2, nonprofitsServed: 2, challengesSolved: 1, volunteerHours: 9.5 },
      { key: 'POVERTY', nonprofitsApplied: 1, nonprofitsServed: 1, challengesSolved: 1, volunteerHours: 5.5 },
    ]);
    expect(report.editions[0].byDistrict).toEqual([
      { key: '', nonprofitsApplied: 1, nonprofitsServed: 0, challengesSolved: 0, volunteerHours: 0 },
      { key: 'Innenstadt', nonprofitsApplied: 1, nonprofitsServed: 1, challengesSolved: 0, volunteerHours: 4 },
      { key: 'St. Lorenz Nord', nonprofitsApplied: 1, nonprofitsServed: 1, challengesSolved: 1, volunteerHours: 5.5 },
    ]);
    expect(report.editions[1]).toMatchObject({
      eventName: 'Nachtschicht 2026',
      nonprofitsApplied: 1,
      volunteers: 2,
      volunteerHours: 2,
      estimatedValue: 40,
      returningVolunteers: 1,
      returningNonprofits: 1,
      challengesSolved: 1,
    });
    for (const cookie of [kielOrganizer, undefined]) {
      const refused = await gql(app, REPORT, { id: body }, cookie);
      expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(refused.body.errors[0].extensions.code);
    }
  });

  it('are public only as aggregates of finished editions, every figure below 3 shown as "fewer than 3"', async () => {
    const response = await gql(app, PUBLIC);
    expect(response.body.errors).toBeUndefined();
    const [lübeck] = response.body.data.publicImpact;
    expect(lübeck.name).toBe('Hansestadt Lübeck');
    const fewer = { value: null, fewerThanThree: true };
    const shown = (value: number) => ({ value, fewerThanThree: false });
    expect(lübeck.editions[0]).toEqual({
      eventName: 'Nachtschicht 2025',
      nonprofitsApplied: shown(3),
      nonprofitsServed: fewer,
      challengesSolved: fewer,
      volunteers: shown(3),
      // 9.5 hours at 20 euros: published as they are, not as "10 hours" beside "190 euros".
      volunteerHours: shown(9.5),
      estimatedValue: shown(190),
      returningVolunteers: fewer,
      returningNonprofits: fewer,
      followUpsClosed: fewer,
      stillInUseYes: fewer,
      byCause: [
        { key: 'SOCIAL', nonprofitsServed: fewer, challengesSolved: fewer, volunteerHours: shown(9.5) },
        { key: 'POVERTY', nonprofitsServed: fewer, challengesSolved: fewer, volunteerHours: shown(5.5) },
      ],
      byDistrict: [
        { key: '', nonprofitsServed: fewer },
        { key: 'Innenstadt', nonprofitsServed: fewer },
        { key: 'St. Lorenz Nord', nonprofitsServed: fewer },
      ],
    });
    // Second edition: 2 hours, so the value that would give them away is suppressed too.
    expect(lübeck.editions[1]).toMatchObject({ volunteerHours: fewer, estimatedValue: fewer, volunteers: fewer });
    expect(JSON.stringify(response.body.data)).not.toMatch(/ada|Tafel|example/);

    // Without an hourly rate there is no value to publish: no figure, not "fewer than 3".
    await gql(app, SET_RATE, { id: body, rate: 0 }, organizer);
    const unrated = (await gql(app, PUBLIC)).body.data.publicImpact[0].editions[0];
    expect(unrated).toMatchObject({
      volunteerHours: shown(9.5),
      estimatedValue: { value: null, fewerThanThree: false },
    });
    await gql(app, SET_RATE, { id: body, rate: 20 }, organizer);
  });

  it('stay the same after a volunteer and a nonprofit contact erase their accounts', async () => {
    const before = (await gql(app, REPORT, { id: body }, organizer)).body.data;
    const publicBefore = (await gql(app, PUBLIC)).body.data;
    for (const email of ['ada@example.org', 'contact-tafel-l-beck@nonprofit.example']) {
      const [{ id }] = (await app.dataSource.query(`SELECT id FROM person WHERE email = $1`, [email])) as {
        id: string;
      }[];
      await app.dataSource.transaction((manager) => eraseAccount(manager, id));
    }
    expect((await gql(app, REPORT, { id: body }, organizer)).body.data).toEqual(before);
    expect((await gql(app, PUBLIC)).body.data).toEqual(publicBefore);
    const comments = (await app.dataSource.query(
      `SELECT f.comment FROM feedback_request f JOIN person p ON p.id = f.person_id WHERE p.erased_at IS NOT NULL`,
    )) as { comment: string }[];
    expect(comments.length).toBeGreaterThan(0);
    expect(comments.every((row) => row.comment === '')).toBe(true);
  });

  describe('CSV exports', () => {
    const download = (path: string, cookie?: string) => {
      const call = app.http
        .get(path)
        .set('accept-language', 'en')
        .buffer(true)
        .parse((response, done) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (text += chunk));
          response.on('end', () => done(null, text));
        });
      return cookie ? call.set('cookie', cookie) : call;
    };
    const exportsLogged = async (kind: string) =>
      (
        (await app.dataSource.query(
          `SELECT count(*)::int AS n FROM audit_log WHERE action = 'DATA_EXPORTED' AND details->>'kind' = $1`,
          [kind],
        )) as { n: number }[]
      )[0].n;

    it('give the edition report with its breakdowns, audit-logged', async () => {
      const response = await download(`/api/exports/events/${first.id}/impact.csv`, organizer);
      expect(response.status).toBe(200);
      const rows = csvObjects(response.body as string);
      const figure = (metric: string, breakdown = '', key = '') =>
        rows.find((row) => row.Figure === metric && row.Breakdown === breakdown && row.Group === key)?.Value;
      expect(figure('Nonprofits applied')).toBe('3');
      expect(figure('Volunteer hours')).toBe('9.5');
      expect(figure('Estimated value (EUR)')).toBe('190');
      expect(figure('Challenges solved')).toBe('1');
      expect(figure('Volunteer hours', 'Cause', 'Poverty')).toBe('5.5');
      expect(figure('Nonprofits applied', 'District', 'no district given')).toBe('1');
      expect(await exportsLogged('IMPACT_CSV')).toBe(1);
    });

    it('give the feedback answers without names, audit-logged', async () => {
      const response = await download(`/api/exports/events/${first.id}/feedback.csv`, organizer);
      expect(response.status).toBe(200);
      const rows = csvObjects(response.body as string);
      expect(rows).toHaveLength(5);
      expect(rows.map((row) => [row.Role, row.Challenge, row.Solved, row.Hours])).toEqual([
        ['volunteer', 'Mitgliederliste', 'no', '4'],
        ['nonprofit', 'Mitgliederliste', 'partly', '1'],
        ['volunteer', 'Schichtplan', 'yes', '3'],
        ['volunteer', 'Schichtplan', 'partly', '2.5'],
        ['nonprofit', 'Schichtplan', 'yes', '1'],
      ]);
      expect(rows.every((row) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(row['Answered at']))).toBe(true);
      expect(response.body as string).not.toMatch(/ada@|cem@/);
      expect(await exportsLogged('FEEDBACK_CSV')).toBe(1);
    });

    it('add assignments to the volunteers CSV and outcomes to the challenges CSV', async () => {
      await app.dataSource.query(
        `INSERT INTO volunteer_registration (event_id, person_id) SELECT $1, id FROM person WHERE email = 'cem@example.org'`,
        [first.id],
      );
      const volunteers = csvObjects(
        (await download(`/api/exports/events/${first.id}/volunteers.csv`, organizer)).body as string,
      );
      expect(volunteers.find((row) => row.Name === 'cem')?.['Assignments (accepted)']).toMatch(
        /^Mitgliederliste \(2025-03-06 17:00\)$/,
      );
      const challenges = csvObjects(
        (await download(`/api/exports/events/${first.id}/challenges.csv`, organizer)).body as string,
      );
      expect(
        challenges.map((row) => [
          row.Title,
          row['Outcome (from feedback)'],
          row['Volunteer hours'],
          row['Still in use after three months'],
        ]),
      ).toEqual(
        expect.arrayContaining([
          ['Schichtplan', 'yes', '5.5', 'yes'],
          ['Mitgliederliste', 'partly', '4', 'no'],
          ['Website', '', '0', ''],
        ]),
      );
    });

    it('are refused to anyone but organizers of the body', async () => {
      for (const path of ['impact.csv', 'feedback.csv']) {
        expect((await download(`/api/exports/events/${first.id}/${path}`, kielOrganizer)).status).toBe(403);
        expect((await download(`/api/exports/events/${first.id}/${path}`)).status).toBe(401);
      }
    });
  });
});
