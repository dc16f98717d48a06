import { Injectable } from '@nestjs/common';
import { toUiLocale } from '@skillshift/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { normalizeEmail } from '../auth/email-address';
import { type SignedInPerson } from '../auth/signed-in-person';
import { type FieldProblem, invalidInput } from '../common/errors/domain-error';
import { besidesFormatProblems, formatProblems } from '../common/errors/validation';
import { type VolunteerIntakeInput } from './dto/volunteer-registration.input';
import { type VolunteerIntakeResult } from './event-volunteers.model';
import { assertRegistrationWindow, findEventForOrganizer, organizingBodyName } from './volunteer-access';
import { VolunteerMailer } from './volunteer-mailer';
import { writeProfile } from './volunteer-profile-store';
import { eventVolunteers, slotsOfEvents } from './volunteer-registration-views';
import { insertRegistration } from './volunteer-registrations.service';
import { slotChoiceProblems, volunteerIntakeProblems } from './volunteer-rules';

/**
 * Assisted intake: an organizer registers someone who does not go online (a phone call, a paper form at a help point)
 * and records how they consented. A person with an address gets a mail to review their data.
 *
 * An address that already belongs to an account is refused: that person manages their data themselves, and an
 * organizer must not change a profile (or the name) someone keeps on their own. They register themselves instead, or,
 * where they cannot, the organizer enters them without the address (by phone number), as a person of their own.
 */
@Injectable()
export class VolunteerIntakeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: VolunteerMailer,
  ) {}

  async intake(organizer: SignedInPerson | null, input: VolunteerIntakeInput): Promise<VolunteerIntakeResult> {
    return this.dataSource.transaction(async (manager) => {
      const event = await findEventForOrganizer(manager, organizer, input.eventId, true);
      assertRegistrationWindow(event, 'ORGANIZER');
      const eventSlots = (await slotsOfEvents(manager, [event.id])).get(event.id) ?? [];
      const email = input.email ? normalizeEmail(input.email) : null;

      // One refusal names every problem: the fields' format (class-validator, left to this service by the pipe), the
      // intake's own rules, the slots, and an address that already has an account (else the organizer would learn of
      // it only after correcting all the rest). A field is named once, with the first of these messages.
      const format = formatProblems(input);
      const rules = [
        ...volunteerIntakeProblems(input),
        ...slotChoiceProblems(input, new Set(eventSlots.map((slot) => slot.id))),
      ];
      const taken: FieldProblem[] =
        email && (await hasAccount(manager, email))
          ? [{ path: 'input.email', messageKey: 'volunteers.validation.emailTaken' }]
          : [];
      const named = [...format, ...besidesFormatProblems(format, rules)];
      const problems = [...named, ...besidesFormatProblems(named, taken)];
      if (problems.length > 0) throw invalidInput(problems);

      const locale = toUiLocale(input.locale);
      const created = (await manager.query(
        `INSERT INTO person (email, name, locale) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING
         RETURNING id, email, name, locale`,
        [email, input.profile.name, locale],
      )) as { id: string; email: string | null; name: string; locale: string }[];
      const person = created[0];
      // (an account made for the address since the check above)
      if (!person) throw invalidInput([{ path: 'input.email', messageKey: 'volunteers.validation.emailTaken' }]);

      await writeProfile(manager, person.id, input.profile, {
        method: input.consentMethod,
        recordedById: organizer!.id,
      });
      const registrationId = await insertRegistration(manager, {
        eventId: event.id,
        personId: person.id,
        registeredById: organizer!.id,
        slotIds: input.slotIds,
        maxAssignments: input.maxAssignments,
      });
      const reviewMailSent = await this.mailer.intakeReview(
        manager,
        person,
        event,
        (await organizingBodyName(manager, event)) ?? '',
      );
      const [volunteer] = await eventVolunteers(manager, event, [registrationId]);
      return { volunteer, reviewMailSent };
    });
  }
}

async function hasAccount(manager: EntityManager, email: string): Promise<boolean> {
  return ((await manager.query(`SELECT 1 FROM person WHERE email = $1`, [email])) as unknown[]).length > 0;
}
