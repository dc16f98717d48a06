import { gql, startTestApp, type TestApp } from '../../test/app';
import { CHANGE_STATUS } from '../../test/events';
import {
  ACCEPT,
  ACCEPT_MANY,
  ADD_CONTACT,
  ASK_QUESTION,
  CHALLENGE,
  EVENT_CHALLENGES,
  openEvent,
  registerNonprofit,
  REJECT,
  REJECT_MANY,
  SET_PRIORITY,
  submittedChallenge,
  WITHDRAW_CHALLENGE,
} from '../../test/nonprofits';
import { createBody, createPerson, sessionCookieFor } from '../../test/people';

describe('organizers curate the challenges of their events', () => {
  let app: TestApp;
  let lübeck: string;
  let kiel: string;
  let organizer: string;
  let kielOrganizer: string;
  let admin: string;
  let contact: string;
  let event: { id: string; slots: { id: string }[] };
  let nonprofit: string;

  beforeAll(async () => {
    app = await startTestApp();
    lübeck = await createBody(app.dataSource, 'Hansestadt Lübeck');
    kiel = await createBody(app.dataSource, 'Kiel Digital', 'Kiel');
    const cookie = async (email: string, roles: Parameters<typeof createPerson>[2] = [], name = '') =>
      sessionCookieFor(app.dataSource, await createPerson(app.dataSource, email, roles, name));
    organizer = await cookie('orga@luebeck.example', [{ role: 'ORGANIZER', organizingBodyId: lübeck }], 'Olga Orga');
    kielOrganizer = await cookie('orga@kiel.example', [{ role: 'ORGANIZER', organizingBodyId: kiel }]);
    admin = await cookie('admin@example.org', [{ role: 'PLATFORM_ADMIN' }]);
    contact = await cookie('maria@tafel.example', [], 'Maria Muster');
    event = await openEvent(app, organizer, lübeck);
    nonprofit = await registerNonprofit(app, contact, event.id);
    // A second contact who reads mail in English.
    await gql(
      app,
      ADD_CONTACT,
      { nonprofitId: nonprofit, input: { email: 'sam@tafel.example', name: 'Sam Smith' } },
      contact,
    );
    await app.dataSource.query(`UPDATE person SET locale = 'en' WHERE email = 'sam@tafel.example'`);
  });
  afterAll(() => app.close());

  const state = async () =>
    app.dataSource.query(
      `SELECT c.id, c.status, c.priority,
              (SELECT count(*) FROM challenge_status_change h WHERE h.challenge_id = c.id) AS changes,
              (SELECT count(*) FROM outbox_message) AS mails
         FROM challenge c ORDER BY c.id`,
    );
  const mailsAbout = async (challengeId: string) =>
    (await app.dataSource.query(
      `SELECT to_address, locale, template, subject, body_text FROM outbox_message
        WHERE body_text LIKE '%' || $1 || '%' ORDER BY created_at, to_address`,
      [challengeId],
    )) as { to_address: string; locale: string; template: string; subject: string; body_text: string }[];

  it('asks back: NEEDS_INFO, the question in the history and mailed to every contact in their language', async () => {
    const id = await submittedChallenge(app, contact, nonprofit, event, { title: 'Spendenformular' });
    const empty = await gql(app, ASK_QUESTION, { id, question: '' }, organizer);
    expect(empty.body.errors[0].extensions.fields).toEqual([
      { path: 'question', message: 'Please fill in this field.' },
    ]);

    const response = await gql(app, ASK_QUESTION, { id, question: 'Wer pflegt die Seite heute?' }, organizer);
    expect(response.body.data.askChallengeQuestion).toMatchObject({
      status: 'NEEDS_INFO',
      openQuestion: 'Wer pflegt die Seite heute?',
      history: [
        { toStatus: 'DRAFT' },
        { toStatus: 'SUBMITTED' },
        {
          fromStatus: 'SUBMITTED',
          toStatus: 'NEEDS_INFO',
          message: 'Wer pflegt die Seite heute?',
          actorName: 'Olga Orga',
        },
      ],
    });
    const mails = await mailsAbout(id);
    expect(mails.map((mail) => [mail.to_address, mail.locale, mail.template, mail.subject])).toEqual([
      ['maria@tafel.example', 'de', 'challengeQuestion', 'Eine Rückfrage zu Ihrer Herausforderung „Spendenformular“'],
      ['sam@tafel.example', 'en', 'challengeQuestion', 'A question about your challenge “Spendenformular”'],
    ]);
    expect(mails[0].body_text).toContain('Wer pflegt die Seite heute?');
    expect(mails[0].body_text).toContain(`http://localhost:3000/challenges/${id}`);

    const twice = await gql(app, ASK_QUESTION, { id, question: 'Und noch etwas?' }, organizer);
    expect(twice.body.errors[0].message).toBe('A challenge cannot go from “question open” to “question open”.');
  });

  it('accepts and rejects with a reason, mailed to the contacts; the list shows status, question and reason', async () => {
    const accepted = await submittedChallenge(app, contact, nonprofit, event, { title: 'Dienstplan' });
    const rejected = await submittedChallenge(app, contact, nonprofit, event, { title: 'Eigene App' });
    expect((await gql(app, ACCEPT, { id: accepted }, organizer)).body.data.acceptChallenge.status).toBe('ACCEPTED');
    expect((await mailsAbout(accepted)).map((mail) => mail.template)).toEqual([
      'challengeAccepted',
      'challengeAccepted',
    ]);

    const before = await state();
    const noReason = await gql(app, REJECT, { id: rejected, reason: ' ' }, organizer).set('accept-language', 'de');
    expect(noReason.body.errors[0].extensions.fields).toEqual([
      { path: 'reason', message: 'Bitte füllen Sie dieses Feld aus.' },
    ]);
    expect(await state()).toEqual(before);
    const reason = 'Eine eigene App ist an einem Abend nicht zu schaffen.';
    const response = await gql(app, REJECT, { id: rejected, reason }, organizer);
    expect(response.body.data.rejectChallenge).toMatchObject({ status: 'REJECTED', decisionReason: reason });
    const [mail] = await mailsAbout(rejected);
    expect(mail).toMatchObject({
      template: 'challengeRejected',
      subject: 'Ihre Herausforderung „Eigene App“ wurde nicht angenommen',
    });
    expect(mail.body_text).toContain(reason);

    const list = await gql(app, EVENT_CHALLENGES, { eventId: event.id }, organizer);
    const page = list.body.data.eventChallenges;
    expect(page.items.map((item: { title: string; status: string }) => [item.title, item.status])).toEqual(
      expect.arrayContaining([
        ['Dienstplan', 'ACCEPTED'],
        ['Eigene App', 'REJECTED'],
        ['Spendenformular', 'NEEDS_INFO'],
      ]),
    );
    expect(page.items.find((item: { title: string }) => item.title === 'Eigene App')).toMatchObject({
      nonprofitName: 'Lübecker Tafel e.V.',
      decisionReason: reason,
      priority: 1,
    });
    expect(page.countsByStatus).toEqual(
      expect.arrayContaining([
        { status: 'ACCEPTED', count: 1 },
        { status: 'REJECTED', count: 1 },
        { status: 'NEEDS_INFO', count: 1 },
      ]),
    );
    const onlyOpen = await gql(app, EVENT_CHALLENGES, { eventId: event.id, status: 'NEEDS_INFO' }, organizer);
    expect(onlyOpen.body.data.eventChallenges).toMatchObject({
      totalCount: 1,
      items: [{ title: 'Spendenformular', openQuestion: 'Wer pflegt die Seite heute?' }],
    });
  });

  it('refuses steps the transition table does not give the actor', async () => {
    const id = await submittedChallenge(app, contact, nonprofit, event, { title: 'Datenschutz' });
    const before = await state();
    // Organizers curate but never withdraw; contacts never decide.
    expect((await gql(app, WITHDRAW_CHALLENGE, { id }, organizer)).body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await gql(app, ACCEPT, { id }, contact)).body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(await state()).toEqual(before);
    await gql(app, WITHDRAW_CHALLENGE, { id }, contact);
    const afterWithdrawal = await gql(app, ACCEPT, { id }, organizer);
    expect(afterWithdrawal.body.errors[0].message).toBe('A challenge cannot go from “withdrawn” to “accepted”.');
  });

  it('decides in bulk all or nothing, naming the challenge that cannot move', async () => {
    const ids = [
      await submittedChallenge(app, contact, nonprofit, event, { title: 'Bulk A' }),
      await submittedChallenge(app, contact, nonprofit, event, { title: 'Bulk B' }),
      await submittedChallenge(app, contact, nonprofit, event, { title: 'Bulk C' }),
    ];
    await gql(app, WITHDRAW_CHALLENGE, { id: ids[1] }, contact);
    const before = await state();
    const refused = await gql(app, ACCEPT_MANY, { eventId: event.id, ids }, organizer);
    expect(refused.body.errors[0]).toMatchObject({
      message: 'Nothing was changed: “Bulk B” cannot go from “withdrawn” to “accepted”.',
      extensions: {
        code: 'CONFLICT',
        fields: [{ path: 'ids[1]', message: 'This challenge cannot go from “withdrawn” to “accepted”.' }],
      },
    });
    expect(await state()).toEqual(before);

    const foreignEvent = await openEvent(app, organizer, lübeck, { name: 'Andere Runde' });
    const notInEvent = await gql(app, ACCEPT_MANY, { eventId: foreignEvent.id, ids: [ids[0]] }, organizer);
    expect(notInEvent.body.errors[0].extensions.fields).toEqual([
      { path: 'ids[0]', message: 'This challenge does not belong to the event.' },
    ]);
    const noReason = await gql(app, REJECT_MANY, { eventId: event.id, ids: [ids[0]], reason: '' }, organizer);
    expect(noReason.body.errors[0].extensions.fields).toEqual([
      { path: 'reason', message: 'Please fill in this field.' },
    ]);
    expect(await state()).toEqual(before);

    const accepted = await gql(app, ACCEPT_MANY, { eventId: event.id, ids: [ids[0], ids[2]] }, organizer);
    expect(accepted.body.data.acceptChallenges).toEqual([
      { id: ids[0], status: 'ACCEPTED' },
      { id: ids[2], status: 'ACCEPTED' },
    ]);
    const rejected = await gql(
      app,
      REJECT_MANY,
      { eventId: event.id, ids: [ids[0], ids[2]], reason: 'Wir haben zu wenige Freiwillige.' },
      admin,
    );
    expect(rejected.body.data.rejectChallenges).toEqual([
      { id: ids[0], status: 'REJECTED', decisionReason: 'Wir haben zu wenige Freiwillige.' },
      { id: ids[2], status: 'REJECTED', decisionReason: 'Wir haben zu wenige Freiwillige.' },
    ]);
    expect((await mailsAbout(ids[2])).map((mail) => mail.template)).toEqual([
      'challengeAccepted',
      'challengeAccepted',
      'challengeRejected',
      'challengeRejected',
    ]);
  });

  it('sets priorities within the limits, visible only to organizers', async () => {
    const id = await submittedChallenge(app, contact, nonprofit, event, { title: 'Seniorentreff online' });
    const tooHigh = await gql(app, SET_PRIORITY, { id, priority: 9 }, organizer);
    expect(tooHigh.body.errors[0].extensions.fields).toEqual([
      { path: 'priority', message: 'Please enter a value of at most 5.' },
    ]);
    expect((await gql(app, SET_PRIORITY, { id, priority: 4 }, organizer)).body.data.setChallengePriority).toEqual({
      id,
      priority: 4,
    });
    expect((await gql(app, CHALLENGE, { id }, contact)).body.data.challenge.priority).toBeNull();
    const first = await gql(app, EVENT_CHALLENGES, { eventId: event.id }, organizer);
    expect(first.body.data.eventChallenges.items[0]).toMatchObject({ id, priority: 4 });
  });

  it('keeps other bodies out and stops curation once teams are published', async () => {
    const id = await submittedChallenge(app, contact, nonprofit, event, { title: 'Isolation' });
    const before = await state();
    for (const [document, variables] of [
      [EVENT_CHALLENGES, { eventId: event.id }],
      [CHALLENGE, { id }],
      [ASK_QUESTION, { id, question: 'Darf ich mitlesen?' }],
      [ACCEPT, { id }],
      [REJECT, { id, reason: 'Fremde Entscheidung.' }],
      [ACCEPT_MANY, { eventId: event.id, ids: [id] }],
      [REJECT_MANY, { eventId: event.id, ids: [id], reason: 'Fremde Entscheidung.' }],
      [SET_PRIORITY, { id, priority: 5 }],
    ] as const) {
      const response = await gql(app, document, variables, kielOrganizer);
      expect({ document, code: response.body.errors?.[0]?.extensions.code }).toEqual({ document, code: 'FORBIDDEN' });
      const anonymous = await gql(app, document, variables);
      expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    expect(await state()).toEqual(before);

    // Curation goes on after registration closed, and stops when the result is published.
    await gql(app, CHANGE_STATUS, { id: event.id, status: 'CLOSED' }, organizer);
    expect((await gql(app, SET_PRIORITY, { id, priority: 2 }, organizer)).body.errors).toBeUndefined();
    await gql(app, CHANGE_STATUS, { id: event.id, status: 'MATCHING' }, organizer);
    // Publishing happens by publishing a run (publication.service.ts); here only the resulting status matters.
    await app.dataSource.query(`UPDATE event SET status = 'PUBLISHED' WHERE id = $1`, [event.id]);
    const late = await gql(app, ACCEPT, { id }, organizer);
    expect(late.body.errors[0].message).toBe('This is no longer possible while the event is “teams published”.');
    expect((await gql(app, WITHDRAW_CHALLENGE, { id }, contact)).body.errors[0].extensions.code).toBe('CONFLICT');
  });
});
