import { parseInstance, solve } from '@skillshift/shared/matching';
import { useTestDataSource } from '../../test/database';
import { buildMatchingInstance, loadInstanceSource } from './instance-builder';

describe('the matching instance of an event, built from its rows', () => {
  const db = useTestDataSource();

  it('takes accepted challenges, registered volunteers, their slots and profiles, pins and exclusions', async () => {
    const q = <T>(sql: string, params: unknown[] = []) => db.dataSource.query(sql, params) as Promise<T[]>;
    const [body] = await q<{ id: string }>(`INSERT INTO organizing_body (name) VALUES ('Builder Body') RETURNING id`);
    const [event] = await q<{ id: string }>(
      `INSERT INTO event (name, kind, status, city, organizing_body_id, starts_at, ends_at)
       VALUES ('Nachtschicht', 'NACHTSCHICHT', 'MATCHING', 'Lübeck', $1, '2038-03-04T16:00Z', '2038-03-04T21:00Z')
       RETURNING id`,
      [body.id],
    );
    const [other] = await q<{ id: string }>(
      `INSERT INTO event (name, kind, status, city, organizing_body_id, starts_at, ends_at)
       VALUES ('Hackathon', 'HACKATHON', 'OPEN', 'Lübeck', $1, '2038-04-04T16:00Z', '2038-04-04T21:00Z') RETURNING id`,
      [body.id],
    );
    const slot = async (eventId: string, start: string, capacity: number) =>
      (
        await q<{ id: string }>(
          `INSERT INTO slot (event_id, starts_at, ends_at, capacity) VALUES ($1, $2, $2::timestamptz + interval '2 hours', $3)
           RETURNING id`,
          [eventId, start, capacity],
        )
      )[0].id;
    const s1 = await slot(event.id, '2038-03-04T16:00Z', 5);
    const s2 = await slot(event.id, '2038-03-04T18:30Z', 3);
    const foreign = await slot(other.id, '2038-04-04T16:00Z', 9);
    const [nonprofit] = await q<{ id: string }>(
      `INSERT INTO nonprofit (organizing_body_id, name, name_key, legal_form, causes)
       VALUES ($1, 'Tafel', 'tafel', 'EV', '{POVERTY,SENIORS}') RETURNING id`,
      [body.id],
    );
    const challenge = async (title: string, status: string, slots: string[]) => {
      const [row] = await q<{ id: string }>(
        `INSERT INTO challenge (event_id, nonprofit_id, title, skills, team_min, team_max, languages, format, status,
                                priority)
         VALUES ($1, $2, $3, '[{"skill": "web.cms.wordpress", "level": 2, "required": true}]', 2, 4, '{de}', 'HYBRID',
                 $4, 3) RETURNING id`,
        [event.id, nonprofit.id, title, status],
      );
      for (const id of slots)
        await q(`INSERT INTO challenge_slot (challenge_id, slot_id) VALUES ($1, $2)`, [row.id, id]);
      return row.id;
    };
    const accepted = await challenge('Website', 'ACCEPTED', [s2, s1]);
    const submitted = await challenge('Noch offen', 'SUBMITTED', [s1]);
    const volunteer = async (name: string, status: string, slots: string[], profile: boolean) => {
      const [person] = await q<{ id: string }>(`INSERT INTO person (email, name) VALUES ($1, $2) RETURNING id`, [
        `${name.toLowerCase()}@builder.example`,
        name,
      ]);
      if (profile)
        await q(
          `INSERT INTO volunteer_profile (person_id, skills, languages, formats, causes)
           VALUES ($1, '[{"skill": "web.cms.wordpress", "level": 3}]', '{de,en}', '{REMOTE,HYBRID}', '{SENIORS}')`,
          [person.id],
        );
      const [registration] = await q<{ id: string }>(
        `INSERT INTO volunteer_registration (event_id, person_id, max_assignments, status) VALUES ($1, $2, 2, $3)
         RETURNING id`,
        [event.id, person.id, status],
      );
      for (const id of slots)
        await q(`INSERT INTO volunteer_registration_slot (registration_id, slot_id) VALUES ($1, $2)`, [
          registration.id,
          id,
        ]);
      return person.id;
    };
    const ada = await volunteer('Ada', 'REGISTERED', [s1, foreign], true);
    const ben = await volunteer('Ben', 'REGISTERED', [s2], false);
    const gone = await volunteer('Gone', 'WITHDRAWN', [s1], true);
    await q(`INSERT INTO matching_pin (event_id, challenge_id, volunteer_id) VALUES ($1, $2, $3), ($1, $4, $3)`, [
      event.id,
      accepted,
      ada,
      submitted,
    ]);
    await q(`INSERT INTO matching_exclusion (event_id, challenge_id, volunteer_id) VALUES ($1, $2, $3), ($1, $2, $4)`, [
      event.id,
      accepted,
      ben,
      gone,
    ]);

    const { instance, droppedPins, droppedExclusions } = buildMatchingInstance(
      await loadInstanceSource(db.dataSource.manager, event.id),
    );
    expect(instance.slots).toEqual([
      { id: s1, capacity: 5 },
      { id: s2, capacity: 3 },
    ]);
    expect(instance.challenges).toEqual([
      {
        id: accepted,
        priority: 3,
        teamSize: { min: 2, max: 4 },
        slots: [s1, s2].sort(),
        languages: ['de'],
        format: 'hybrid',
        skills: [{ skill: 'web.cms.wordpress', minLevel: 2, required: true, weight: 1 }],
        causes: ['POVERTY', 'SENIORS'],
      },
    ]);
    expect(instance.volunteers).toEqual([
      {
        id: ada,
        slots: [s1],
        maxAssignments: 2,
        languages: ['de', 'en'],
        formats: ['remote', 'hybrid'],
        skills: [{ skill: 'web.cms.wordpress', level: 3 }],
        causes: ['SENIORS'],
      },
      // No profile: no skills or languages, any format.
      {
        id: ben,
        slots: [s2],
        maxAssignments: 2,
        languages: [],
        formats: ['onsite', 'remote', 'hybrid'],
        skills: [],
        causes: [],
      },
    ]);
    expect(instance.pins).toEqual([{ challenge: accepted, volunteer: ada }]);
    expect(instance.exclusions).toEqual([{ challenge: accepted, volunteer: ben }]);
    expect([droppedPins, droppedExclusions]).toEqual([1, 1]);
    // The engine takes it as it is. Ada is pinned, but a team of two needs Ben, who is excluded: the pins cannot hold.
    await expect(solve(parseInstance(JSON.parse(JSON.stringify(instance))))).rejects.toMatchObject({
      name: 'PinConflictError',
      rule: 'valid team',
    });
  });
});
