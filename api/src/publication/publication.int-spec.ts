import { signLink } from '../common/signed-links/signed-link';
import { gql, type TestApp, startTestApp } from '../../test/app';
import { CHANGE_STATUS } from '../../test/events';
import { runToEnd } from '../../test/matching';
import { createBody, createPerson, sessionCookieFor } from '../../test/people';
import {
  answerLinks,
  calendarOf,
  CHALLENGES,
  DEADLINE,
  emailOf,
  mails,
  matchedEvent,
  MY_PROPOSALS,
  publish,
  PUBLICATION,
  type PublishedEvent,
  VOLUNTEERS,
} from '../../test/publication';
import { PROPOSAL_LINK_PURPOSE } from './proposal-links';
import { MatchingWorkerService } from '../matching/matching-worker.service';
import { PublicationDeadlines } from './publication-deadlines';

const ORIGIN = 'http://localhost:3000';

describe('publishing a run', () => {
  let app: TestApp;
  let event: PublishedEvent;

  beforeAll(async () => {
    app = await startTestApp();
    event = await matchedEvent(app, { challenges: CHALLENGES, volunteers: VOLUNTEERS });
    await app.dataSource.query(`UPDATE person SET locale = 'en' WHERE id = $1`, [event.volunteers['Ben Becker']]);
  }, 60_000);
  afterAll(() => app.close());

  const publication = async () =>
    (await gql(app, PUBLICATION, { eventId: event.id }, event.organizerCookie)).body.data.publication;

  it('refuses a deadline in the past or after the first team meets, naming the field, and changes nothing', async () => {
    const past = await publish(app, event, { answerDeadline: '2026-01-01T00:00:00.000Z' });
    expect(past.body.errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.answerDeadline', message: 'The answer deadline must be at least 1 hour from now.' }],
      translations: expect.any(Object),
    });
    const late = await publish(app, event, { answerDeadline: '2038-03-05T00:00:00.000Z' });
    expect(late.body.errors[0].extensions.fields[0]).toEqual({
      path: 'input.answerDeadline',
      message: 'The answer deadline must be before the first team meets (Thursday, 4 March 2038 at 17:00).',
    });
    expect(await publication()).toMatchObject({ published: false, canPublish: true, eventStatus: 'MATCHING' });
    expect(await mails(app.dataSource, { template: 'proposal' })).toEqual([]);
    // A status button cannot publish: proposals only go out with a run.
    const button = await gql(app, CHANGE_STATUS, { id: event.id, status: 'PUBLISHED' }, event.organizerCookie);
    expect(button.body.errors[0].message).toBe(
      'An event is published by publishing one of its matching runs (on the run’s page).',
    );
  });

  it('is for organizers of the event’s body only', async () => {
    const other = await createBody(app.dataSource, 'Elsewhere');
    const stranger = await sessionCookieFor(
      app.dataSource,
      await createPerson(app.dataSource, 'stranger@publication.example', [
        { role: 'ORGANIZER', organizingBodyId: other },
      ]),
    );
    const response = await gql(
      app,
      `mutation ($runId: ID!) { publishMatchingRun(runId: $runId, input: { answerDeadline: "${DEADLINE}" }) { published } }`,
      { runId: event.runId },
      stranger,
    );
    expect(response.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('publishes once even when clicked five times at once: one proposal per assignment, each mail once', async () => {
    const responses = await Promise.all([1, 2, 3, 4, 5].map(() => publish(app, event)));
    for (const response of responses) expect(response.body.errors).toBeUndefined();
    const published = responses[0].body.data.publishMatchingRun;
    expect(published).toMatchObject({
      published: true,
      eventStatus: 'PUBLISHED',
      runId: event.runId,
      runNumber: 1,
      publishedByName: 'Olga Organizer',
      answerDeadline: DEADLINE,
      counts: { proposed: 3, accepted: 0, freed: 0, needsReplacement: 0 },
    });
    const [{ assignments }] = (await app.dataSource.query(
      `SELECT count(*)::int AS assignments FROM matching_assignment WHERE run_id = $1`,
      [event.runId],
    )) as { assignments: number }[];
    expect(assignments).toBe(3);
    const [{ proposals }] = (await app.dataSource.query(
      `SELECT count(*)::int AS proposals FROM proposal WHERE event_id = $1`,
      [event.id],
    )) as { proposals: number }[];
    expect(proposals).toBe(3);
    expect((await mails(app.dataSource, { template: 'proposal' })).length).toBe(3);
    expect((await mails(app.dataSource, { template: 'proposedTeam' })).length).toBe(2);
    // Later runs cannot be published any more.
    const again = await publish(app, event);
    expect(again.body.errors).toBeUndefined();
  });

  it('mails each volunteer the proposal in their language, with the team, a calendar invitation and both links', async () => {
    const ben = await emailOf(app.dataSource, event.volunteers['Ben Becker']);
    const [english] = await mails(app.dataSource, { to: ben, template: 'proposal' });
    expect(english.locale).toBe('en');
    expect(english.subject).toBe('Your team proposal: “Mieterverein” at Nachtschicht Lübeck 2038');
    expect(english.text).toContain('propose that you help Verein Mieterverein');
    expect(english.text).toContain('When and where: Thursday, 4 March 2038, 19:45–22:00, Kulturwerft Gollan, Lübeck.');
    expect(english.text).toContain('So far you are the only member of this team.');
    expect(english.text).toContain('Please answer by Monday, 1 March 2038 at 13:00');
    expect(english.attachments).toHaveLength(1);
    const calendar = Buffer.from(english.attachments[0].content, 'base64').toString('utf8');
    expect(english.attachments[0].contentType).toMatch(/^text\/calendar/);
    expect(calendar).toMatch(/BEGIN:VCALENDAR[\s\S]*BEGIN:VEVENT[\s\S]*DTSTART:20380304T184500Z/);
    expect(calendar).toContain('SUMMARY:Nachtschicht Lübeck 2038: Mieterverein');
    expect(answerLinks(english).accept).toMatch(/^\/api\/proposals\/[0-9a-f-]+\/accept\?token=.+&lang=en$/);

    const ada = await emailOf(app.dataSource, event.volunteers['Ada Lovelace']);
    const [german] = await mails(app.dataSource, { to: ada, template: 'proposal' });
    expect(german.subject).toBe('Ihr Teamvorschlag: „Tafel Lübeck“ bei Nachtschicht Lübeck 2038');
    expect(german.text).toContain('Ihr Team: Cem (WordPress: Gute Kenntnisse).');
    expect(german.text).toContain('Ja, ich sage zu: http://localhost:3000/api/proposals/');
  });

  it('tells each nonprofit contact its proposed team: first names and skills, nothing to reach them by', async () => {
    const tafel = event.nonprofits['Tafel Lübeck'];
    const [team] = await mails(app.dataSource, { to: tafel.contactEmail, template: 'proposedTeam' });
    expect(team.subject).toBe('Ihr vorgeschlagenes Team: „Tafel Lübeck“ bei Nachtschicht Lübeck 2038');
    expect(team.text).toContain(
      'Vorgeschlagen: Ada (WordPress: Sehr gute Kenntnisse); Cem (WordPress: Gute Kenntnisse).',
    );
    expect(team.text).not.toMatch(/Lovelace|@volunteer\.example|0170/);
    expect(team.text).toContain(`/nonprofits/${tafel.id}/teams`);
  });

  it('accepts by link: GET shows the proposal and changes nothing, the same-origin POST records it once', async () => {
    const ada = await emailOf(app.dataSource, event.volunteers['Ada Lovelace']);
    const [mail] = await mails(app.dataSource, { to: ada, template: 'proposal' });
    const { accept } = answerLinks(mail);

    const shown = await app.http.get(accept);
    expect(shown.status).toBe(200);
    expect(shown.text).toContain('<html lang="de">');
    expect(shown.text).toContain('<h1>Vorschlag zusagen?</h1>');
    expect(shown.text).toContain('<button type="submit">Ja, ich sage zu</button>');
    expect(shown.text).toContain('Doch lieber absagen?');
    expect(await statusOf(event.volunteers['Ada Lovelace'])).toBe('PROPOSED');

    const token = new URL(`http://x${accept}`).searchParams.get('token')!;
    const path = accept.split('?')[0];
    const foreign = await app.http.post(path).type('form').set('origin', 'https://evil.example').send({ token });
    expect(foreign.status).toBe(403);
    expect(await statusOf(event.volunteers['Ada Lovelace'])).toBe('PROPOSED');

    const recorded = await app.http.post(path).type('form').set('origin', ORIGIN).send({ token, lang: 'de' });
    expect(recorded.status).toBe(200);
    expect(recorded.text).toContain('<h1>Sie haben zugesagt</h1>');
    expect(recorded.text).toContain('Ihre Antwort ist gespeichert');
    expect(await statusOf(event.volunteers['Ada Lovelace'])).toBe('ACCEPTED');

    const again = await app.http.get(accept);
    expect(again.status).toBe(200);
    expect(again.text).toMatch(/Sie haben diesen Vorschlag am .* zugesagt\./);
    expect(again.text).not.toContain('<form');
    const [receipt, ...more] = await mails(app.dataSource, { to: ada, template: 'proposalAnswered' });
    expect(more).toEqual([]);
    expect(receipt.subject).toBe('Sie haben zugesagt: „Tafel Lübeck“ bei Nachtschicht Lübeck 2038');
    expect(receipt.text).toContain('Sobald Verein Tafel Lübeck');
    // The calendar entry of the proposal again, now confirmed.
    expect(receipt.text).toContain('Der angehängte Kalendereintrag bestätigt den Termin in Ihrem Kalender.');
    const [proposal] = await mails(app.dataSource, { to: ada, template: 'proposal' });
    expect(calendarOf(proposal)).toMatchObject({ method: 'PUBLISH', status: 'TENTATIVE', sequence: '0' });
    expect(calendarOf(receipt)).toMatchObject({
      uid: calendarOf(proposal).uid,
      method: 'PUBLISH',
      status: 'CONFIRMED',
      sequence: '1',
    });
  });

  it('records fifty simultaneous confirmations of one answer as one change with one mail', async () => {
    const ben = await emailOf(app.dataSource, event.volunteers['Ben Becker']);
    const [mail] = await mails(app.dataSource, { to: ben, template: 'proposal' });
    const { accept } = answerLinks(mail);
    const token = new URL(`http://x${accept}`).searchParams.get('token')!;
    const path = accept.split('?')[0];
    const responses = await Promise.all(
      Array.from({ length: 50 }, () =>
        app.http.post(path).type('form').set('origin', ORIGIN).send({ token, lang: 'en' }),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(50).fill(200));
    expect(responses.filter((response) => response.text.includes('Your answer is recorded'))).toHaveLength(1);
    expect(responses.filter((response) => response.text.includes('You accepted this proposal on'))).toHaveLength(50);
    expect(await statusOf(event.volunteers['Ben Becker'])).toBe('ACCEPTED');
    expect(await mails(app.dataSource, { to: ben, template: 'proposalAnswered' })).toHaveLength(1);
    const [{ entries }] = (await app.dataSource.query(
      `SELECT count(*)::int AS entries FROM audit_log WHERE action = 'PROPOSAL_ACCEPTED' AND details->>'volunteer' = 'Ben'`,
    )) as { entries: number }[];
    expect(entries).toBe(1);
  });

  it('refuses changed, foreign and expired links with a clear page in the person’s language', async () => {
    const cemOrDana = (await publication()).teams
      .flatMap((team: { places: { volunteerId: string; proposalId: string; status: string }[] }) => team.places)
      .find((place: { status: string }) => place.status === 'PROPOSED');
    const email = await emailOf(app.dataSource, cemOrDana.volunteerId);
    const [mail] = await mails(app.dataSource, { to: email, template: 'proposal' });
    const { decline } = answerLinks(mail);
    const [path, query] = decline.split('?');
    const token = new URLSearchParams(query).get('token')!;

    const changed = await app.http.get(`${path}?token=${token.slice(0, -2)}xy&lang=de`);
    expect(changed.status).toBe(400);
    expect(changed.text).toContain('<h1>Dieser Link ist ungültig</h1>');

    const adaProposal = await proposalIdOf(event.volunteers['Ada Lovelace']);
    const foreign = await app.http.get(
      `/api/proposals/${adaProposal}/decline?token=${encodeURIComponent(token)}&lang=en`,
    );
    expect(foreign.status).toBe(403);
    expect(foreign.text).toContain('<h1>This link belongs to another proposal</h1>');
    const foreignPost = await app.http
      .post(`/api/proposals/${adaProposal}/decline`)
      .type('form')
      .set('origin', ORIGIN)
      .send({ token, lang: 'en' });
    expect(foreignPost.status).toBe(403);
    expect(await statusOf(event.volunteers['Ada Lovelace'])).toBe('ACCEPTED');

    const expiredToken = signLink(app.config.appSecret, {
      purpose: PROPOSAL_LINK_PURPOSE,
      subject: cemOrDana.proposalId,
      expiresAt: new Date(Date.now() - 1000),
    });
    const expired = await app.http.get(`${path}?token=${encodeURIComponent(expiredToken)}&lang=de`);
    expect(expired.status).toBe(410);
    expect(expired.text).toContain('<h1>Die Antwortfrist ist abgelaufen</h1>');
    const expiredPost = await app.http
      .post(path)
      .type('form')
      .set('origin', ORIGIN)
      .send({ token: expiredToken, lang: 'de' });
    expect(expiredPost.status).toBe(410);

    const otherPurpose = signLink(app.config.appSecret, {
      purpose: 'keep-account',
      subject: cemOrDana.proposalId,
      expiresAt: new Date(Date.now() + 3_600_000),
    });
    expect((await app.http.get(`${path}?token=${encodeURIComponent(otherPurpose)}`)).status).toBe(400);
    expect(await statusOf(cemOrDana.volunteerId)).toBe('PROPOSED');
  });

  it('shows the volunteer their proposals on the dashboard, and answers there too', async () => {
    const cookie = event.volunteerCookies['Dana Drews'];
    const danaPlaced = (await statusOf(event.volunteers['Dana Drews'])) !== null;
    const response = await gql(app, MY_PROPOSALS, {}, cookie);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.myProposals).toHaveLength(danaPlaced ? 1 : 0);
    const ada = (await gql(app, MY_PROPOSALS, {}, event.volunteerCookies['Ada Lovelace'])).body.data.myProposals;
    expect(ada).toEqual([
      expect.objectContaining({
        status: 'ACCEPTED',
        challengeTitle: 'Tafel Lübeck',
        nonprofitName: expect.stringMatching(/^Verein Tafel Lübeck/),
        canAnswer: false,
        canCancel: true,
        contactRevealed: false,
        nonprofitContacts: [],
        slot: expect.objectContaining({ label: 'Erste Runde', place: 'Kulturwerft Gollan, Lübeck' }),
        team: [expect.objectContaining({ status: 'PROPOSED', skills: [{ skill: 'web.cms.wordpress', level: 2 }] })],
      }),
    ]);
    const twice = await gql(
      app,
      `mutation ($id: ID!) { answerProposal(proposalId: $id, answer: DECLINE) { id } }`,
      { id: ada[0].id },
      event.volunteerCookies['Ada Lovelace'],
    );
    expect(twice.body.errors[0]).toMatchObject({
      message: 'This proposal has already been answered: accepted.',
      extensions: { code: 'CONFLICT' },
    });
    const someoneElses = await gql(
      app,
      `mutation ($id: ID!) { answerProposal(proposalId: $id, answer: DECLINE) { id } }`,
      { id: ada[0].id },
      event.volunteerCookies['Ben Becker'],
    );
    expect(someoneElses.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('reads the volunteer’s dashboard in the same two statements, with or without proposals and teams', async () => {
    // The background matching worker polls through the same data source: it steps aside while statements are counted.
    const worker = app.app.get(MatchingWorkerService).worker;
    await worker.stop();
    try {
      const counts: number[] = [];
      for (const name of ['Dana Drews', 'Ada Lovelace', 'Ben Becker'])
        counts.push(await countStatements(() => gql(app, MY_PROPOSALS, {}, event.volunteerCookies[name])));
      // The session with its roles, then the proposals with their teams and (once revealed) the nonprofit's contacts.
      expect(counts).toEqual([2, 2, 2]);
    } finally {
      worker.start();
    }
  });

  it('reminds those who have not answered 48 hours before the deadline, once, however many processes run it', async () => {
    const deadlines = app.app.get(PublicationDeadlines);
    const deadline = new Date(DEADLINE).getTime();
    expect(await deadlines.remind(new Date(deadline - 49 * 3_600_000))).toBe(0);
    const at = new Date(deadline - 47 * 3_600_000);
    const counts = await Promise.all([deadlines.remind(at), deadlines.remind(at), deadlines.remind(at)]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await deadlines.remind(at)).toBe(0);
    const reminders = await mails(app.dataSource, { template: 'proposalReminder' });
    expect(reminders).toHaveLength(1);
    expect(reminders[0].subject).toBe('Erinnerung: Bitte antworten Sie bis Montag, 1. März 2038 um 13:00');
    expect(answerLinks(reminders[0]).decline).toContain('/decline?token=');
  });

  it('counts proposals unanswered at the deadline as declined: the place needs a replacement', async () => {
    const deadlines = app.app.get(PublicationDeadlines);
    expect(await deadlines.expire(new Date(new Date(DEADLINE).getTime() - 1000))).toBe(0);
    const after = new Date(new Date(DEADLINE).getTime() + 1000);
    const [first, second] = await Promise.all([deadlines.expire(after), deadlines.expire(after)]);
    expect(first + second).toBe(1);
    const now = await publication();
    expect(now.counts).toEqual({ proposed: 0, accepted: 2, freed: 1, needsReplacement: 1 });
    const expired = now.teams
      .flatMap((team: { places: { status: string; state: string; firstName: string }[] }) => team.places)
      .find((place: { status: string }) => place.status === 'EXPIRED');
    expect(expired.state).toBe('NEEDS_REPLACEMENT');
    const [mail] = await mails(app.dataSource, { template: 'proposalExpired' });
    expect(mail.subject).toBe('Vorschlag abgelaufen: „Tafel Lübeck“');
    // Its links are dead now: the page says the deadline passed.
    const email = await emailOf(app.dataSource, expired.volunteerId);
    const [proposal] = await mails(app.dataSource, { to: email, template: 'proposal' });
    // The expiry takes the tentative entry out of the calendar.
    expect(calendarOf(mail)).toMatchObject({
      uid: calendarOf(proposal).uid,
      method: 'CANCEL',
      status: 'CANCELLED',
      sequence: '1',
    });
    const late = await app.http.get(answerLinks(proposal).accept);
    expect(late.status).toBe(410);
    expect(late.text).toContain('<h1>Die Antwortfrist ist abgelaufen</h1>');
  });

  async function countStatements(action: () => PromiseLike<unknown>): Promise<number> {
    const logger = app.dataSource.logger;
    const original = logger.logQuery.bind(logger);
    let count = 0;
    logger.logQuery = (query, parameters, runner) => {
      count += 1;
      return original(query, parameters, runner);
    };
    try {
      await action();
    } finally {
      logger.logQuery = original;
    }
    return count;
  }

  async function statusOf(volunteerId: string): Promise<string | null> {
    const rows = (await app.dataSource.query(`SELECT status FROM proposal WHERE volunteer_id = $1`, [volunteerId])) as {
      status: string;
    }[];
    return rows[0]?.status ?? null;
  }

  async function proposalIdOf(volunteerId: string): Promise<string> {
    const [row] = (await app.dataSource.query(`SELECT id FROM proposal WHERE volunteer_id = $1`, [volunteerId])) as {
      id: string;
    }[];
    return row.id;
  }
});

describe('a published event', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  }, 60_000);
  afterAll(() => app.close());

  it('refuses a second run once one is published', async () => {
    const event = await matchedEvent(app, { challenges: CHALLENGES, volunteers: VOLUNTEERS });
    await app.dataSource.query(`UPDATE event SET status = 'MATCHING' WHERE id = $1`, [event.id]);
    const second = await runToEnd(app, event.organizerCookie, event.id);
    expect((await publish(app, event)).body.errors).toBeUndefined();
    const other = await gql(
      app,
      `mutation ($runId: ID!) { publishMatchingRun(runId: $runId, input: { answerDeadline: "${DEADLINE}" }) { published } }`,
      { runId: second.id },
      event.organizerCookie,
    );
    expect(other.body.errors[0]).toMatchObject({
      message: 'Run 1 of this event has already been published; an event is published once.',
      extensions: { code: 'CONFLICT' },
    });
  });
});
