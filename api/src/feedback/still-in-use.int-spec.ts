import { asHackathon, type Edition, finish, mailedLink, postForm, publishedEdition } from '../../test/after-event';
import { type TestApp, startTestApp } from '../../test/app';
import { createBody, createPerson, sessionCookieFor } from '../../test/people';
import { StillInUseService } from './still-in-use.service';

const DAY = 24 * 60 * 60 * 1000;
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

describe('the three-month question', () => {
  let app: TestApp;
  let edition: Edition;
  let service: StillInUseService;

  beforeAll(async () => {
    app = await startTestApp();
    const body = await createBody(app.dataSource, 'Hansestadt Lübeck');
    const organizer = await sessionCookieFor(
      app.dataSource,
      await createPerson(app.dataSource, 'orga@luebeck.example', [{ role: 'ORGANIZER', organizingBodyId: body }]),
    );
    edition = await publishedEdition(app, body, organizer, {
      name: 'Nachtschicht im Sommer',
      day: isoDay(-100),
      teams: [
        { nonprofit: 'Tafel Lübeck', title: 'Schichtplan', volunteers: ['ada@example.org'] },
        { nonprofit: 'Mieterverein', title: 'Mitgliederliste', volunteers: ['ben@example.org'] },
      ],
      unserved: [{ nonprofit: 'Sportverein', title: 'Website' }],
    });
    await finish(app, organizer, edition.id);
    service = app.app.get(StillInUseService);
  });
  afterAll(() => app.close());

  const asked = () =>
    app.dataSource.query(
      `SELECT to_address FROM outbox_message WHERE template = 'stillInUseQuestion' ORDER BY to_address`,
    ) as Promise<{ to_address: string }[]>;

  it('goes out three months after the event to the contacts of served nonprofits, once', async () => {
    expect(await service.run(new Date(Date.now() - 20 * DAY))).toEqual({ asked: 0 });
    expect(await asked()).toEqual([]);
    expect(await service.run()).toEqual({ asked: 2 });
    expect(await asked()).toEqual([
      { to_address: 'contact-mieterverein@nonprofit.example' },
      { to_address: 'contact-tafel-l-beck@nonprofit.example' },
    ]);
    expect(await service.run()).toEqual({ asked: 0 });
    expect(await asked()).toHaveLength(2);
  });

  it('is answered through the link once, and the answer is kept', async () => {
    const link = await mailedLink(app, 'contact-tafel-l-beck@nonprofit.example', 'still-in-use');
    const url = new URL(link, 'http://x');
    const before = await app.dataSource.query(`SELECT answer, answered_at FROM still_in_use_check ORDER BY id`);
    const page = await app.http.get(link);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Wird die Lösung vom Abend noch genutzt?');
    // After a hackathon (days, not an evening) the question speaks of the event.
    await asHackathon(app, edition.id, async () => {
      const hackathon = await app.http.get(link);
      expect(hackathon.text).toContain('Wird die Lösung aus der Veranstaltung noch genutzt?');
      expect(hackathon.text).not.toContain('Abend');
    });
    expect(await app.dataSource.query(`SELECT answer, answered_at FROM still_in_use_check ORDER BY id`)).toEqual(
      before,
    );

    const token = url.searchParams.get('token')!;
    const missing = await postForm(app, url.pathname, { token });
    expect(missing.status).toBe(400);
    expect(missing.text).toContain(
      '<a href="#answer-YES">Wird die Lösung vom Abend noch genutzt? Bitte wählen Sie eine Antwort.</a>',
    );
    expect(missing.text).toMatch(/<div class="summary" role="alert"[^>]* tabindex="-1" autofocus>/);

    const answered = await postForm(app, url.pathname, {
      token,
      answer: 'PARTLY',
      comment: 'Nur noch Renate nutzt es',
    });
    expect(answered.status).toBe(200);
    expect(answered.text).toContain('Ihre Antwort wurde gespeichert.');
    const again = await postForm(app, url.pathname, { token, answer: 'NO' });
    expect(again.text).toContain('Bereits beantwortet');
    expect(
      await app.dataSource.query(
        `SELECT s.answer, s.comment FROM still_in_use_check s JOIN person p ON p.id = s.person_id
          WHERE p.email = 'contact-tafel-l-beck@nonprofit.example'`,
      ),
    ).toEqual([{ answer: 'PARTLY', comment: 'Nur noch Renate nutzt es' }]);
  });
});
