import { type EventStatus } from '@skillshift/shared';
import { type EntityManager } from 'typeorm';
import { type EventVolunteer } from './event-volunteers.model';
import { type VolunteerEventSlot, type VolunteerRegistration } from './volunteer.model';
import { type VolunteerSkill as StoredSkill } from './volunteer-profile.entity';
import { type VolunteerRegistrationStatus } from './volunteer-registration.entity';
import { registrationWindow, WITHDRAWABLE_STATUSES } from './volunteer-rules';

/**
 * Builds what the API returns from rows, a fixed number of queries however many registrations there are: the
 * registrations with their events in one, all their slots in another.
 */
export async function slotsOfEvents(
  manager: EntityManager,
  eventIds: string[],
): Promise<Map<string, VolunteerEventSlot[]>> {
  const byEvent = new Map<string, VolunteerEventSlot[]>(eventIds.map((id) => [id, []]));
  if (eventIds.length === 0) return byEvent;
  const rows = (await manager.query(
    `SELECT id, event_id, starts_at, ends_at, label FROM slot WHERE event_id = ANY($1::uuid[])
      ORDER BY starts_at, ends_at, id`,
    [eventIds],
  )) as { id: string; event_id: string; starts_at: Date; ends_at: Date; label: string | null }[];
  for (const row of rows)
    byEvent.get(row.event_id)?.push({ id: row.id, startsAt: row.starts_at, endsAt: row.ends_at, label: row.label });
  return byEvent;
}

async function chosenSlots(manager: EntityManager, registrationIds: string[]): Promise<Map<string, Set<string>>> {
  const byRegistration = new Map<string, Set<string>>(registrationIds.map((id) => [id, new Set()]));
  if (registrationIds.length === 0) return byRegistration;
  const rows = (await manager.query(
    `SELECT registration_id, slot_id FROM volunteer_registration_slot WHERE registration_id = ANY($1::uuid[])`,
    [registrationIds],
  )) as { registration_id: string; slot_id: string }[];
  for (const row of rows) byRegistration.get(row.registration_id)?.add(row.slot_id);
  return byRegistration;
}

interface RegistrationRow {
  id: string;
  event_id: string;
  person_id: string;
  max_assignments: number;
  status: VolunteerRegistrationStatus;
  registered_by_id: string | null;
  created_at: Date;
  event_name: string;
  event_status: EventStatus;
  event_starts_at: Date;
  event_ends_at: Date;
  volunteer_deadline: Date | null;
}

/** A person's registrations (newest event first), or the ones with the given ids. */
export async function volunteerRegistrations(
  manager: EntityManager,
  where: { personId: string } | { ids: string[] },
  now = new Date(),
): Promise<VolunteerRegistration[]> {
  const byPerson = 'personId' in where;
  const rows = (await manager.query(
    `SELECT r.id, r.event_id, r.person_id, r.max_assignments, r.status, r.registered_by_id, r.created_at,
            e.name AS event_name, e.status AS event_status, e.starts_at AS event_starts_at, e.ends_at AS event_ends_at,
            e.volunteer_deadline
       FROM volunteer_registration r JOIN event e ON e.id = r.event_id
      WHERE ${byPerson ? 'r.person_id = $1' : 'r.id = ANY($1::uuid[])'}
      ORDER BY e.starts_at DESC, r.id`,
    [byPerson ? where.personId : where.ids],
  )) as RegistrationRow[];
  const eventSlots = await slotsOfEvents(manager, [...new Set(rows.map((row) => row.event_id))]);
  const chosen = await chosenSlots(
    manager,
    rows.map((row) => row.id),
  );
  return rows.map((row) => {
    const slots = eventSlots.get(row.event_id) ?? [];
    const picked = chosen.get(row.id) ?? new Set<string>();
    const event = { status: row.event_status, volunteerDeadline: row.volunteer_deadline };
    const registered = row.status === 'REGISTERED';
    return {
      id: row.id,
      eventId: row.event_id,
      eventName: row.event_name,
      eventStatus: row.event_status,
      eventStartsAt: row.event_starts_at,
      eventEndsAt: row.event_ends_at,
      volunteerDeadline: row.volunteer_deadline,
      status: row.status,
      maxAssignments: row.max_assignments,
      slots: slots.filter((slot) => picked.has(slot.id)),
      eventSlots: slots,
      changeable: registered && registrationWindow(event, 'VOLUNTEER', now) === 'OPEN',
      withdrawable: registered && WITHDRAWABLE_STATUSES.includes(row.event_status),
      assisted: row.registered_by_id !== null,
      registeredAt: row.created_at,
    };
  });
}

/** The volunteers of an event for its organizers, registered ones first, then by name; `ids` narrows to some. */
export async function eventVolunteers(
  manager: EntityManager,
  event: { id: string; organizingBodyId: string | null },
  ids?: string[],
): Promise<EventVolunteer[]> {
  const rows = (await manager.query(
    `SELECT r.id, r.person_id, r.max_assignments, r.status, r.registered_by_id, r.created_at,
            p.name, p.email, p.phone, v.employer, coalesce(v.skills, '[]'::jsonb) AS skills,
            coalesce(v.languages, '{}') AS languages, coalesce(v.formats::text[], '{}') AS formats,
            coalesce(v.causes::text[], '{}') AS causes
       FROM volunteer_registration r
       JOIN person p ON p.id = r.person_id
       LEFT JOIN volunteer_profile v ON v.person_id = r.person_id
      WHERE r.event_id = $1 AND ($2::uuid[] IS NULL OR r.id = ANY($2::uuid[]))
      ORDER BY r.status = 'WITHDRAWN', lower(p.name), r.id`,
    [event.id, ids ?? null],
  )) as {
    id: string;
    person_id: string;
    max_assignments: number;
    status: VolunteerRegistrationStatus;
    registered_by_id: string | null;
    created_at: Date;
    name: string;
    email: string | null;
    phone: string | null;
    employer: string | null;
    skills: StoredSkill[];
    languages: string[];
    formats: EventVolunteer['formats'];
    causes: EventVolunteer['causes'];
  }[];
  const slots = (await slotsOfEvents(manager, [event.id])).get(event.id) ?? [];
  const chosen = await chosenSlots(
    manager,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    registrationId: row.id,
    personId: row.person_id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    employer: row.employer,
    skills: row.skills,
    languages: row.languages,
    formats: row.formats,
    causes: row.causes,
    slots: slots.filter((slot) => chosen.get(row.id)?.has(slot.id)),
    maxAssignments: row.max_assignments,
    status: row.status,
    assisted: row.registered_by_id !== null,
    registeredAt: row.created_at,
    organizingBodyId: event.organizingBodyId,
  }));
}
