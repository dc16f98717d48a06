import { Injectable } from '@nestjs/common';
import {
  answerDeadlineProblem,
  canTransition,
  PUBLICATION_LIMITS,
  type ProposalAnswer,
  type UiLocale,
} from '@skillshift/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit-log';
import { type SignedInPerson } from '../auth/signed-in-person';
import { conflict, type FieldProblem, invalidInput, notFound } from '../common/errors/domain-error';
import { type EventEntity } from '../events/event.entity';
import { eventForOrganizer, eventStatusParam, isUuid, runForOrganizer } from '../matching/matching-access';
import { BackfillService, lockPublication } from './backfill.service';
import { type PublishRunInput } from './dto/publication.input';
import { formatMoment } from './publication-texts';
import { PublicationMailer } from './publication-mailer';
import { ProposalAnswersService } from './proposal-answers.service';
import { publishedTeams } from './publication-views';
import { type Publication } from './publication.model';
import { contactsOf, proposalRows, teamsOf } from './proposal-rows';

/**
 * Publishing a run and following it: organizers of the event's body. Publishing turns the run's assignments into
 * proposals and mails them, once: the event row is locked, so a double click or two organizers at once publish one
 * run, and the request that comes second sees the publication and sends nothing.
 */
@Injectable()
export class PublicationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: PublicationMailer,
    private readonly backfills: BackfillService,
    private readonly answers: ProposalAnswersService,
  ) {}

  async publish(
    person: SignedInPerson | null,
    runId: string,
    input: PublishRunInput,
    locale: UiLocale,
    now = new Date(),
  ): Promise<Publication> {
    const eventId = await this.dataSource.transaction(async (manager) => {
      const { run } = await runForOrganizer(manager, person, runId);
      const event = await eventForOrganizer(manager, person, run.eventId, true);
      const existing = await lockPublication(manager, event.id);
      if (existing) {
        // A repeated request for the same run (a double click, a retry) gets the publication as it is.
        if (existing.runId === run.id) return event.id;
        const [{ number }] = (await manager.query(`SELECT number FROM matching_run WHERE id = $1`, [
          existing.runId,
        ])) as { number: number }[];
        throw conflict('publication.errors.alreadyPublished', { run: number });
      }
      if (event.status !== 'MATCHING' || !canTransition(event.status, 'PUBLISHED'))
        throw conflict('publication.errors.eventNotMatching', { status: eventStatusParam(event.status) });
      if (run.status !== 'DONE') throw conflict('publication.errors.runNotDone');
      const [{ count, firstStart }] = (await manager.query(
        `SELECT count(*)::int AS count, min(s.starts_at) AS "firstStart"
           FROM matching_assignment a JOIN slot s ON s.id = a.slot_id WHERE a.run_id = $1`,
        [run.id],
      )) as { count: number; firstStart: Date | null }[];
      if (count === 0 || !firstStart) throw conflict('publication.errors.runEmpty');
      assertDeadline(input.answerDeadline, firstStart, now, locale);

      const [{ id: publicationId }] = (await manager.query(
        `INSERT INTO publication (event_id, run_id, published_by_id, published_at, answer_deadline, auto_backfill)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [event.id, run.id, person!.id, now, input.answerDeadline, input.autoBackfill],
      )) as { id: string }[];
      await manager.query(`UPDATE event SET status = 'PUBLISHED', updated_at = now() WHERE id = $1`, [event.id]);
      const inserted = (await manager.query(
        `INSERT INTO proposal (publication_id, event_id, challenge_id, volunteer_id, slot_id, assignment_id, score,
                               answer_deadline)
         SELECT $1, $2, a.challenge_id, a.volunteer_id, a.slot_id, a.id, a.score, $3
           FROM matching_assignment a WHERE a.run_id = $4
         RETURNING id`,
        [publicationId, event.id, input.answerDeadline, run.id],
      )) as { id: string }[];
      const mailed = await this.mailEveryone(
        manager,
        inserted.map((row) => row.id),
      );
      await recordAudit(manager, {
        organizingBodyId: event.organizingBodyId!,
        eventId: event.id,
        actor: person,
        action: 'PUBLICATION_PUBLISHED',
        subjectType: 'MATCHING_RUN',
        subjectId: run.id,
        details: {
          runId: run.id,
          run: run.number,
          proposals: inserted.length,
          mailed,
          answerDeadline: input.answerDeadline.toISOString(),
          autoBackfill: input.autoBackfill,
        },
      });
      return event.id;
    });
    return this.get(person, eventId, locale);
  }

  /** Each volunteer gets their proposal, each nonprofit contact the proposed team; returns how many volunteers. */
  private async mailEveryone(manager: EntityManager, proposalIds: string[]): Promise<number> {
    const rows = await proposalRows(manager, { ids: proposalIds });
    const challengeIds = [...new Set(rows.map((row) => row.challengeId))];
    const teams = await teamsOf(manager, challengeIds);
    const contacts = await contactsOf(manager, [...new Set(rows.map((row) => row.nonprofitId))]);
    let mailed = 0;
    for (const row of rows) if (await this.mailer.proposal(manager, row, teams.get(row.challengeId) ?? [])) mailed++;
    for (const challengeId of challengeIds) {
      const row = rows.find((candidate) => candidate.challengeId === challengeId)!;
      await this.mailer.proposedTeam(manager, row, teams.get(challengeId) ?? [], contacts.get(row.nonprofitId) ?? []);
    }
    return mailed;
  }

  async setAutoBackfill(
    person: SignedInPerson | null,
    eventId: string,
    autoBackfill: boolean,
    locale: UiLocale,
  ): Promise<Publication> {
    await this.dataSource.transaction(async (manager) => {
      const event = await eventForOrganizer(manager, person, eventId, true);
      const publication = await lockPublication(manager, event.id);
      if (!publication) throw conflict('publication.errors.notPublished');
      if (publication.autoBackfill === autoBackfill) return;
      await manager.query(`UPDATE publication SET auto_backfill = $2 WHERE id = $1`, [publication.id, autoBackfill]);
      await recordAudit(manager, {
        organizingBodyId: event.organizingBodyId!,
        eventId: event.id,
        actor: person,
        action: 'PUBLICATION_SETTINGS_CHANGED',
        subjectType: 'EVENT',
        subjectId: event.id,
        details: { autoBackfill },
      });
    });
    return this.get(person, eventId, locale);
  }

  /** The organizer's one action for a team with freed places: the engine proposes the best replacements. */
  async findReplacement(
    person: SignedInPerson | null,
    challengeId: string,
    locale: UiLocale,
    now = new Date(),
  ): Promise<Publication> {
    const eventId = await this.dataSource.transaction(async (manager) => {
      const rows = isUuid(challengeId)
        ? ((await manager.query(`SELECT event_id AS "eventId", title FROM challenge WHERE id = $1`, [challengeId])) as {
            eventId: string;
            title: string;
          }[])
        : [];
      if (rows.length === 0) throw notFound('matching.entities.challenge');
      const event = await eventForOrganizer(manager, person, rows[0].eventId);
      assertPublished(event);
      const publication = await lockPublication(manager, event.id);
      if (!publication) throw conflict('publication.errors.notPublished');
      const outcome = await this.backfills.backfill(manager, publication, challengeId, person, now);
      if ('proposed' in outcome) return event.id;
      if (outcome.code === 'none')
        throw conflict('publication.errors.noReplacement', {
          challenge: rows[0].title,
          reason: outcome.reason(locale),
        });
      throw conflict(`publication.errors.${outcome.code}`);
    });
    return this.get(person, eventId, locale);
  }

  /** An organizer records a volunteer's answer on their behalf (given by phone, on paper, in person). */
  async recordAnswer(
    person: SignedInPerson | null,
    proposalId: string,
    answer: ProposalAnswer,
    note: string | null | undefined,
    locale: UiLocale,
  ): Promise<Publication> {
    const eventId = await this.answers.answerOnBehalf(person, proposalId, answer, note);
    return this.get(person, eventId, locale);
  }

  /** An organizer records that a volunteer who accepted can no longer come. */
  async recordCancellation(
    person: SignedInPerson | null,
    proposalId: string,
    note: string | null | undefined,
    locale: UiLocale,
  ): Promise<Publication> {
    const eventId = await this.answers.cancelOnBehalf(person, proposalId, note);
    return this.get(person, eventId, locale);
  }

  async get(person: SignedInPerson | null, eventId: string, locale: UiLocale): Promise<Publication> {
    const manager = this.dataSource.manager;
    const event = await eventForOrganizer(manager, person, eventId);
    const [publication] = (await manager.query(
      `SELECT p.run_id AS "runId", r.number AS "runNumber", p.published_at AS "publishedAt",
              nullif(b.name, '') AS "publishedByName", p.answer_deadline AS "answerDeadline",
              p.auto_backfill AS "autoBackfill"
         FROM publication p JOIN matching_run r ON r.id = p.run_id LEFT JOIN person b ON b.id = p.published_by_id
        WHERE p.event_id = $1`,
      [event.id],
    )) as Pick<
      Publication,
      'runId' | 'runNumber' | 'publishedAt' | 'publishedByName' | 'answerDeadline' | 'autoBackfill'
    >[];
    const teams = publication ? await publishedTeams(manager, event.id, locale, new Date()) : [];
    const places = teams.flatMap((team) => team.places);
    const [{ firstStart }] = (await manager.query(
      `SELECT min(starts_at) AS "firstStart" FROM slot WHERE event_id = $1`,
      [event.id],
    )) as { firstStart: Date | null }[];
    return {
      eventId: event.id,
      eventName: event.name,
      eventStatus: event.status,
      organizingBodyId: event.organizingBodyId,
      published: Boolean(publication),
      canPublish: !publication && event.status === 'MATCHING',
      latestDeadline: publication ? null : firstStart,
      runId: publication?.runId ?? null,
      runNumber: publication?.runNumber ?? null,
      publishedAt: publication?.publishedAt ?? null,
      publishedByName: publication?.publishedByName ?? null,
      answerDeadline: publication?.answerDeadline ?? null,
      autoBackfill: publication?.autoBackfill ?? false,
      counts: {
        proposed: places.filter((place) => place.status === 'PROPOSED').length,
        accepted: places.filter((place) => place.status === 'ACCEPTED').length,
        freed: places.filter((place) => place.state === 'NEEDS_REPLACEMENT' || place.state === 'REPLACED').length,
        needsReplacement: places.filter((place) => place.state === 'NEEDS_REPLACEMENT').length,
      },
      teams,
    };
  }
}

export function assertPublished(event: EventEntity): void {
  if (event.status !== 'PUBLISHED')
    throw conflict('publication.errors.eventNotPublished', { status: eventStatusParam(event.status) });
}

/** The deadline lies at least an hour ahead and before the first team meets. */
function assertDeadline(deadline: Date, firstStart: Date, now: Date, locale: UiLocale): void {
  const problems: FieldProblem[] = [];
  const problem =
    deadline instanceof Date && !Number.isNaN(deadline.getTime())
      ? answerDeadlineProblem(deadline, firstStart, now)
      : 'invalid';
  if (problem === 'invalid') problems.push({ path: 'input.answerDeadline', messageKey: 'validation.isDate' });
  else if (problem === 'tooSoon')
    problems.push({
      path: 'input.answerDeadline',
      messageKey: 'publication.validation.deadlineFuture',
      params: { count: PUBLICATION_LIMITS.minDeadlineHours },
    });
  else if (problem === 'afterFirstMeeting')
    problems.push({
      path: 'input.answerDeadline',
      messageKey: 'publication.validation.deadlineBeforeSlot',
      params: { start: formatMoment(firstStart, locale) },
    });
  if (problems.length > 0) throw invalidInput(problems);
}
