import { Injectable } from '@nestjs/common';
import { replacementDeadline, type UiLocale } from '@skillshift/shared';
import { type MatchingInstance, PinConflictError, solve } from '@skillshift/shared/matching';
import { type EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit-log';
import { translator } from '../i18n/i18n';
import { firstNameOf, slotName } from '../matching/matching-names';
import { unservedReasonText } from '../matching/matching-texts';
import { backfillInstance, replacementsIn } from './backfill-instance';
import { PublicationMailer } from './publication-mailer';
import { type PublicationEntity } from './publication.entity';
import { contactsOf, type ProposalRow, proposalRows, teamsOf } from './proposal-rows';

/** Who acts: a signed-in organizer, or the system (automatic backfill, the deadline job). */
export type Actor = { id: string; name: string; email?: string } | null;

/** Why no replacement was proposed, in any reader's language. */
export type NoReplacement =
  { code: 'nothingToReplace' | 'tooLate' } | { code: 'none'; reason: (locale: UiLocale) => string };

export type BackfillOutcome = { proposed: ProposalRow[]; freed: ProposalRow[] } | NoReplacement;

/** The publication row of an event, locked: backfills of one event happen one after the other. */
export async function lockPublication(manager: EntityManager, eventId: string): Promise<PublicationEntity | null> {
  const rows = (await manager.query(
    `SELECT id, event_id AS "eventId", run_id AS "runId", published_by_id AS "publishedById",
            published_at AS "publishedAt", answer_deadline AS "answerDeadline", auto_backfill AS "autoBackfill"
       FROM publication WHERE event_id = $1 FOR UPDATE`,
    [eventId],
  )) as PublicationEntity[];
  return rows[0] ?? null;
}

/**
 * Fills freed places of one team: asks the engine for the best replacements for that challenge alone, the rest of the
 * published plan held fixed (backfill-instance.ts), proposes them by mail and tells the nonprofit. Runs inside the
 * caller's transaction, which holds the publication's lock.
 */
@Injectable()
export class BackfillService {
  constructor(private readonly mailer: PublicationMailer) {}

  async backfill(
    manager: EntityManager,
    publication: PublicationEntity,
    challengeId: string,
    actor: Actor,
    now: Date,
  ): Promise<BackfillOutcome> {
    const freed = (await manager.query(
      `SELECT p.id FROM proposal p
        WHERE p.challenge_id = $1 AND p.publication_id = $2 AND p.status IN ('DECLINED', 'EXPIRED', 'CANCELLED')
          AND NOT EXISTS (SELECT 1 FROM proposal r WHERE r.replaces_id = p.id)
        ORDER BY coalesce(p.answered_at, p.updated_at), p.id`,
      [challengeId, publication.id],
    )) as { id: string }[];
    if (freed.length === 0) return { code: 'nothingToReplace' };
    const freedRows = await proposalRows(manager, { ids: freed.map((row) => row.id) });
    const first = freedRows[0];
    const deadline = replacementDeadline(publication.answerDeadline, first.startsAt, now);
    if (deadline.getTime() - now.getTime() < 3_600_000) return { code: 'tooLate' };

    const situation = await this.situation(manager, publication, first);
    const instance = backfillInstance({ ...situation, challengeId, slotId: first.slotId, openPlaces: freed.length });
    const none = (key: 'noCandidate' | 'invalidTeam'): NoReplacement => ({
      code: 'none',
      reason: (locale) => translator(locale)(`publication.noReplacement.${key}`),
    });
    if (!instance) return none('noCandidate');
    let result;
    try {
      result = await solve(instance, { seed: 1, timeLimitMs: 2000 });
    } catch (error) {
      if (error instanceof PinConflictError) return none('invalidTeam');
      throw error;
    }
    const replacements = replacementsIn(result, challengeId, situation.members).slice(0, freed.length);
    if (replacements.length === 0) {
      const unserved = result.unserved.find((entry) => entry.challenge === challengeId);
      if (!unserved) return none('noCandidate');
      const slotNames = (locale: UiLocale) =>
        new Map([
          [first.slotId, slotName({ label: first.slotLabel, startsAt: first.startsAt, endsAt: first.endsAt }, locale)],
        ]);
      return { code: 'none', reason: (locale) => unservedReasonText(unserved, locale, slotNames(locale)) };
    }

    const inserted = (await manager.query(
      `INSERT INTO proposal (publication_id, event_id, challenge_id, volunteer_id, slot_id, replaces_id, score,
                             answer_deadline)
       SELECT $1, $2, $3, r.volunteer, $4, r.replaces, r.score, $5
         FROM jsonb_to_recordset($6::jsonb) AS r(volunteer uuid, replaces uuid, score double precision)
       RETURNING id`,
      [
        publication.id,
        publication.eventId,
        challengeId,
        first.slotId,
        deadline,
        JSON.stringify(replacements.map((r, i) => ({ volunteer: r.volunteer, replaces: freed[i].id, score: r.score }))),
      ],
    )) as { id: string }[];
    const proposed = await proposalRows(manager, { ids: inserted.map((row) => row.id) });
    const team = (await teamsOf(manager, [challengeId])).get(challengeId) ?? [];
    const contacts = (await contactsOf(manager, [first.nonprofitId])).get(first.nonprofitId) ?? [];
    for (const row of proposed) await this.mailer.proposal(manager, row, team);
    for (const row of proposed) {
      const left = freedRows.find((candidate) => candidate.id === row.replacesId)!;
      const joined = team.filter((member) => member.volunteerId === row.volunteerId);
      await this.mailer.teamChanged(manager, left, joined, contacts);
      await recordAudit(manager, {
        organizingBodyId: row.organizingBodyId!,
        eventId: row.eventId,
        actor,
        action: 'BACKFILL_PROPOSED',
        subjectType: 'PROPOSAL',
        subjectId: row.id,
        details: {
          proposalId: row.id,
          replacesId: left.id,
          challengeId,
          challenge: row.challengeTitle,
          volunteerId: row.volunteerId,
          volunteer: firstNameOf(row.volunteerName),
          left: firstNameOf(left.volunteerName),
          automatic: actor === null,
        },
      });
    }
    return { proposed, freed: freedRows.slice(0, proposed.length) };
  }

  /**
   * A place freed up (a decline, the deadline, a cancellation). With automatic backfill the engine's next-best
   * candidate is proposed at once and the organizers are told what happened; otherwise the place waits for an
   * organizer (who sees "needs a replacement"), and the nonprofit hears at once only when an accepted member left.
   */
  async placeFreed(manager: EntityManager, left: ProposalRow, now: Date): Promise<void> {
    const publication = await lockPublication(manager, left.eventId);
    if (!publication) return;
    if (publication.autoBackfill) {
      const outcome = await this.backfill(manager, publication, left.challengeId, null, now);
      if ('proposed' in outcome) {
        const team = (await teamsOf(manager, [left.challengeId])).get(left.challengeId) ?? [];
        const joined = outcome.proposed.map((row) => row.volunteerId);
        await this.mailer.organizerUpdate(manager, left, {
          joined: team.filter((member) => joined.includes(member.volunteerId)),
        });
        return;
      }
      if (outcome.code !== 'nothingToReplace') {
        const reason =
          outcome.code === 'none'
            ? outcome.reason
            : (locale: UiLocale) => translator(locale)('publication.errors.tooLate');
        await this.mailer.organizerUpdate(manager, left, { reason });
        await recordAudit(manager, {
          organizingBodyId: left.organizingBodyId!,
          eventId: left.eventId,
          actor: null,
          action: 'BACKFILL_NOT_FOUND',
          subjectType: 'PROPOSAL',
          subjectId: left.id,
          details: { proposalId: left.id, challengeId: left.challengeId, challenge: left.challengeTitle },
        });
      }
    }
    if (left.status === 'CANCELLED' && left.cancelledBy === 'VOLUNTEER') {
      const contacts = (await contactsOf(manager, [left.nonprofitId])).get(left.nonprofitId) ?? [];
      await this.mailer.teamChanged(manager, left, [], contacts);
    }
  }

  /** The published plan as it stands: places held, who may not be proposed, who may not join this team. */
  private async situation(manager: EntityManager, publication: PublicationEntity, freed: ProposalRow) {
    const [run] = (await manager.query(`SELECT instance FROM matching_run WHERE id = $1`, [publication.runId])) as {
      instance: MatchingInstance;
    }[];
    const heldRows = (await manager.query(
      `SELECT volunteer_id AS "volunteerId", array_agg(slot_id::text) AS slots, count(*)::int AS count,
              bool_or(challenge_id = $2) AS "inTeam"
         FROM proposal WHERE event_id = $1 AND status IN ('PROPOSED', 'ACCEPTED')
        GROUP BY volunteer_id`,
      [publication.eventId, freed.challengeId],
    )) as { volunteerId: string; slots: string[]; count: number; inTeam: boolean }[];
    const unavailable = (await manager.query(
      `SELECT r.person_id AS id FROM volunteer_registration r JOIN person p ON p.id = r.person_id
        WHERE r.event_id = $1 AND (r.status <> 'REGISTERED' OR p.erased_at IS NOT NULL)
       UNION
       SELECT volunteer_id FROM proposal
        WHERE event_id = $1 AND (status IN ('DECLINED', 'EXPIRED') OR (status = 'CANCELLED' AND cancelled_by = 'VOLUNTEER'))`,
      [publication.eventId],
    )) as { id: string }[];
    const excluded = (await manager.query(
      `SELECT volunteer_id AS id FROM matching_exclusion WHERE event_id = $1 AND challenge_id = $2
       UNION
       SELECT volunteer_id FROM proposal WHERE challenge_id = $2 AND status NOT IN ('PROPOSED', 'ACCEPTED')`,
      [publication.eventId, freed.challengeId],
    )) as { id: string }[];
    return {
      instance: run.instance,
      members: heldRows.filter((row) => row.inTeam).map((row) => row.volunteerId),
      held: new Map(heldRows.map((row) => [row.volunteerId, { slots: new Set(row.slots), count: row.count }])),
      unavailable: new Set(unavailable.map((row) => row.id)),
      excluded: new Set(excluded.map((row) => row.id)),
    };
  }
}
