import {
  CONSENT_TEXT_VERSION,
  canMoveChallenge,
  type ChallengeStatus,
  isSkillId,
  isSkillLevel,
  REGISTRATION_LIMITS,
} from '@skillshift/shared';
import { useTestDataSource } from '../../test/database';
import { DEMO_CHALLENGES, DEMO_NONPROFIT_CONTACT } from './demo-nonprofits';
import { DEMO_VOLUNTEER, DEMO_VOLUNTEERS, PERSONAS, demoEmail } from './demo-registrations';
import { DEMO_BODY, DEMO_ORGANIZER, eveningInWeeks, seedDemoData } from './demo-seed';
import { ImpactService } from '../impact/impact.service';

describe('the demo seed', () => {
  const db = useTestDataSource();

  it('gives the demo events slots in Berlin time, the demo body, languages and deadlines, once', async () => {
    const now = new Date('2026-11-23T12:00:00Z');
    expect(await seedDemoData(db.dataSource, now)).toEqual([
      'demo-edition',
      'demo-people',
      'demo-event-slots',
      'demo-registrations',
      'demo-after-event',
      'demo-recent-evening',
    ]);
    expect(await seedDemoData(db.dataSource, now)).toEqual([]);
    const slots = (await db.dataSource.query(
      `SELECT to_char(s.starts_at AT TIME ZONE 'Europe/Berlin', 'HH24:MI') AS "from",
              to_char(s.ends_at AT TIME ZONE 'Europe/Berlin', 'HH24:MI') AS "to", s.capacity
         FROM slot s JOIN event e ON e.id = s.event_id WHERE e.name = 'Nachtschicht Lübeck' ORDER BY s.starts_at`,
    )) as unknown[];
    expect(slots).toEqual([
      { from: '17:00', to: '19:30', capacity: 8 },
      { from: '19:45', to: '22:00', capacity: 6 },
    ]);
    // The hackathon's labels name the weekday each slot falls on (they said Saturday and Sunday whatever the date).
    const hackathon = (await db.dataSource.query(
      `SELECT s.label, trim(to_char(s.starts_at AT TIME ZONE 'Europe/Berlin', 'ID')) AS weekday
         FROM slot s JOIN event e ON e.id = s.event_id WHERE e.name = 'Social Hackathon Lübeck' ORDER BY s.starts_at`,
    )) as { label: string; weekday: string }[];
    const WEEKDAYS = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'];
    expect(hackathon.map((slot) => slot.label.replace(/^\S+ /, ''))).toEqual([
      'Vormittag',
      'Nachmittag',
      'Vormittag',
      'Abschluss',
    ]);
    for (const slot of hackathon) expect(slot.label.split(' ')[0]).toBe(WEEKDAYS[Number(slot.weekday) - 1]);
    const events = (await db.dataSource.query(
      `SELECT e.name, b.name AS body, e.languages, e.volunteer_deadline < e.starts_at AS deadline_first,
              (SELECT count(*)::int FROM slot s WHERE s.event_id = e.id) AS slots,
              e.starts_at = (SELECT min(starts_at) FROM slot s WHERE s.event_id = e.id) AS starts_with_slot
         FROM event e LEFT JOIN organizing_body b ON b.id = e.organizing_body_id ORDER BY e.starts_at`,
    )) as { name: string; body: string; slots: number; deadline_first: boolean; starts_with_slot: boolean }[];
    expect(events.map((event) => [event.name, event.slots])).toEqual([
      ['Nachtschicht Lübeck (Vorjahr)', 2],
      ['Nachtschicht Travemünde', 1],
      ['Nachtschicht Lübeck', 2],
      ['Social Hackathon Lübeck', 4],
    ]);
    expect(
      events.every((event) => event.body === DEMO_BODY.name && event.deadline_first && event.starts_with_slot),
    ).toBe(true);
  });
});

describe('the demo registrations', () => {
  const db = useTestDataSource();
  const now = new Date('2026-11-23T12:00:00Z');
  const query = async <T>(sql: string, params: unknown[] = []): Promise<T[]> =>
    (await db.dataSource.query(sql, params)) as T[];
  const NACHTSCHICHT = `(SELECT id FROM event WHERE name = 'Nachtschicht Lübeck' AND status = 'OPEN')`;
  const HACKATHON = `(SELECT id FROM event WHERE name = 'Social Hackathon Lübeck')`;
  let organizerId: string;

  beforeAll(async () => {
    expect(await seedDemoData(db.dataSource, now)).toContain('demo-registrations');
    [{ id: organizerId }] = await query<{ id: string }>(`SELECT id FROM person WHERE email = $1`, [
      DEMO_ORGANIZER.email,
    ]);
  });

  it('registers Lübeck nonprofits with their contacts, on the map only where they agreed', async () => {
    const nonprofits = await query<{
      name: string;
      city: string;
      district: string;
      publish_on_map: boolean;
      latitude: number | null;
      longitude: number | null;
      contacts: string[];
    }>(
      `SELECT n.name, n.city, n.district, n.publish_on_map, n.latitude, n.longitude,
              array_agg(p.email ORDER BY p.email) AS contacts
         FROM nonprofit n JOIN organizing_body b ON b.id = n.organizing_body_id
         JOIN nonprofit_contact c ON c.nonprofit_id = n.id JOIN person p ON p.id = c.person_id
        WHERE b.name = $1 GROUP BY n.id`,
      [DEMO_BODY.name],
    );
    expect(nonprofits.length).toBeGreaterThanOrEqual(12);
    expect(new Set(nonprofits.map((nonprofit) => nonprofit.district)).size).toBeGreaterThanOrEqual(8);
    for (const nonprofit of nonprofits) {
      expect(nonprofit.city).toBe('Lübeck');
      expect(nonprofit.contacts.length).toBeGreaterThanOrEqual(1);
      expect(nonprofit.contacts.length).toBeLessThanOrEqual(2);
      expect(nonprofit.contacts.every((email) => email.endsWith('@demo.skillshift.local'))).toBe(true);
      if (nonprofit.publish_on_map) {
        expect(nonprofit.latitude).toBeGreaterThan(53.8);
        expect(nonprofit.latitude).toBeLessThan(54);
        expect(nonprofit.longitude).toBeGreaterThan(10.55);
        expect(nonprofit.longitude).toBeLessThan(10.95);
      } else expect([nonprofit.latitude, nonprofit.longitude]).toEqual([null, null]);
    }
    expect(nonprofits.filter((nonprofit) => nonprofit.contacts.includes(DEMO_NONPROFIT_CONTACT.email))).toHaveLength(2);
    // One nonprofit turned off the invitations to next editions; the others are invited as before.
    // Its contact did so, after registering; who and when shows beside the setting.
    const notInvited = await query<{ name: string; by: string; late: boolean }>(
      `SELECT n.name, p.name AS by, n.invitations_changed_at > n.created_at AS late
         FROM nonprofit n LEFT JOIN person p ON p.id = n.invitations_changed_by_id
        WHERE NOT n.invite_to_next_editions ORDER BY n.name`,
    );
    expect(notInvited).toEqual([{ name: 'Katzenhilfe Lübeck e.V.', by: 'Petra Wulf', late: true }]);
    expect(
      await query(`SELECT 1 FROM nonprofit WHERE invite_to_next_editions AND invitations_changed_at IS NOT NULL`),
    ).toEqual([]);
    const contactsWithoutRole = await query(
      `SELECT c.person_id FROM nonprofit_contact c WHERE NOT EXISTS (
         SELECT 1 FROM role_assignment r WHERE r.person_id = c.person_id AND r.role = 'NONPROFIT_CONTACT')`,
    );
    expect(contactsWithoutRole).toEqual([]);
  });

  it('puts challenges in every status on the open Nachtschicht, within the registration limits', async () => {
    const challenges = await query<{
      status: ChallengeStatus;
      priority: number;
      problem: string;
      goal: string;
      beneficiaries: string;
      team_min: number;
      team_max: number;
      skills: unknown[];
      languages: string[];
      event_languages: string[];
      checklist: boolean[];
    }>(
      `SELECT c.*, e.languages AS event_languages,
              ARRAY[c.decision_maker_present, c.access_ready, c.fits_one_evening] AS checklist
         FROM challenge c JOIN event e ON e.id = c.event_id WHERE c.event_id = ${NACHTSCHICHT}`,
    );
    expect(challenges.length).toBeGreaterThanOrEqual(12);
    const count = (status: ChallengeStatus) => challenges.filter((challenge) => challenge.status === status).length;
    expect([count('DRAFT'), count('NEEDS_INFO'), count('REJECTED'), count('WITHDRAWN')]).toEqual([1, 2, 1, 1]);
    expect(count('ACCEPTED') + count('SUBMITTED')).toBeGreaterThan(challenges.length / 2);
    expect(challenges.filter((challenge) => challenge.priority > 1).length).toBeGreaterThanOrEqual(2);
    expect(challenges.some((challenge) => challenge.languages.some((code) => ['tr', 'ar', 'uk'].includes(code)))).toBe(
      true,
    );
    const { challengeTextMin, challengeTextMax, teamSizeMax, priorityMax, challengeSkillsMax } = REGISTRATION_LIMITS;
    for (const challenge of challenges) {
      for (const text of [challenge.problem, challenge.goal, challenge.beneficiaries]) {
        expect(text.length).toBeGreaterThanOrEqual(challengeTextMin);
        expect(text.length).toBeLessThanOrEqual(challengeTextMax);
      }
      expect(challenge.team_max).toBeLessThanOrEqual(teamSizeMax);
      expect(challenge.priority).toBeLessThanOrEqual(priorityMax);
      expect(challenge.skills.length).toBeGreaterThan(0);
      expect(challenge.skills.length).toBeLessThanOrEqual(challengeSkillsMax);
      // What the service asks of every save and, past the draft, of a submission.
      expect(challenge.languages.filter((code) => !challenge.event_languages.includes(code))).toEqual([]);
      if (challenge.status !== 'DRAFT') {
        expect(challenge.checklist).toEqual([true, true, true]);
        expect(challenge.languages.length).toBeGreaterThan(0);
      }
    }
  });

  it('registers varied volunteers for the Nachtschicht, some for the hackathon, with their consent', async () => {
    const volunteers = await query<{
      email: string | null;
      languages: string[];
      employer: string | null;
      max_assignments: number;
      slots: number;
      registered_by_id: string | null;
      hackathon: boolean;
    }>(
      `SELECT p.email, v.languages, v.employer, r.max_assignments, r.registered_by_id,
              (SELECT count(*)::int FROM volunteer_registration_slot s WHERE s.registration_id = r.id) AS slots,
              EXISTS (SELECT 1 FROM volunteer_registration h WHERE h.person_id = p.id AND h.event_id = ${HACKATHON})
                AS hackathon
         FROM volunteer_registration r JOIN person p ON p.id = r.person_id
         JOIN volunteer_profile v ON v.person_id = p.id
        WHERE r.event_id = ${NACHTSCHICHT} AND r.status = 'REGISTERED'`,
    );
    expect(volunteers.length).toBeGreaterThanOrEqual(40);
    expect(volunteers.filter((volunteer) => volunteer.hackathon).length).toBeGreaterThanOrEqual(8);
    expect(volunteers.find((volunteer) => volunteer.email === DEMO_VOLUNTEER.email)?.hackathon).toBe(true);
    expect(volunteers.every((volunteer) => volunteer.email?.endsWith('@demo.skillshift.local') ?? true)).toBe(true);
    // One came through a paper form at a help point, without an e-mail address.
    expect(volunteers.filter((volunteer) => volunteer.email === null)).toHaveLength(1);
    expect(volunteers.every((volunteer) => volunteer.languages.includes('de'))).toBe(true);
    expect(volunteers.filter((volunteer) => volunteer.languages.includes('en')).length).toBeGreaterThan(20);
    for (const code of ['tr', 'ar', 'uk', 'ru', 'pl'])
      expect(volunteers.some((volunteer) => volunteer.languages.includes(code))).toBe(true);
    expect(volunteers.some((volunteer) => volunteer.employer === null)).toBe(true);
    expect(new Set(volunteers.map((volunteer) => volunteer.slots))).toEqual(new Set([1, 2]));
    for (const volunteer of volunteers) {
      expect(volunteer.max_assignments).toBeGreaterThanOrEqual(1);
      expect(volunteer.max_assignments).toBeLessThanOrEqual(volunteer.slots);
    }
    expect(volunteers.some((volunteer) => volunteer.max_assignments === 2)).toBe(true);

    const consents = await query<{ method: string; recorded_by_id: string | null; text_version: string }>(
      `SELECT c.method, c.recorded_by_id, c.text_version FROM consent_record c
        WHERE c.purpose = 'VOLUNTEER_PROFILE'
          AND c.person_id IN (SELECT person_id FROM volunteer_registration WHERE event_id = ${NACHTSCHICHT})`,
    );
    expect(consents).toHaveLength(volunteers.length);
    expect(consents.every((consent) => consent.text_version === CONSENT_TEXT_VERSION)).toBe(true);
    const assisted = consents.filter((consent) => consent.method !== 'ONLINE');
    expect(assisted.map((consent) => consent.method).sort()).toEqual(['PAPER', 'PHONE']);
    expect(assisted.every((consent) => consent.recorded_by_id === organizerId)).toBe(true);
    expect(volunteers.filter((volunteer) => volunteer.registered_by_id === organizerId)).toHaveLength(2);
    const withoutRole = await query(
      `SELECT v.person_id FROM volunteer_profile v WHERE NOT EXISTS (
         SELECT 1 FROM role_assignment r WHERE r.person_id = v.person_id AND r.role = 'VOLUNTEER')`,
    );
    expect(withoutRole).toEqual([]);
  });

  it('uses only skill ids from the taxonomy, with levels 1 to 4', async () => {
    const seeded = await query<{ skill: string; level: number }>(
      `SELECT s->>'skill' AS skill, (s->>'level')::int AS level FROM challenge, jsonb_array_elements(skills) s
       UNION ALL
       SELECT s->>'skill', (s->>'level')::int FROM volunteer_profile, jsonb_array_elements(skills) s`,
    );
    const written = [
      ...DEMO_CHALLENGES.flatMap((challenge) => challenge.skills.map(([skill]) => skill)),
      ...Object.values(PERSONAS).flatMap((persona) => Object.keys(persona)),
    ];
    expect(seeded.length).toBeGreaterThan(100);
    expect([...seeded.map((need) => need.skill), ...written].filter((skill) => !isSkillId(skill))).toEqual([]);
    expect(seeded.filter((need) => !isSkillLevel(need.level))).toEqual([]);
  });

  it('keeps every challenge and registration within the slots of its own event', async () => {
    const foreign = await query(
      `SELECT cs.challenge_id AS id FROM challenge_slot cs JOIN challenge c ON c.id = cs.challenge_id
         JOIN slot s ON s.id = cs.slot_id WHERE s.event_id <> c.event_id
       UNION ALL
       SELECT rs.registration_id FROM volunteer_registration_slot rs
         JOIN volunteer_registration r ON r.id = rs.registration_id
         JOIN slot s ON s.id = rs.slot_id WHERE s.event_id <> r.event_id`,
    );
    expect(foreign).toEqual([]);
    const withoutSlots = await query(
      `SELECT c.id FROM challenge c WHERE c.status <> 'DRAFT'
          AND NOT EXISTS (SELECT 1 FROM challenge_slot cs WHERE cs.challenge_id = c.id)
       UNION ALL
       SELECT r.id FROM volunteer_registration r
        WHERE NOT EXISTS (SELECT 1 FROM volunteer_registration_slot rs WHERE rs.registration_id = r.id)`,
    );
    expect(withoutSlots).toEqual([]);
  });

  it('gives every challenge a status history that leads to its status, step by allowed step', async () => {
    const challenges = await query<{
      id: string;
      status: ChallengeStatus;
      submitted_at: Date | null;
      contacts: string[];
      history: {
        from: ChallengeStatus | null;
        to: ChallengeStatus;
        actor: string;
        message: string | null;
        at: string;
      }[];
    }>(
      `SELECT c.id, c.status, c.submitted_at,
              (SELECT array_agg(nc.person_id) FROM nonprofit_contact nc WHERE nc.nonprofit_id = c.nonprofit_id)
                AS contacts,
              (SELECT jsonb_agg(jsonb_build_object('from', h.from_status, 'to', h.to_status, 'actor', h.actor_id,
                                                   'message', h.message, 'at', h.created_at) ORDER BY h.created_at)
                 FROM challenge_status_change h WHERE h.challenge_id = c.id) AS history
         FROM challenge c`,
    );
    expect(challenges.length).toBeGreaterThanOrEqual(12);
    for (const challenge of challenges) {
      const [created, ...steps] = challenge.history;
      expect(created).toMatchObject({ from: null, to: 'DRAFT' });
      expect(challenge.contacts).toContain(created.actor);
      let status: ChallengeStatus = 'DRAFT';
      for (const step of steps) {
        const by = step.actor === organizerId ? 'ORGANIZER' : 'NONPROFIT';
        if (by === 'NONPROFIT') expect(challenge.contacts).toContain(step.actor);
        expect({ step, allowed: step.from === status && canMoveChallenge(status, step.to, by) }).toEqual({
          step,
          allowed: true,
        });
        if (step.to === 'NEEDS_INFO' || step.to === 'REJECTED') expect(step.message?.length).toBeGreaterThan(20);
        status = step.to;
      }
      expect(status).toBe(challenge.status);
      expect(challenge.history.every((step) => new Date(step.at) <= now)).toBe(true);
      expect(challenge.submitted_at === null).toBe(challenge.status === 'DRAFT');
    }
  });

  it('leaves the organizer short of accessibility, video and CiviCRM skills that accepted challenges require', async () => {
    const needs = await query<{ skill: string; level: number; slots: string[] }>(
      `SELECT s->>'skill' AS skill, (s->>'level')::int AS level,
              array(SELECT slot_id FROM challenge_slot cs WHERE cs.challenge_id = c.id) AS slots
         FROM challenge c, jsonb_array_elements(c.skills) s
        WHERE c.event_id = ${NACHTSCHICHT} AND c.status = 'ACCEPTED' AND (s->>'required')::boolean`,
    );
    const volunteers = await query<{ skills: { skill: string; level: number }[]; slots: string[] }>(
      `SELECT v.skills, array(SELECT slot_id FROM volunteer_registration_slot rs WHERE rs.registration_id = r.id) AS slots
         FROM volunteer_profile v JOIN volunteer_registration r ON r.person_id = v.person_id
        WHERE r.event_id = ${NACHTSCHICHT} AND r.status = 'REGISTERED'`,
    );
    // Per skill and level, as the supply/demand table: the challenges that require it, and the volunteers who cover
    // it (the skill or a more specific one, at that level or higher) in a slot where one of those challenges runs.
    const demand = new Map<string, { challenges: number; slots: Set<string> }>();
    for (const need of needs) {
      const key = `${need.skill}@${need.level}`;
      const row = demand.get(key) ?? { challenges: 0, slots: new Set<string>() };
      row.challenges++;
      need.slots.forEach((slot) => row.slots.add(slot));
      demand.set(key, row);
    }
    const covering = (key: string, slots: Set<string>) => {
      const [skill, level] = key.split('@');
      return volunteers.filter(
        (volunteer) =>
          volunteer.slots.some((slot) => slots.has(slot)) &&
          volunteer.skills.some(
            (offer) => (offer.skill === skill || offer.skill.startsWith(`${skill}.`)) && offer.level >= Number(level),
          ),
      ).length;
    };
    const short = [...demand].filter(([key, row]) => covering(key, row.slots) < row.challenges).map(([key]) => key);
    expect(short.sort()).toEqual(['accessibility.web@2', 'crm.civicrm@2', 'media.video-editing@2']);
    expect(demand.size).toBeGreaterThan(10);
    // Short, not absent: one volunteer can edit video and one knows accessible websites, where those challenges run.
    expect([covering('media.video-editing@2', demand.get('media.video-editing@2')!.slots)]).toEqual([1]);
  });

  it('runs once: seeding again adds nothing', async () => {
    const tables = [
      'person',
      'role_assignment',
      'consent_record',
      'nonprofit',
      'nonprofit_contact',
      'challenge',
      'challenge_slot',
      'challenge_status_change',
      'volunteer_profile',
      'volunteer_registration',
      'volunteer_registration_slot',
    ];
    const counts = async () =>
      query(tables.map((table) => `SELECT '${table}' AS "table", count(*)::int FROM ${table}`).join(' UNION ALL '));
    const before = await counts();
    expect(await seedDemoData(db.dataSource, new Date(now.getTime() + 86_400_000))).toEqual([]);
    expect(await counts()).toEqual(before);
  });

  it('puts the demo evenings on Thursdays outside the Christmas holidays', () => {
    const day = (now: string, weeks: number) => eveningInWeeks(new Date(now), weeks, 17, 5).start.toISOString();
    expect(day('2026-11-23T12:00:00Z', 3)).toBe('2026-12-17T17:00:00.000Z');
    // three weeks on is New Year's Eve, and the Thursday after it still in the holidays
    expect(day('2026-12-07T12:00:00Z', 3)).toBe('2027-01-07T17:00:00.000Z');
    expect(day('2026-12-07T12:00:00Z', 1)).toBe('2026-12-17T17:00:00.000Z');
    expect(day('2026-12-14T12:00:00Z', 2)).toBe('2027-01-07T17:00:00.000Z');
    expect(day('2026-12-07T12:00:00Z', 7)).toBe('2027-01-28T17:00:00.000Z');
  });

  it('derives demo addresses from names', () => {
    expect(demoEmail('Fatma Yıldız')).toBe('fatma.yildiz@demo.skillshift.local');
    expect(demoEmail('Elif Şahin')).toBe('elif.sahin@demo.skillshift.local');
    expect(demoEmail('Klaus-Dieter Rehder')).toBe('klaus.dieter.rehder@demo.skillshift.local');
    expect(demoEmail('Sebastian Voß')).toBe('sebastian.voss@demo.skillshift.local');
    expect(demoEmail(DEMO_VOLUNTEER.name)).toBe(DEMO_VOLUNTEER.email);
    expect(new Set(DEMO_VOLUNTEERS.map(([name]) => demoEmail(name))).size).toBe(DEMO_VOLUNTEERS.length);
  });
});

describe('the demo history of last year’s Nachtschicht', () => {
  const db = useTestDataSource();
  const now = new Date('2026-11-23T12:00:00Z');
  const query = async <T>(sql: string, params: unknown[] = []): Promise<T[]> =>
    (await db.dataSource.query(sql, params)) as T[];
  const LAST_YEAR = `(SELECT id FROM event WHERE name = 'Nachtschicht Lübeck (Vorjahr)')`;

  beforeAll(async () => {
    expect(await seedDemoData(db.dataSource, now)).toContain('demo-after-event');
  });

  it('gives the DONE edition accepted places, feedback, follow-ups in every state and three-month answers', async () => {
    const [counts] = await query<Record<string, number>>(
      `SELECT (SELECT count(*)::int FROM challenge WHERE event_id = ${LAST_YEAR}) AS challenges,
              (SELECT count(*)::int FROM proposal WHERE event_id = ${LAST_YEAR} AND status = 'ACCEPTED') AS accepted,
              (SELECT count(*)::int FROM volunteer_registration WHERE event_id = ${LAST_YEAR}) AS registered,
              (SELECT count(*)::int FROM proposal p WHERE event_id = ${LAST_YEAR} AND NOT EXISTS (
                 SELECT 1 FROM volunteer_registration r JOIN volunteer_registration_slot rs ON rs.registration_id = r.id
                  WHERE r.event_id = p.event_id AND r.person_id = p.volunteer_id AND rs.slot_id = p.slot_id)) AS unregistered,
              (SELECT count(*)::int FROM feedback_request WHERE event_id = ${LAST_YEAR} AND answered_at IS NOT NULL) AS answers,
              (SELECT count(*)::int FROM feedback_request WHERE event_id = ${LAST_YEAR} AND answered_at IS NULL) AS unanswered,
              (SELECT count(*)::int FROM still_in_use_check WHERE event_id = ${LAST_YEAR} AND answer IS NOT NULL) AS still,
              (SELECT count(DISTINCT status)::int FROM follow_up_task WHERE event_id = ${LAST_YEAR}) AS task_states,
              (SELECT count(*)::int FROM help_point) AS help_points`,
    );
    expect(counts).toEqual({
      challenges: 12,
      accepted: 24,
      // the 22 volunteers of its teams, the one who declined, and one who was not matched
      registered: 24,
      unregistered: 0,
      answers: expect.any(Number),
      unanswered: expect.any(Number),
      still: 8,
      task_states: 3,
      help_points: 3,
    });
    expect(counts.answers).toBeGreaterThan(20);
    expect(counts.unanswered).toBeGreaterThan(0);
    const referral = await query<{ help_point_id: string | null; help_point_name: string }>(
      `SELECT help_point_id, help_point_name FROM follow_up_task WHERE kind = 'REFERRAL' AND status = 'DONE'`,
    );
    expect(referral).toEqual([
      { help_point_id: expect.any(String), help_point_name: 'Kompetenzzentrum Barrierefreiheit' },
    ]);
  });

  it('makes the impact page show two editions with figures', async () => {
    const [{ id: bodyId }] = await query<{ id: string }>(`SELECT id FROM organizing_body WHERE name = $1`, [
      DEMO_BODY.name,
    ]);
    const service = new ImpactService(db.dataSource);
    const admin = { id: 'admin', name: 'Admin', email: 'a@x', locale: 'de', roles: [{ role: 'PLATFORM_ADMIN' }] };
    const report = await service.report(admin as never, bodyId);
    expect(report.hourlyRate).toBe(40);
    expect(report.editions.map((edition) => edition.eventName)).toEqual([
      'Nachtschicht Lübeck (Vorjahr)',
      'Nachtschicht Travemünde',
      'Nachtschicht Lübeck',
      'Social Hackathon Lübeck',
    ]);
    const [lastYear, recent, current] = report.editions;
    // the recent evening's feedback is coming in: two of its four volunteers answered, 4 hours each
    expect(recent).toMatchObject({ status: 'DONE', nonprofitsServed: 2, volunteers: 4, volunteerHours: 8 });
    expect(lastYear).toMatchObject({ status: 'DONE', nonprofitsApplied: 12, nonprofitsServed: 10, volunteers: 22 });
    expect(lastYear.challengesSolved).toBeGreaterThan(3);
    expect(lastYear.volunteerHours).toBeGreaterThan(40);
    expect(lastYear.estimatedValue).toBe(lastYear.volunteerHours * 40);
    expect(lastYear.followUpsOpen + lastYear.followUpsClosed).toBe(5);
    expect(current.returningNonprofits).toBeGreaterThan(3);
    const [lübeck] = await service.publicImpact();
    expect(lübeck.editions).toHaveLength(2);
    expect(lübeck.editions[0].nonprofitsServed).toEqual({ value: 10, fewerThanThree: false });
  });

  it('leaves the feedback of an evening twelve days ago open for the demo volunteer and the demo contact', async () => {
    const open = await query<{ email: string; role: string; title: string }>(
      `SELECT p.email, f.role, c.title FROM feedback_request f JOIN person p ON p.id = f.person_id
         JOIN challenge c ON c.id = f.challenge_id JOIN event e ON e.id = f.event_id
        WHERE e.name = 'Nachtschicht Travemünde' AND e.status = 'DONE' AND e.ends_at < $1
          AND f.answered_at IS NULL AND f.expires_at > $1 AND p.email = ANY($2)
        ORDER BY f.role, c.title`,
      [now, [DEMO_VOLUNTEER.email, DEMO_NONPROFIT_CONTACT.email]],
    );
    expect(open).toEqual([
      { email: DEMO_VOLUNTEER.email, role: 'VOLUNTEER', title: 'Ausgabetermine per SMS ankündigen' },
      { email: DEMO_NONPROFIT_CONTACT.email, role: 'NONPROFIT', title: 'Ausgabetermine per SMS ankündigen' },
      { email: DEMO_NONPROFIT_CONTACT.email, role: 'NONPROFIT', title: 'Videosprechstunde mit dem Hausarzt üben' },
    ]);
  });
});
