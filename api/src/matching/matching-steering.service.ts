import { Injectable } from '@nestjs/common';
import { type AuditAction, type UiLocale } from '@skillshift/shared';
import { explainAnyPair } from '@skillshift/shared/matching';
import { DataSource, type EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit-log';
import { type SignedInPerson } from '../auth/signed-in-person';
import { conflict, invalidInput, notFound } from '../common/errors/domain-error';
import { type MatchingPairInput, type MoveVolunteerInput } from './dto/matching.input';
import { buildMatchingInstance, loadInstanceSource } from './instance-builder';
import { assignmentsOf, loadBoard, ruleNames } from './matching-board.service';
import { assertMatchingAllowed, eventForOrganizer, runForOrganizer } from './matching-access';
import { type EventEntity } from '../events/event.entity';
import { MatchingExclusionEntity } from './matching-exclusion.entity';
import { namesOf, slotsOf } from './matching-names';
import { pairsOf } from './matching-pairs';
import { MatchingPinEntity } from './matching-pin.entity';
import { type MatchingBoard, type MatchingPair } from './matching.model';
import { RunState } from './run-state';
import { checkMove, exclusionProblem, pinProblem, type RuleProblem } from './steering-rules';

const refuse = (problem: RuleProblem) => conflict(problem.key, problem.params);

/**
 * The organizer's hand on the matching: pins and exclusions for the event's further runs, and moves of a volunteer
 * in one run. Each change is checked at once against the hard rules (steering-rules.ts) in one transaction that locks
 * the event (pins, exclusions) or the run (moves), is written to the audit log with it, and changes nothing when
 * refused.
 */
@Injectable()
export class MatchingSteeringService {
  constructor(private readonly dataSource: DataSource) {}

  pin(person: SignedInPerson | null, input: MatchingPairInput, locale: UiLocale): Promise<MatchingPair> {
    return this.dataSource.transaction(async (manager) => {
      const { event, state, naming } = await this.current(manager, person, input, locale);
      const problem = pinProblem(state, { challenge: input.challengeId, volunteer: input.volunteerId }, naming);
      if (problem) throw refuse(problem);
      await manager.insert(MatchingPinEntity, { ...pairColumns(event, input), createdById: person!.id });
      await this.audit(manager, person!, event, 'MATCHING_PAIR_PINNED', input, naming);
      return this.pairOf(manager, 'pins', event.id, input);
    });
  }

  exclude(person: SignedInPerson | null, input: MatchingPairInput, locale: UiLocale): Promise<MatchingPair> {
    return this.dataSource.transaction(async (manager) => {
      const { event, state, naming } = await this.current(manager, person, input, locale);
      const problem = exclusionProblem(state, { challenge: input.challengeId, volunteer: input.volunteerId }, naming);
      if (problem) throw refuse(problem);
      await manager.insert(MatchingExclusionEntity, { ...pairColumns(event, input), createdById: person!.id });
      await this.audit(manager, person!, event, 'MATCHING_PAIR_EXCLUDED', input, naming);
      return this.pairOf(manager, 'exclusions', event.id, input);
    });
  }

  removePin(person: SignedInPerson | null, input: MatchingPairInput, locale: UiLocale): Promise<boolean> {
    return this.remove(person, input, locale, MatchingPinEntity, 'MATCHING_PIN_REMOVED', 'matching.entities.pin');
  }

  removeExclusion(person: SignedInPerson | null, input: MatchingPairInput, locale: UiLocale): Promise<boolean> {
    return this.remove(
      person,
      input,
      locale,
      MatchingExclusionEntity,
      'MATCHING_EXCLUSION_REMOVED',
      'matching.entities.exclusion',
    );
  }

  /** Moves a volunteer between teams of one run (or in or out of a team); answers with the board as it is now. */
  async move(person: SignedInPerson | null, input: MoveVolunteerInput, locale: UiLocale): Promise<MatchingBoard> {
    const from = input.fromChallengeId ?? null;
    const to = input.toChallengeId ?? null;
    if (from === null && to === null)
      throw invalidInput([{ path: 'input.toChallengeId', messageKey: 'matching.validation.moveNowhere' }]);
    if (from === to) throw invalidInput([{ path: 'input.toChallengeId', messageKey: 'matching.validation.moveSame' }]);
    await this.dataSource.transaction(async (manager) => {
      const { run, event } = await runForOrganizer(manager, person, input.runId, { lock: true, withInstance: true });
      assertMatchingAllowed(event);
      if (run.status !== 'DONE') throw conflict('matching.errors.runNotDone');
      const state = new RunState(run.instance);
      const rows = await assignmentsOf(manager, [run.id]);
      const { pins, exclusions } = await pairsOf(manager, event.id);
      const names = await namesOf(
        manager,
        [...new Set([...rows.map((row) => row.challengeId), ...[from, to].filter((id): id is string => !!id)])],
        [input.volunteerId, ...rows.map((row) => row.volunteerId)],
      );
      const naming = ruleNames(names, await slotsOf(manager, event.id), locale);
      const asRefs = (pairs: MatchingPair[]) =>
        pairs.map((pair) => ({ challenge: pair.challengeId, volunteer: pair.volunteerId }));
      const outcome = checkMove(
        state,
        rows,
        { pins: asRefs(pins), exclusions: asRefs(exclusions) },
        { volunteerId: input.volunteerId, fromChallengeId: from, toChallengeId: to, toSlotId: input.toSlotId ?? null },
        naming,
      );
      if ('problem' in outcome) throw refuse(outcome.problem);
      if (from !== null)
        await manager.query(
          `DELETE FROM matching_assignment WHERE run_id = $1 AND challenge_id = $2 AND volunteer_id = $3`,
          [run.id, from, input.volunteerId],
        );
      if (to !== null && outcome.slotId !== null)
        await manager.query(
          `INSERT INTO matching_assignment (run_id, challenge_id, volunteer_id, slot_id, score, origin)
           VALUES ($1, $2, $3, $4, $5, 'MANUAL')`,
          [run.id, to, input.volunteerId, outcome.slotId, explainAnyPair(run.instance, to, input.volunteerId)!.score],
        );
      // The run's figures follow its assignments: served challenges, their priority, the summed scores.
      await manager.query(
        `UPDATE matching_run r
            SET served = a.served, total_score = a.total, manual_changes = r.manual_changes + 1,
                served_priority = (SELECT coalesce(sum((c->>'priority')::double precision), 0)
                                     FROM jsonb_array_elements(r.instance->'challenges') c
                                    WHERE c->>'id' = ANY(a.challenges))
           FROM (SELECT count(DISTINCT challenge_id)::int AS served, coalesce(sum(score), 0) AS total,
                        coalesce(array_agg(DISTINCT challenge_id::text), '{}') AS challenges
                   FROM matching_assignment WHERE run_id = $1) a
          WHERE r.id = $1`,
        [run.id],
      );
      await recordAudit(manager, {
        organizingBodyId: event.organizingBodyId!,
        eventId: event.id,
        actor: person,
        action: 'MATCHING_VOLUNTEER_MOVED',
        subjectType: 'MATCHING_RUN',
        subjectId: run.id,
        details: {
          runId: run.id,
          run: run.number,
          volunteerId: input.volunteerId,
          volunteer: naming.person(input.volunteerId),
          fromChallengeId: from,
          from: from === null ? null : naming.challenge(from),
          toChallengeId: to,
          to: to === null ? null : naming.challenge(to),
        },
      });
    });
    return loadBoard(this.dataSource.manager, person, input.runId, locale);
  }

  /**
   * The event locked for the change, and its instance as a run started now would see it (current pins, exclusions,
   * accepted challenges, registered volunteers), with the names messages use.
   */
  private async current(
    manager: EntityManager,
    person: SignedInPerson | null,
    input: MatchingPairInput,
    locale: UiLocale,
  ) {
    const event = await eventForOrganizer(manager, person, input.eventId, true);
    assertMatchingAllowed(event);
    const { instance } = buildMatchingInstance(await loadInstanceSource(manager, event.id));
    const state = new RunState(instance);
    const exists = (await manager.query(
      `SELECT (SELECT count(*)::int FROM challenge WHERE id = $1 AND event_id = $3) AS challenge,
              (SELECT count(*)::int FROM volunteer_registration WHERE person_id = $2 AND event_id = $3) AS volunteer`,
      [input.challengeId, input.volunteerId, event.id],
    )) as { challenge: number; volunteer: number }[];
    if (exists[0].challenge === 0) throw notFound('matching.entities.challenge');
    if (exists[0].volunteer === 0) throw notFound('matching.entities.volunteer');
    const names = await namesOf(
      manager,
      [input.challengeId, ...instance.pins.map((p) => p.challenge)],
      [input.volunteerId, ...instance.pins.map((p) => p.volunteer)],
    );
    return { event, state, naming: ruleNames(names, await slotsOf(manager, event.id), locale) };
  }

  private async remove(
    person: SignedInPerson | null,
    input: MatchingPairInput,
    locale: UiLocale,
    entity: typeof MatchingPinEntity | typeof MatchingExclusionEntity,
    action: AuditAction,
    entityKey: string,
  ): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const event = await eventForOrganizer(manager, person, input.eventId, true);
      assertMatchingAllowed(event);
      const { affected } = await manager.delete(entity, {
        eventId: event.id,
        challengeId: input.challengeId,
        volunteerId: input.volunteerId,
      });
      if (!affected) throw notFound(entityKey);
      const names = await namesOf(manager, [input.challengeId], [input.volunteerId]);
      await this.audit(manager, person!, event, action, input, ruleNames(names, [], locale));
      return true;
    });
  }

  private async audit(
    manager: EntityManager,
    person: SignedInPerson,
    event: EventEntity,
    action: AuditAction,
    input: MatchingPairInput,
    naming: { challenge(id: string): string; person(id: string): string },
  ): Promise<void> {
    await recordAudit(manager, {
      organizingBodyId: event.organizingBodyId!,
      eventId: event.id,
      actor: person,
      action,
      subjectType: 'MATCHING_PAIR',
      subjectId: `${input.challengeId}:${input.volunteerId}`,
      details: {
        challengeId: input.challengeId,
        challenge: naming.challenge(input.challengeId),
        volunteerId: input.volunteerId,
        volunteer: naming.person(input.volunteerId),
      },
    });
  }

  private async pairOf(
    manager: EntityManager,
    kind: 'pins' | 'exclusions',
    eventId: string,
    input: MatchingPairInput,
  ): Promise<MatchingPair> {
    const pairs = (await pairsOf(manager, eventId))[kind];
    return pairs.find((pair) => pair.challengeId === input.challengeId && pair.volunteerId === input.volunteerId)!;
  }
}

const pairColumns = (event: EventEntity, input: MatchingPairInput) => ({
  eventId: event.id,
  challengeId: input.challengeId,
  volunteerId: input.volunteerId,
});
