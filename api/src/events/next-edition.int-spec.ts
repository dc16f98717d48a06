import { gql, startTestApp, type TestApp } from '../../test/app';
import { CHANGE_STATUS, COPY_EVENT, createEvent } from '../../test/events';
import { nonprofitInput, UPDATE_NONPROFIT } from '../../test/nonprofits';
import { createBody, createPerson, sessionCookieFor } from '../../test/people';
import { createChallenge } from '../../test/volunteers';

describe('the next edition invites the people of earlier ones', () => {
  let app: TestApp;
  let lübeck: string;
  let organizer: string;
  let lastYear: { id: string; slots: { id: string }[] };
  let kielEvent: { id: string; slots: { id: string }[] };

  async function volunteer(
    email: string,
    event: string,
    options: { invite?: boolean; status?: string; locale?: string } = {},
  ) {
    const id = await createPerson(app.dataSource, email, [{ role: 'VOLUNTEER' }], email.split('@')[0]);
    await app.dataSource.query(`UPDATE person SET locale = $2 WHERE id = $1`, [id, options.locale ?? 'de']);
    await app.dataSource.query(`INSERT INTO volunteer_profile (person_id, invite_to_next_editions) VALUES ($1, $2)`, [
      id,
      options.invite ?? true,
    ]);
    await app.dataSource.query(
      `INSERT INTO volunteer_registration (event_id, person_id, status) VALUES ($1, $2, $3::volunteer_registration_status)`,
      [event, id, options.status ?? 'REGISTERED'],
    );
    return id;
  }

  async function contactWithChallenge(email: string, body: string, event: string, status: string) {
    const id = await createPerson(app.dataSource, email, [{ role: 'NONPROFIT_CONTACT' }]);
    await app.dataSource.query(`UPDATE person SET locale = 'en' WHERE id = $1`, [id]);
    const challenge = await createChallenge(app.dataSource, {
      organizingBodyId: body,
      eventId: event,
      status,
      skills: [],
      slotIds: [],
    });
    await app.dataSource.query(
      `INSERT INTO nonprofit_contact (nonprofit_id, person_id) SELECT nonprofit_id, $2 FROM challenge WHERE id = $1`,
      [challenge, id],
    );
    return id;
  }

  /** An edition of Lübeck with the given status and times. */
  async function edition(name: string, status: string, startsAt: string, endsAt: string) {
    const { id } = await createEvent(app, organizer, lübeck, { name });
    await app.dataSource.query(
      `UPDATE event SET status = $2::event_status, starts_at = $3, ends_at = $4 WHERE id = $1`,
      [id, status, startsAt, endsAt],
    );
    return id;
  }

  const invitations = () =>
    app.dataSource.query(
      `SELECT to_address AS "to", locale, subject, body_text AS text FROM outbox_message
        WHERE template = 'nextEditionInvitation' ORDER BY to_address`,
    ) as Promise<{ to: string; locale: string; subject: string; text: string }[]>;

  beforeAll(async () => {
    app = await startTestApp();
    lübeck = await createBody(app.dataSource, 'Hansestadt Lübeck');
    const kiel = await createBody(app.dataSource, 'Landeshauptstadt Kiel', 'Kiel');
    organizer = await sessionCookieFor(
      app.dataSource,
      await createPerson(app.dataSource, 'olga@luebeck.example', [{ role: 'ORGANIZER', organizingBodyId: lübeck }]),
    );
    const kielOrganizer = await sessionCookieFor(
      app.dataSource,
      await createPerson(app.dataSource, 'kai@kiel.example', [{ role: 'ORGANIZER', organizingBodyId: kiel }]),
    );
    lastYear = await createEvent(app, organizer, lübeck, { name: 'Nachtschicht Lübeck 2038' });
    kielEvent = await createEvent(app, kielOrganizer, kiel, { name: 'Hackathon Kiel' });
    await app.dataSource.query(`UPDATE event SET status = 'DONE' WHERE id = ANY($1)`, [[lastYear.id, kielEvent.id]]);

    await volunteer('vera@example.org', lastYear.id);
    await volunteer('eve@example.org', lastYear.id, { locale: 'en' });
    await volunteer('otto@example.org', lastYear.id, { invite: false });
    await volunteer('willi@example.org', lastYear.id, { status: 'WITHDRAWN' });
    await volunteer('kira@example.org', kielEvent.id);
    await contactWithChallenge('nora@verein.example', lübeck, lastYear.id, 'ACCEPTED');
    await contactWithChallenge('dora@entwurf.example', lübeck, lastYear.id, 'DRAFT');
    // A nonprofit of last year whose contact turned the invitations off on its page (the API the web form uses).
    const carla = await contactWithChallenge('carla@katzenhilfe.example', lübeck, lastYear.id, 'ACCEPTED');
    const [{ id: katzenhilfe }] = (await app.dataSource.query(
      `SELECT nonprofit_id AS id FROM nonprofit_contact WHERE person_id = $1`,
      [carla],
    )) as { id: string }[];
    const optOut = await gql(
      app,
      UPDATE_NONPROFIT,
      { id: katzenhilfe, input: nonprofitInput({ name: 'Katzenhilfe Lübeck e.V.', inviteToNextEditions: false }) },
      await sessionCookieFor(app.dataSource, carla),
    );
    expect(optOut.body.data?.updateNonprofit.inviteToNextEditions).toBe(false);
    const erased = await volunteer('gone@example.org', lastYear.id);
    await app.dataSource.query(`UPDATE person SET email = NULL, name = '', erased_at = now() WHERE id = $1`, [erased]);

    // Earlier-dated editions that did not take place (yet): their people were never "with us".
    const ahead = await edition('Herbstausgabe 2038', 'PUBLISHED', '2038-09-02T16:00:00Z', '2038-09-02T21:00:00Z');
    await volunteer('paula@example.org', ahead);
    await contactWithChallenge('petra@herbst.example', lübeck, ahead, 'ACCEPTED');
    const neverPublished = await edition('Abgesagt 2025', 'CLOSED', '2025-05-08T16:00:00Z', '2025-05-08T21:00:00Z');
    await volunteer('olaf@example.org', neverPublished);
    // Held (its last slot is over) though the organizers have not marked it done yet.
    const held = await edition('Sommerausgabe 2025', 'PUBLISHED', '2025-06-05T16:00:00Z', '2025-06-05T21:00:00Z');
    await volunteer('sam@example.org', held);
  });

  afterAll(() => app.close());

  it('mails opted-in volunteers and nonprofit contacts of earlier editions when the copy opens, once each', async () => {
    // Nora's nonprofit kept the default and is invited; Carla's turned invitations off and is not (not in the list).
    const copy = await gql(
      app,
      COPY_EVENT,
      { id: lastYear.id, offsetDays: 364, name: 'Nachtschicht Lübeck 2039' },
      organizer,
    );
    expect(copy.body.errors).toBeUndefined();
    const nextId = copy.body.data.copyEvent.id as string;
    expect(await invitations()).toEqual([]);

    const opened = await gql(app, CHANGE_STATUS, { id: nextId, status: 'OPEN' }, organizer);
    expect(opened.body.errors).toBeUndefined();
    const mails = await invitations();
    expect(mails.map((mail) => [mail.to, mail.locale])).toEqual([
      ['eve@example.org', 'en'],
      ['nora@verein.example', 'en'],
      ['sam@example.org', 'de'],
      ['vera@example.org', 'de'],
    ]);
    const vera = mails.find((mail) => mail.to === 'vera@example.org')!;
    expect(vera.subject).toBe('Anmeldung für Nachtschicht Lübeck 2039 ist geöffnet');
    // What is true of everyone invited, not "you took part last time"; and the setting volunteers really have.
    expect(vera.text).toContain('Sie waren bei einer früheren Ausgabe angemeldet');
    expect(vera.text).not.toContain('letzten Mal');
    expect(vera.text).toContain(
      'Einladungen können Sie in Ihrem Profil als Freiwillige*r abbestellen („Laden Sie mich zu späteren Ausgaben ein.“).',
    );
    expect(vera.text).toContain(`http://localhost:3000/volunteer/register?event=${nextId}`);
    expect(vera.text).not.toContain(`/events/${nextId}`);
    // English mails give the date day first, as the others do ("4 March 2039", not "March 4, 2039")
    const eve = mails.find((mail) => mail.to === 'eve@example.org')!;
    expect(eve.text).toMatch(/\b\d{1,2} [A-Z][a-z]+ 2039\b/);
    expect(eve.text).not.toMatch(/\b[A-Z][a-z]+ \d{1,2}, 2039\b/);
    const nora = mails.find((mail) => mail.to === 'nora@verein.example')!;
    expect(nora.text).toContain(`http://localhost:3000/events/${nextId}`);
    expect(nora.text).not.toContain('/volunteer/register');
    // Nonprofit contacts are told where they turn invitations off: their organisation's page, not a volunteer profile.
    expect(nora.text).toContain(
      'You receive this invitation once for this event. You can turn off invitations to your organization on its ' +
        'page under “Edit profile” (“Invite us when an event takes place again.”).',
    );
    expect(nora.text).not.toContain('volunteer profile');
    expect(vera.text).not.toContain('Laden Sie uns');

    // Closed and opened again: nobody hears it twice.
    await gql(app, CHANGE_STATUS, { id: nextId, status: 'CLOSED' }, organizer);
    await gql(app, CHANGE_STATUS, { id: nextId, status: 'OPEN' }, organizer);
    expect(await invitations()).toHaveLength(4);
    const [{ n }] = (await app.dataSource.query(
      `SELECT count(*)::int AS n FROM edition_invitation WHERE event_id = $1`,
      [nextId],
    )) as { n: number }[];
    expect(n).toBe(4);
  });

  it('invites nobody when an event that is not a copy opens', async () => {
    const before = (await invitations()).length;
    const fresh = await createEvent(app, organizer, lübeck, { name: 'Sonderausgabe' });
    expect((await gql(app, CHANGE_STATUS, { id: fresh.id, status: 'OPEN' }, organizer)).body.errors).toBeUndefined();
    expect(await invitations()).toHaveLength(before);
  });
});
