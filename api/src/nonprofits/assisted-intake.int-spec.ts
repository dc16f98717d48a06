import { gql, startTestApp, type TestApp } from '../../test/app';
import { CHANGE_STATUS } from '../../test/events';
import { challengeInput, INTAKE, NONPROFIT, nonprofitInput, openEvent } from '../../test/nonprofits';
import { createBody, createPerson, latestLinkFor, sessionCookieFor } from '../../test/people';

describe('assisted intake: organizers register a nonprofit and its challenge on someone’s behalf', () => {
  let app: TestApp;
  let lübeck: string;
  let kiel: string;
  let organizer: string;
  let organizerId: string;
  let kielOrganizer: string;
  let contact: string;
  let event: { id: string; slots: { id: string }[] };

  beforeAll(async () => {
    app = await startTestApp();
    lübeck = await createBody(app.dataSource, 'Hansestadt Lübeck');
    kiel = await createBody(app.dataSource, 'Kiel Digital', 'Kiel');
    organizerId = await createPerson(app.dataSource, 'orga@luebeck.example', [
      { role: 'ORGANIZER', organizingBodyId: lübeck },
    ]);
    organizer = await sessionCookieFor(app.dataSource, organizerId);
    kielOrganizer = await sessionCookieFor(
      app.dataSource,
      await createPerson(app.dataSource, 'orga@kiel.example', [{ role: 'ORGANIZER', organizingBodyId: kiel }]),
    );
    contact = await sessionCookieFor(app.dataSource, await createPerson(app.dataSource, 'maria@tafel.example'));
    event = await openEvent(app, organizer, lübeck);
  });
  afterAll(() => app.close());

  const intake = (
    overrides: { nonprofit?: object; contact?: object; consentMethod?: string; challenge?: object } = {},
  ) => ({
    nonprofit: nonprofitInput({ name: 'Seniorentreff St. Lorenz', causes: ['SENIORS'], ...overrides.nonprofit }),
    contact: {
      name: 'Hilde Hansen',
      email: 'hilde@seniorentreff.example',
      phone: '0451 987654',
      locale: 'de',
      ...overrides.contact,
    },
    consentMethod: overrides.consentMethod ?? 'PHONE',
    challenge: challengeInput([event.slots[0].id], { title: 'Videotelefonie für Bewohner', ...overrides.challenge }),
  });
  const snapshot = async () =>
    Promise.all(
      [
        'person',
        'nonprofit',
        'nonprofit_contact',
        'consent_record',
        'challenge',
        'sign_in_token',
        'outbox_message',
      ].map(async (table) =>
        Number(((await app.dataSource.query(`SELECT count(*) AS n FROM ${table}`)) as { n: string }[])[0].n),
      ),
    );

  it('creates nonprofit, contact and a submitted challenge, records the consent and mails a review link', async () => {
    const response = await gql(app, INTAKE, { eventId: event.id, input: intake() }, organizer);
    expect(response.body.errors).toBeUndefined();
    const result = response.body.data.registerNonprofitByIntake;
    expect(result).toMatchObject({
      reviewMailSent: true,
      nonprofit: {
        name: 'Seniorentreff St. Lorenz',
        organizingBodyId: lübeck,
        contacts: [{ name: 'Hilde Hansen', email: 'hilde@seniorentreff.example', phone: '0451 987654' }],
      },
      challenge: {
        title: 'Videotelefonie für Bewohner',
        status: 'SUBMITTED',
        viewerIsOrganizer: true,
        history: [{ fromStatus: null, toStatus: 'SUBMITTED' }],
      },
    });
    const [person] = (await app.dataSource.query(
      `SELECT id FROM person WHERE email = 'hilde@seniorentreff.example'`,
    )) as {
      id: string;
    }[];
    const consents = await app.dataSource.query(
      `SELECT purpose, method, recorded_by_id FROM consent_record WHERE person_id = $1`,
      [person.id],
    );
    expect(consents).toEqual([{ purpose: 'NONPROFIT_PROFILE', method: 'PHONE', recorded_by_id: organizerId }]);
    expect(await app.dataSource.query(`SELECT role FROM role_assignment WHERE person_id = $1`, [person.id])).toEqual([
      { role: 'NONPROFIT_CONTACT' },
    ]);

    const [mail] = (await app.dataSource.query(
      `SELECT template, subject, body_text FROM outbox_message WHERE to_address = 'hilde@seniorentreff.example'`,
    )) as { template: string; subject: string; body_text: string }[];
    expect(mail.template).toBe('nonprofitIntakeReview');
    expect(mail.subject).toBe('Bitte prüfen Sie die Angaben zu Seniorentreff St. Lorenz bei SkillShift');
    expect(mail.body_text).toContain('hat Hansestadt Lübeck „Seniorentreff St. Lorenz“ und die Herausforderung');

    // The link signs Hilde in and lands on her nonprofit's page.
    const token = await latestLinkFor(app.dataSource, 'hilde@seniorentreff.example');
    const verified = await app.http
      .post('/auth/verify')
      .set('origin', 'http://localhost:3000')
      .type('form')
      .send({ token, lang: 'de' });
    expect(verified.status).toBe(303);
    expect(verified.headers.location).toBe(`/nonprofits/${result.nonprofit.id}`);
    const cookie = (verified.headers['set-cookie'] as unknown as string[])[0].split(';')[0];
    const own = await gql(app, NONPROFIT, { id: result.nonprofit.id }, cookie);
    expect(own.body.data.nonprofit).toMatchObject({
      viewerIsContact: true,
      challenges: [{ title: 'Videotelefonie für Bewohner', status: 'SUBMITTED', priority: null }],
    });
  });

  it('registers a person without address (paper form): no mail, consent recorded as given on paper', async () => {
    const before = await snapshot();
    const response = await gql(
      app,
      INTAKE,
      {
        eventId: event.id,
        input: intake({
          nonprofit: { name: 'Nachbarschaftshilfe Kücknitz', publishOnMap: true },
          contact: { name: 'Karl Kuhn', email: null, phone: '0451 111' },
          consentMethod: 'PAPER',
        }),
      },
      organizer,
    );
    expect(response.body.data.registerNonprofitByIntake).toMatchObject({
      reviewMailSent: false,
      nonprofit: { contacts: [{ name: 'Karl Kuhn', email: null, phone: '0451 111' }] },
    });
    const consents = await app.dataSource.query(
      `SELECT c.purpose, c.method FROM consent_record c JOIN person p ON p.id = c.person_id
        WHERE p.name = 'Karl Kuhn' ORDER BY c.purpose`,
    );
    expect(consents).toEqual([
      { purpose: 'NONPROFIT_PROFILE', method: 'PAPER' },
      { purpose: 'MAP_PUBLICATION', method: 'PAPER' },
    ]);
    const after = await snapshot();
    expect(after[6]).toBe(before[6]);
    expect(after[5]).toBe(before[5]);
  });

  it('names the fields of all three parts and writes nothing when one is wrong', async () => {
    const before = await snapshot();
    const response = await gql(
      app,
      INTAKE,
      {
        eventId: event.id,
        input: intake({
          contact: { email: null, phone: null },
          consentMethod: 'ONLINE',
          nonprofit: { name: 'Lesecafé Moisling', latitude: 53.9, postalCode: '2356' },
        }),
      },
      organizer,
    ).set('accept-language', 'de');
    expect(response.body.errors[0].extensions.fields).toEqual([
      { path: 'input.nonprofit.postalCode', message: 'Bitte geben Sie fünf Ziffern ein.' },
      {
        path: 'input.nonprofit.longitude',
        message: 'Bitte geben Sie Breiten- und Längengrad an, oder keinen von beiden.',
      },
      {
        path: 'input.consentMethod',
        message: 'Bitte wählen Sie, wie die Zustimmung gegeben wurde: telefonisch, auf Papier oder persönlich.',
      },
      {
        path: 'input.contact.email',
        message: 'Bitte geben Sie eine E-Mail-Adresse oder Telefonnummer an, damit die Organisation erreichbar ist.',
      },
    ]);
    const incomplete = await gql(
      app,
      INTAKE,
      {
        eventId: event.id,
        input: intake({ nonprofit: { name: 'Lesecafé Moisling' }, challenge: { goal: '', slotIds: [] } }),
      },
      organizer,
    );
    expect(incomplete.body.errors[0].extensions.fields).toEqual([
      { path: 'input.challenge.goal', message: 'Please fill in this field.' },
      { path: 'input.challenge.slotIds', message: 'Please choose at least one.' },
    ]);
    // Problems of the nonprofit and of the challenge come in one answer, not the challenge's after the rest is fixed.
    const both = await gql(
      app,
      INTAKE,
      {
        eventId: event.id,
        input: intake({
          nonprofit: { name: 'Lesecafé Moisling', postalCode: '2356' },
          consentMethod: 'ONLINE',
          challenge: { title: '', goal: '' },
        }),
      },
      organizer,
    );
    expect(both.body.errors[0].extensions.fields.map((field: { path: string }) => field.path)).toEqual([
      'input.nonprofit.postalCode',
      'input.consentMethod',
      'input.challenge.title',
      'input.challenge.goal',
    ]);
    const unfinished = await gql(
      app,
      INTAKE,
      {
        eventId: event.id,
        input: intake({
          nonprofit: { name: 'Lesecafé Moisling' },
          consentMethod: 'ONLINE',
          challenge: { accessReady: false },
        }),
      },
      organizer,
    );
    expect(unfinished.body.errors[0].extensions.fields.map((field: { path: string }) => field.path)).toEqual([
      'input.consentMethod',
      'input.challenge.accessReady',
    ]);
    const duplicate = await gql(app, INTAKE, { eventId: event.id, input: intake() }, organizer);
    expect(duplicate.body.errors[0].extensions).toMatchObject({ fields: [{ path: 'input.nonprofit.name' }] });
    // A name already taken is named with the other problems, not only once they are corrected.
    const duplicateAndMore = await gql(
      app,
      INTAKE,
      {
        eventId: event.id,
        input: intake({ contact: { email: null, phone: null }, challenge: { goal: '', languages: ['tr'] } }),
      },
      organizer,
    );
    expect(duplicateAndMore.body.errors[0].extensions.fields.map((field: { path: string }) => field.path)).toEqual([
      'input.nonprofit.name',
      'input.contact.email',
      'input.challenge.goal',
      'input.challenge.languages',
    ]);
    // Also with fields class-validator refuses (a postcode, an address, a website): all in one answer, in the
    // organizer's language, each naming its field.
    const duplicateAndFormat = await gql(
      app,
      INTAKE,
      {
        eventId: event.id,
        input: intake({
          nonprofit: { name: '  seniorentreff  st. lorenz ', postalCode: '2356', website: 'kein link' },
          contact: { email: 'hilde(at)seniorentreff' },
          consentMethod: 'ONLINE',
        }),
      },
      organizer,
    ).set('accept-language', 'de');
    expect(duplicateAndFormat.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(duplicateAndFormat.body.errors[0].extensions.fields).toEqual([
      {
        path: 'input.nonprofit.name',
        message:
          'Eine Organisation mit diesem Namen ist bei Ihrer Stelle schon registriert. Ist es dieselbe, fügen Sie die Person auf ihrer Seite als Ansprechperson hinzu; sonst unterscheiden Sie die Namen, etwa durch den Ort.',
      },
      { path: 'input.nonprofit.postalCode', message: 'Bitte geben Sie fünf Ziffern ein.' },
      { path: 'input.nonprofit.website', message: expect.any(String) },
      { path: 'input.contact.email', message: expect.any(String) },
      {
        path: 'input.consentMethod',
        message: 'Bitte wählen Sie, wie die Zustimmung gegeben wurde: telefonisch, auf Papier oder persönlich.',
      },
    ]);
    const english = await gql(
      app,
      INTAKE,
      { eventId: event.id, input: intake({ nonprofit: { postalCode: '2356' } }) },
      organizer,
    ).set('accept-language', 'en');
    expect(english.body.errors[0].extensions.fields.map((field: { path: string }) => field.path)).toEqual([
      'input.nonprofit.name',
      'input.nonprofit.postalCode',
    ]);
    // (spoken to the organizer, who enters it for someone: not "ask its contact person to add you")
    expect(english.body.errors[0].extensions.fields[0].message).toMatch(
      /^A nonprofit of this name is already registered with your body\. If it is the same, add the person as a contact/,
    );
    expect(await snapshot()).toEqual(before);
  });

  it('is for organizers of the event’s body only, while the event is open', async () => {
    const before = await snapshot();
    const input = intake({ nonprofit: { name: 'Kieler Übergriff' } });
    for (const [caller, code] of [
      [kielOrganizer, 'FORBIDDEN'],
      [contact, 'FORBIDDEN'],
      [undefined, 'UNAUTHENTICATED'],
    ] as const) {
      const response = await gql(app, INTAKE, { eventId: event.id, input }, caller);
      expect(response.body.errors[0].extensions.code).toBe(code);
    }
    await gql(app, CHANGE_STATUS, { id: event.id, status: 'CLOSED' }, organizer);
    const closed = await gql(app, INTAKE, { eventId: event.id, input }, organizer);
    expect(closed.body.errors[0].message).toBe(
      'This is no longer possible while the event is “closed for registration”.',
    );
    expect(await snapshot()).toEqual(before);
  });
});
