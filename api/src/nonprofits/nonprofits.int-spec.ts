import { gql, startTestApp, type TestApp } from '../../test/app';
import {
  ADD_CONTACT,
  MY_NONPROFITS,
  NONPROFIT,
  nonprofitInput,
  openEvent,
  REGISTER_NONPROFIT,
  registerNonprofit,
  REMOVE_CONTACT,
  UPDATE_NONPROFIT,
} from '../../test/nonprofits';
import { createBody, createPerson, sessionCookieFor } from '../../test/people';
import { createEvent } from '../../test/events';

describe('nonprofits register through an event and keep their contacts', () => {
  let app: TestApp;
  let lübeck: string;
  let kiel: string;
  let organizer: string;
  let kielOrganizer: string;
  let event: { id: string; slots: { id: string }[] };
  const people: Record<string, { id: string; cookie: string }> = {};

  beforeAll(async () => {
    app = await startTestApp();
    lübeck = await createBody(app.dataSource, 'Hansestadt Lübeck');
    kiel = await createBody(app.dataSource, 'Kiel Digital', 'Kiel');
    const signedIn = async (email: string, roles: Parameters<typeof createPerson>[2] = [], name = '') => {
      const id = await createPerson(app.dataSource, email, roles, name);
      return { id, cookie: await sessionCookieFor(app.dataSource, id) };
    };
    organizer = (
      await signedIn('orga@luebeck.example', [{ role: 'ORGANIZER', organizingBodyId: lübeck }], 'Lea Organisatorin')
    ).cookie;
    kielOrganizer = (await signedIn('orga@kiel.example', [{ role: 'ORGANIZER', organizingBodyId: kiel }])).cookie;
    people.maria = await signedIn('maria@tafel.example', [], 'Maria Muster');
    people.ole = await signedIn('ole@sportverein.example', [], 'Ole Olsen');
    people.stranger = await signedIn('someone@example.org', [{ role: 'VOLUNTEER' }]);
    event = await openEvent(app, organizer, lübeck);
  });
  afterAll(() => app.close());

  const count = async (table: string) =>
    Number(((await app.dataSource.query(`SELECT count(*) AS n FROM ${table}`)) as { n: string }[])[0].n);
  const snapshot = async () =>
    Promise.all(['nonprofit', 'nonprofit_contact', 'consent_record', 'role_assignment', 'outbox_message'].map(count));

  it('registers the nonprofit with the event’s body; the person becomes its contact with role and consents', async () => {
    const response = await gql(
      app,
      REGISTER_NONPROFIT,
      {
        eventId: event.id,
        input: { ...nonprofitInput({ publishOnMap: true, latitude: 53.87, longitude: 10.69 }), consent: true },
      },
      people.maria.cookie,
    );
    expect(response.body.errors).toBeUndefined();
    const nonprofit = response.body.data.registerNonprofit;
    expect(nonprofit).toMatchObject({
      name: 'Lübecker Tafel e.V.',
      legalForm: 'EV',
      causes: ['POVERTY', 'SOCIAL'],
      district: 'Innenstadt',
      website: 'https://tafel-luebeck.example',
      organizingBodyId: lübeck,
      organizingBodyName: 'Hansestadt Lübeck',
      viewerIsContact: true,
      contacts: [{ personId: people.maria.id, name: 'Maria Muster', email: 'maria@tafel.example', phone: null }],
      challenges: [],
      openEvents: [{ id: event.id, name: 'Nachtschicht Lübeck 2038' }],
    });
    const roles = await app.dataSource.query(`SELECT role FROM role_assignment WHERE person_id = $1`, [
      people.maria.id,
    ]);
    expect(roles).toEqual([{ role: 'NONPROFIT_CONTACT' }]);
    const consents = await app.dataSource.query(
      `SELECT purpose, method, text_version, recorded_by_id FROM consent_record WHERE person_id = $1 ORDER BY purpose`,
      [people.maria.id],
    );
    expect(consents).toEqual([
      { purpose: 'NONPROFIT_PROFILE', method: 'ONLINE', text_version: '2026-11-1', recorded_by_id: null },
      { purpose: 'MAP_PUBLICATION', method: 'ONLINE', text_version: '2026-11-1', recorded_by_id: null },
    ]);
    const mine = await gql(app, MY_NONPROFITS, {}, people.maria.cookie);
    expect(mine.body.data.myNonprofits.map((n: { id: string }) => n.id)).toEqual([nonprofit.id]);
  });

  it('names every invalid field in English and German, and requires the consent', async () => {
    const before = await snapshot();
    const input = {
      ...nonprofitInput({
        name: 'X',
        causes: [],
        city: ' ',
        description: '',
        website: 'not a web address',
        postalCode: 'ABCDE',
      }),
      consent: false,
    };
    const english = await gql(app, REGISTER_NONPROFIT, { eventId: event.id, input }, people.ole.cookie);
    expect(english.body.errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      // The missing consent comes in the same answer as the fields class-validator names, not after they are fixed.
      fields: expect.arrayContaining([
        { path: 'input.name', message: 'Please use at least 2 characters.' },
        { path: 'input.causes', message: 'Please choose at least one.' },
        { path: 'input.postalCode', message: 'Please enter five digits.' },
        {
          path: 'input.consent',
          message: 'Please agree to the processing of the data; without it we cannot register the nonprofit.',
        },
        { path: 'input.city', message: 'Please fill in this field.' },
        { path: 'input.description', message: 'Please fill in this field.' },
        { path: 'input.website', message: 'Please enter a valid web address (https://…).' },
      ]),
      translations: expect.any(Object),
    });
    // (the German texts ride along with the English answer, the same as a German request's)
    expect(english.body.errors[0].extensions.translations.en.fields).toEqual(english.body.errors[0].extensions.fields);
    const german = await gql(app, REGISTER_NONPROFIT, { eventId: event.id, input }, people.ole.cookie).set(
      'accept-language',
      'de',
    );
    expect(german.body.errors[0].message).toBe('Einige Felder sind nicht richtig ausgefüllt.');
    expect(english.body.errors[0].extensions.translations.de).toEqual({
      message: german.body.errors[0].message,
      fields: german.body.errors[0].extensions.fields,
    });
    expect(german.body.errors[0].extensions.fields).toEqual(
      expect.arrayContaining([
        { path: 'input.name', message: 'Bitte verwenden Sie mindestens 2 Zeichen.' },
        { path: 'input.city', message: 'Bitte füllen Sie dieses Feld aus.' },
        { path: 'input.causes', message: 'Bitte wählen Sie mindestens eine Option aus.' },
        { path: 'input.postalCode', message: 'Bitte geben Sie fünf Ziffern ein.' },
      ]),
    );

    const noConsent = await gql(
      app,
      REGISTER_NONPROFIT,
      {
        eventId: event.id,
        input: { ...nonprofitInput({ name: 'Sportverein Moisling', latitude: 53.8 }), consent: false },
      },
      people.ole.cookie,
    );
    expect(noConsent.body.errors[0].extensions.fields).toEqual([
      {
        path: 'input.consent',
        message: 'Please agree to the processing of the data; without it we cannot register the nonprofit.',
      },
      { path: 'input.longitude', message: 'Please give both latitude and longitude, or neither.' },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a second nonprofit of the same name in the body with a conflict on the name field', async () => {
    const before = await snapshot();
    const response = await gql(
      app,
      REGISTER_NONPROFIT,
      { eventId: event.id, input: { ...nonprofitInput({ name: '  lübecker   TAFEL e.V. ' }), consent: true } },
      people.ole.cookie,
    );
    expect(response.body.errors[0].message).toBe(
      'A nonprofit named “lübecker   TAFEL e.V.” is already registered with this organizing body.',
    );
    expect(response.body.errors[0].extensions).toEqual({
      code: 'CONFLICT',
      fields: [
        {
          path: 'input.name',
          message: 'A nonprofit of this name is already registered. If it is yours, ask its contact person to add you.',
        },
      ],
      translations: expect.any(Object),
    });
    expect(await snapshot()).toEqual(before);

    // Another body may have a nonprofit of that name.
    const kielEvent = await openEvent(app, kielOrganizer, kiel, { name: 'Kieler Nachtschicht', city: 'Kiel' });
    await expect(registerNonprofit(app, people.ole.cookie, kielEvent.id)).resolves.toMatch(/^[0-9a-f-]{36}$/);
  });

  it('registers only through a public event', async () => {
    const draft = await createEvent(app, organizer, lübeck, { name: 'Noch geheim' });
    const response = await gql(
      app,
      REGISTER_NONPROFIT,
      { eventId: draft.id, input: { ...nonprofitInput({ name: 'Geheimverein' }), consent: true } },
      people.ole.cookie,
    );
    expect(response.body.errors[0].extensions.code).toBe('NOT_FOUND');
    const anonymous = await gql(app, REGISTER_NONPROFIT, {
      eventId: event.id,
      input: { ...nonprofitInput({ name: 'Anonym e.V.' }), consent: true },
    });
    expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('lets contacts update the profile; map publication records a consent and an organizer cannot give it', async () => {
    const id = await registerNonprofit(app, people.ole.cookie, event.id, { name: 'SV Moisling' });
    const updated = await gql(
      app,
      UPDATE_NONPROFIT,
      { id, input: nonprofitInput({ name: 'Sportverein Moisling', district: 'Moisling', website: null }) },
      people.ole.cookie,
    );
    expect(updated.body.data.updateNonprofit).toMatchObject({
      name: 'Sportverein Moisling',
      district: 'Moisling',
      website: null,
    });

    const byOrganizer = await gql(
      app,
      UPDATE_NONPROFIT,
      { id, input: nonprofitInput({ name: 'Sportverein Moisling', publishOnMap: true }) },
      organizer,
    );
    expect(byOrganizer.body.errors[0].extensions.fields).toEqual([
      {
        path: 'input.publishOnMap',
        message: 'Only a contact person of the nonprofit can agree to the publication on the map.',
      },
    ]);
    const taken = await gql(app, UPDATE_NONPROFIT, { id, input: nonprofitInput() }, people.ole.cookie);
    expect(taken.body.errors[0].extensions.code).toBe('CONFLICT');

    const consentsBefore = await count('consent_record');
    const onMap = await gql(
      app,
      UPDATE_NONPROFIT,
      { id, input: nonprofitInput({ name: 'Sportverein Moisling', publishOnMap: true }) },
      people.ole.cookie,
    );
    expect(onMap.body.data.updateNonprofit.publishOnMap).toBe(true);
    expect(await count('consent_record')).toBe(consentsBefore + 1);
  });

  it('invites a nonprofit’s contacts to next editions until a contact turns that off', async () => {
    const id = await registerNonprofit(app, people.maria.cookie, event.id, { name: 'Katzenhilfe Lübeck e.V.' });
    const registered = await gql(app, NONPROFIT, { id }, people.maria.cookie);
    expect(registered.body.data.nonprofit).toMatchObject({ inviteToNextEditions: true, invitationsChange: null });

    const off = nonprofitInput({ name: 'Katzenhilfe Lübeck e.V.', inviteToNextEditions: false });
    const refused = await gql(app, UPDATE_NONPROFIT, { id, input: off }, kielOrganizer);
    expect(refused.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const stranger = await gql(app, UPDATE_NONPROFIT, { id, input: off }, people.stranger.cookie);
    expect(stranger.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await gql(app, NONPROFIT, { id }, organizer)).body.data.nonprofit.inviteToNextEditions).toBe(true);

    const updated = await gql(app, UPDATE_NONPROFIT, { id, input: off }, people.maria.cookie);
    expect(updated.body.errors).toBeUndefined();
    expect(updated.body.data.updateNonprofit.inviteToNextEditions).toBe(false);
    // The organizers of its body see the setting with the rest of the profile, and who turned it off when.
    const seen = (await gql(app, NONPROFIT, { id }, organizer)).body.data.nonprofit;
    expect(seen).toMatchObject({ inviteToNextEditions: false, invitationsChange: { byName: 'Maria Muster' } });
    const turnedOffAt = new Date(seen.invitationsChange.at).getTime();
    expect(Math.abs(Date.now() - turnedOffAt)).toBeLessThan(60_000);
    const [row] = (await app.dataSource.query(`SELECT invite_to_next_editions AS on FROM nonprofit WHERE id = $1`, [
      id,
    ])) as { on: boolean }[];
    expect(row.on).toBe(false);
    // Only a contact can turn them back on: the organizer is told so, on the field, and nothing changes
    const on = nonprofitInput({ name: 'Katzenhilfe Lübeck e.V.', inviteToNextEditions: true });
    const byOrganizer = await gql(app, UPDATE_NONPROFIT, { id, input: on }, organizer);
    expect(byOrganizer.body.errors[0].extensions.fields).toEqual([
      {
        path: 'input.inviteToNextEditions',
        message:
          'Only a contact person of the nonprofit can turn back on the invitations for when an event takes place again.',
      },
    ]);
    expect((await gql(app, NONPROFIT, { id }, organizer)).body.data.nonprofit).toMatchObject({
      inviteToNextEditions: false,
      invitationsChange: seen.invitationsChange,
    });
    const again = await gql(app, UPDATE_NONPROFIT, { id, input: on }, people.maria.cookie);
    expect(again.body.data.updateNonprofit).toMatchObject({
      inviteToNextEditions: true,
      invitationsChange: { byName: 'Maria Muster' },
    });
    // and the organizer may record that a nonprofit wants no more (as told on the phone): the contacts see who did
    const offByOrganizer = await gql(app, UPDATE_NONPROFIT, { id, input: off }, organizer);
    expect(offByOrganizer.body.data.updateNonprofit.inviteToNextEditions).toBe(false);
    const change = (await gql(app, NONPROFIT, { id }, people.maria.cookie)).body.data.nonprofit.invitationsChange;
    expect(change.byName).toBe('Lea Organisatorin');
    // A client that leaves the setting out, or sends it unchanged, changes the rest of the profile, not the
    // invitations, nor who changed them last
    const withoutSetting = nonprofitInput({ name: 'Katzenhilfe Lübeck e.V.', district: 'Moisling' });
    expect(withoutSetting).not.toHaveProperty('inviteToNextEditions');
    const kept = await gql(app, UPDATE_NONPROFIT, { id, input: withoutSetting }, people.maria.cookie);
    expect(kept.body.data.updateNonprofit).toMatchObject({
      district: 'Moisling',
      inviteToNextEditions: false,
      invitationsChange: change,
    });
    const same = await gql(app, UPDATE_NONPROFIT, { id, input: off }, people.maria.cookie);
    expect(same.body.data.updateNonprofit.invitationsChange).toEqual(change);
  });

  it('adds a further contact by address, creating the person, granting the role and mailing them', async () => {
    const [{ id }] = (await app.dataSource.query(`SELECT id FROM nonprofit WHERE name = 'Lübecker Tafel e.V.'`)) as {
      id: string;
    }[];
    const response = await gql(
      app,
      ADD_CONTACT,
      { nonprofitId: id, input: { email: 'Jan@Tafel.example', name: 'Jan Jansen', phone: '0451 123456' } },
      people.maria.cookie,
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.addNonprofitContact.contacts).toEqual([
      { personId: people.maria.id, name: 'Maria Muster', email: 'maria@tafel.example', phone: null },
      { personId: expect.any(String), name: 'Jan Jansen', email: 'jan@tafel.example', phone: '0451 123456' },
    ]);
    const [jan] = (await app.dataSource.query(
      `SELECT p.id, r.role FROM person p JOIN role_assignment r ON r.person_id = p.id WHERE p.email = 'jan@tafel.example'`,
    )) as { id: string; role: string }[];
    expect(jan.role).toBe('NONPROFIT_CONTACT');
    const [mail] = (await app.dataSource.query(
      `SELECT subject, body_text, template FROM outbox_message WHERE to_address = 'jan@tafel.example'`,
    )) as { subject: string; body_text: string; template: string }[];
    expect(mail.template).toBe('nonprofitContactAdded');
    expect(mail.subject).toBe('Sie sind jetzt Ansprechperson von Lübecker Tafel e.V. bei SkillShift');
    expect(mail.body_text).toContain('Maria Muster hat Sie als Ansprechperson von „Lübecker Tafel e.V.“');
    expect(mail.body_text).toContain(`http://localhost:3000/nonprofits/${id}`);

    const before = await snapshot();
    const again = await gql(
      app,
      ADD_CONTACT,
      { nonprofitId: id, input: { email: 'jan@tafel.example', name: 'Jan Jansen' } },
      people.maria.cookie,
    );
    expect(again.body.errors[0].extensions).toMatchObject({
      code: 'CONFLICT',
      fields: [{ path: 'input.email', message: 'This person is already a contact person of the nonprofit.' }],
    });
    const invalid = await gql(
      app,
      ADD_CONTACT,
      { nonprofitId: id, input: { email: 'no-address', name: 'J', phone: 'abc' } },
      people.maria.cookie,
    );
    expect(invalid.body.errors[0].extensions.fields).toEqual([
      { path: 'input.email', message: 'Please enter a valid e-mail address.' },
      { path: 'input.name', message: 'Please use at least 2 characters.' },
      { path: 'input.phone', message: 'Please enter a phone number with digits, spaces and + ( ) - / only.' },
    ]);
    const shortPhone = await gql(
      app,
      ADD_CONTACT,
      { nonprofitId: id, input: { email: 'jens@tafel.example', name: 'Jens Jensen', phone: '12' } },
      people.maria.cookie,
    ).set('accept-language', 'de');
    expect(shortPhone.body.errors[0].extensions.fields).toEqual([
      { path: 'input.phone', message: 'Bitte geben Sie eine Telefonnummer mit mindestens 5 Ziffern ein.' },
    ]);
    expect(await snapshot()).toEqual(before);

    // Jan can now see the nonprofit; removing him works, removing the last contact does not.
    const janCookie = await sessionCookieFor(app.dataSource, jan.id);
    expect((await gql(app, NONPROFIT, { id }, janCookie)).body.data.nonprofit.viewerIsContact).toBe(true);
    const removed = await gql(app, REMOVE_CONTACT, { nonprofitId: id, personId: jan.id }, people.maria.cookie);
    expect(removed.body.data.removeNonprofitContact.contacts).toHaveLength(1);
    expect(await app.dataSource.query(`SELECT role FROM role_assignment WHERE person_id = $1`, [jan.id])).toEqual([]);
    const last = await gql(app, REMOVE_CONTACT, { nonprofitId: id, personId: people.maria.id }, people.maria.cookie);
    expect(last.body.errors[0]).toMatchObject({
      message: 'A nonprofit needs at least one contact person. Add another one before removing this one.',
      extensions: { code: 'CONFLICT' },
    });
    expect((await gql(app, NONPROFIT, { id }, janCookie)).body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('shows a nonprofit only to its contacts, the organizers of its body and admins', async () => {
    const [{ id }] = (await app.dataSource.query(`SELECT id FROM nonprofit WHERE name = 'Lübecker Tafel e.V.'`)) as {
      id: string;
    }[];
    const byOrganizer = await gql(app, NONPROFIT, { id }, organizer);
    expect(byOrganizer.body.data.nonprofit).toMatchObject({
      viewerIsContact: false,
      contacts: [{ email: 'maria@tafel.example' }],
    });
    for (const [caller, code] of [
      [people.ole.cookie, 'FORBIDDEN'],
      [people.stranger.cookie, 'FORBIDDEN'],
      [kielOrganizer, 'FORBIDDEN'],
      [undefined, 'UNAUTHENTICATED'],
    ] as const) {
      const response = await gql(app, NONPROFIT, { id }, caller);
      expect(response.body.errors[0].extensions.code).toBe(code);
      const update = await gql(app, UPDATE_NONPROFIT, { id, input: nonprofitInput({ name: 'Gekapert' }) }, caller);
      expect(update.body.errors[0].extensions.code).toBe(code);
      const add = await gql(
        app,
        ADD_CONTACT,
        { nonprofitId: id, input: { email: 'x@y.example', name: 'Xaver' } },
        caller,
      );
      expect(add.body.errors[0].extensions.code).toBe(code);
    }
    expect((await gql(app, MY_NONPROFITS, {}, people.stranger.cookie)).body.data.myNonprofits).toEqual([]);
  });
});
