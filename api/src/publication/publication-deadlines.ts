import { Injectable } from '@nestjs/common';
import { PUBLICATION_LIMITS } from '@skillshift/shared';
import { DataSource } from 'typeorm';
import { recordAudit } from '../audit/audit-log';
import { firstNameOf } from '../matching/matching-names';
import { BackfillService } from './backfill.service';
import { PublicationMailer } from './publication-mailer';
import { proposalRows } from './proposal-rows';

const HOUR = 3_600_000;
const BATCH = 100;

/**
 * The answer deadline's two consequences, run by the scheduler (publication-scheduler.service.ts): a reminder to
 * those who have not answered 48 hours before it, and at the deadline the unanswered proposals count as declined
 * (EXPIRED), which frees their places. Rows are claimed with FOR UPDATE SKIP LOCKED and changed in the same
 * transaction as their mail, so two API processes running this at once never remind or expire anyone twice.
 */
@Injectable()
export class PublicationDeadlines {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: PublicationMailer,
    private readonly backfills: BackfillService,
  ) {}

  async run(now = new Date()): Promise<{ reminded: number; expired: number }> {
    return { reminded: await this.remind(now), expired: await this.expire(now) };
  }

  /**
   * Proposals whose deadline is less than 48 hours away and that existed before that moment (one made later, e.g.
   * a replacement with a short deadline, was mailed recently enough).
   */
  async remind(now = new Date()): Promise<number> {
    const before = PUBLICATION_LIMITS.reminderHoursBefore * HOUR;
    let reminded = 0;
    for (;;) {
      const handled = await this.dataSource.transaction(async (manager) => {
        const due = (await manager.query(
          `SELECT p.id FROM proposal p JOIN event e ON e.id = p.event_id
            WHERE p.status = 'PROPOSED' AND p.reminded_at IS NULL AND e.status = 'PUBLISHED'
              AND p.answer_deadline > $1 AND p.answer_deadline <= $1::timestamptz + $2 * interval '1 millisecond'
              AND p.created_at <= p.answer_deadline - $2 * interval '1 millisecond'
            ORDER BY p.answer_deadline, p.id
            LIMIT $3
              FOR UPDATE OF p SKIP LOCKED`,
          [now, before, BATCH],
        )) as { id: string }[];
        if (due.length === 0) return 0;
        await manager.query(`UPDATE proposal SET reminded_at = $2 WHERE id = ANY($1::uuid[])`, [
          due.map((row) => row.id),
          now,
        ]);
        for (const row of await proposalRows(manager, { ids: due.map((entry) => entry.id) }))
          await this.mailer.reminder(manager, row);
        return due.length;
      });
      reminded += handled;
      if (handled < BATCH) return reminded;
    }
  }

  /** Unanswered proposals past their deadline, one transaction each (each may bring an automatic backfill). */
  async expire(now = new Date()): Promise<number> {
    let expired = 0;
    for (;;) {
      const handled = await this.dataSource.transaction(async (manager) => {
        const [due] = (await manager.query(
          `SELECT p.id FROM proposal p JOIN event e ON e.id = p.event_id
            WHERE p.status = 'PROPOSED' AND p.answer_deadline <= $1 AND e.status = 'PUBLISHED'
            ORDER BY p.answer_deadline, p.id
            LIMIT 1
              FOR UPDATE OF p SKIP LOCKED`,
          [now],
        )) as { id: string }[];
        if (!due) return false;
        await manager.query(
          `UPDATE proposal SET status = 'EXPIRED', answered_at = $2, updated_at = now() WHERE id = $1`,
          [due.id, now],
        );
        const [row] = await proposalRows(manager, { ids: [due.id] });
        await recordAudit(manager, {
          organizingBodyId: row.organizingBodyId!,
          eventId: row.eventId,
          actor: null,
          action: 'PROPOSAL_EXPIRED',
          subjectType: 'PROPOSAL',
          subjectId: row.id,
          details: {
            proposalId: row.id,
            challengeId: row.challengeId,
            challenge: row.challengeTitle,
            volunteerId: row.volunteerId,
            volunteer: firstNameOf(row.volunteerName),
          },
        });
        await this.mailer.expired(manager, row);
        await this.backfills.placeFreed(manager, row, now);
        return true;
      });
      if (!handled) return expired;
      expired++;
    }
  }
}
