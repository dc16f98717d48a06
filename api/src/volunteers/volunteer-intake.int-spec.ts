import { startTestApp, gql, type TestApp } from '../../test/app';
import { CHANGE_STATUS } from '../../test/events';
import { createBody, createPerson, latestLinkFor, sessionCookieFor } from '../../test/people';
import { countRows, createOpenEvent, EVENT_VOLUNTEERS, INTAKE, MY_PROFILE, profileInput } from '../../test/volunteers';

const ORIGIN = 'http://localhost:3000';

describe('assisted intake: organizers register volunteers on their behalf', () => {
  let app: TestApp;
  let lübeck: string;
  let organizer: string;
  let organizerId: string;
  let event: { id: string; slots: { id: string }[] };

  beforeAll(async () => {
    app = await startTestApp();
    lübeck = await createBody(app.dataSource, 'Hansestadt Lübeck');
    organizerId = await createPerson(
      app.dataSource,
      'orga@luebeck.example',
      [{ role: 'ORGANIZER', organizingBodyId: lübeck }],
      'Olga Orga',
    );
    organizer = await sessionCookieFor(app.dataSource, organizerId);
    event = await createOpenEvent(app, organizer, lübeck);
  });
  afterAll(() => app.close());

  const intakeInput = (overrides: Record<string, unknown> = {}) => ({
    eventId: event.id,
    email: null,
    locale: 'de',
    consentMethod: 'PHONE',
    slotIds: [event.slots[1].id],
    maxAssignments: 1,
    profile: profileInput({ name: 'Heinz Telefon', employer: null }),
    ...overrides,
  });
  const tables = ['person', 'volunteer_profile', 'volunteer_registration', 'consent_record', 'outbox_message'];
  const counts = () => Promise.all(tables.map((table) => countRows(app.dataSource, table)));

  it('registers someone without an address, recording how they consented and who recorded it', async () => {
    const response = await gql(app, INTAKE, { input: intakeInput() }, organizer);
    expect(response.body.errors).toBeUndefined();
    const { volunteer, reviewMailSent } = response.body.data.registerVolunteerOnBehalf;
    expect(reviewMailSent).toBe(false);
    expect(volunteer).toMatchObject({
      name: 'Heinz Telefon',
      email: null,
      phone: '+49 451 1234567',
      employer: null,
      status: 'REGISTERED',
      assisted: true,
      slots: [{ id: event.slots[1].id }],
    });
    const [consent] = (await app.dataSource.query(
      `SELECT method, recorded_by_id, text_version FROM consent_record WHERE person_id = $1`,
      [volunteer.personId],
    )) as { method: string; recorded_by_id: string; text_version: string }[];
    expect(consent).toMatchObject({ method: 'PHONE', recorded_by_id: organizerId });
    const [registration] = (await app.dataSource.query(
      `SELECT registered_by_id FROM volunteer_registration WHERE id = $1`,
      [volunteer.registrationId],
    )) as { registered_by_id: string }[];
    expect(registration.registered_by_id).toBe(organizerId);
    const roles = (await app.dataSource.query(`SELECT role FROM role_assignment WHERE person_id = $1`, [
      volunteer.personId,
    ])) as { role: string }[];
    expect(roles).toEqual([{ role: 'VOLUNTEER' }]);
    const listed = await gql(app, EVENT_VOLUNTEERS, { eventId: event.id }, organizer);
    expect(listed.body.data.eventVolunteers).toEqual([
      expect.objectContaining({ name: 'Heinz Telefon', assisted: true }),
    ]);
  });

  it('mails a person with an address, in their language, a link that signs them in to review their data', async () => {
    const response = await gql(
      app,
      INTAKE,
      {
        input: intakeInput({
          email: ' Paula.Papier@Example.org ',
          locale: 'en',
          consentMethod: 'PAPER',
          profile: profileInput({ name: 'Paula Papier' }),
        }),
      },
      organizer,
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.registerVolunteerOnBehalf).toMatchObject({
      reviewMailSent: true,
      volunteer: { email: 'paula.papier@example.org', name: 'Paula Papier' },
    });
    const [mail] = (await app.dataSource.query(
      `SELECT subject, body_text, locale FROM outbox_message WHERE to_address = 'paula.papier@example.org'`,
    )) as { subject: string; body_text: string; locale: string }[];
    expect(mail.subject).toBe('Please check your data on SkillShift');
    expect(mail.locale).toBe('en');
    expect(mail.body_text).toContain(
      'As agreed with you, Hansestadt Lübeck registered you as a volunteer for “Nachtschicht Lübeck 2038” on SkillShift.',
    );
    expect(mail.body_text).toContain('it works once and for 3 days');

    const token = await latestLinkFor(app.dataSource, 'paula.papier@example.org');
    const verified = await app.http.post('/auth/verify').set('origin', ORIGIN).type('form').send({ token, lang: 'en' });
    expect(verified.status).toBe(303);
    expect(verified.headers.location).toBe('/volunteer/profile');
    const cookie = (verified.headers['set-cookie'] as unknown as string[])[0].split(';')[0];
    const profile = await gql(app, MY_PROFILE, {}, cookie);
    expect(profile.body.data.myVolunteerProfile).toMatchObject({
      name: 'Paula Papier',
      consents: [{ method: 'PAPER', recordedByName: 'Olga Orga' }],
    });
  });

  it('refuses an address that already has an account, and creates nothing', async () => {
    await createPerson(app.dataSource, 'known@example.org', [], 'Known Person');
    const before = await counts();
    const response = await gql(
      app,
      INTAKE,
      { input: intakeInput({ email: 'KNOWN@example.org', consentMethod: 'IN_PERSON' }) },
      organizer,
    ).set('accept-language', 'de');
    expect(response.body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          path: 'input.email',
          message:
            'Zu dieser Adresse gibt es schon ein Konto bei SkillShift: Mit ihrem Konto meldet sich die Person selbst an (schicken Sie ihr die Seite der Veranstaltung). Geht das für sie nicht, lassen Sie die Adresse leer und tragen Sie die Person mit ihrer Telefonnummer ein.',
        },
      ],
    });
    expect(await counts()).toEqual(before);
    const [known] = (await app.dataSource.query(
      `SELECT name, phone FROM person WHERE email = 'known@example.org'`,
    )) as {
      name: string;
      phone: string | null;
    }[];
    expect(known).toEqual({ name: 'Known Person', phone: null });

    // Sent with fields class-validator refuses too: the address comes in the same answer, not after they are fixed.
    const withFormat = await gql(
      app,
      INTAKE,
      {
        input: intakeInput({
          email: 'known@example.org',
          slotIds: [],
          maxAssignments: 0,
          profile: profileInput({ name: '', employer: null }),
        }),
      },
      organizer,
    ).set('accept-language', 'en');
    expect(withFormat.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const fields = withFormat.body.errors[0].extensions.fields as { path: string; message: string }[];
    expect(fields.map((field) => field.path)).toEqual(
      expect.arrayContaining(['input.slotIds', 'input.maxAssignments', 'input.profile.name', 'input.email']),
    );
    expect(fields.find((field) => field.path === 'input.email')?.message).toBe(
      'This address already belongs to an account on SkillShift: with it, the person registers themselves (send them the event page). If that does not work for them, leave the address empty and enter the person with their phone number.',
    );
    expect(await counts()).toEqual(before);
  });

  it('names every invalid field, needs a recorded consent and a method other than online', async () => {
    const before = await counts();
    const response = await gql(
      app,
      INTAKE,
      {
        input: intakeInput({
          email: 'not-an-address',
          consentMethod: 'ONLINE',
          slotIds: [event.slots[0].id],
          maxAssignments: 2,
          profile: profileInput({ consent: false, skills: [{ skill: 'nope', level: 2 }] }),
        }),
      },
      organizer,
    );
    expect(response.body.errors[0].extensions.fields).toEqual([
      { path: 'input.email', message: 'Please enter a valid e-mail address.' },
      {
        path: 'input.consentMethod',
        message: 'Please choose how the consent was given: by phone, on paper or in person.',
      },
      {
        path: 'input.profile.skills[0].skill',
        message: 'This skill is not in our list. Please choose one from the search.',
      },
      {
        path: 'input.profile.consent',
        message: 'Please confirm that the person agreed to the processing of their data.',
      },
      {
        path: 'input.maxAssignments',
        message: 'You take at most one challenge per slot: with 1 slot(s) chosen, please enter at most 1.',
      },
    ]);
    // A form sent nearly empty: the fields class-validator refuses and the intake's own rules, in one answer (the
    // method and the consent were only named once the name and the slots had been corrected).
    const empty = await gql(
      app,
      INTAKE,
      {
        input: intakeInput({
          consentMethod: 'ONLINE',
          slotIds: [],
          profile: profileInput({ name: '', consent: false, languages: [], formats: [], causes: [], skills: [] }),
        }),
      },
      organizer,
    ).set('accept-language', 'de');
    const named = empty.body.errors[0].extensions.fields.map((field: { path: string }) => field.path);
    expect(named).toEqual(
      expect.arrayContaining(['input.profile.name', 'input.slotIds', 'input.consentMethod', 'input.profile.consent']),
    );
    expect(empty.body.errors[0].extensions.fields).toContainEqual({
      path: 'input.consentMethod',
      message: 'Bitte wählen Sie, wie die Zustimmung gegeben wurde: am Telefon, auf Papier oder persönlich.',
    });
    expect(await counts()).toEqual(before);
  });

  it('is for organizers of the event’s body, also after the deadline while registration is closed', async () => {
    const kiel = await createBody(app.dataSource, 'Kiel');
    const other = await sessionCookieFor(
      app.dataSource,
      await createPerson(app.dataSource, 'orga@kiel.example', [{ role: 'ORGANIZER', organizingBodyId: kiel }]),
    );
    const volunteer = await sessionCookieFor(
      app.dataSource,
      await createPerson(app.dataSource, 'volunteer@example.org', [{ role: 'VOLUNTEER' }]),
    );
    const before = await counts();
    expect((await gql(app, INTAKE, { input: intakeInput() }, other)).body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await gql(app, INTAKE, { input: intakeInput() }, volunteer)).body.errors[0].extensions.code).toBe(
      'FORBIDDEN',
    );
    expect((await gql(app, INTAKE, { input: intakeInput() })).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(await counts()).toEqual(before);

    const closed = await createOpenEvent(app, organizer, lübeck, { name: 'Geschlossen' });
    await gql(app, CHANGE_STATUS, { id: closed.id, status: 'CLOSED' }, organizer);
    const late = await gql(
      app,
      INTAKE,
      { input: intakeInput({ eventId: closed.id, slotIds: [closed.slots[0].id] }) },
      organizer,
    );
    expect(late.body.errors).toBeUndefined();
    await gql(app, CHANGE_STATUS, { id: closed.id, status: 'MATCHING' }, organizer);
    const matching = await gql(
      app,
      INTAKE,
      { input: intakeInput({ eventId: closed.id, slotIds: [closed.slots[0].id] }) },
      organizer,
    );
    expect(matching.body.errors[0]).toMatchObject({
      message: 'Volunteers cannot register for this event now: it is “forming teams”.',
      extensions: { code: 'CONFLICT' },
    });
  });
});
