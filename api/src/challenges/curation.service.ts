import { Injectable } from '@nestjs/common';
import { canMoveChallenge, CHALLENGE_STATUSES, type ChallengeStatus, REGISTRATION_LIMITS } from '@skillshift/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { type SignedInPerson } from '../auth/signed-in-person';
import { assertOrganizesSomething } from '../auth/tenant';
import { DomainError, type FieldProblem, invalidInput } from '../common/errors/domain-error';
import { type EventEntity } from '../events/event.entity';
import {
  assertEventPermits,
  assertOrganizerOf,
  challengeStatusParam,
  findChallenge,
  findEvent,
  isContactOf,
  isUuid,
} from './challenge-access';
import { ChallengeMailer, type CurationMail } from './challenge-mailer';
import { ChallengeEntity } from './challenge.entity';
import { type Challenge, type ChallengeSummary, type EventChallengePage } from './challenge.model';
import { messageProblems } from './challenge-rules';
import { moveChallenge } from './challenge-transitions';
import { querySummaries, toChallenge } from './challenge-views';
import { assertValid } from './challenges.service';

const PAGE_MAX = 500;
type Decision = 'ACCEPTED' | 'REJECTED';

/**
 * Organizers curate the challenges of their body's events: ask back, accept, reject with a reason, alone or in bulk,
 * and set priorities. Every decision is mailed to the nonprofit's contacts in the same transaction.
 */
@Injectable()
export class CurationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: ChallengeMailer,
  ) {}

  /** The event's challenges, most urgent first; drafts only when asked for by status. */
  async list(
    person: SignedInPerson | null,
    eventId: string,
    status: ChallengeStatus | null | undefined,
    limit = 200,
    offset = 0,
  ): Promise<EventChallengePage> {
    const problems: FieldProblem[] = [];
    if (!Number.isInteger(limit) || limit < 1 || limit > PAGE_MAX)
      problems.push({
        path: 'limit',
        messageKey: limit < 1 ? 'validation.min' : 'validation.max',
        params: { min: 1, max: PAGE_MAX },
      });
    if (!Number.isInteger(offset) || offset < 0)
      problems.push({ path: 'offset', messageKey: 'validation.min', params: { min: 0 } });
    assertValid(problems);
    const manager = this.dataSource.manager;
    const event = await this.eventForOrganizer(manager, person, eventId, false);
    const where = status ? 'c.event_id = $1 AND c.status = $2' : `c.event_id = $1 AND c.status <> 'DRAFT'`;
    const params: unknown[] = status ? [event.id, status] : [event.id];
    const items = await querySummaries(
      manager,
      where,
      params,
      `ORDER BY c.priority DESC, c.submitted_at ASC NULLS LAST, c.title, c.id
       LIMIT ${limit} OFFSET ${offset}`,
      true,
    );
    const counts = (await manager.query(
      `SELECT status, count(*)::int AS count FROM challenge WHERE event_id = $1 GROUP BY status`,
      [event.id],
    )) as { status: ChallengeStatus; count: number }[];
    const countsByStatus = CHALLENGE_STATUSES.map((s) => ({
      status: s,
      count: counts.find((row) => row.status === s)?.count ?? 0,
    }));
    const totalCount = countsByStatus
      .filter((row) => (status ? row.status === status : row.status !== 'DRAFT'))
      .reduce((sum, row) => sum + row.count, 0);
    return { items, totalCount, countsByStatus };
  }

  async askBack(person: SignedInPerson | null, id: string, question: string): Promise<Challenge> {
    assertValid(messageProblems(question, 'question'));
    const text = question.trim();
    return this.curate(person, id, 'NEEDS_INFO', text, { template: 'challengeQuestion', question: text });
  }

  async accept(person: SignedInPerson | null, id: string): Promise<Challenge> {
    return this.curate(person, id, 'ACCEPTED', null, { template: 'challengeAccepted' });
  }

  async reject(person: SignedInPerson | null, id: string, reason: string): Promise<Challenge> {
    assertValid(messageProblems(reason, 'reason'));
    const text = reason.trim();
    return this.curate(person, id, 'REJECTED', text, { template: 'challengeRejected', reason: text });
  }

  /** All or nothing: when one of the challenges cannot take the step, none moves and the error names it. */
  async decideMany(
    person: SignedInPerson | null,
    eventId: string,
    ids: string[],
    to: Decision,
    reason: string | null,
  ): Promise<ChallengeSummary[]> {
    const problems: FieldProblem[] = [];
    if (ids.length === 0) problems.push({ path: 'ids', messageKey: 'validation.arrayMinSize' });
    if (ids.length > REGISTRATION_LIMITS.bulkMax)
      problems.push({
        path: 'ids',
        messageKey: 'validation.arrayMaxSize',
        params: { max: REGISTRATION_LIMITS.bulkMax },
      });
    if (to === 'REJECTED') problems.push(...messageProblems(reason, 'reason'));
    assertOrganizesSomething(person);
    assertValid(problems);
    const text = reason?.trim() || null;
    return this.dataSource.transaction(async (manager) => {
      const event = await this.eventForOrganizer(manager, person, eventId, true);
      assertEventPermits(event, 'curateChallenges');
      const unique = [...new Set(ids)];
      const valid = unique.filter(isUuid);
      // Locked in id order, so two bulk decisions over overlapping sets wait for each other instead of deadlocking.
      const rows = (
        valid.length > 0
          ? await manager
              .createQueryBuilder(ChallengeEntity, 'c')
              .where('c.id IN (:...ids)', { ids: valid })
              .orderBy('c.id')
              .setLock('pessimistic_write')
              .getMany()
          : []
      ).filter((challenge) => challenge.eventId === event.id);
      const byId = new Map(rows.map((challenge) => [challenge.id, challenge]));
      const missing = ids.flatMap((id, index) =>
        byId.has(id) ? [] : [{ path: `ids[${index}]`, messageKey: 'challenges.validation.notInEvent' }],
      );
      if (missing.length > 0) throw invalidInput(missing);
      const refused = ids.flatMap((id, index) => {
        const challenge = byId.get(id)!;
        return canMoveChallenge(challenge.status, to, 'ORGANIZER') ? [] : [{ index, challenge }];
      });
      if (refused.length > 0) {
        const first = refused[0].challenge;
        throw new DomainError(
          'CONFLICT',
          'challenges.errors.bulkRefused',
          { title: first.title, from: challengeStatusParam(first.status), to: challengeStatusParam(to) },
          refused.map(({ index, challenge }) => ({
            path: `ids[${index}]`,
            messageKey: 'challenges.validation.cannotMove',
            params: { from: challengeStatusParam(challenge.status), to: challengeStatusParam(to) },
          })),
        );
      }
      for (const id of unique) {
        const challenge = byId.get(id)!;
        await moveChallenge(manager, challenge, to, 'ORGANIZER', person.id, text);
        await this.mailer.notifyContacts(manager, challenge, event.name, decisionMail(to, text));
      }
      return querySummaries(manager, 'c.id = ANY($1)', [unique], 'ORDER BY c.title, c.id', true);
    });
  }

  async setPriority(person: SignedInPerson | null, id: string, priority: number): Promise<Challenge> {
    const { priorityMin, priorityMax } = REGISTRATION_LIMITS;
    if (!Number.isInteger(priority) || priority < priorityMin || priority > priorityMax)
      throw invalidInput([
        {
          path: 'priority',
          messageKey: Number.isInteger(priority)
            ? priority < priorityMin
              ? 'validation.min'
              : 'validation.max'
            : 'validation.isInt',
          params: { min: priorityMin, max: priorityMax },
        },
      ]);
    assertOrganizesSomething(person);
    return this.dataSource.transaction(async (manager) => {
      const { challenge, event } = await this.lockForOrganizer(manager, person, id);
      assertEventPermits(event, 'curateChallenges');
      await manager.update(ChallengeEntity, { id: challenge.id }, { priority });
      return this.reload(manager, person, challenge.id, event);
    });
  }

  private async curate(
    person: SignedInPerson | null,
    id: string,
    to: ChallengeStatus,
    message: string | null,
    mail: CurationMail,
  ): Promise<Challenge> {
    assertOrganizesSomething(person);
    return this.dataSource.transaction(async (manager) => {
      const { challenge, event } = await this.lockForOrganizer(manager, person, id);
      assertEventPermits(event, 'curateChallenges');
      await moveChallenge(manager, challenge, to, 'ORGANIZER', person.id, message);
      await this.mailer.notifyContacts(manager, challenge, event.name, mail);
      return this.reload(manager, person, challenge.id, event);
    });
  }

  private async lockForOrganizer(
    manager: EntityManager,
    person: SignedInPerson | null,
    id: string,
  ): Promise<{ challenge: ChallengeEntity; event: EventEntity }> {
    assertOrganizesSomething(person);
    const challenge = await findChallenge(manager, id, true);
    const event = await findEvent(manager, challenge.eventId, true);
    assertOrganizerOf(person, event);
    return { challenge, event };
  }

  private async eventForOrganizer(
    manager: EntityManager,
    person: SignedInPerson | null,
    eventId: string,
    lock: boolean,
  ): Promise<EventEntity> {
    assertOrganizesSomething(person);
    const event = await findEvent(manager, eventId, lock);
    assertOrganizerOf(person, event);
    return event;
  }

  private async reload(manager: EntityManager, person: SignedInPerson, id: string, event: EventEntity) {
    const challenge = await findChallenge(manager, id, false);
    return toChallenge(manager, challenge, event, {
      isContact: await isContactOf(manager, challenge.nonprofitId, person.id),
      isOrganizer: true,
    });
  }
}

const decisionMail = (to: Decision, reason: string | null): CurationMail =>
  to === 'ACCEPTED' ? { template: 'challengeAccepted' } : { template: 'challengeRejected', reason: reason ?? '' };
