import {
  InvalidInstanceError,
  type MatchingInstance,
  type MatchingResult,
  parseInstance,
  PinConflictError,
  solve,
  type SolveOptions,
} from '@skillshift/shared/matching';
import { matchingGapPercent } from '@skillshift/shared';
import { type DataSource, type EntityManager, type QueryRunner } from 'typeorm';
import { recordAudit } from '../audit/audit-log';
import { logger } from '../common/logging/logger';
import { MatchingRunEntity } from './matching-run.entity';
import { firstNameOf, namesOf } from './matching-names';

/** The engine call; tests may wrap it (to make a solve take long enough to prove two never overlap). */
export type Solver = (instance: MatchingInstance, options: SolveOptions) => Promise<MatchingResult>;

export interface MatchingWorkerOptions {
  dataSource: DataSource;
  /** How long to sleep when no run is waiting (another API process may have queued one). */
  idleMillis?: number;
  solver?: Solver;
  /** Engine time limit; the engine's own default when left out. */
  timeLimitMs?: number;
}

/** Namespace of the per-event advisory lock that a run holds while it is solved and stored. */
const RUN_LOCK_NAMESPACE = 814209;
/** A run whose worker died is tried again this often, then marked FAILED. */
const MAX_ATTEMPTS = 3;

/**
 * Solves queued matching runs in the background. The run row is the job (an outbox-style queue in matching_run, no
 * second queue to keep in step): a worker claims the oldest QUEUED run whose event has no earlier run still open,
 * with `FOR UPDATE SKIP LOCKED`, so any number of API processes can run workers against one database.
 *
 * Runs of one event are serialized by a database lock: the claiming worker takes a session-level advisory lock on the
 * event before it marks the run RUNNING and holds it until the result is committed. A second worker never starts a
 * run of that event meanwhile (the claim skips events with an earlier open run, and the lock settles races), and a
 * RUNNING run whose lock is free belongs to a worker that died: it is queued again (or failed after three attempts).
 */
export class MatchingWorker {
  private running = false;
  private loop?: Promise<void>;
  private wakeUp?: () => void;
  private readonly solver: Solver;

  constructor(private readonly options: MatchingWorkerOptions) {
    this.solver = options.solver ?? solve;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Finishes the run in hand, then stops. */
  async stop(): Promise<void> {
    this.running = false;
    this.wakeUp?.();
    await this.loop;
  }

  /** A run was queued in this process: look now rather than after the idle pause. */
  wake(): void {
    this.wakeUp?.();
  }

  /** Solves until no run can be claimed; returns how many were handled. For tests and scripts. */
  async drain(): Promise<number> {
    let handled = 0;
    while (await this.processOne()) handled += 1;
    return handled;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let worked = false;
      try {
        worked = await this.processOne();
      } catch (error) {
        logger.warn({ err: error }, 'matching worker could not reach the database');
      }
      if (!this.running) break;
      if (!worked) await this.sleep(this.options.idleMillis ?? 1000);
    }
  }

  private sleep(millis: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, millis);
      this.wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  /** Claims, solves and stores one run; false when none could be claimed. */
  async processOne(): Promise<boolean> {
    const runner = this.options.dataSource.createQueryRunner();
    await runner.connect();
    let locked: string | null = null;
    try {
      await this.requeueOrphans(runner);
      const claim = await this.claim(runner);
      if (!claim) return false;
      locked = claim.eventId;
      await this.solveAndStore(runner, claim.id);
      return true;
    } finally {
      if (locked !== null)
        await runner
          .query(`SELECT pg_advisory_unlock($1, hashtext($2))`, [RUN_LOCK_NAMESPACE, locked])
          .catch(() => undefined);
      await runner.release();
    }
  }

  /** Takes the next run: row lock, then the event's advisory lock, then RUNNING, committed before the solve. */
  private async claim(runner: QueryRunner): Promise<{ id: string; eventId: string } | null> {
    await runner.startTransaction();
    try {
      const rows = (await runner.query(
        `SELECT r.id, r.event_id AS "eventId" FROM matching_run r
          WHERE r.status = 'QUEUED'
            AND NOT EXISTS (SELECT 1 FROM matching_run o
                             WHERE o.event_id = r.event_id AND o.status IN ('QUEUED', 'RUNNING') AND o.number < r.number)
          ORDER BY r.created_at, r.number
          LIMIT 1
          FOR UPDATE OF r SKIP LOCKED`,
      )) as { id: string; eventId: string }[];
      const row = rows[0];
      if (!row) {
        await runner.commitTransaction();
        return null;
      }
      const [{ locked }] = (await runner.query(`SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked`, [
        RUN_LOCK_NAMESPACE,
        row.eventId,
      ])) as { locked: boolean }[];
      if (!locked) {
        // Another worker still holds the event (it is storing an earlier run): try again later.
        await runner.rollbackTransaction();
        return null;
      }
      await runner.query(
        `UPDATE matching_run SET status = 'RUNNING', started_at = clock_timestamp(), attempts = attempts + 1
          WHERE id = $1`,
        [row.id],
      );
      await runner.commitTransaction();
      return row;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    }
  }

  /** RUNNING runs whose event lock is free lost their worker (a crash, a killed process): queue them again. */
  private async requeueOrphans(runner: QueryRunner): Promise<void> {
    const running = (await runner.query(
      `SELECT id, event_id AS "eventId" FROM matching_run WHERE status = 'RUNNING'`,
    )) as { id: string; eventId: string }[];
    for (const run of running) {
      const [{ locked }] = (await runner.query(`SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked`, [
        RUN_LOCK_NAMESPACE,
        run.eventId,
      ])) as { locked: boolean }[];
      if (!locked) continue;
      try {
        const requeued = (await runner.query(
          `UPDATE matching_run
              SET status = CASE WHEN attempts >= $2 THEN 'FAILED'::matching_run_status ELSE 'QUEUED' END,
                  finished_at = CASE WHEN attempts >= $2 THEN clock_timestamp() END,
                  error = CASE WHEN attempts >= $2 THEN '{"key": "matching.errors.workerLost", "params": {}}'::jsonb END
            WHERE id = $1 AND status = 'RUNNING'
        RETURNING status`,
          [run.id, MAX_ATTEMPTS],
        )) as [{ status: string }[], number];
        logger.warn({ runId: run.id, status: requeued[0]?.[0]?.status }, 'matching run lost its worker');
      } finally {
        await runner.query(`SELECT pg_advisory_unlock($1, hashtext($2))`, [RUN_LOCK_NAMESPACE, run.eventId]);
      }
    }
  }

  private async solveAndStore(runner: QueryRunner, runId: string): Promise<void> {
    const run = await runner.manager
      .createQueryBuilder(MatchingRunEntity, 'run')
      .addSelect('run.instance')
      .where('run.id = :runId', { runId })
      .getOneOrFail();
    let result: MatchingResult;
    try {
      const instance = parseInstance(run.instance);
      result = await this.solver(instance, {
        explain: true,
        seed: run.number,
        ...(this.options.timeLimitMs ? { timeLimitMs: this.options.timeLimitMs } : {}),
      });
    } catch (error) {
      await runner.manager.transaction((manager) => storeFailure(manager, run, error));
      return;
    }
    await runner.manager.transaction((manager) => storeResult(manager, run, result));
  }
}

const SYSTEM_ACTOR = null;

/** The result, its assignments (one row each), the metrics and an audit entry, in one transaction. */
export async function storeResult(
  manager: EntityManager,
  run: MatchingRunEntity,
  result: MatchingResult,
): Promise<void> {
  const { metrics } = result;
  const optimal = metrics.upperBound !== undefined && metrics.upperBound <= metrics.totalScore;
  const gapPercent = matchingGapPercent(metrics.totalScore, metrics.upperBound);
  if (result.assignments.length > 0)
    await manager.query(
      `INSERT INTO matching_assignment (run_id, challenge_id, volunteer_id, slot_id, score)
       SELECT $1, a.challenge, a.volunteer, a.slot, a.score
         FROM jsonb_to_recordset($2::jsonb) AS a(challenge uuid, volunteer uuid, slot uuid, score double precision)`,
      [
        run.id,
        JSON.stringify(
          result.assignments.map(({ challenge, volunteer, slot, score }) => ({ challenge, volunteer, slot, score })),
        ),
      ],
    );
  const finished = (await manager.query(
    `UPDATE matching_run
        SET status = 'DONE', result = $2::jsonb, unserved = $3::jsonb, served = $4, served_priority = $5,
            total_score = $6, engine_score = $6, upper_bound = $7, optimal = $8, gap_percent = $9, solve_millis = $10,
            finished_at = clock_timestamp(), error = NULL
      WHERE id = $1
  RETURNING (SELECT organizing_body_id FROM event WHERE id = event_id) AS "organizingBodyId"`,
    [
      run.id,
      JSON.stringify(result),
      JSON.stringify(result.unserved),
      metrics.served,
      metrics.servedPriority,
      metrics.totalScore,
      metrics.upperBound ?? null,
      metrics.upperBound === undefined ? null : optimal,
      gapPercent,
      Math.round(metrics.millis),
    ],
  )) as [{ organizingBodyId: string | null }[], number];
  const organizingBodyId = finished[0][0]?.organizingBodyId;
  if (organizingBodyId)
    await recordAudit(manager, {
      organizingBodyId,
      eventId: run.eventId,
      actor: SYSTEM_ACTOR,
      action: 'MATCHING_RUN_FINISHED',
      subjectType: 'MATCHING_RUN',
      subjectId: run.id,
      details: {
        runId: run.id,
        run: run.number,
        served: metrics.served,
        challenges: run.challengeCount,
        totalScore: metrics.totalScore,
        optimal: metrics.upperBound === undefined ? null : optimal,
        gapPercent,
      },
    });
}

/** A failed solve: the reason as a catalogue key with parameters (names of pinned people and challenges). */
export async function storeFailure(manager: EntityManager, run: MatchingRunEntity, error: unknown): Promise<void> {
  let message: { key: string; params: Record<string, unknown> };
  if (error instanceof PinConflictError) {
    const names = await namesOf(
      manager,
      error.pins.map((pin) => pin.challenge),
      error.pins.map((pin) => pin.volunteer),
    );
    message = {
      key: 'matching.errors.pinConflict',
      params: {
        pins: error.pins
          .map((pin) => `${firstNameOf(names.people.get(pin.volunteer))} – “${names.challenges.get(pin.challenge)}”`)
          .join(', '),
        rule: { $t: `matching.pinRules.${pinRuleKey(error.rule)}` },
      },
    };
  } else if (error instanceof InvalidInstanceError) {
    message = { key: 'matching.errors.invalidInstance', params: { path: error.path } };
  } else {
    logger.error({ err: error, runId: run.id }, 'matching run failed');
    message = { key: 'matching.errors.solverFailed', params: {} };
  }
  const rows = (await manager.query(
    `UPDATE matching_run SET status = 'FAILED', error = $2::jsonb, finished_at = clock_timestamp()
      WHERE id = $1
  RETURNING (SELECT organizing_body_id FROM event WHERE id = event_id) AS "organizingBodyId"`,
    [run.id, JSON.stringify(message)],
  )) as [{ organizingBodyId: string | null }[], number];
  const organizingBodyId = rows[0][0]?.organizingBodyId;
  if (organizingBodyId)
    await recordAudit(manager, {
      organizingBodyId,
      eventId: run.eventId,
      actor: SYSTEM_ACTOR,
      action: 'MATCHING_RUN_FAILED',
      subjectType: 'MATCHING_RUN',
      subjectId: run.id,
      details: { runId: run.id, run: run.number, errorKey: message.key, errorParams: message.params },
    });
}

/** The engine's rule names (pins.ts) as catalogue keys. */
export function pinRuleKey(rule: string): string {
  const known: Record<string, string> = {
    exclusion: 'exclusion',
    scores: 'scores',
    language: 'language',
    format: 'format',
    availability: 'availability',
    'team size': 'teamSize',
    maxAssignments: 'maxAssignments',
    'one slot per challenge': 'oneSlotPerChallenge',
    'one assignment per volunteer and slot': 'oneAssignmentPerSlot',
    'slot capacity': 'slotCapacity',
    'valid team': 'validTeam',
  };
  return known[rule] ?? 'other';
}
