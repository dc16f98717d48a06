import { gql, startTestApp, type TestApp } from '../../test/app';
import { CHANGE_STATUS } from '../../test/events';
import {
  ANSWER_QUESTION,
  ASK_QUESTION,
  CHALLENGE,
  CHALLENGE_EVENT,
  challengeInput,
  CREATE_CHALLENGE,
  DELETE_CHALLENGE,
  openEvent,
  registerNonprofit,
  SUBMIT_CHALLENGE,
  submittedChallenge,
  UPDATE_CHALLENGE,
  WITHDRAW_CHALLENGE,
} from '../../test/nonprofits';
import { createBody, createPerson, sessionCookieFor } from '../../test/people';

describe('nonprofits write, submit, answer and withdraw challenges', () => {
  let app: TestApp;
  let lübeck: string;
  let organizer: string;
  let contact: string;
  let otherContact: string;
  let nonprofit: string;
  let otherNonprofit: string;
  let event: { id: string; slots: { id: string }[] };

  beforeAll(async () => {
    app = await startTestApp();
    lübeck = await createBody(app.dataSource, 'Hansestadt Lübeck');
    const cookie = async (email: string, roles: Parameters<typeof createPerson>[2] = [], name = '') =>
      sessionCookieFor(app.dataSource, await createPerson(app.dataSource, email, roles, name));
    organizer = await cookie('orga@luebeck.example', [{ role: 'ORGANIZER', organizingBodyId: lübeck }], 'Olga Orga');
    contact = await cookie('maria@tafel.example', [], 'Maria Muster');
    otherContact = await cookie('ole@sportverein.example', [], 'Ole Olsen');
    event = await openEvent(app, organizer, lübeck);
    nonprofit = await registerNonprofit(app, contact, event.id);
    otherNonprofit = await registerNonprofit(app, otherContact, event.id, { name: 'SV Moisling' });
  });
  afterAll(() => app.close());

  const rows = async () =>
    app.dataSource.query(
      `SELECT c.id, c.status, c.title, c.problem, c.submitted_at,
              (SELECT count(*) FROM challenge_status_change h WHERE h.challenge_id = c.id) AS changes,
              (SELECT count(*) FROM challenge_slot s WHERE s.challenge_id = c.id) AS slots
         FROM challenge c ORDER BY c.id`,
    );

  it('gives the challenge form the event’s slots and whether it takes challenges', async () => {
    const response = await gql(app, CHALLENGE_EVENT, { id: event.id });
    expect(response.body.data.challengeEvent).toMatchObject({
      id: event.id,
      status: 'OPEN',
      languages: ['de', 'en'],
      acceptsChallenges: true,
      slots: event.slots.map((slot) => ({ id: slot.id })),
    });
  });

  it('submits a new challenge in one step; a submission with problems names them all at once and creates nothing', async () => {
    const before = await rows();
    const refused = await gql(
      app,
      CREATE_CHALLENGE,
      {
        nonprofitId: nonprofit,
        eventId: event.id,
        input: { title: ' ', teamMin: 3, teamMax: 2, languages: [], slotIds: [] },
        submit: true,
      },
      contact,
    ).set('accept-language', 'de');
    const fields = refused.body.errors[0].extensions.fields as { path: string; message: string }[];
    expect(fields.map((field) => field.path)).toEqual([
      'input.title',
      'input.teamMax',
      'input.problem',
      'input.goal',
      'input.beneficiaries',
      'input.skills',
      'input.languages',
      'input.slotIds',
      'input.decisionMakerPresent',
      'input.accessReady',
      'input.fitsOneEvening',
    ]);
    expect(fields.find((field) => field.path === 'input.skills')?.message).toBe(
      'Bitte fügen Sie mindestens einen Eintrag hinzu.',
    );
    expect(fields.find((field) => field.path === 'input.languages')?.message).toBe(
      'Bitte wählen Sie mindestens eine Option aus.',
    );
    expect(await rows()).toEqual(before);

    const submitted = await gql(
      app,
      CREATE_CHALLENGE,
      {
        nonprofitId: nonprofit,
        eventId: event.id,
        input: challengeInput([event.slots[0].id], { title: 'Gleich eingereicht' }),
        submit: true,
      },
      contact,
    );
    expect(submitted.body.errors).toBeUndefined();
    expect(submitted.body.data.createChallenge).toMatchObject({
      status: 'SUBMITTED',
      history: [
        { fromStatus: null, toStatus: 'DRAFT' },
        { fromStatus: 'DRAFT', toStatus: 'SUBMITTED' },
      ],
    });
  });

  it('saves an incomplete draft, then names every missing field when it is submitted (English and German)', async () => {
    const draft = await gql(
      app,
      CREATE_CHALLENGE,
      {
        nonprofitId: nonprofit,
        eventId: event.id,
        input: { title: 'Neue Website', problem: 'Die Seite ist alt.' },
      },
      contact,
    );
    expect(draft.body.errors).toBeUndefined();
    const created = draft.body.data.createChallenge;
    expect(created).toMatchObject({
      status: 'DRAFT',
      title: 'Neue Website',
      teamMin: 1,
      teamMax: 3,
      format: 'ONSITE',
      viewerIsContact: true,
      viewerIsOrganizer: false,
      priority: null,
      history: [{ fromStatus: null, toStatus: 'DRAFT', actorName: 'Maria Muster', message: null }],
    });
    expect(created.missingFields).toEqual([
      'input.problem',
      'input.goal',
      'input.beneficiaries',
      'input.skills',
      'input.languages',
      'input.slotIds',
      'input.decisionMakerPresent',
      'input.accessReady',
      'input.fitsOneEvening',
    ]);

    const before = await rows();
    const english = await gql(app, SUBMIT_CHALLENGE, { id: created.id }, contact);
    expect(english.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(english.body.errors[0].extensions.fields).toEqual([
      { path: 'input.problem', message: 'Please use at least 20 characters.' },
      { path: 'input.goal', message: 'Please fill in this field.' },
      { path: 'input.beneficiaries', message: 'Please fill in this field.' },
      { path: 'input.skills', message: 'Please add at least one entry.' },
      { path: 'input.languages', message: 'Please choose at least one.' },
      { path: 'input.slotIds', message: 'Please choose at least one.' },
      {
        path: 'input.decisionMakerPresent',
        message: 'Please confirm this point. If it does not hold yet, talk to the organizers first.',
      },
      {
        path: 'input.accessReady',
        message: 'Please confirm this point. If it does not hold yet, talk to the organizers first.',
      },
      {
        path: 'input.fitsOneEvening',
        message: 'Please confirm this point. If it does not hold yet, talk to the organizers first.',
      },
    ]);
    const german = await gql(app, SUBMIT_CHALLENGE, { id: created.id }, contact).set('accept-language', 'de');
    expect(german.body.errors[0].extensions.fields.slice(0, 2)).toEqual([
      { path: 'input.problem', message: 'Bitte verwenden Sie mindestens 20 Zeichen.' },
      { path: 'input.goal', message: 'Bitte füllen Sie dieses Feld aus.' },
    ]);
    expect(await rows()).toEqual(before);

    // Submitting with the complete content saves and submits in one step.
    const submitted = await gql(
      app,
      SUBMIT_CHALLENGE,
      {
        id: created.id,
        input: challengeInput([event.slots[1].id], { title: 'Neue Website', languages: ['de', 'en'] }),
      },
      contact,
    );
    expect(submitted.body.errors).toBeUndefined();
    expect(submitted.body.data.submitChallenge).toMatchObject({
      status: 'SUBMITTED',
      slotIds: [event.slots[1].id],
      languages: ['de', 'en'],
      missingFields: [],
      history: [
        { fromStatus: null, toStatus: 'DRAFT' },
        { fromStatus: 'DRAFT', toStatus: 'SUBMITTED', actorName: 'Maria Muster' },
      ],
    });
    expect(submitted.body.data.submitChallenge.submittedAt).toEqual(expect.any(String));
  });

  it('checks skills against the taxonomy, and languages and slots against the event, even in drafts', async () => {
    const otherEvent = await openEvent(app, organizer, lübeck, { name: 'Hackathon', languages: ['de'] });
    const before = await rows();
    const response = await gql(
      app,
      CREATE_CHALLENGE,
      {
        nonprofitId: nonprofit,
        eventId: event.id,
        input: challengeInput([otherEvent.slots[0].id], {
          skills: [
            { skill: 'kochen.nudeln', level: 2, required: true },
            { skill: 'web.cms.wordpress', level: 5 },
          ],
          languages: ['tr'],
          teamMin: 4,
          teamMax: 2,
        }),
      },
      contact,
    );
    expect(response.body.errors[0].extensions.fields).toEqual([
      { path: 'input.skills[1].level', message: 'Please enter a value of at most 4.' },
    ]);
    const rules = await gql(
      app,
      CREATE_CHALLENGE,
      {
        nonprofitId: nonprofit,
        eventId: event.id,
        input: challengeInput([otherEvent.slots[0].id], {
          skills: [{ skill: 'kochen.nudeln', level: 2, required: true }],
          languages: ['tr'],
          teamMin: 4,
          teamMax: 2,
        }),
      },
      contact,
    );
    expect(rules.body.errors[0].extensions.fields).toEqual([
      { path: 'input.skills[0].skill', message: 'This skill is not in the skill list.' },
      { path: 'input.teamMax', message: 'The largest team must not be smaller than the smallest.' },
      { path: 'input.languages', message: 'Please choose only languages spoken at the event.' },
      { path: 'input.slotIds[0]', message: 'This slot does not belong to the event.' },
    ]);
    expect(await rows()).toEqual(before);
  });

  it('takes no new challenge or submission after the deadline or once the event closed', async () => {
    const late = await openEvent(app, organizer, lübeck, { name: 'Späte Runde' });
    const draft = await gql(
      app,
      CREATE_CHALLENGE,
      { nonprofitId: nonprofit, eventId: late.id, input: challengeInput([late.slots[0].id]) },
      contact,
    );
    const id = draft.body.data.createChallenge.id as string;
    await app.dataSource.query(`UPDATE event SET nonprofit_deadline = now() - interval '1 minute' WHERE id = $1`, [
      late.id,
    ]);
    const before = await rows();
    const submit = await gql(app, SUBMIT_CHALLENGE, { id }, contact);
    expect(submit.body.errors[0]).toMatchObject({
      message: 'The deadline for challenges of this event has passed.',
      extensions: { code: 'CONFLICT' },
    });
    const create = await gql(
      app,
      CREATE_CHALLENGE,
      { nonprofitId: nonprofit, eventId: late.id, input: challengeInput([late.slots[0].id]) },
      contact,
    );
    expect(create.body.errors[0].extensions.code).toBe('CONFLICT');
    expect((await gql(app, CHALLENGE_EVENT, { id: late.id })).body.data.challengeEvent.acceptsChallenges).toBe(false);

    await app.dataSource.query(`UPDATE event SET nonprofit_deadline = now() + interval '1 day' WHERE id = $1`, [
      late.id,
    ]);
    await gql(app, CHANGE_STATUS, { id: late.id, status: 'CLOSED' }, organizer);
    const closed = await gql(app, SUBMIT_CHALLENGE, { id }, contact).set('accept-language', 'de');
    expect(closed.body.errors[0].message).toBe(
      'Die Veranstaltung nimmt keine Herausforderungen an, solange sie „für Anmeldungen geschlossen“ ist.',
    );
    expect(await rows()).toEqual(before);
  });

  it('lets only contacts of the nonprofit write; organizers and other nonprofits are refused', async () => {
    const id = await submittedChallenge(app, contact, nonprofit, event, { title: 'Newsletter' });
    const before = await rows();
    const input = challengeInput([event.slots[0].id], { title: 'Gekapert' });
    for (const [caller, code] of [
      [otherContact, 'FORBIDDEN'],
      [organizer, 'FORBIDDEN'],
      [undefined, 'UNAUTHENTICATED'],
    ] as const) {
      for (const [document, variables] of [
        [UPDATE_CHALLENGE, { id, input }],
        [WITHDRAW_CHALLENGE, { id }],
        [ANSWER_QUESTION, { id, answer: 'Hier ist die Antwort.' }],
        [DELETE_CHALLENGE, { id }],
      ] as const) {
        const response = await gql(app, document, variables, caller);
        expect({ document, code: response.body.errors?.[0]?.extensions.code }).toEqual({ document, code });
      }
    }
    const foreign = await gql(
      app,
      CREATE_CHALLENGE,
      { nonprofitId: nonprofit, eventId: event.id, input },
      otherContact,
    );
    expect(foreign.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await gql(app, CHALLENGE, { id }, otherContact)).body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(await rows()).toEqual(before);

    // The organizer reads it (with its priority); the other nonprofit's contact has their own.
    const read = await gql(app, CHALLENGE, { id }, organizer);
    expect(read.body.data.challenge).toMatchObject({ viewerIsOrganizer: true, viewerIsContact: false, priority: 1 });
    expect(otherNonprofit).not.toBe(nonprofit);
  });

  it('edits a submitted challenge only with complete content, deletes only drafts, withdraws with history', async () => {
    const id = await submittedChallenge(app, contact, nonprofit, event, { title: 'Mitgliederverwaltung' });
    const incomplete = await gql(
      app,
      UPDATE_CHALLENGE,
      { id, input: challengeInput([event.slots[0].id], { goal: '', title: 'Mitgliederverwaltung' }) },
      contact,
    );
    expect(incomplete.body.errors[0].extensions.fields).toEqual([
      { path: 'input.goal', message: 'Please fill in this field.' },
    ]);
    const improved = await gql(
      app,
      UPDATE_CHALLENGE,
      {
        id,
        input: challengeInput(
          event.slots.map((slot) => slot.id),
          { title: 'Mitgliederverwaltung mit CiviCRM' },
        ),
      },
      contact,
    );
    expect(improved.body.data.updateChallenge).toMatchObject({
      status: 'SUBMITTED',
      title: 'Mitgliederverwaltung mit CiviCRM',
      slotIds: event.slots.map((slot) => slot.id),
    });
    const notDraft = await gql(app, DELETE_CHALLENGE, { id }, contact);
    expect(notDraft.body.errors[0].message).toBe('Only a draft can be deleted; this challenge is “submitted”.');

    const resubmit = await gql(app, SUBMIT_CHALLENGE, { id }, contact);
    expect(resubmit.body.errors[0].message).toBe('A challenge cannot go from “submitted” to “submitted”.');
    const answerWithoutQuestion = await gql(app, ANSWER_QUESTION, { id, answer: 'Eine Antwort.' }, contact);
    expect(answerWithoutQuestion.body.errors[0].extensions.code).toBe('CONFLICT');

    const withdrawn = await gql(app, WITHDRAW_CHALLENGE, { id, reason: 'Hat sich erledigt.' }, contact);
    expect(withdrawn.body.data.withdrawChallenge.status).toBe('WITHDRAWN');
    const history = await app.dataSource.query(
      `SELECT from_status, to_status, message, actor_id IS NOT NULL AS by_someone
         FROM challenge_status_change WHERE challenge_id = $1 ORDER BY created_at`,
      [id],
    );
    expect(history).toEqual([
      { from_status: null, to_status: 'DRAFT', message: null, by_someone: true },
      { from_status: 'DRAFT', to_status: 'SUBMITTED', message: null, by_someone: true },
      { from_status: 'SUBMITTED', to_status: 'WITHDRAWN', message: 'Hat sich erledigt.', by_someone: true },
    ]);
    const again = await gql(app, WITHDRAW_CHALLENGE, { id }, contact);
    expect(again.body.errors[0].message).toBe('A challenge cannot go from “withdrawn” to “withdrawn”.');
    const edit = await gql(app, UPDATE_CHALLENGE, { id, input: challengeInput([event.slots[0].id]) }, contact);
    expect(edit.body.errors[0].message).toBe('The challenge can no longer be changed while it is “withdrawn”.');

    const draft = await gql(
      app,
      CREATE_CHALLENGE,
      { nonprofitId: nonprofit, eventId: event.id, input: { title: 'Nur eine Idee' } },
      contact,
    );
    const draftId = draft.body.data.createChallenge.id as string;
    expect((await gql(app, DELETE_CHALLENGE, { id: draftId }, contact)).body.data.deleteChallenge).toBe(true);
    expect((await gql(app, CHALLENGE, { id: draftId }, contact)).body.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('answers an organizer’s question: NEEDS_INFO back to SUBMITTED with the answer in the history', async () => {
    const id = await submittedChallenge(app, contact, nonprofit, event, { title: 'Spendenformular' });
    await gql(app, ASK_QUESTION, { id, question: 'Welches Zahlungssystem nutzen Sie heute?' }, organizer);
    const asked = await gql(app, CHALLENGE, { id }, contact);
    expect(asked.body.data.challenge).toMatchObject({
      status: 'NEEDS_INFO',
      openQuestion: 'Welches Zahlungssystem nutzen Sie heute?',
      priority: null,
    });
    const empty = await gql(app, ANSWER_QUESTION, { id, answer: '  ' }, contact);
    expect(empty.body.errors[0].extensions.fields).toEqual([{ path: 'answer', message: 'Please fill in this field.' }]);
    const answered = await gql(
      app,
      ANSWER_QUESTION,
      { id, answer: 'Bisher nur Überweisung, PayPal wäre gut.' },
      contact,
    );
    expect(answered.body.data.answerChallengeQuestion).toMatchObject({
      status: 'SUBMITTED',
      openQuestion: null,
      history: [
        { toStatus: 'DRAFT' },
        { toStatus: 'SUBMITTED' },
        {
          fromStatus: 'SUBMITTED',
          toStatus: 'NEEDS_INFO',
          message: 'Welches Zahlungssystem nutzen Sie heute?',
          actorName: 'Olga Orga',
        },
        {
          fromStatus: 'NEEDS_INFO',
          toStatus: 'SUBMITTED',
          message: 'Bisher nur Überweisung, PayPal wäre gut.',
          actorName: 'Maria Muster',
        },
      ],
    });
    // The organizer who asked learns of the answer by mail (else the challenge only reappeared among the submitted).
    const mails = (await app.dataSource.query(
      `SELECT to_address, subject, body_text FROM outbox_message WHERE template = 'challengeAnswered' ORDER BY created_at`,
    )) as { to_address: string; subject: string; body_text: string }[];
    expect(mails.map((mail) => [mail.to_address, mail.subject])).toEqual([
      // (in the organizer's language)
      ['orga@luebeck.example', 'Lübecker Tafel e.V. hat Ihre Rückfrage zu „Spendenformular“ beantwortet'],
    ]);
    expect(mails[0].body_text).toContain('Bisher nur Überweisung, PayPal wäre gut.');
    expect(mails[0].body_text).toContain(`/challenges/${id}`);
  });
});
