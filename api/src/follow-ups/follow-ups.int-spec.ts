import { finish, publishedEdition, type Edition } from '../../test/after-event';
import { gql, type TestApp, startTestApp } from '../../test/app';
import { createBody, createPerson, sessionCookieFor } from '../../test/people';
import { openFollowUpTasks } from './follow-up-requests';

const TASK_FIELDS = `id kind status dueDate notes requestNote helpTopic eventName nonprofitName challengeTitle ownerId
  ownerName helpPointId helpPointName referralSentAt closedAt suggestedHelpPoints { id name }`;
const TASKS = `query ($id: ID!, $status: FollowUpStatus) {
  followUpTasks(organizingBodyId: $id, status: $status) { tasks { ${TASK_FIELDS} } owners { id name } }
}`;
const UPDATE = `mutation ($id: ID!, $input: FollowUpTaskInput!) { updateFollowUpTask(id: $id, input: $input) { ${TASK_FIELDS} } }`;
const REFER = `mutation ($id: ID!, $point: ID!) { sendFollowUpReferral(id: $id, helpPointId: $point) { ${TASK_FIELDS} } }`;

describe('follow-up tasks', () => {
  let app: TestApp;
  let body: string;
  let organizerId: string;
  let secondOrganizerId: string;
  let organizer: string;
  let kielOrganizer: string;
  let volunteer: string;
  let edition: Edition;
  let referral: string;
  let mentorship: string;
  let tablets: string;
  let kielPoint: string;

  const helpPoint = async (bodyId: string, name: string, topics: string[]) =>
    (
      (await app.dataSource.query(
        `INSERT INTO help_point (organizing_body_id, name, street, postal_code, city, opening_hours, languages, topics)
         VALUES ($1, $2, 'Hundestraße 5', '23552', 'Lübeck', 'Mo–Fr 10–16 Uhr', '{de,tr}', $3::help_topic[]) RETURNING id`,
        [bodyId, name, topics],
      )) as { id: string }[]
    )[0].id;

  beforeAll(async () => {
    app = await startTestApp();
    body = await createBody(app.dataSource, 'Hansestadt Lübeck');
    const kiel = await createBody(app.dataSource, 'Kiel', 'Kiel');
    organizerId = await createPerson(
      app.dataSource,
      'orga@luebeck.example',
      [{ role: 'ORGANIZER', organizingBodyId: body }],
      'Olga Orga',
    );
    secondOrganizerId = await createPerson(
      app.dataSource,
      'zweite@luebeck.example',
      [{ role: 'ORGANIZER', organizingBodyId: body }],
      'Zoe Zweite',
    );
    organizer = await sessionCookieFor(app.dataSource, organizerId);
    kielOrganizer = await sessionCookieFor(
      app.dataSource,
      await createPerson(app.dataSource, 'orga@kiel.example', [{ role: 'ORGANIZER', organizingBodyId: kiel }]),
    );
    volunteer = await sessionCookieFor(
      app.dataSource,
      await createPerson(app.dataSource, 'v@example.org', [{ role: 'VOLUNTEER' }]),
    );
    edition = await publishedEdition(app, body, organizer, {
      name: 'Nachtschicht 2026',
      day: '2026-03-05',
      teams: [{ nonprofit: 'Tafel Lübeck', title: 'Schichtplan', volunteers: ['ada@example.org'] }],
    });
    await finish(app, organizer, edition.id);
    tablets = await helpPoint(body, 'Digitalcafé Stadtbibliothek', ['DEVICES', 'INTERNET_BASICS']);
    await helpPoint(body, 'Seniorenbüro', ['SAFETY_PRIVACY']);
    kielPoint = await helpPoint(kiel, 'Kieler Treff', ['DEVICES']);
    [referral, mentorship] = await app.dataSource.transaction((manager) =>
      openFollowUpTasks(
        manager,
        {
          organizingBodyId: body,
          eventId: edition.id,
          nonprofitId: edition.nonprofits['Tafel Lübeck'].id,
          challengeId: edition.challenges.Schichtplan,
          feedbackRequestId: null,
          kinds: ['REFERRAL', 'MENTORSHIP'],
          helpTopic: 'DEVICES',
          note: 'Tablets für die Ausgabe',
          requestedById: edition.nonprofits['Tafel Lübeck'].contactId,
        },
        new Date('2026-11-23T12:00:00Z'),
      ),
    );
  });
  afterAll(() => app.close());

  it('are listed for organizers of the body with owner, due date and the help points for the topic', async () => {
    const response = await gql(app, TASKS, { id: body }, organizer);
    expect(response.body.errors).toBeUndefined();
    const { tasks, owners } = response.body.data.followUpTasks;
    expect(owners).toEqual([
      { id: organizerId, name: 'Olga Orga' },
      { id: secondOrganizerId, name: 'Zoe Zweite' },
    ]);
    expect(tasks).toHaveLength(2);
    expect(tasks.find((task: { id: string }) => task.id === referral)).toMatchObject({
      kind: 'REFERRAL',
      status: 'OPEN',
      dueDate: '2026-12-07',
      ownerName: 'Olga Orga',
      nonprofitName: 'Tafel Lübeck',
      eventName: 'Nachtschicht 2026',
      challengeTitle: 'Schichtplan',
      requestNote: 'Tablets für die Ausgabe',
      suggestedHelpPoints: [{ id: tablets, name: 'Digitalcafé Stadtbibliothek' }],
    });
    for (const cookie of [kielOrganizer, volunteer, undefined]) {
      const refused = await gql(app, TASKS, { id: body }, cookie);
      expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(refused.body.errors[0].extensions.code);
    }
  });

  it('are changed by organizers of the body: owner, status, due date, notes; bad input names the fields', async () => {
    const bad = await gql(
      app,
      UPDATE,
      {
        id: mentorship,
        input: {
          status: 'IN_PROGRESS',
          dueDate: '2026-02-31',
          notes: 'x',
          ownerId: '00000000-0000-4000-8000-000000000000',
        },
      },
      organizer,
    );
    expect(bad.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(
      (bad.body.errors[0].extensions.fields as { path: string; message: string }[]).map((f) => [f.path, f.message]),
    ).toEqual([
      ['input.dueDate', 'Please enter a valid date.'],
      ['input.ownerId', 'The owner must be an organizer of this body.'],
    ]);
    const before = await app.dataSource.query(`SELECT status, notes FROM follow_up_task WHERE id = $1`, [mentorship]);
    expect(before).toEqual([{ status: 'OPEN', notes: '' }]);

    const input = { status: 'DONE', dueDate: '2038-01-15', notes: 'Mentorin gefunden', ownerId: secondOrganizerId };
    const refused = await gql(app, UPDATE, { id: mentorship, input }, kielOrganizer);
    expect(refused.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const updated = await gql(app, UPDATE, { id: mentorship, input }, organizer);
    expect(updated.body.errors).toBeUndefined();
    expect(updated.body.data.updateFollowUpTask).toMatchObject({
      status: 'DONE',
      dueDate: '2038-01-15',
      notes: 'Mentorin gefunden',
      ownerName: 'Zoe Zweite',
    });
    expect(updated.body.data.updateFollowUpTask.closedAt).not.toBeNull();
    const open = await gql(app, TASKS, { id: body, status: 'OPEN' }, organizer);
    expect(open.body.data.followUpTasks.tasks.map((task: { id: string }) => task.id)).toEqual([referral]);
  });

  it('send a referral mail naming the help point to the nonprofit, once, and close the task', async () => {
    const otherBody = await gql(app, REFER, { id: referral, point: kielPoint }, organizer);
    expect(otherBody.body.errors[0].extensions.fields[0]).toMatchObject({ path: 'helpPointId' });
    const notReferral = await gql(app, REFER, { id: mentorship, point: tablets }, organizer);
    expect(notReferral.body.errors[0].extensions.code).toBe('CONFLICT');

    const sent = await gql(app, REFER, { id: referral, point: tablets }, organizer);
    expect(sent.body.errors).toBeUndefined();
    expect(sent.body.data.sendFollowUpReferral).toMatchObject({
      status: 'DONE',
      helpPointId: tablets,
      helpPointName: 'Digitalcafé Stadtbibliothek',
    });
    const mails = (await app.dataSource.query(
      `SELECT to_address, subject, body_text FROM outbox_message WHERE template = 'followUpReferral'`,
    )) as { to_address: string; subject: string; body_text: string }[];
    expect(mails).toHaveLength(1);
    expect(mails[0].to_address).toBe(edition.nonprofits['Tafel Lübeck'].contactEmail);
    expect(mails[0].subject).toBe('Eine Anlaufstelle für Tafel Lübeck: Digitalcafé Stadtbibliothek');
    expect(mails[0].body_text).toContain('Adresse: Hundestraße 5, 23552 Lübeck');
    expect(mails[0].body_text).toContain('Öffnungszeiten: Mo–Fr 10–16 Uhr');
    // The topics in the web app's words (one source, in shared), apart by semicolons as a name holds commas.
    expect(mails[0].body_text).toContain(
      'Hilft bei: Geräte: Smartphone, Tablet und Computer einrichten; Erste Schritte im Internet',
    );
    // Languages by name in the reader's language, not as codes ("DE, TR").
    expect(mails[0].body_text).toContain('Sprachen: Deutsch, Türkisch');

    const again = await gql(app, REFER, { id: referral, point: tablets }, organizer);
    expect(again.body.errors[0].extensions.code).toBe('CONFLICT');
    expect(
      await app.dataSource.query(`SELECT count(*)::int AS n FROM outbox_message WHERE template = 'followUpReferral'`),
    ).toEqual([{ n: 1 }]);
  });
});
