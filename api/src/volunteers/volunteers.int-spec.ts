import { CONSENT_TEXT_VERSION } from '@skillshift/shared';
import { startTestApp, gql, type TestApp } from '../../test/app';
import { CHANGE_STATUS, createEvent } from '../../test/events';
import { createBody, createPerson, sessionCookieFor } from '../../test/people';
import {
  countRows,
  createOpenEvent,
  EVENT_OPTIONS,
  MY_PROFILE,
  MY_REGISTRATIONS,
  profileInput,
  REGISTER,
  SAVE_PROFILE,
  UPDATE_REGISTRATION,
  WITHDRAW,
} from '../../test/volunteers';

describe('volunteers keep a profile and register for events', () => {
  let app: TestApp;
  let lübeck: string;
  let organizer: string;
  let event: { id: string; slots: { id: string }[] };

  beforeAll(async () => {
    app = await startTestApp();
    lübeck = await createBody(app.dataSource, 'Hansestadt Lübeck');
    organizer = await sessionCookieFor(
      app.dataSource,
      await createPerson(app.dataSource, 'orga@luebeck.example', [{ role: 'ORGANIZER', organizingBodyId: lübeck }]),
    );
    event = await createOpenEvent(app, organizer, lübeck);
  });
  afterAll(() => app.close());

  /** A new signed-in person without any role, as after signing up. */
  async function newPerson(email: string, locale = 'en') {
    const id = await createPerson(app.dataSource, email);
    await app.dataSource.query(`UPDATE person SET locale = $2 WHERE id = $1`, [id, locale]);
    return { id, cookie: await sessionCookieFor(app.dataSource, id) };
  }

  const fieldsOf = (response: { body: { errors?: { extensions: { fields?: unknown } }[] } }) =>
    response.body.errors?.[0].extensions.fields;
  const codeOf = (response: { body: { errors?: { message: string; extensions: { code: string } }[] } }) =>
    response.body.errors?.[0].extensions.code;

  describe('the profile', () => {
    it('is saved with consent on the first save, records the consent and makes the person a volunteer', async () => {
      const ada = await newPerson('ada@example.org');
      expect((await gql(app, MY_PROFILE, {}, ada.cookie)).body.data.myVolunteerProfile).toBeNull();

      const response = await gql(
        app,
        SAVE_PROFILE,
        { input: profileInput({ causes: ['EDUCATION', 'EDUCATION'] }) },
        ada.cookie,
      );
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data.saveVolunteerProfile).toMatchObject({
        personId: ada.id,
        name: 'Ada Lovelace',
        email: 'ada@example.org',
        phone: '+49 451 1234567',
        employer: 'Analytical Engines GmbH',
        skills: [
          { skill: 'web.cms.wordpress', level: 3 },
          { skill: 'security.gdpr', level: 2 },
        ],
        languages: ['de', 'en'],
        formats: ['ONSITE', 'HYBRID'],
        causes: ['EDUCATION'],
        inviteToNextEditions: true,
        consents: [
          {
            purpose: 'VOLUNTEER_PROFILE',
            textVersion: CONSENT_TEXT_VERSION,
            method: 'ONLINE',
            recordedByName: null,
            withdrawnAt: null,
          },
        ],
      });
      const roles = (await app.dataSource.query(`SELECT role FROM role_assignment WHERE person_id = $1`, [ada.id])) as {
        role: string;
      }[];
      expect(roles).toEqual([{ role: 'VOLUNTEER' }]);

      // Later saves need no new consent and record none; the profile is replaced as a whole.
      const later = await gql(
        app,
        SAVE_PROFILE,
        { input: profileInput({ consent: null, phone: null, employer: '  ', skills: [{ skill: 'ai', level: 1 }] }) },
        ada.cookie,
      );
      expect(later.body.errors).toBeUndefined();
      expect(later.body.data.saveVolunteerProfile).toMatchObject({
        phone: null,
        employer: null,
        skills: [{ skill: 'ai', level: 1 }],
      });
      expect(later.body.data.saveVolunteerProfile.consents).toHaveLength(1);
      const mine = await gql(app, MY_PROFILE, {}, ada.cookie);
      expect(mine.body.data.myVolunteerProfile.skills).toEqual([{ skill: 'ai', level: 1 }]);
    });

    it('invites to later editions only after an opt-in; a save without the answer keeps the stored one', async () => {
      const cleo = await newPerson('cleo@example.org');
      const saved = await gql(
        app,
        SAVE_PROFILE,
        { input: profileInput({ inviteToNextEditions: undefined }) },
        cleo.cookie,
      );
      expect(saved.body.errors).toBeUndefined();
      expect(saved.body.data.saveVolunteerProfile.inviteToNextEditions).toBe(false);
      await gql(app, SAVE_PROFILE, { input: profileInput({ consent: null, inviteToNextEditions: true }) }, cleo.cookie);
      const kept = await gql(
        app,
        SAVE_PROFILE,
        { input: profileInput({ consent: null, inviteToNextEditions: undefined }) },
        cleo.cookie,
      );
      expect(kept.body.data.saveVolunteerProfile.inviteToNextEditions).toBe(true);
    });

    it('needs consent on the first save, says so in the caller’s language and writes nothing', async () => {
      const bert = await newPerson('bert@example.org');
      const english = await gql(app, SAVE_PROFILE, { input: profileInput({ consent: false }) }, bert.cookie);
      expect(codeOf(english)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(english)).toEqual([
        {
          path: 'input.consent',
          message: 'Please agree to the processing of your data; without it we cannot register you.',
        },
      ]);
      const german = await gql(app, SAVE_PROFILE, { input: profileInput({ consent: null }) }, bert.cookie).set(
        'accept-language',
        'de',
      );
      expect(fieldsOf(german)).toEqual([
        {
          path: 'input.consent',
          message: 'Bitte stimmen Sie der Verarbeitung Ihrer Daten zu; ohne Zustimmung können wir Sie nicht anmelden.',
        },
      ]);
      expect(await countRows(app.dataSource, 'volunteer_profile', 'person_id = $1', [bert.id])).toBe(0);
      expect(await countRows(app.dataSource, 'consent_record', 'person_id = $1', [bert.id])).toBe(0);
      expect(await countRows(app.dataSource, 'role_assignment', 'person_id = $1', [bert.id])).toBe(0);
      const [person] = (await app.dataSource.query(`SELECT name FROM person WHERE id = $1`, [bert.id])) as {
        name: string;
      }[];
      expect(person.name).toBe('');
    });

    it('names every invalid field in English and German', async () => {
      const clara = await newPerson('clara@example.org');
      const input = profileInput({
        name: 'A',
        languages: ['de', 'xx'],
        formats: [],
        skills: [
          { skill: 'web.cms.wordpress', level: 5 },
          { skill: 'web.cms.wordpress', level: 0 },
        ],
        phone: '12',
        consent: false,
      });
      const english = await gql(app, SAVE_PROFILE, { input }, clara.cookie);
      expect(fieldsOf(english)).toEqual(
        expect.arrayContaining([
          { path: 'input.name', message: 'Please use at least 2 characters.' },
          { path: 'input.languages', message: 'Please choose one of the offered values.' },
          { path: 'input.formats', message: 'Please choose at least one.' },
          // The rules past the shape come in the same answer: a phone of digits only, but too few, and the consent.
          { path: 'input.phone', message: 'Please enter a phone number with at least 5 digits.' },
          {
            path: 'input.consent',
            message: expect.stringMatching(/^Please agree to the processing of your data/),
          },
          { path: 'input.skills[0].level', message: 'Please enter a value of at most 4.' },
          { path: 'input.skills[1].level', message: 'Please enter a value of at least 1.' },
        ]),
      );
      const german = await gql(app, SAVE_PROFILE, { input }, clara.cookie).set('accept-language', 'de');
      expect(fieldsOf(german)).toEqual(
        expect.arrayContaining([
          { path: 'input.name', message: 'Bitte verwenden Sie mindestens 2 Zeichen.' },
          { path: 'input.skills[0].level', message: 'Bitte geben Sie einen Wert von höchstens 4 ein.' },
        ]),
      );

      // Rules past the shape: the taxonomy, repeats and the phone number.
      const rules = await gql(
        app,
        SAVE_PROFILE,
        {
          input: profileInput({
            phone: 'ruf mich an',
            skills: [
              { skill: 'web.cms.wordpress', level: 3 },
              { skill: 'web.cms.drupal-ish', level: 2 },
              { skill: 'web.cms.wordpress', level: 1 },
            ],
          }),
        },
        clara.cookie,
      ).set('accept-language', 'de');
      expect(fieldsOf(rules)).toEqual([
        {
          path: 'input.phone',
          message: 'Bitte geben Sie eine Telefonnummer nur mit Ziffern, Leerzeichen und + ( ) - / ein.',
        },
        {
          path: 'input.skills[1].skill',
          message: 'Diese Fähigkeit steht nicht in unserer Liste. Bitte wählen Sie eine aus der Suche.',
        },
        { path: 'input.skills[2].skill', message: 'Diese Fähigkeit steht schon in der Liste.' },
      ]);
      expect(await countRows(app.dataSource, 'volunteer_profile', 'person_id = $1', [clara.id])).toBe(0);
    });

    it('is only for signed-in people', async () => {
      expect(codeOf(await gql(app, MY_PROFILE))).toBe('UNAUTHENTICATED');
      expect(codeOf(await gql(app, SAVE_PROFILE, { input: profileInput() }))).toBe('UNAUTHENTICATED');
    });
  });

  describe('registrations', () => {
    it('registers with the profile in one step, mails a confirmation and shows up in the own list', async () => {
      const dora = await newPerson('dora@example.org', 'de');
      const options = await gql(app, EVENT_OPTIONS, { eventId: event.id }, dora.cookie);
      expect(options.body.data.volunteerEventOptions).toMatchObject({
        id: event.id,
        status: 'OPEN',
        registrationOpen: true,
        organizingBodyName: 'Hansestadt Lübeck',
        myRegistration: null,
      });
      expect(options.body.data.volunteerEventOptions.slots).toHaveLength(2);

      const response = await gql(
        app,
        REGISTER,
        {
          input: {
            eventId: event.id,
            slotIds: [event.slots[0].id, event.slots[1].id],
            maxAssignments: 2,
            profile: profileInput({ name: 'Dora Datenschutz' }),
          },
        },
        dora.cookie,
      );
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data.registerForEvent).toMatchObject({
        eventId: event.id,
        eventName: 'Nachtschicht Lübeck 2038',
        eventStatus: 'OPEN',
        eventStartsAt: '2038-03-04T16:00:00.000Z',
        volunteerDeadline: '2038-02-25T23:00:00.000Z',
        status: 'REGISTERED',
        maxAssignments: 2,
        slots: [{ id: event.slots[0].id, label: 'Erste Runde' }, { id: event.slots[1].id }],
        changeable: true,
        withdrawable: true,
        assisted: false,
      });
      const [mail] = (await app.dataSource.query(
        `SELECT subject, body_text, locale FROM outbox_message WHERE to_address = 'dora@example.org'`,
      )) as { subject: string; body_text: string; locale: string }[];
      expect(mail.subject).toBe('Sie sind für Nachtschicht Lübeck 2038 angemeldet');
      expect(mail.body_text).toContain('Hallo Dora Datenschutz');
      expect(mail.body_text).toContain('– Donnerstag, 4. März 2038, 17:00–19:30 Uhr (Erste Runde)');
      expect(mail.body_text).toContain('Sie übernehmen höchstens 2 Herausforderungen.');

      const mine = await gql(app, MY_REGISTRATIONS, {}, dora.cookie);
      expect(mine.body.data.myVolunteerRegistrations).toEqual([response.body.data.registerForEvent]);
      const again = await gql(app, EVENT_OPTIONS, { eventId: event.id }, dora.cookie);
      expect(again.body.data.volunteerEventOptions.myRegistration).toEqual({
        id: response.body.data.registerForEvent.id,
        status: 'REGISTERED',
      });
    });

    it('refuses a second registration for the same event with a clear conflict and changes nothing', async () => {
      const emil = await newPerson('emil@example.org');
      const input = { eventId: event.id, slotIds: [event.slots[0].id], maxAssignments: 1, profile: profileInput() };
      expect((await gql(app, REGISTER, { input }, emil.cookie)).body.errors).toBeUndefined();
      const mails = await countRows(app.dataSource, 'outbox_message', `to_address = 'emil@example.org'`);

      const second = await gql(
        app,
        REGISTER,
        { input: { ...input, slotIds: [event.slots[1].id], profile: profileInput({ name: 'Emil Zweitname' }) } },
        emil.cookie,
      );
      expect(codeOf(second)).toBe('CONFLICT');
      expect(second.body.errors[0].message).toBe(
        'You are already registered for this event. You can change your slots or withdraw on your dashboard.',
      );
      const [registration] = (await gql(app, MY_REGISTRATIONS, {}, emil.cookie)).body.data.myVolunteerRegistrations;
      expect(registration.slots).toEqual([expect.objectContaining({ id: event.slots[0].id })]);
      expect((await gql(app, MY_PROFILE, {}, emil.cookie)).body.data.myVolunteerProfile.name).toBe('Ada Lovelace');
      expect(await countRows(app.dataSource, 'outbox_message', `to_address = 'emil@example.org'`)).toBe(mails);
    });

    it('checks slots and the limit, needs a profile, and a failed registration writes nothing', async () => {
      const frida = await newPerson('frida@example.org');
      const other = await createOpenEvent(app, organizer, lübeck, { name: 'Hackathon Lübeck' });
      const before = await Promise.all(
        ['volunteer_registration', 'volunteer_profile', 'consent_record', 'outbox_message'].map((table) =>
          countRows(app.dataSource, table),
        ),
      );
      const slots = await gql(
        app,
        REGISTER,
        {
          input: {
            eventId: event.id,
            slotIds: [event.slots[0].id, other.slots[0].id],
            maxAssignments: 1,
            profile: profileInput({ consent: false }),
          },
        },
        frida.cookie,
      );
      expect(fieldsOf(slots)).toEqual([
        {
          path: 'input.profile.consent',
          message: 'Please agree to the processing of your data; without it we cannot register you.',
        },
        { path: 'input.slotIds[1]', message: 'This slot does not belong to the event.' },
      ]);
      const limit = await gql(
        app,
        REGISTER,
        { input: { eventId: event.id, slotIds: [event.slots[0].id], maxAssignments: 2, profile: profileInput() } },
        frida.cookie,
      );
      expect(fieldsOf(limit)).toEqual([
        {
          path: 'input.maxAssignments',
          message: 'You take at most one challenge per slot: with 1 slot(s) chosen, please enter at most 1.',
        },
      ]);
      const shape = await gql(
        app,
        REGISTER,
        { input: { eventId: event.id, slotIds: [], maxAssignments: 5, profile: profileInput() } },
        frida.cookie,
      );
      expect(fieldsOf(shape)).toEqual([
        { path: 'input.slotIds', message: 'Please choose at least one.' },
        { path: 'input.maxAssignments', message: 'Please enter a value of at most 4.' },
      ]);
      const noProfile = await gql(
        app,
        REGISTER,
        { input: { eventId: event.id, slotIds: [event.slots[0].id], maxAssignments: 1 } },
        frida.cookie,
      );
      expect(fieldsOf(noProfile)).toEqual([
        { path: 'input.profile', message: 'Please fill in your volunteer profile first.' },
      ]);
      const after = await Promise.all(
        ['volunteer_registration', 'volunteer_profile', 'consent_record', 'outbox_message'].map((table) =>
          countRows(app.dataSource, table),
        ),
      );
      expect(after).toEqual(before);
      expect(await countRows(app.dataSource, 'role_assignment', 'person_id = $1', [frida.id])).toBe(0);
    });

    it('is possible only while the event is open and before the deadline', async () => {
      const gustav = await newPerson('gustav@example.org');
      await gql(app, SAVE_PROFILE, { input: profileInput() }, gustav.cookie);
      const register = (eventId: string, slotId: string) =>
        gql(app, REGISTER, { input: { eventId, slotIds: [slotId], maxAssignments: 1 } }, gustav.cookie);

      const draft = await createEvent(app, organizer, lübeck, { name: 'Entwurf' });
      expect(codeOf(await register(draft.id, draft.slots[0].id))).toBe('NOT_FOUND');

      const closing = await createOpenEvent(app, organizer, lübeck, { name: 'Bald geschlossen' });
      await gql(app, CHANGE_STATUS, { id: closing.id, status: 'CLOSED' }, organizer);
      const closed = await register(closing.id, closing.slots[0].id);
      expect(codeOf(closed)).toBe('CONFLICT');
      expect(closed.body.errors[0].message).toBe(
        'Volunteers cannot register for this event now: it is “closed for registration”.',
      );

      const late = await createOpenEvent(app, organizer, lübeck, {
        name: 'Frist vorbei',
        volunteerDeadline: new Date(Date.now() - 60_000).toISOString(),
      });
      const afterDeadline = await register(late.id, late.slots[0].id);
      expect(codeOf(afterDeadline)).toBe('CONFLICT');
      expect(afterDeadline.body.errors[0].message).toBe('The registration deadline for volunteers has passed.');
      const options = await gql(app, EVENT_OPTIONS, { eventId: late.id }, gustav.cookie);
      expect(options.body.data.volunteerEventOptions.registrationOpen).toBe(false);
      expect(await countRows(app.dataSource, 'volunteer_registration', 'person_id = $1', [gustav.id])).toBe(0);
    });

    it('changes slots and limit, withdraws, and comes back by registering again', async () => {
      const hanna = await newPerson('hanna@example.org');
      const registered = await gql(
        app,
        REGISTER,
        { input: { eventId: event.id, slotIds: [event.slots[0].id], maxAssignments: 1, profile: profileInput() } },
        hanna.cookie,
      );
      const id = registered.body.data.registerForEvent.id as string;

      const changed = await gql(
        app,
        UPDATE_REGISTRATION,
        { id, input: { slotIds: [event.slots[1].id, event.slots[0].id], maxAssignments: 2 } },
        hanna.cookie,
      );
      expect(changed.body.errors).toBeUndefined();
      expect(changed.body.data.updateVolunteerRegistration).toMatchObject({
        maxAssignments: 2,
        slots: [{ id: event.slots[0].id }, { id: event.slots[1].id }],
      });
      const invalid = await gql(
        app,
        UPDATE_REGISTRATION,
        { id, input: { slotIds: [event.slots[1].id], maxAssignments: 2 } },
        hanna.cookie,
      );
      expect(fieldsOf(invalid)).toEqual([
        {
          path: 'input.maxAssignments',
          message: 'You take at most one challenge per slot: with 1 slot(s) chosen, please enter at most 1.',
        },
      ]);
      expect(
        (await gql(app, MY_REGISTRATIONS, {}, hanna.cookie)).body.data.myVolunteerRegistrations[0].slots,
      ).toHaveLength(2);

      const withdrawn = await gql(app, WITHDRAW, { id }, hanna.cookie);
      expect(withdrawn.body.data.withdrawVolunteerRegistration).toMatchObject({
        status: 'WITHDRAWN',
        changeable: false,
        withdrawable: false,
      });
      const changeWithdrawn = await gql(
        app,
        UPDATE_REGISTRATION,
        { id, input: { slotIds: [event.slots[1].id], maxAssignments: 1 } },
        hanna.cookie,
      );
      expect(changeWithdrawn.body.errors[0].message).toBe(
        'This registration was withdrawn. To take part again, register for the event once more.',
      );

      const back = await gql(
        app,
        REGISTER,
        { input: { eventId: event.id, slotIds: [event.slots[1].id], maxAssignments: 1 } },
        hanna.cookie,
      );
      expect(back.body.data.registerForEvent).toMatchObject({
        id,
        status: 'REGISTERED',
        slots: [{ id: event.slots[1].id }],
      });
    });

    it('lets nobody else change or withdraw a registration, except organizers of the body', async () => {
      const ida = await newPerson('ida@example.org');
      const registered = await gql(
        app,
        REGISTER,
        { input: { eventId: event.id, slotIds: [event.slots[0].id], maxAssignments: 1, profile: profileInput() } },
        ida.cookie,
      );
      const id = registered.body.data.registerForEvent.id as string;
      const stranger = await newPerson('jan@example.org');
      const elsewhere = await createBody(app.dataSource, 'Kiel');
      const kiel = await sessionCookieFor(
        app.dataSource,
        await createPerson(app.dataSource, 'orga@kiel.example', [{ role: 'ORGANIZER', organizingBodyId: elsewhere }]),
      );
      const change = { id, input: { slotIds: [event.slots[1].id], maxAssignments: 1 } };
      expect(codeOf(await gql(app, UPDATE_REGISTRATION, change, stranger.cookie))).toBe('FORBIDDEN');
      expect(codeOf(await gql(app, WITHDRAW, { id }, kiel))).toBe('FORBIDDEN');
      expect(codeOf(await gql(app, WITHDRAW, { id }))).toBe('UNAUTHENTICATED');
      expect(codeOf(await gql(app, WITHDRAW, { id: '00000000-0000-4000-8000-000000000000' }, stranger.cookie))).toBe(
        'NOT_FOUND',
      );
      const [row] = (await app.dataSource.query(`SELECT status FROM volunteer_registration WHERE id = $1`, [id])) as {
        status: string;
      }[];
      expect(row.status).toBe('REGISTERED');

      const byOrganizer = await gql(app, UPDATE_REGISTRATION, change, organizer);
      expect(byOrganizer.body.data.updateVolunteerRegistration.slots).toEqual([
        expect.objectContaining({ id: event.slots[1].id }),
      ]);
    });
  });
});
