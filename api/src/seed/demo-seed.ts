import { type DataSource, type EntityManager } from 'typeorm';
import { logger } from '../common/logging/logger';
import { EventEntity } from '../events/event.entity';
import { ensurePerson, grantRole } from '../people/organizers.service';
import { seedDemoAfterEvent } from './demo-after-event';
import { DEMO_BODY_NAME } from './demo-body';
import { seedDemoEventSlots } from './demo-event-slots';
import { seedDemoRecentEvening } from './demo-recent-evening';
import { seedDemoRegistrations } from './demo-registrations';
import { SeedMarkerEntity } from './seed-marker.entity';

/**
 * Demo data, in named steps. Each step runs once per database, in one transaction with its marker, so a crash half
 * way leaves nothing behind and the next start tries again. Later features append steps here.
 */
const STEPS: { name: string; run: (manager: EntityManager, now: Date) => Promise<void> }[] = [
  { name: 'demo-edition', run: seedDemoEdition },
  { name: 'demo-people', run: seedDemoPeople },
  { name: 'demo-event-slots', run: seedDemoEventSlots },
  { name: 'demo-registrations', run: seedDemoRegistrations },
  { name: 'demo-after-event', run: seedDemoAfterEvent },
  { name: 'demo-recent-evening', run: seedDemoRecentEvening },
];

export async function seedDemoData(dataSource: DataSource, now = new Date()): Promise<string[]> {
  const applied: string[] = [];
  for (const step of STEPS) {
    const ran = await dataSource.transaction(async (manager) => {
      // Two API processes starting together: the second waits here, then sees the marker.
      await manager.query('SELECT pg_advisory_xact_lock(814208)');
      if (await manager.existsBy(SeedMarkerEntity, { name: step.name })) return false;
      await step.run(manager, now);
      await manager.insert(SeedMarkerEntity, { name: step.name });
      return true;
    });
    if (ran) applied.push(step.name);
  }
  if (applied.length > 0) logger.info({ steps: applied }, 'demo data seeded');
  return applied;
}

/** A Lübeck edition: the next Nachtschicht (open for registration), a hackathon after it, and last year's evening. */
async function seedDemoEdition(manager: EntityManager, now: Date): Promise<void> {
  const nachtschicht = eveningInWeeks(now, 3, 17, 5);
  const hackathonStart = eveningInWeeks(now, 7, 8, 0);
  const lastYear = eveningInWeeks(now, -47, 17, 5);
  await manager.insert(EventEntity, [
    {
      name: 'Nachtschicht Lübeck',
      kind: 'NACHTSCHICHT',
      status: 'OPEN',
      description:
        'Ein Abend, an dem Digitalprofis kostenlos an den digitalen Herausforderungen Lübecker Vereine arbeiten.',
      city: 'Lübeck',
      venue: 'Kulturwerft Gollan, Einsiedelstraße 6, 23554 Lübeck',
      startsAt: nachtschicht.start,
      endsAt: nachtschicht.end,
    },
    {
      name: 'Social Hackathon Lübeck',
      kind: 'HACKATHON',
      status: 'OPEN',
      description: 'Zwei Tage, an denen Teams digitale Werkzeuge für soziale Initiativen bauen.',
      city: 'Lübeck',
      venue: 'Technikzentrum Lübeck, Seelandstraße 3, 23569 Lübeck',
      startsAt: hackathonStart.start,
      endsAt: new Date(hackathonStart.start.getTime() + 33 * 3600_000),
    },
    {
      name: 'Nachtschicht Lübeck (Vorjahr)',
      kind: 'NACHTSCHICHT',
      status: 'DONE',
      description: 'Die erste Nachtschicht: 14 Vereine, 41 Ehrenamtliche.',
      city: 'Lübeck',
      venue: 'Kulturwerft Gollan, Einsiedelstraße 6, 23554 Lübeck',
      startsAt: lastYear.start,
      endsAt: lastYear.end,
    },
  ]);
}

export const DEMO_BODY = { name: DEMO_BODY_NAME, city: 'Lübeck' };
export const DEMO_ORGANIZER = { email: 'organizer@demo.skillshift.local', name: 'Demo Organizer' };
export const DEMO_ADMIN = { email: 'admin@demo.skillshift.local', name: 'Demo Admin' };

/** The Lübeck organizing body with its demo organizer, and a platform admin; both sign in through the dev mailbox. */
async function seedDemoPeople(manager: EntityManager): Promise<void> {
  const [body] = (await manager.query(
    `INSERT INTO organizing_body (name, city) VALUES ($1, $2)
     ON CONFLICT (name) DO UPDATE SET city = EXCLUDED.city RETURNING id`,
    [DEMO_BODY.name, DEMO_BODY.city],
  )) as { id: string }[];
  const { person: organizer } = await ensurePerson(manager, DEMO_ORGANIZER);
  await grantRole(manager, organizer.id, 'ORGANIZER', body.id);
  const { person: admin } = await ensurePerson(manager, DEMO_ADMIN);
  await grantRole(manager, admin.id, 'PLATFORM_ADMIN');
}

/**
 * A Thursday `weeks` from now, starting at `hourUtc` and lasting `hours`; a week later each time it would fall in the
 * Christmas holidays (21 December to 6 January), when no association meets: seeded early in December, the demo's
 * evening was New Year's Eve.
 */
export function eveningInWeeks(now: Date, weeks: number, hourUtc: number, hours: number): { start: Date; end: Date } {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + weeks * 7, hourUtc));
  day.setUTCDate(day.getUTCDate() + ((4 - day.getUTCDay() + 7) % 7));
  while (inChristmasHolidays(day)) day.setUTCDate(day.getUTCDate() + 7);
  return { start: day, end: new Date(day.getTime() + hours * 3600_000) };
}

function inChristmasHolidays(day: Date): boolean {
  const [month, date] = [day.getUTCMonth(), day.getUTCDate()];
  return (month === 11 && date >= 21) || (month === 0 && date <= 6);
}
