import { Injectable } from '@nestjs/common';
import { toUiLocale, type UiLocale } from '@skillshift/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { SignInService } from '../auth/sign-in.service';
import { type SignedInPerson } from '../auth/signed-in-person';
import {
  assertEventPermits,
  assertOrganizerOf,
  eventFrame,
  findEvent,
  replaceChallengeSlots,
} from '../challenges/challenge-access';
import { ChallengeEntity } from '../challenges/challenge.entity';
import { contentProblems, normalizedContent } from '../challenges/challenge-rules';
import { recordStatus } from '../challenges/challenge-transitions';
import { toChallenge } from '../challenges/challenge-views';
import { assertValid } from '../challenges/challenges.service';
import { unauthenticated } from '../common/errors/domain-error';
import { besidesFormatProblems, formatProblems } from '../common/errors/validation';
import { OutboxService } from '../notifications/outbox.service';
import { ensurePerson } from '../people/organizers.service';
import { type AssistedIntakeInput, type IntakeContactInput } from './dto/nonprofit.input';
import { NonprofitEntity } from './nonprofit.entity';
import { type AssistedIntakeResult } from './nonprofit.model';
import { intakeProblems, isNameIndexViolation, nameProblems, nameTaken } from './nonprofit-rules';
import { toNonprofits } from './nonprofit-views';
import { addContactRow, profileColumns, recordConsents } from './nonprofits.service';

/**
 * Assisted intake: an organizer registers a nonprofit, its first contact and a submitted challenge for people who do
 * not go online themselves (a phone call, a paper form at a help point), and records how consent was given. A
 * contact with an address gets a mail with a sign-in link to review what was entered.
 */
@Injectable()
export class AssistedIntakeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly signIn: SignInService,
  ) {}

  async register(
    person: SignedInPerson | null,
    eventId: string,
    input: AssistedIntakeInput,
  ): Promise<AssistedIntakeResult> {
    if (!person) throw unauthenticated();
    try {
      return await this.dataSource.transaction(async (manager) => {
        const event = await findEvent(manager, eventId, true);
        assertOrganizerOf(person, event);
        // Organizers may still take a challenge by phone after the nonprofits' deadline, while the event is open.
        assertEventPermits(event, 'submitChallenge');
        const bodyId = event.organizingBodyId!;
        // One refusal names every problem: the fields' format (class-validator, left to this service by the pipe),
        // the input's own rules, those about the event's languages and slots, and a name already taken in the body
        // (else the organizer would learn of it only after correcting all the rest). A field whose format is wrong
        // is named once, with the format's message.
        const format = formatProblems(input);
        const own = intakeProblems(input);
        const ofEvent = contentProblems(input.challenge, await eventFrame(manager, event), 'input.challenge').filter(
          (problem) => !own.some((known) => known.path === problem.path && known.messageKey === problem.messageKey),
        );
        const taken = await nameProblems(manager, bodyId, input.nonprofit.name, 'input.nonprofit.name', 'intake');
        assertValid([
          ...besidesFormatProblems(format, taken),
          ...format,
          ...besidesFormatProblems(format, [...own, ...ofEvent]),
        ]);
        const contact = await intakePerson(manager, input.contact);
        const nonprofit = await manager.save(NonprofitEntity, {
          ...profileColumns(input.nonprofit),
          organizingBodyId: bodyId,
          createdById: person.id,
        });
        await addContactRow(manager, nonprofit.id, contact.id);
        await recordConsents(manager, contact.id, input.nonprofit.publishOnMap, input.consentMethod, person.id);
        const challenge = await manager.save(ChallengeEntity, {
          ...normalizedContent(input.challenge),
          eventId: event.id,
          nonprofitId: nonprofit.id,
          status: 'SUBMITTED' as const,
          submittedAt: new Date(),
          createdById: person.id,
        });
        await replaceChallengeSlots(manager, challenge.id, input.challenge.slotIds);
        await recordStatus(manager, challenge.id, null, 'SUBMITTED', person.id);
        let reviewMailSent = false;
        if (contact.email) {
          await this.mailReview(manager, { ...contact, email: contact.email }, nonprofit, challenge.title, bodyId);
          reviewMailSent = true;
        }
        const stored = await manager.findOneByOrFail(ChallengeEntity, { id: challenge.id });
        return {
          nonprofit: (await toNonprofits(manager, [nonprofit], person))[0],
          challenge: await toChallenge(manager, stored, event, { isContact: false, isOrganizer: true }),
          reviewMailSent,
        };
      });
    } catch (error) {
      if (isNameIndexViolation(error)) throw nameTaken(input.nonprofit.name.trim(), 'input.nonprofit.name', 'intake');
      throw error;
    }
  }

  /**
   * A sign-in link that lands on the nonprofit's page. It lives as long as an invitation: the person did not ask for
   * it a minute ago, and reads the mail when they find the time.
   */
  private async mailReview(
    manager: EntityManager,
    contact: { id: string; email: string; name: string; locale: UiLocale },
    nonprofit: NonprofitEntity,
    challengeTitle: string,
    bodyId: string,
  ): Promise<void> {
    const { url, expiresAt, minutes } = await this.signIn.createLink(manager, contact, 'INVITATION', contact.locale, {
      redirectPath: `/nonprofits/${nonprofit.id}`,
    });
    const bodies = (await manager.query(`SELECT name FROM organizing_body WHERE id = $1`, [bodyId])) as {
      name: string;
    }[];
    await this.outbox.enqueue(manager, {
      to: contact.email,
      locale: contact.locale,
      template: 'nonprofitIntakeReview',
      expiresAt,
      params: {
        name: contact.name || undefined,
        nonprofit: nonprofit.name,
        challenge: challengeTitle,
        body: bodies[0]?.name ?? '',
        days: Math.round(minutes / 1440),
        url,
      },
    });
  }
}

/** The contact: found by address (or created), or a person without address whom organizers reach by phone. */
async function intakePerson(
  manager: EntityManager,
  input: IntakeContactInput,
): Promise<{ id: string; email: string | null; name: string; locale: UiLocale }> {
  const locale = toUiLocale(input.locale);
  if (input.email) {
    const { person } = await ensurePerson(manager, { email: input.email, name: input.name, locale });
    if (input.phone)
      await manager.query(`UPDATE person SET phone = $2 WHERE id = $1 AND phone IS NULL`, [person.id, input.phone]);
    return { ...person, locale: toUiLocale(person.locale) };
  }
  const rows = (await manager.query(
    `INSERT INTO person (email, name, phone, locale) VALUES (NULL, $1, $2, $3) RETURNING id, name`,
    [input.name, input.phone ?? null, locale],
  )) as { id: string; name: string }[];
  return { id: rows[0].id, email: null, name: rows[0].name, locale };
}
