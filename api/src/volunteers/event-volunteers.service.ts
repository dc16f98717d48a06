import { Injectable } from '@nestjs/common';
import { CHALLENGE_STATUSES, type ChallengeStatus } from '@skillshift/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { type SignedInPerson } from '../auth/signed-in-person';
import { type ChallengeSkillNeed } from '../challenges/challenge.entity';
import { type EventVolunteer, type EventVolunteerOverview } from './event-volunteers.model';
import { supplyAndDemand } from './supply-demand';
import { findEventForOrganizer } from './volunteer-access';
import { type VolunteerSkill as StoredSkill } from './volunteer-profile.entity';
import { eventVolunteers, slotsOfEvents } from './volunteer-registration-views';

/**
 * The organizers' view of an event's volunteers before matching: who registered, how many can come to each slot,
 * and whether they cover what the accepted challenges need. Reads the challenge tables directly; only organizers of
 * the event's body and platform admins get here.
 */
@Injectable()
export class EventVolunteersService {
  constructor(private readonly dataSource: DataSource) {}

  async list(person: SignedInPerson | null, eventId: string): Promise<EventVolunteer[]> {
    const manager = this.dataSource.manager;
    const event = await findEventForOrganizer(manager, person, eventId, false);
    return eventVolunteers(manager, event);
  }

  async overview(person: SignedInPerson | null, eventId: string): Promise<EventVolunteerOverview> {
    // One snapshot: counts, slots and the table agree with each other even while people register.
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const event = await findEventForOrganizer(manager, person, eventId, false);
      const slots = (await slotsOfEvents(manager, [event.id])).get(event.id) ?? [];
      const challenges = await acceptedChallenges(manager, event.id);
      const volunteers = await registeredVolunteers(manager, event.id);
      const statusCounts = (await manager.query(
        `SELECT status, count(*)::int AS count FROM challenge WHERE event_id = $1 GROUP BY status`,
        [event.id],
      )) as { status: ChallengeStatus; count: number }[];
      const withdrawn = (await manager.query(
        `SELECT count(*)::int AS count FROM volunteer_registration WHERE event_id = $1 AND status = 'WITHDRAWN'`,
        [event.id],
      )) as { count: number }[];
      const capacities = (await manager.query(`SELECT id, capacity FROM slot WHERE event_id = $1`, [event.id])) as {
        id: string;
        capacity: number;
      }[];
      const count = (list: { slots: readonly string[] }[], slotId: string) =>
        list.filter((entry) => entry.slots.includes(slotId)).length;
      return {
        eventId: event.id,
        eventName: event.name,
        eventStatus: event.status,
        challengeCounts: CHALLENGE_STATUSES.map((status) => ({
          status,
          count: statusCounts.find((row) => row.status === status)?.count ?? 0,
        })),
        volunteerCount: volunteers.length,
        withdrawnCount: withdrawn[0].count,
        slots: slots.map((slot) => ({
          slotId: slot.id,
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
          label: slot.label,
          capacity: capacities.find((row) => row.id === slot.id)?.capacity ?? 0,
          volunteers: count(volunteers, slot.id),
          acceptedChallenges: count(challenges, slot.id),
        })),
        supplyDemand: supplyAndDemand(challenges, volunteers),
      };
    });
  }
}

async function acceptedChallenges(manager: EntityManager, eventId: string) {
  const rows = (await manager.query(
    `SELECT c.id, c.skills, coalesce(array_agg(cs.slot_id) FILTER (WHERE cs.slot_id IS NOT NULL), '{}') AS slots
       FROM challenge c LEFT JOIN challenge_slot cs ON cs.challenge_id = c.id
      WHERE c.event_id = $1 AND c.status = 'ACCEPTED'
      GROUP BY c.id`,
    [eventId],
  )) as { id: string; skills: ChallengeSkillNeed[]; slots: string[] }[];
  return rows.map((row) => ({ id: row.id, slots: row.slots, skills: row.skills }));
}

async function registeredVolunteers(manager: EntityManager, eventId: string) {
  const rows = (await manager.query(
    `SELECT r.id, coalesce(v.skills, '[]'::jsonb) AS skills,
            coalesce(array_agg(rs.slot_id) FILTER (WHERE rs.slot_id IS NOT NULL), '{}') AS slots
       FROM volunteer_registration r
       LEFT JOIN volunteer_profile v ON v.person_id = r.person_id
       LEFT JOIN volunteer_registration_slot rs ON rs.registration_id = r.id
      WHERE r.event_id = $1 AND r.status = 'REGISTERED'
      GROUP BY r.id, v.skills`,
    [eventId],
  )) as { id: string; skills: StoredSkill[]; slots: string[] }[];
  return rows.map((row) => ({ id: row.id, slots: row.slots, skills: row.skills }));
}
