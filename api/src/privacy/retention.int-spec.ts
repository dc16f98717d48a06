import { startTestApp, type TestApp } from '../../test/app';
import { createBody, createPerson, sessionCookieFor } from '../../test/people';
import { countRows, createOpenEvent } from '../../test/volunteers';
import { runIfDue } from './job-scheduler';
import { RetentionService } from './retention.service';

const DAY = 24 * 60 * 60 * 1000;

describe('retention of contact data (controlled clock)', () => {
  let app: TestApp;
  let retention: RetentionService;
  let lübeck: string;
  const now = new Date();
  const monthsAgo = (months: number) => {
    const date = new Date(now);
    date.setUTCMonth(date.getUTCMonth() - months);
    return date;
  };

  /** A person whose every trace (account, registration) is `months` old. */
  async function inactive(
    email: string | null,
    months: number,
    locale = 'de',
    roles: Parameters<typeof createPerson>[2] = [],
  ) {
    const id = await createPerson(
      app.dataSource,
      email ?? `placeholder-${Math.random()}@example.org`,
      roles,
      `Person ${email}`,
    );
    await app.dataSource.query(`UPDATE person SET created_at = $2, locale = $3, email = $4 WHERE id = $1`, [
      id,
      monthsAgo(months),
      locale,
      email,
    ]);
    return id;
  }

  const erased = async (id: string) =>
    (await countRows(app.dataSource, 'person', 'id = $1 AND erased_at IS NOT NULL AND email IS NULL', [id])) === 1;
  const warningMails = async (email: string) =>
    (await app.dataSource.query(
      `SELECT subject, body_text, locale, expires_at FROM outbox_message WHERE to_address = $1 AND template = 'retentionWarning'`,
      [email],
    )) as { subject: string; body_text: string; locale: string; expires_at: Date }[];

  beforeAll(async () => {
    app = await startTestApp();
    retention = app.app.get(RetentionService);
    lübeck = await createBody(app.dataSource, 'Hansestadt Lübeck');
  });
  afterAll(() => app.close());

  it('warns 30 days ahead, keeps who comes back, and purges the rest', async () => {
    const organizerId = await createPerson(app.dataSource, 'olga@luebeck.example', [
      { role: 'ORGANIZER', organizingBodyId: lübeck },
    ]);
    const event = await createOpenEvent(app, await sessionCookieFor(app.dataSource, organizerId), lübeck);
    await app.dataSource.query(`UPDATE person SET created_at = $2 WHERE id = $1`, [organizerId, monthsAgo(30)]);

    const forgotten = await inactive('forgotten@example.org', 25, 'en');
    await app.dataSource.query(
      `INSERT INTO volunteer_registration (event_id, person_id, created_at) VALUES ($1, $2, $3)`,
      [event.id, forgotten, monthsAgo(25)],
    );
    const keeper = await inactive('keeper@example.org', 26);
    // Ten days into the warning period: inactive for 24 months less 20 days.
    const almost = await inactive('almost@example.org', 24);
    await app.dataSource.query(`UPDATE person SET created_at = created_at + interval '20 days' WHERE id = $1`, [
      almost,
    ]);
    const paper = await inactive(null, 25);
    const recent = await inactive('recent@example.org', 12);
    const registeredLately = await inactive('lately@example.org', 30);
    await app.dataSource.query(`INSERT INTO volunteer_registration (event_id, person_id) VALUES ($1, $2)`, [
      event.id,
      registeredLately,
    ]);

    expect(await retention.run(now)).toEqual({ warned: 3, purged: 1 });
    expect(await erased(paper)).toBe(true);
    for (const id of [forgotten, keeper, almost, recent, registeredLately, organizerId])
      expect(await erased(id)).toBe(false);
    const [mail] = await warningMails('forgotten@example.org');
    expect(mail).toMatchObject({ subject: 'Do you want to keep your SkillShift account?', locale: 'en' });
    expect(mail.expires_at.getTime()).toBe(now.getTime() + 30 * DAY);
    expect(mail.body_text).toContain('almost 24 months');
    expect((await warningMails('almost@example.org'))[0].subject).toBe('Möchten Sie Ihr SkillShift-Konto behalten?');
    expect(await warningMails('recent@example.org')).toEqual([]);
    expect(await warningMails('olga@luebeck.example')).toEqual([]);

    // A second run the same day sends nothing twice.
    expect(await retention.run(new Date(now.getTime() + DAY))).toEqual({ warned: 0, purged: 0 });

    // The keeper follows the link: GET only shows the button, the POST from that page keeps the account.
    const token = (await warningMails('keeper@example.org'))[0].body_text.match(
      /\/api\/account\/keep\?token=([^&\s]+)/,
    )![1];
    const page = await app.http.get(`/api/account/keep?token=${token}&lang=en`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Keep my account');
    expect(await countRows(app.dataSource, 'retention_warning', 'person_id = $1', [keeper])).toBe(1);
    const foreign = await app.http
      .post('/api/account/keep')
      .type('form')
      .send({ token: decodeURIComponent(token) });
    expect(foreign.status).toBe(403);
    const kept = await app.http
      .post('/api/account/keep')
      .set('origin', 'http://localhost:3000')
      .type('form')
      .send({ token: decodeURIComponent(token), lang: 'en' });
    expect(kept.status).toBe(200);
    expect(kept.text).toContain('Your account stays');
    expect(await countRows(app.dataSource, 'retention_warning', 'person_id = $1', [keeper])).toBe(0);
    const tampered = await app.http.get(`/api/account/keep?token=${token.slice(0, -2)}xx`);
    expect(tampered.status).toBe(410);

    // "Almost" signs in during the 30 days: that counts as activity too.
    const almostSession = await sessionCookieFor(app.dataSource, almost);
    expect(almostSession).toBeTruthy();
    await app.dataSource.query(`UPDATE session SET last_seen_at = $2 WHERE person_id = $1`, [
      almost,
      new Date(now.getTime() + 2 * DAY),
    ]);

    const later = new Date(now.getTime() + 31 * DAY);
    expect(await retention.run(later)).toEqual({ warned: 0, purged: 1 });
    expect(await erased(forgotten)).toBe(true);
    for (const id of [keeper, almost, recent, registeredLately, organizerId]) expect(await erased(id)).toBe(false);
    // The forgotten volunteer's registration still counts, without a name; the purge is in the body's audit log.
    expect(await countRows(app.dataSource, 'volunteer_registration', 'person_id = $1', [forgotten])).toBe(1);
    expect(
      await countRows(
        app.dataSource,
        'audit_log',
        `action = 'ACCOUNT_ERASED' AND subject_id = $1 AND actor_id IS NULL`,
        [String(forgotten)],
      ),
    ).toBe(1);
    expect(await countRows(app.dataSource, 'outbox_message', 'to_address = $1', ['forgotten@example.org'])).toBe(0);
  });

  it('runs once per interval however many processes ask at the same moment', async () => {
    let runs = 0;
    const job = async () => {
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 200));
      return { runs };
    };
    const outcomes = await Promise.all([1, 2, 3].map(() => runIfDue(app.dataSource, 'test-job', DAY, job, now)));
    expect(runs).toBe(1);
    expect(outcomes.filter((outcome) => outcome === 'ran')).toHaveLength(1);
    expect(await runIfDue(app.dataSource, 'test-job', DAY, job, new Date(now.getTime() + DAY / 2))).toBe('not-due');
    expect(await runIfDue(app.dataSource, 'test-job', DAY, job, new Date(now.getTime() + DAY))).toBe('ran');
    expect(runs).toBe(2);
  });
});
