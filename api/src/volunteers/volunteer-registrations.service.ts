import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type SignedInPerson } from '../auth/signed-in-person';
import { conflict, type FieldProblem, invalidInput, unauthenticated } from '../common/errors/domain-error';
import { type EventRegistrationInput, type VolunteerRegistrationChangeInput } from './dto/volunteer-registration.input';
import { type VolunteerEventOptions, type VolunteerRegistration } from './volunteer.model';
import {
  actorOn,
  assertRegistrationWindow,
  findEvent,
  findPublicEvent,
  findRegistration,
  organizingBodyName,
} from './volunteer-access';
import { VolunteerMailer } from './volunteer-mailer';
import { hasProfile, lockPerson, writeProfile } from './volunteer-profile-store';
import { slotsOfEvents, volunteerRegistrations } from './volunteer-registration-views';
import { registrationWindow, profileProblems, slotChoiceProblems, WITHDRAWABLE_STATUSES } from './volunteer-rules';

/**
 * Volunteers' registrations for events: register (with the profile in the same step), change slots and limit,
 * withdraw. Each change is one transaction that holds the event's row with a share lock, so a registration never
 * slips past an event that is closing at the same moment, and a failed change leaves nothing behind.
 */
@Injectable()
export class VolunteerRegistrationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: VolunteerMailer,
  ) {}

  /** What the registration form shows of a public event, with the person's own registration if they have one. */
  async eventOptions(person: SignedInPerson | null, eventId: string): Promise<VolunteerEventOptions> {
    const manager = this.dataSource.manager;
    const event = await findPublicEvent(manager, eventId, false);
    const slots = (await slotsOfEvents(manager, [event.id])).get(event.id) ?? [];
    const mine = person ? await this.registrationOf(manager, person.id, event.id, false) : null;
    return {
      id: event.id,
      name: event.name,
      status: event.status,
      languages: event.languages,
      organizingBodyName: await organizingBodyName(manager, event),
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      volunteerDeadline: event.volunteerDeadline,
      slots,
      registrationOpen: registrationWindow(event, 'VOLUNTEER', new Date()) === 'OPEN',
      myRegistration: mine ? (await volunteerRegistrations(manager, { ids: [mine.id] }))[0] : null,
    };
  }

  async mine(person: SignedInPerson | null): Promise<VolunteerRegistration[]> {
    if (!person) throw unauthenticated();
    return volunteerRegistrations(this.dataSource.manager, { personId: person.id });
  }

  /**
   * Registers the signed-in person. With `input.profile` their profile is saved in the same transaction (the first
   * save needs consent); without it, they must have one already. A second registration for the same event is a
   * conflict: it is changed with `update`. A withdrawn one comes back to life with the new choice.
   */
  async register(person: SignedInPerson | null, input: EventRegistrationInput): Promise<VolunteerRegistration> {
    if (!person) throw unauthenticated();
    return this.dataSource.transaction(async (manager) => {
      const self = await lockPerson(manager, person.id);
      const event = await findPublicEvent(manager, input.eventId, true);
      assertRegistrationWindow(event, 'VOLUNTEER');
      const existing = await this.registrationOf(manager, person.id, event.id, true);
      if (existing?.status === 'REGISTERED') throw conflict('volunteers.errors.alreadyRegistered');

      const problems: FieldProblem[] = [];
      const profileExists = await hasProfile(manager, person.id);
      if (input.profile) problems.push(...profileProblems(input.profile, 'input.profile', !profileExists));
      else if (!profileExists)
        problems.push({ path: 'input.profile', messageKey: 'volunteers.validation.profileRequired' });
      const eventSlots = (await slotsOfEvents(manager, [event.id])).get(event.id) ?? [];
      problems.push(...slotChoiceProblems(input, new Set(eventSlots.map((slot) => slot.id))));
      if (problems.length > 0) throw invalidInput(problems);

      if (input.profile)
        await writeProfile(manager, person.id, input.profile, { method: 'ONLINE', recordedById: null });
      const id = existing
        ? await this.revive(manager, existing.id, input)
        : await insertRegistration(manager, {
            eventId: event.id,
            personId: person.id,
            registeredById: null,
            slotIds: input.slotIds,
            maxAssignments: input.maxAssignments,
          });
      const chosen = new Set(input.slotIds);
      await this.mailer.registrationConfirmed(
        manager,
        { ...self, name: input.profile?.name ?? self.name },
        event,
        eventSlots.filter((slot) => chosen.has(slot.id)),
        input.maxAssignments,
      );
      return (await volunteerRegistrations(manager, { ids: [id] }))[0];
    });
  }

  /** New slots and limit; the volunteer until the deadline, organizers of the body until teams are formed. */
  async update(
    person: SignedInPerson | null,
    id: string,
    input: VolunteerRegistrationChangeInput,
  ): Promise<VolunteerRegistration> {
    if (!person) throw unauthenticated();
    return this.dataSource.transaction(async (manager) => {
      const registration = await findRegistration(manager, id, true);
      const event = await findEvent(manager, registration.eventId, true);
      const actor = actorOn(person, registration, event);
      if (registration.status === 'WITHDRAWN') throw conflict('volunteers.errors.withdrawn');
      assertRegistrationWindow(event, actor);
      const eventSlots = (await slotsOfEvents(manager, [event.id])).get(event.id) ?? [];
      const problems = slotChoiceProblems(input, new Set(eventSlots.map((slot) => slot.id)));
      if (problems.length > 0) throw invalidInput(problems);
      await manager.query(`UPDATE volunteer_registration SET max_assignments = $2, updated_at = now() WHERE id = $1`, [
        id,
        input.maxAssignments,
      ]);
      await replaceSlots(manager, id, input.slotIds);
      return (await volunteerRegistrations(manager, { ids: [id] }))[0];
    });
  }

  /** Until teams are published; withdrawing twice changes nothing. */
  async withdraw(person: SignedInPerson | null, id: string): Promise<VolunteerRegistration> {
    if (!person) throw unauthenticated();
    return this.dataSource.transaction(async (manager) => {
      const registration = await findRegistration(manager, id, true);
      const event = await findEvent(manager, registration.eventId, true);
      actorOn(person, registration, event);
      if (registration.status === 'REGISTERED') {
        if (!WITHDRAWABLE_STATUSES.includes(event.status)) throw conflict('volunteers.errors.withdrawClosed');
        await manager.query(
          `UPDATE volunteer_registration SET status = 'WITHDRAWN', updated_at = now() WHERE id = $1`,
          [id],
        );
      }
      return (await volunteerRegistrations(manager, { ids: [id] }))[0];
    });
  }

  private async registrationOf(manager: EntityManager, personId: string, eventId: string, lock: boolean) {
    const rows = (await manager.query(
      `SELECT id, status FROM volunteer_registration WHERE person_id = $1 AND event_id = $2${lock ? ' FOR UPDATE' : ''}`,
      [personId, eventId],
    )) as { id: string; status: 'REGISTERED' | 'WITHDRAWN' }[];
    return rows[0] ?? null;
  }

  private async revive(manager: EntityManager, id: string, input: VolunteerRegistrationChangeInput) {
    await manager.query(
      `UPDATE volunteer_registration SET status = 'REGISTERED', max_assignments = $2, updated_at = now() WHERE id = $1`,
      [id, input.maxAssignments],
    );
    await replaceSlots(manager, id, input.slotIds);
    return id;
  }
}

/**
 * A new registration. The unique index on (event, person) is the last word when two requests race past the check
 * above: the loser gets the same conflict as a second registration.
 */
export async function insertRegistration(
  manager: EntityManager,
  registration: {
    eventId: string;
    personId: string;
    registeredById: string | null;
    slotIds: string[];
    maxAssignments: number;
  },
): Promise<string> {
  const rows = (await manager.query(
    `INSERT INTO volunteer_registration (event_id, person_id, max_assignments, registered_by_id)
     VALUES ($1, $2, $3, $4) ON CONFLICT (event_id, person_id) DO NOTHING RETURNING id`,
    [registration.eventId, registration.personId, registration.maxAssignments, registration.registeredById],
  )) as { id: string }[];
  if (!rows[0]) throw conflict('volunteers.errors.alreadyRegistered');
  await replaceSlots(manager, rows[0].id, registration.slotIds);
  return rows[0].id;
}

async function replaceSlots(manager: EntityManager, registrationId: string, slotIds: string[]): Promise<void> {
  await manager.query(`DELETE FROM volunteer_registration_slot WHERE registration_id = $1`, [registrationId]);
  await manager.query(
    `INSERT INTO volunteer_registration_slot (registration_id, slot_id) SELECT $1, unnest($2::uuid[])
     ON CONFLICT DO NOTHING`,
    [registrationId, [...new Set(slotIds)]],
  );
}
