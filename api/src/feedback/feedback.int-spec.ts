import { signLink } from '../common/signed-links/signed-link';
import { asHackathon, type Edition, finish, mailedLink, postForm, publishedEdition } from '../../test/after-event';
import { gql, type TestApp, startTestApp } from '../../test/app';
import { createBody, createPerson, sessionCookieFor } from '../../test/people';

describe('feedback after the event', () => {
  let app: TestApp;
  let body: string;
  let organizerId: string;
  let organizer: string;
  let edition: Edition;

  const requestRows = () =>
    app.dataSource.query(
      `SELECT id, answered_at, rating, solved, hours, next_steps, comment FROM feedback_request ORDER BY id`,
    ) as Promise<unknown[]>;
  const tokenOf = (link: string) => new URL(link, 'http://x').searchParams.get('token')!;
  const pathOf = (link: string) => new URL(link, 'http://x').pathname;

  beforeAll(async () => {
    app = await startTestApp();
    body = await createBody(app.dataSource, 'Hansestadt Lübeck');
    organizerId = await createPerson(app.dataSource, 'orga@luebeck.example', [
      { role: 'ORGANIZER', organizingBodyId: body },
    ]);
    organizer = await sessionCookieFor(app.dataSource, organizerId);
    edition = await publishedEdition(app, body, organizer, {
      name: 'Nachtschicht 2026',
      day: '2026-03-05',
      teams: [
        {
          nonprofit: 'Tafel Lübeck',
          title: 'Schichtplan',
          volunteers: ['ada@example.org', 'cem@example.org'],
          declined: ['dana@example.org'],
        },
      ],
      unserved: [{ nonprofit: 'Mieterverein', title: 'Mitgliederliste' }],
    });
    await app.dataSource.query(`UPDATE person SET locale = 'en' WHERE email = 'cem@example.org'`);
    await finish(app, organizer, edition.id);
  });
  afterAll(() => app.close());

  it('is asked for, once the event is DONE, from volunteers with an accepted place and contacts of served nonprofits, in their language', async () => {
    const mails = (await app.dataSource.query(
      `SELECT to_address, locale, subject FROM outbox_message WHERE template = 'feedbackRequest' ORDER BY to_address`,
    )) as { to_address: string; locale: string; subject: string }[];
    expect(mails).toEqual([
      { to_address: 'ada@example.org', locale: 'de', subject: 'Wie war „Nachtschicht 2026“? Ihr Feedback' },
      { to_address: 'cem@example.org', locale: 'en', subject: 'How did “Nachtschicht 2026” go? Your feedback' },
      {
        to_address: 'contact-tafel-l-beck@nonprofit.example',
        locale: 'de',
        subject: 'Wie war „Nachtschicht 2026“? Ihr Feedback',
      },
    ]);
    expect(
      await app.dataSource.query(`SELECT role, count(*)::int AS n FROM feedback_request GROUP BY role ORDER BY role`),
    ).toEqual([
      { role: 'VOLUNTEER', n: 2 },
      { role: 'NONPROFIT', n: 1 },
    ]);
  });

  it('shows the form on GET and changes nothing', async () => {
    const link = await mailedLink(app, 'ada@example.org', 'feedback');
    const before = await requestRows();
    const page = await app.http.get(link);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<html lang="de">');
    expect(page.text).toContain('Ihr Feedback zu „Schichtplan“');
    expect(page.text).toContain('name="rating"');
    expect(page.text).toContain('Wie bewerten Sie den Abend insgesamt?');
    expect(page.text).not.toContain('name="followUp"');
    expect(await requestRows()).toEqual(before);

    // A hackathon runs for days: the questions speak of the event, not of an evening.
    await asHackathon(app, edition.id, async () => {
      const hackathon = await app.http.get(link);
      expect(hackathon.text).toContain('Wie bewerten Sie die Veranstaltung insgesamt?');
      expect(hackathon.text).not.toContain('Abend');
    });
  });

  it('refuses a POST from another site and a changed, foreign, expired or wrong-purpose link with a clear page', async () => {
    const link = await mailedLink(app, 'ada@example.org', 'feedback');
    const other = await mailedLink(app, 'cem@example.org', 'feedback');
    const before = await requestRows();
    const answer = { rating: '4', solved: 'YES', hours: '3' };

    const foreignSite = await postForm(app, pathOf(link), { token: tokenOf(link), ...answer }, 'https://evil.example');
    expect(foreignSite.status).toBe(403);
    expect(foreignSite.text).toContain('Nicht von dieser Seite gesendet');

    const changed = await app.http.get(`${pathOf(link)}?token=${tokenOf(link).slice(0, -2)}xx&lang=en`);
    expect(changed.status).toBe(400);
    expect(changed.text).toContain('This link does not work');

    const foreign = await postForm(app, pathOf(link), { token: tokenOf(other), lang: 'en', ...answer });
    expect(foreign.status).toBe(403);
    expect(foreign.text).toContain('This link belongs to another feedback request');

    const id = pathOf(link).split('/').pop()!;
    const expiredToken = signLink(app.config.appSecret, {
      purpose: 'feedback',
      subject: id,
      expiresAt: new Date(Date.now() - 60_000),
    });
    const expired = await app.http.get(`${pathOf(link)}?token=${expiredToken}&lang=en`);
    expect(expired.status).toBe(410);
    expect(expired.text).toContain('This link has expired');

    const wrongPurpose = signLink(app.config.appSecret, {
      purpose: 'proposal-answer',
      subject: id,
      expiresAt: new Date(Date.now() + 60_000),
    });
    expect((await postForm(app, pathOf(link), { token: wrongPurpose, ...answer })).status).toBe(400);
    expect(await requestRows()).toEqual(before);
  });

  it('names every invalid field, in the person’s language, and records nothing', async () => {
    const link = await mailedLink(app, 'cem@example.org', 'feedback');
    const before = await requestRows();
    const response = await postForm(app, pathOf(link), {
      token: tokenOf(link),
      rating: '7',
      solved: 'MAYBE',
      hours: 'lots',
      comment: 'x'.repeat(2001),
    });
    expect(response.status).toBe(400);
    expect(response.text).toContain('Please correct the following:');
    // Each entry names its field: "at most 2000 characters" could be said of any of the text boxes.
    for (const [anchor, message] of [
      ['#rating-1', 'How would you rate the evening overall? Please choose a rating from 1 to 5.'],
      ['#solved-YES', 'Was the challenge solved? Please say whether the challenge was solved.'],
      [
        '#hours',
        'How many hours did you spend on it (including preparation)? Please enter the hours as a number between 0 and 200, with at most two decimals (e.g. 3.25).',
      ],
      ['#comment', 'Anything else you would like to tell us? Please use at most 2000 characters.'],
    ])
      expect(response.text).toContain(`<a href="${anchor}">${message}</a>`);
    // The summary takes focus without a script (the page's CSP allows none inline).
    expect(response.text).toMatch(/<div class="summary" role="alert"[^>]* tabindex="-1" autofocus>/);
    expect(response.text).toContain('id="hours" name="hours" value="lots" aria-describedby="hours-hint hours-error"');
    expect(response.text).toMatch(
      /<textarea id="comment"[^>]* aria-describedby="comment-hint comment-error" aria-invalid="true">/,
    );
    expect(await requestRows()).toEqual(before);

    const adasLink = await mailedLink(app, 'ada@example.org', 'feedback');
    const german = await postForm(app, pathOf(adasLink), {
      token: tokenOf(adasLink),
      rating: '3',
      solved: 'YES',
      // More decimals than are kept: said, not rounded away.
      hours: '3,125',
      nextSteps: 'x'.repeat(2001),
    });
    expect(german.status).toBe(400);
    expect(german.text).toContain(
      '<a href="#hours">Wie viele Stunden haben Sie daran gearbeitet (mit Vorbereitung)? Bitte geben Sie die Stunden als Zahl zwischen 0 und 200 an, mit höchstens zwei Nachkommastellen (z. B. 3,25).</a>',
    );
    expect(german.text).toContain(
      '<a href="#nextSteps">Was sollte als Nächstes passieren? Bitte verwenden Sie höchstens 2000 Zeichen.</a>',
    );
    expect(await requestRows()).toEqual(before);
  });

  it('records the answer once; a second submit shows the answer given and changes nothing', async () => {
    const link = await mailedLink(app, 'ada@example.org', 'feedback');
    const first = await postForm(app, pathOf(link), {
      token: tokenOf(link),
      rating: '5',
      solved: 'PARTLY',
      hours: '3,25',
      nextSteps: 'Schulung für Renate',
      comment: 'Toller Abend',
    });
    expect(first.status).toBe(200);
    expect(first.text).toContain('Danke für Ihr Feedback');
    // The hours as typed, quarter hour and all, in the page's language (not "3.25", nor rounded to "3,3").
    expect(first.text).toContain('<dd>3,25</dd>');
    const [saved] = (await app.dataSource.query(
      `SELECT rating, solved, hours, next_steps, comment FROM feedback_request f JOIN person p ON p.id = f.person_id
        WHERE p.email = 'ada@example.org'`,
    )) as unknown[];
    expect(saved).toEqual({
      rating: 5,
      solved: 'PARTLY',
      hours: '3.25',
      next_steps: 'Schulung für Renate',
      comment: 'Toller Abend',
    });

    const second = await postForm(app, pathOf(link), { token: tokenOf(link), rating: '1', solved: 'NO', hours: '1' });
    expect(second.status).toBe(200);
    expect(second.text).toContain('Feedback bereits gegeben');
    expect(second.text).toContain('5 von 5');
    const again = await app.http.get(link);
    expect(again.text).toContain('Feedback bereits gegeben');
    const [unchanged] = (await app.dataSource.query(
      `SELECT rating, solved FROM feedback_request f JOIN person p ON p.id = f.person_id WHERE p.email = 'ada@example.org'`,
    )) as unknown[];
    expect(unchanged).toEqual({ rating: 5, solved: 'PARTLY' });
  });

  it('lets a nonprofit ask for follow-up, which opens tasks for the body’s organizers', async () => {
    const contact = edition.nonprofits['Tafel Lübeck'];
    const link = await mailedLink(app, contact.contactEmail, 'feedback');
    const form = await app.http.get(link);
    expect(form.text).toContain('name="followUp" value="REFERRAL"');
    const missingTopic = await postForm(app, pathOf(link), {
      token: tokenOf(link),
      rating: '4',
      solved: 'YES',
      hours: '2',
      followUp: ['REFERRAL'],
    });
    expect(missingTopic.status).toBe(400);
    expect(missingTopic.text).toContain('Bitte wählen Sie für die Vermittlung, wobei Sie Hilfe brauchen.');
    expect(await app.dataSource.query(`SELECT id FROM follow_up_task`)).toEqual([]);

    const recorded = await postForm(app, pathOf(link), {
      token: tokenOf(link),
      rating: '4',
      solved: 'YES',
      hours: '2',
      followUp: ['REFERRAL', 'MENTORSHIP'],
      helpTopic: 'DEVICES',
      followUpNote: 'Unsere Älteren brauchen Hilfe mit Tablets.',
    });
    expect(recorded.status).toBe(200);
    expect(recorded.text).toContain('Eine Vermittlung an eine Anlaufstelle für digitale Teilhabe (Geräte');
    const tasks = (await app.dataSource.query(
      `SELECT kind, status, help_topic, owner_id, organizing_body_id, request_note, requested_by_id,
              due_date > current_date AS due_later
         FROM follow_up_task ORDER BY kind`,
    )) as unknown[];
    expect(tasks).toEqual([
      expect.objectContaining({ kind: 'MENTORSHIP', status: 'OPEN', help_topic: null, owner_id: organizerId }),
      {
        kind: 'REFERRAL',
        status: 'OPEN',
        help_topic: 'DEVICES',
        owner_id: organizerId,
        organizing_body_id: body,
        request_note: 'Unsere Älteren brauchen Hilfe mit Tablets.',
        requested_by_id: contact.contactId,
        due_later: true,
      },
    ]);
  });

  it('is not asked twice when the transaction is repeated for the same people', async () => {
    const count = async () =>
      (
        (await app.dataSource.query(
          `SELECT count(*)::int AS n FROM outbox_message WHERE template = 'feedbackRequest'`,
        )) as {
          n: number;
        }[]
      )[0].n;
    const before = await count();
    const { FeedbackService } = await import('./feedback.service');
    const service = app.app.get(FeedbackService);
    expect(await app.dataSource.transaction((manager) => service.requestFeedback(manager, edition.id))).toBe(0);
    expect(await count()).toBe(before);
  });

  it('shows the way to the form beside the proposal or team it is about, to the person asked only', async () => {
    const proposals = async (email: string) =>
      (
        await gql(
          app,
          `{ myProposals { challengeTitle feedback { url answered } } }`,
          {},
          await sessionCookieFor(app.dataSource, edition.people[email]),
        )
      ).body.data.myProposals as { challengeTitle: string; feedback: { url: string; answered: boolean } | null }[];
    // Cem has not answered yet: his link is the mail's, in his language
    const [cem] = await proposals('cem@example.org');
    expect(cem.feedback).toEqual({ url: expect.stringMatching(/^https?:\/\//), answered: false });
    const url = new URL(cem.feedback!.url);
    expect(`${url.pathname}${url.search}`).toBe(await mailedLink(app, 'cem@example.org', 'feedback'));
    expect(url.searchParams.get('lang')).toBe('en');
    expect((await app.http.get(`${url.pathname}${url.search}`)).status).toBe(200);
    // The page offers the other language: the same link with lang=de, in German although Cem reads English.
    url.searchParams.set('lang', 'de');
    const german = await app.http.get(`${url.pathname}${url.search}`);
    expect(german.text).toContain('<html lang="de">');
    expect(german.text).toContain('lang="en" hreflang="en">English</a>');
    // The requests of one response are read together: one query, however many proposals ask for theirs
    const reads = jest.spyOn(app.dataSource, 'query');
    const twice = await gql(
      app,
      `{ first: myProposals { feedback { answered } } again: myProposals { feedback { answered } } }`,
      {},
      await sessionCookieFor(app.dataSource, edition.people['cem@example.org']),
    );
    expect(twice.body.data.again).toEqual(twice.body.data.first);
    expect(reads.mock.calls.filter(([sql]) => String(sql).includes('FROM feedback_request'))).toHaveLength(1);
    reads.mockRestore();
    // Ada answered (above): the link shows her answer; Dana declined and was asked nothing
    expect((await proposals('ada@example.org'))[0].feedback).toMatchObject({ answered: true });
    expect((await proposals('dana@example.org'))[0].feedback).toBeNull();

    const tafel = edition.nonprofits['Tafel Lübeck'];
    const teams = async (cookie: string) =>
      (
        await gql(
          app,
          `query ($id: ID!) { nonprofitTeams(nonprofitId: $id) { teams { feedback { answered } } } }`,
          {
            id: tafel.id,
          },
          cookie,
        )
      ).body.data.nonprofitTeams.teams as { feedback: { answered: boolean } | null }[];
    expect(await teams(await sessionCookieFor(app.dataSource, tafel.contactId))).toEqual([
      { feedback: { answered: true } },
    ]);
    // the body's organizer sees the team, but was asked for no feedback on it
    expect(await teams(organizer)).toEqual([{ feedback: null }]);
  });
});
