import { EVENT_TIME_ZONE, type UiLocale } from '@skillshift/shared';
import { type EntityManager } from 'typeorm';

/** The first name of a person as the board shows it (teams are introduced by first names only). */
export function firstNameOf(name: string | undefined | null): string {
  const first = (name ?? '').trim().split(/\s+/)[0];
  return first || '?';
}

export interface Names {
  /** challenge id → title */
  challenges: Map<string, string>;
  /** challenge id → nonprofit name */
  nonprofits: Map<string, string>;
  /** person id → full name (show firstNameOf) */
  people: Map<string, string>;
  /** the people without an e-mail address (no mail reaches them), in id order */
  withoutEmail: string[];
}

/** Titles and names for ids, in two statements however many ids. */
export async function namesOf(
  manager: EntityManager,
  challengeIds: readonly string[],
  personIds: readonly string[],
): Promise<Names> {
  const challenges = challengeIds.length
    ? ((await manager.query(
        `SELECT c.id, c.title, n.name AS nonprofit FROM challenge c JOIN nonprofit n ON n.id = c.nonprofit_id
          WHERE c.id = ANY($1::uuid[])`,
        [[...new Set(challengeIds)]],
      )) as { id: string; title: string; nonprofit: string }[])
    : [];
  const people = personIds.length
    ? ((await manager.query(
        `SELECT id, name, email IS NULL AS "withoutEmail" FROM person WHERE id = ANY($1::uuid[]) ORDER BY id`,
        [[...new Set(personIds)]],
      )) as { id: string; name: string; withoutEmail: boolean }[])
    : [];
  return {
    challenges: new Map(challenges.map((row) => [row.id, row.title])),
    nonprofits: new Map(challenges.map((row) => [row.id, row.nonprofit])),
    people: new Map(people.map((row) => [row.id, row.name])),
    withoutEmail: people.filter((row) => row.withoutEmail).map((row) => row.id),
  };
}

export interface SlotRow {
  id: string;
  label: string | null;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
}

export async function slotsOf(manager: EntityManager, eventId: string): Promise<SlotRow[]> {
  return (await manager.query(
    `SELECT id, label, starts_at AS "startsAt", ends_at AS "endsAt", capacity FROM slot
      WHERE event_id = $1 ORDER BY starts_at, id`,
    [eventId],
  )) as SlotRow[];
}

/** How a slot is named in messages: its label with its time, or the time alone (Berlin wall clock). */
export function slotName(slot: Pick<SlotRow, 'label' | 'startsAt' | 'endsAt'>, locale: UiLocale): string {
  const time = new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    timeZone: EVENT_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
  });
  const range = `${time.format(slot.startsAt)}–${time.format(slot.endsAt)}`;
  return slot.label ? `${slot.label} (${range})` : range;
}
