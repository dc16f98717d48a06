import { Injectable } from '@nestjs/common';
import { REGISTRATION_LIMITS } from '@skillshift/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { type SignedInPerson } from '../auth/signed-in-person';
import { canActForBody } from '../auth/tenant';
import {
  conflict,
  type FieldProblem,
  forbidden,
  invalidInput,
  notFound,
  unauthenticated,
} from '../common/errors/domain-error';
import { type EventEntity } from '../events/event.entity';
import { NonprofitEntity } from '../nonprofits/nonprofit.entity';
import {
  assertContact,
  assertEventPermits,
  assertTakesChallenges,
  challengeStatusParam,
  eventFrame,
  findChallenge,
  findEvent,
  findPublicEvent,
  isUuid,
  replaceChallengeSlots,
  slotIdsOf,
  viewerOf,
} from './challenge-access';
import { ChallengeMailer } from './challenge-mailer';
import { ChallengeEntity } from './challenge.entity';
import { type Challenge, type ChallengeEvent } from './challenge.model';
import {
  type ChallengeContent,
  contentProblems,
  messageProblems,
  missingForSubmission,
  normalizedContent,
} from './challenge-rules';
import { moveChallenge, recordStatus, transitionRefused } from './challenge-transitions';
import { toChallenge, toChallengeEvent } from './challenge-views';
import { type ChallengeInput } from './dto/challenge.input';

/**
 * A challenge as its nonprofit writes it: drafts, submission before the deadline, answers to the organizers'
 * questions, withdrawal. Only contacts of the nonprofit act here; each method is one transaction that locks the
 * challenge (and holds the event's status still), so a refused step changes nothing.
 */
@Injectable()
export class ChallengesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: ChallengeMailer,
  ) {}

  /** The whole brief with its history, for the nonprofit's contacts and the event's organizers. */
  async get(person: SignedInPerson | null, id: string): Promise<Challenge> {
    if (!person) throw unauthenticated();
    const manager = this.dataSource.manager;
    const challenge = await findChallenge(manager, id, false);
    const event = await findEvent(manager, challenge.eventId, false);
    const viewer = await viewerOf(manager, person, challenge, event);
    if (!viewer.isContact && !viewer.isOrganizer) throw forbidden();
    return toChallenge(manager, challenge, event, viewer);
  }

  /** What the challenge form needs of a public event (slots with ids, languages, deadline). */
  async event(id: string): Promise<ChallengeEvent> {
    const manager = this.dataSource.manager;
    return toChallengeEvent(manager, await findPublicEvent(manager, id, false));
  }

  async create(
    person: SignedInPerson | null,
    nonprofitId: string,
    eventId: string,
    input: ChallengeInput,
    submit = false,
  ): Promise<Challenge> {
    if (!person) throw unauthenticated();
    return this.dataSource.transaction(async (manager) => {
      const nonprofit = isUuid(nonprofitId)
        ? await manager.findOne(NonprofitEntity, { where: { id: nonprofitId } })
        : null;
      if (!nonprofit) throw notFound('nonprofits.entity');
      await assertContact(manager, person, nonprofit.id);
      const event = await findPublicEvent(manager, eventId, true);
      if (event.organizingBodyId !== nonprofit.organizingBodyId) throw conflict('challenges.errors.otherBody');
      assertTakesChallenges(event);
      assertValid([
        ...contentProblems(input, await eventFrame(manager, event)),
        ...(submit ? missingForSubmission(input) : []),
      ]);
      const challenge = await manager.save(ChallengeEntity, {
        ...normalizedContent(input),
        eventId: event.id,
        nonprofitId: nonprofit.id,
        status: 'DRAFT' as const,
        createdById: person.id,
      });
      await replaceChallengeSlots(manager, challenge.id, input.slotIds);
      await recordStatus(manager, challenge.id, null, 'DRAFT', person.id);
      if (submit) await moveChallenge(manager, challenge, 'SUBMITTED', 'NONPROFIT', person.id);
      return this.reload(manager, person, challenge.id, event);
    });
  }

  /**
   * Saves the content. A draft may be incomplete (and is saved only while the event takes challenges); a submitted
   * challenge must stay complete, and can be improved until the organizers decide or matching begins.
   */
  async update(person: SignedInPerson | null, id: string, input: ChallengeInput): Promise<Challenge> {
    return this.dataSource.transaction(async (manager) => {
      const { challenge, event, contact } = await this.lockForContact(manager, person, id);
      const problems = contentProblems(input, await eventFrame(manager, event));
      if (challenge.status === 'DRAFT') assertTakesChallenges(event);
      else if (challenge.status === 'SUBMITTED' || challenge.status === 'NEEDS_INFO') {
        assertEventPermits(event, 'curateChallenges');
        problems.push(...missingForSubmission(input));
      } else throw conflict('challenges.errors.notEditable', { status: challengeStatusParam(challenge.status) });
      assertValid(problems);
      await saveContent(manager, challenge.id, input);
      return this.reload(manager, contact, challenge.id, event);
    });
  }

  /** DRAFT → SUBMITTED before the deadline, with complete content; `input`, when given, is saved with it. */
  async submit(person: SignedInPerson | null, id: string, input?: ChallengeInput | null): Promise<Challenge> {
    return this.dataSource.transaction(async (manager) => {
      const { challenge, event, contact } = await this.lockForContact(manager, person, id);
      // An answer to a question also leads back to SUBMITTED, but only with the answer (answerChallengeQuestion).
      if (challenge.status !== 'DRAFT') throw transitionRefused(challenge.status, 'SUBMITTED');
      assertTakesChallenges(event);
      const content: ChallengeContent = input ?? {
        ...challenge,
        slotIds: (await slotIdsOf(manager, [challenge.id])).get(challenge.id) ?? [],
      };
      assertValid([...contentProblems(content, await eventFrame(manager, event)), ...missingForSubmission(content)]);
      if (input) await saveContent(manager, challenge.id, input);
      await moveChallenge(manager, challenge, 'SUBMITTED', 'NONPROFIT', contact.id);
      return this.reload(manager, contact, challenge.id, event);
    });
  }

  async delete(person: SignedInPerson | null, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const { challenge } = await this.lockForContact(manager, person, id);
      if (challenge.status !== 'DRAFT')
        throw conflict('challenges.errors.deleteOnlyDraft', { status: challengeStatusParam(challenge.status) });
      await manager.delete(ChallengeEntity, { id: challenge.id });
      return true;
    });
  }

  /** The nonprofit takes its challenge back, until teams are published; an optional note says why. */
  async withdraw(person: SignedInPerson | null, id: string, reason?: string | null): Promise<Challenge> {
    const note = reason?.trim() || null;
    if (note && note.length > REGISTRATION_LIMITS.messageMax)
      throw invalidInput([
        { path: 'reason', messageKey: 'validation.maxLength', params: { max: REGISTRATION_LIMITS.messageMax } },
      ]);
    return this.dataSource.transaction(async (manager) => {
      const { challenge, event, contact } = await this.lockForContact(manager, person, id);
      assertEventPermits(event, 'curateChallenges');
      await moveChallenge(manager, challenge, 'WITHDRAWN', 'NONPROFIT', contact.id, note);
      return this.reload(manager, contact, challenge.id, event);
    });
  }

  /** NEEDS_INFO → SUBMITTED with the nonprofit's answer, which the history keeps beside the question. */
  async answer(person: SignedInPerson | null, id: string, answer: string): Promise<Challenge> {
    assertValid(messageProblems(answer, 'answer'));
    return this.dataSource.transaction(async (manager) => {
      const { challenge, event, contact } = await this.lockForContact(manager, person, id);
      if (challenge.status !== 'NEEDS_INFO') throw transitionRefused(challenge.status, 'SUBMITTED');
      assertEventPermits(event, 'curateChallenges');
      await moveChallenge(manager, challenge, 'SUBMITTED', 'NONPROFIT', contact.id, answer.trim());
      await this.mailer.notifyAsker(manager, challenge, answer.trim());
      return this.reload(manager, contact, challenge.id, event);
    });
  }

  private async lockForContact(
    manager: EntityManager,
    person: SignedInPerson | null,
    id: string,
  ): Promise<{ challenge: ChallengeEntity; event: EventEntity; contact: SignedInPerson }> {
    if (!person) throw unauthenticated();
    const challenge = await findChallenge(manager, id, true);
    await assertContact(manager, person, challenge.nonprofitId);
    const event = await findEvent(manager, challenge.eventId, true);
    return { challenge, event, contact: person };
  }

  private async reload(
    manager: EntityManager,
    person: SignedInPerson,
    id: string,
    event: EventEntity,
  ): Promise<Challenge> {
    const challenge = await findChallenge(manager, id, false);
    return toChallenge(manager, challenge, event, {
      isContact: true,
      isOrganizer: canActForBody(person, event.organizingBodyId ?? ''),
    });
  }
}

export function assertValid(problems: FieldProblem[]): void {
  if (problems.length > 0) throw invalidInput(problems);
}

export async function saveContent(manager: EntityManager, challengeId: string, content: ChallengeContent) {
  await manager.update(ChallengeEntity, { id: challengeId }, normalizedContent(content));
  await replaceChallengeSlots(manager, challengeId, content.slotIds);
}
