import { Injectable } from '@nestjs/common';
import {
  DEFAULT_MATCHING_WEIGHTS,
  MATCHING_WEIGHT_FACTORS,
  type ScoreWeights,
  type UiLocale,
} from '@skillshift/shared';
import { effectiveWeights, weighsNothing } from '@skillshift/shared/matching';
import { DataSource, type EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit-log';
import { type SignedInPerson } from '../auth/signed-in-person';
import { conflict, invalidInput } from '../common/errors/domain-error';
import { translator } from '../i18n/i18n';
import { type MatchingWeightsInput } from './dto/matching.input';
import { buildMatchingInstance, loadInstanceSource } from './instance-builder';
import { assertMatchingAllowed, eventForOrganizer, runForOrganizer } from './matching-access';
import { MatchingRunEntity } from './matching-run.entity';
import { translateMessage } from './matching-texts';
import { MatchingWorkerService } from './matching-worker.service';
import { type MatchingRun, type MatchingSetup } from './matching.model';
import { pairsOf } from './matching-pairs';

/** Starting runs and reading them: who may, when, and what a run looks like to the page that polls it. */
@Injectable()
export class MatchingRunsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly worker: MatchingWorkerService,
  ) {}

  /**
   * Queues a run: builds the instance from the event's rows as they are now (with its pins and exclusions), stores it
   * with the weights, and leaves the solving to the worker. The event row is locked meanwhile, so run numbers follow
   * the order of the clicks and the status cannot change under the snapshot.
   */
  async start(
    person: SignedInPerson | null,
    eventId: string,
    weights: MatchingWeightsInput | null,
    locale: UiLocale,
  ): Promise<MatchingRun> {
    const overrides = weightOverrides(weights);
    const run = await this.dataSource.transaction(async (manager) => {
      const event = await eventForOrganizer(manager, person, eventId, true);
      assertMatchingAllowed(event);
      const { instance } = buildMatchingInstance(await loadInstanceSource(manager, event.id), overrides);
      if (instance.challenges.length === 0) throw conflict('matching.errors.noChallenges');
      if (instance.volunteers.length === 0) throw conflict('matching.errors.noVolunteers');
      const [{ next }] = (await manager.query(
        `SELECT coalesce(max(number), 0) + 1 AS next FROM matching_run WHERE event_id = $1`,
        [event.id],
      )) as { next: number }[];
      const { identifiers } = await manager.insert(MatchingRunEntity, {
        eventId: event.id,
        number: next,
        status: 'QUEUED',
        weights: effectiveWeights(overrides),
        instance,
        challengeCount: instance.challenges.length,
        volunteerCount: instance.volunteers.length,
        pinCount: instance.pins.length,
        exclusionCount: instance.exclusions.length,
        startedById: person!.id,
      });
      const id = identifiers[0].id as string;
      await recordAudit(manager, {
        organizingBodyId: event.organizingBodyId!,
        eventId: event.id,
        actor: person,
        action: 'MATCHING_RUN_STARTED',
        subjectType: 'MATCHING_RUN',
        subjectId: id,
        details: {
          runId: id,
          run: next,
          challenges: instance.challenges.length,
          volunteers: instance.volunteers.length,
          pins: instance.pins.length,
          exclusions: instance.exclusions.length,
          weights: overrides ?? {},
        },
      });
      return id;
    });
    this.worker.wake();
    return this.get(person, run, locale);
  }

  async list(person: SignedInPerson | null, eventId: string, locale: UiLocale): Promise<MatchingRun[]> {
    const manager = this.dataSource.manager;
    const event = await eventForOrganizer(manager, person, eventId);
    return runModels(manager, { eventId: event.id }, locale);
  }

  async get(person: SignedInPerson | null, id: string, locale: UiLocale): Promise<MatchingRun> {
    const manager = this.dataSource.manager;
    const { run } = await runForOrganizer(manager, person, id);
    return (await runModels(manager, { runIds: [run.id] }, locale))[0];
  }

  async setup(person: SignedInPerson | null, eventId: string): Promise<MatchingSetup> {
    const manager = this.dataSource.manager;
    const event = await eventForOrganizer(manager, person, eventId);
    const [counts] = (await manager.query(
      `SELECT (SELECT count(*)::int FROM challenge WHERE event_id = $1 AND status = 'ACCEPTED') AS challenges,
              (SELECT count(*)::int FROM volunteer_registration WHERE event_id = $1 AND status = 'REGISTERED')
                AS volunteers`,
      [event.id],
    )) as { challenges: number; volunteers: number }[];
    const { pins, exclusions } = await pairsOf(manager, event.id);
    return {
      eventId: event.id,
      eventName: event.name,
      eventStatus: event.status,
      organizingBodyId: event.organizingBodyId,
      canRun: event.status === 'MATCHING',
      acceptedChallenges: counts.challenges,
      registeredVolunteers: counts.volunteers,
      defaultWeights: { ...DEFAULT_MATCHING_WEIGHTS },
      pins,
      exclusions,
    };
  }
}

/** The organizer's weights as engine overrides; at least one factor must keep some weight. */
export function weightOverrides(input: MatchingWeightsInput | null | undefined): Partial<ScoreWeights> | undefined {
  if (!input) return undefined;
  const overrides: Partial<ScoreWeights> = {};
  for (const factor of MATCHING_WEIGHT_FACTORS) {
    const value = input[factor];
    if (value !== undefined && value !== null) overrides[factor] = value;
  }
  if (weighsNothing(overrides))
    throw invalidInput(
      MATCHING_WEIGHT_FACTORS.map((factor) => ({
        path: `weights.${factor}`,
        messageKey: 'matching.validation.allZero',
      })),
    );
  return Object.keys(overrides).length > 0 ? overrides : undefined;
}

interface RunRow extends Omit<MatchingRun, 'queuePosition' | 'error' | 'durationMillis'> {
  errorMessage: { key: string; params: Record<string, unknown> } | null;
  queuePosition: number | null;
}

/** Runs as the page shows them, in one statement (newest first). */
export async function runModels(
  manager: EntityManager,
  where: { eventId: string } | { runIds: string[] },
  locale: UiLocale,
): Promise<MatchingRun[]> {
  const byEvent = 'eventId' in where;
  const rows = (await manager.query(
    `SELECT r.id, r.event_id AS "eventId", r.number, r.status, r.weights, p.name AS "startedByName",
            r.created_at AS "createdAt", r.started_at AS "startedAt", r.finished_at AS "finishedAt",
            r.solve_millis AS "solveMillis", r.challenge_count AS "challengeCount",
            r.volunteer_count AS "volunteerCount", r.pin_count AS "pinCount", r.exclusion_count AS "exclusionCount",
            r.served, r.served_priority AS "servedPriority", r.total_score AS "totalScore",
            r.engine_score AS "engineScore", r.upper_bound AS "upperBound", r.optimal, r.gap_percent AS "gapPercent",
            r.manual_changes AS "manualChanges", r.error AS "errorMessage",
            CASE WHEN r.status = 'QUEUED' THEN
              (SELECT count(*)::int FROM matching_run o
                WHERE o.event_id = r.event_id AND o.status IN ('QUEUED', 'RUNNING') AND o.number < r.number)
            END AS "queuePosition"
       FROM matching_run r LEFT JOIN person p ON p.id = r.started_by_id
      WHERE ${byEvent ? 'r.event_id = $1' : 'r.id = ANY($1::uuid[])'}
      ORDER BY r.number DESC`,
    [byEvent ? where.eventId : where.runIds],
  )) as RunRow[];
  const t = translator(locale);
  return rows.map(({ errorMessage, ...row }) => ({
    ...row,
    durationMillis: row.finishedAt ? row.finishedAt.getTime() - row.createdAt.getTime() : null,
    error: errorMessage ? translateMessage(t, errorMessage.key, errorMessage.params) : null,
  }));
}
