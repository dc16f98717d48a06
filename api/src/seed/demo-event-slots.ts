import { type EntityManager } from 'typeorm';
import { fromWallClock } from '@skillshift/shared';
import { DEMO_BODY_NAME } from './demo-body';

const DAY = 86_400_000;

interface DemoSlot {
  /** Berlin wall-clock times on the event's first day; `day` counts further days. */
  from: string;
  to: string;
  capacity: number;
  /** The label, or what follows the slot's weekday in it ('Vormittag' → 'Donnerstag Vormittag'). */
  label: string;
  day?: number;
  withWeekday?: boolean;
}

const SLOTS: Record<string, { slots: DemoSlot[]; languages: string[] }> = {
  'Nachtschicht Lübeck': {
    languages: ['de', 'en'],
    slots: [
      { from: '17:00', to: '19:30', capacity: 8, label: 'Erste Runde' },
      { from: '19:45', to: '22:00', capacity: 6, label: 'Zweite Runde' },
    ],
  },
  'Social Hackathon Lübeck': {
    languages: ['de', 'en', 'tr'],
    slots: [
      // The event's days follow the seed's date, so the labels name the weekday the slot falls on.
      { from: '09:00', to: '13:00', capacity: 10, label: 'Vormittag', withWeekday: true },
      { from: '14:00', to: '19:00', capacity: 10, label: 'Nachmittag', withWeekday: true },
      { from: '09:00', to: '13:00', capacity: 8, label: 'Vormittag', day: 1, withWeekday: true },
      { from: '14:00', to: '17:00', capacity: 8, label: 'Abschluss', day: 1, withWeekday: true },
    ],
  },
  'Nachtschicht Lübeck (Vorjahr)': {
    languages: ['de'],
    slots: [
      { from: '17:00', to: '19:30', capacity: 8, label: 'Erste Runde' },
      { from: '19:45', to: '22:00', capacity: 7, label: 'Zweite Runde' },
    ],
  },
};

/**
 * Gives the demo events of the first step a body, slots, languages and deadlines (the columns came later). The
 * events' own start and end then follow from their slots, as for every event the service writes.
 */
export async function seedDemoEventSlots(manager: EntityManager): Promise<void> {
  const bodies = (await manager.query(`SELECT id FROM organizing_body WHERE name = $1`, [DEMO_BODY_NAME])) as {
    id: string;
  }[];
  const events = (await manager.query(`SELECT id, name, starts_at FROM event WHERE name = ANY($1)`, [
    Object.keys(SLOTS),
  ])) as { id: string; name: string; starts_at: Date }[];
  for (const event of events) {
    const plan = SLOTS[event.name];
    const day = berlinDay(new Date(event.starts_at));
    const slots = plan.slots.map((slot) => {
      const startsAt = atBerlin(day, slot.day ?? 0, slot.from);
      return {
        ...slot,
        startsAt,
        endsAt: atBerlin(day, slot.day ?? 0, slot.to),
        label: slot.withWeekday ? `${BERLIN_WEEKDAY.format(startsAt)} ${slot.label}` : slot.label,
      };
    });
    await manager.query(`DELETE FROM slot WHERE event_id = $1`, [event.id]);
    for (const slot of slots)
      await manager.query(
        `INSERT INTO slot (event_id, starts_at, ends_at, capacity, label) VALUES ($1, $2, $3, $4, $5)`,
        [event.id, slot.startsAt, slot.endsAt, slot.capacity, slot.label],
      );
    const first = slots[0].startsAt;
    await manager.query(
      `UPDATE event SET organizing_body_id = $2, languages = $3, starts_at = $4, ends_at = $5,
         nonprofit_deadline = $6, volunteer_deadline = $7 WHERE id = $1`,
      [
        event.id,
        bodies[0]?.id ?? null,
        plan.languages,
        first,
        slots[slots.length - 1].endsAt,
        // Nonprofits need time for curation before volunteers are matched, so their deadline comes first.
        new Date(first.getTime() - 14 * DAY),
        new Date(first.getTime() - 7 * DAY),
      ],
    );
  }
}

const BERLIN_WEEKDAY = new Intl.DateTimeFormat('de-DE', { weekday: 'long', timeZone: 'Europe/Berlin' });

/** The event's day as Berlin sees it. */
function berlinDay(date: Date): [number, number, number] {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' })
    .format(date)
    .split('-')
    .map(Number);
  return [year, month, day];
}

function atBerlin([year, month, day]: [number, number, number], plusDays: number, time: string): Date {
  const [hours, minutes] = time.split(':').map(Number);
  return fromWallClock(Date.UTC(year, month - 1, day + plusDays, hours, minutes));
}
