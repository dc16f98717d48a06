import { useTestDataSource } from '../../test/database';
import { DEMO_BODY, seedDemoData } from './demo-seed';

describe('the demo seed', () => {
  const db = useTestDataSource();

  it('gives the demo events slots in Berlin time, the demo body, languages and deadlines, once', async () => {
    const now = new Date('2026-11-23T12:00:00Z');
    expect(await seedDemoData(db.dataSource, now)).toEqual(['demo-edition', 'demo-people', 'demo-event-slots']);
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
    const events = (await db.dataSource.query(
      `SELECT e.name, b.name AS body, e.languages, e.volunteer_deadline < e.starts_at AS deadline_first,
              (SELECT count(*)::int FROM slot s WHERE s.event_id = e.id) AS slots,
              e.starts_at = (SELECT min(starts_at) FROM slot s WHERE s.event_id = e.id) AS starts_with_slot
         FROM event e LEFT JOIN organizing_body b ON b.id = e.organizing_body_id ORDER BY e.starts_at`,
    )) as { name: string; body: string; slots: number; deadline_first: boolean; starts_with_slot: boolean }[];
    expect(events.map((event) => [event.name, event.slots])).toEqual([
      ['Nachtschicht Lübeck (Vorjahr)', 2],
      ['Nachtschicht Lübeck', 2],
      ['Social Hackathon Lübeck', 4],
    ]);
    expect(
      events.every((event) => event.body === DEMO_BODY.name && event.deadline_first && event.starts_with_slot),
    ).toBe(true);
  });
});
