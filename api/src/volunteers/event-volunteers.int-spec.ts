import { startTestApp, gql, type TestApp } from '../../test/app';
import { createBody, createPerson, sessionCookieFor } from '../../test/people';
import {
  countRows,
  createChallenge,
  createOpenEvent,
  EVENT_VOLUNTEER_NAMES,
  EVENT_VOLUNTEERS,
  OVERVIEW,
  profileInput,
  REGISTER,
  WITHDRAW,
} from '../../test/volunteers';

describe('organizers see an event’s volunteers and whether they cover the accepted challenges', () => {
  let app: TestApp;
  let lübeck: string;
  let organizer: string;
  let event: { id: string; slots: { id: string }[] };
  let slotA: string;
  let slotB: string;
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp();
    lübeck = await createBody(app.dataSource, 'Hansestadt Lübeck');
    const kiel = await createBody(app.dataSource, 'Kiel');
    const person = (email: string, roles: Parameters<typeof createPerson>[2] = []) =>
      createPerson(app.dataSource, email, roles).then((id) => sessionCookieFor(app.dataSource, id));
    organizer = await person('orga@luebeck.example', [{ role: 'ORGANIZER', organizingBodyId: lübeck }]);
    cookies.otherBody = await person('orga@kiel.example', [{ role: 'ORGANIZER', organizingBodyId: kiel }]);
    cookies.admin = await person('admin@example.org', [{ role: 'PLATFORM_ADMIN' }]);
    cookies.contact = await person('contact@verein.example', [{ role: 'NONPROFIT_CONTACT' }]);
    event = await createOpenEvent(app, organizer, lübeck);
    [slotA, slotB] = event.slots.map((slot) => slot.id);
    const [nonprofit] = (await app.dataSource.query(
      `INSERT INTO nonprofit (organizing_body_id, name, name_key, legal_form) VALUES ($1, 'Tafel', 'tafel', 'EV')
       RETURNING id`,
      [lübeck],
    )) as { id: string }[];
    await app.dataSource.query(
      `INSERT INTO nonprofit_contact (nonprofit_id, person_id) SELECT $1, id FROM person WHERE email = $2`,
      [nonprofit.id, 'contact@verein.example'],
    );

    // The constructed data set of the supply/demand test: challenges in several statuses, volunteers in two slots.
    const challenge = (status: string, slotIds: string[], skills: [string, number, boolean][]) =>
      createChallenge(app.dataSource, {
        organizingBodyId: lübeck,
        eventId: event.id,
        status,
        slotIds,
        skills: skills.map(([skill, level, required]) => ({ skill, level, required })),
      });
    await challenge(
      'ACCEPTED',
      [slotA],
      [
        ['web.cms.wordpress', 2, true],
        ['security.gdpr', 3, true],
        ['social.instagram', 1, false],
      ],
    );
    await challenge(
      'ACCEPTED',
      [slotB],
      [
        ['web.cms.wordpress', 2, true],
        ['data.spreadsheets', 2, false],
      ],
    );
    await challenge(
      'ACCEPTED',
      [slotA, slotB],
      [
        ['security.gdpr', 3, true],
        ['social.instagram', 1, true],
        ['web.cms', 2, false],
      ],
    );
    await challenge('SUBMITTED', [slotA], [['design.figma', 3, true]]);
    await challenge('REJECTED', [slotB], [['social', 2, true]]);
    await challenge('DRAFT', [], [['ai', 1, true]]);

    const volunteer = async (key: string, slotIds: string[], skills: [string, number][]) => {
      cookies[key] = await person(`${key}@volunteer.example`);
      const response = await gql(
        app,
        REGISTER,
        {
          input: {
            eventId: event.id,
            slotIds,
            maxAssignments: 1,
            profile: profileInput({
              name: `Volunteer ${key}`,
              employer: `Employer of ${key}`,
              skills: skills.map(([skill, level]) => ({ skill, level })),
            }),
          },
        },
        cookies[key],
      );
      if (response.body.errors) throw new Error(JSON.stringify(response.body.errors));
      return response.body.data.registerForEvent.id as string;
    };
    await volunteer(
      'v1',
      [slotA],
      [
        ['web.cms.wordpress', 3],
        ['social.instagram', 2],
      ],
    );
    await volunteer(
      'v2',
      [slotA, slotB],
      [
        ['security.gdpr.privacy-policy', 3],
        ['data.spreadsheets.excel', 2],
      ],
    );
    await volunteer('v3', [slotB], [['web.cms.typo3', 4]]);
    const withdrawn = await volunteer('v4', [slotA, slotB], [['web.cms.wordpress', 4]]);
    await gql(app, WITHDRAW, { id: withdrawn }, cookies.v4);
    await volunteer('v5', [slotB], [['security.gdpr', 2]]);
    await volunteer('v6', [slotA], [['data.spreadsheets.pivot', 3]]);
  });
  afterAll(() => app.close());

  const codeOf = (response: { body: { errors?: { extensions: { code: string } }[] } }) =>
    response.body.errors?.[0].extensions.code;

  it('computes counts and the supply/demand table from accepted challenges and registered volunteers', async () => {
    const response = await gql(app, OVERVIEW, { eventId: event.id }, organizer);
    expect(response.body.errors).toBeUndefined();
    const overview = response.body.data.eventVolunteerOverview;
    expect(overview).toMatchObject({ eventId: event.id, eventStatus: 'OPEN', volunteerCount: 5, withdrawnCount: 1 });
    expect(overview.challengeCounts).toEqual([
      { status: 'DRAFT', count: 1 },
      { status: 'SUBMITTED', count: 1 },
      { status: 'NEEDS_INFO', count: 0 },
      { status: 'ACCEPTED', count: 3 },
      { status: 'REJECTED', count: 1 },
      { status: 'WITHDRAWN', count: 0 },
    ]);
    expect(overview.slots).toEqual([
      { slotId: slotA, label: 'Erste Runde', capacity: 8, volunteers: 3, acceptedChallenges: 2 },
      { slotId: slotB, label: null, capacity: 6, volunteers: 3, acceptedChallenges: 2 },
    ]);
    const row = (
      skill: string,
      minLevel: number,
      [requiredBy, wishedBy, covering, coveringInSharedSlots]: number[],
      status: string,
      missing: number,
    ) => ({ skill, minLevel, requiredBy, wishedBy, covering, coveringInSharedSlots, status, missing });
    expect(overview.supplyDemand).toEqual([
      // v2's privacy-policy skill covers GDPR; v5's GDPR level 2 is below the asked 3.
      row('security.gdpr', 3, [2, 0, 1, 1], 'SHORTAGE', 1),
      // v4 would cover it but withdrew; v3's TYPO3 is no WordPress.
      row('web.cms.wordpress', 2, [2, 0, 1, 1], 'SHORTAGE', 1),
      row('social.instagram', 1, [1, 1, 1, 1], 'TIGHT', 1),
      // v6 covers it but comes only to slot A, where the challenge that wants it cannot run.
      row('data.spreadsheets', 2, [0, 1, 2, 1], 'OK', 0),
      row('web.cms', 2, [0, 1, 2, 2], 'OK', 0),
    ]);
  });

  it('lists the volunteers with their personal fields for organizers of the body and admins', async () => {
    const response = await gql(app, EVENT_VOLUNTEERS, { eventId: event.id }, organizer);
    expect(response.body.errors).toBeUndefined();
    const volunteers = response.body.data.eventVolunteers as { name: string; status: string }[];
    expect(volunteers.map((volunteer) => [volunteer.name, volunteer.status])).toEqual([
      ['Volunteer v1', 'REGISTERED'],
      ['Volunteer v2', 'REGISTERED'],
      ['Volunteer v3', 'REGISTERED'],
      ['Volunteer v5', 'REGISTERED'],
      ['Volunteer v6', 'REGISTERED'],
      ['Volunteer v4', 'WITHDRAWN'],
    ]);
    expect(volunteers[1]).toMatchObject({
      email: 'v2@volunteer.example',
      phone: '+49 451 1234567',
      employer: 'Employer of v2',
      skills: [
        { skill: 'security.gdpr.privacy-policy', level: 3 },
        { skill: 'data.spreadsheets.excel', level: 2 },
      ],
      languages: ['de', 'en'],
      formats: ['ONSITE', 'HYBRID'],
      slots: [{ id: slotA }, { id: slotB }],
      maxAssignments: 1,
      assisted: false,
    });
    const admin = await gql(app, EVENT_VOLUNTEERS, { eventId: event.id }, cookies.admin);
    expect(admin.body.data.eventVolunteers[0].email).toBe('v1@volunteer.example');
    expect((await gql(app, OVERVIEW, { eventId: event.id }, cookies.admin)).body.errors).toBeUndefined();
  });

  it('hides the volunteers, and so their personal fields, from everyone else', async () => {
    for (const [who, cookie, code] of [
      ['another volunteer', cookies.v1, 'FORBIDDEN'],
      ['a nonprofit contact', cookies.contact, 'FORBIDDEN'],
      ['an organizer of another body', cookies.otherBody, 'FORBIDDEN'],
      ['anonymous', undefined, 'UNAUTHENTICATED'],
    ] as const) {
      for (const query of [EVENT_VOLUNTEERS, EVENT_VOLUNTEER_NAMES, OVERVIEW]) {
        const response = await gql(app, query, { eventId: event.id }, cookie);
        expect({ who, code: codeOf(response), data: response.body.data }).toEqual({ who, code, data: null });
      }
    }
  });

  it('answers unknown events with NOT_FOUND for organizers', async () => {
    const unknown = await gql(app, OVERVIEW, { eventId: '00000000-0000-4000-8000-000000000000' }, organizer);
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    expect(codeOf(await gql(app, EVENT_VOLUNTEERS, { eventId: 'not-an-id' }, organizer))).toBe('NOT_FOUND');
  });

  it('counts only registered volunteers, and reflects a withdrawal at once', async () => {
    const before = (await gql(app, OVERVIEW, { eventId: event.id }, organizer)).body.data.eventVolunteerOverview;
    const [v6] = (await app.dataSource.query(
      `SELECT r.id FROM volunteer_registration r JOIN person p ON p.id = r.person_id WHERE p.email = $1`,
      ['v6@volunteer.example'],
    )) as { id: string }[];
    await gql(app, WITHDRAW, { id: v6.id }, cookies.v6);
    const after = (await gql(app, OVERVIEW, { eventId: event.id }, organizer)).body.data.eventVolunteerOverview;
    expect([before.volunteerCount, after.volunteerCount]).toEqual([5, 4]);
    expect(after.withdrawnCount).toBe(2);
    expect(after.slots[0].volunteers).toBe(2);
    expect(after.supplyDemand.find((entry: { skill: string }) => entry.skill === 'data.spreadsheets')).toMatchObject({
      covering: 1,
      coveringInSharedSlots: 1,
    });
    expect(await countRows(app.dataSource, 'volunteer_registration', `status = 'WITHDRAWN'`)).toBe(2);
  });
});
