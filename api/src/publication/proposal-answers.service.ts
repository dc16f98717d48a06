import { Injectable } from '@nestjs/common';
import { PUBLICATION_LIMITS, type ProposalAnswer, type UiLocale } from '@skillshift/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit-log';
import { type SignedInPerson } from '../auth/signed-in-person';
import { assertActsForBody, assertOrganizesSomething } from '../auth/tenant';
import { isContactOf } from '../challenges/challenge-access';
import {
  conflict,
  forbidden,
  invalidInput,
  notFound,
  translated,
  unauthenticated,
} from '../common/errors/domain-error';
import { preparedQuery } from '../database/prepared-query';
import { eventStatusParam, isUuid } from '../matching/matching-access';
import { firstNameOf } from '../matching/matching-names';
import { BackfillService } from './backfill.service';
import { PublicationMailer } from './publication-mailer';
import { nonprofitTeams, volunteerProposals } from './publication-views';
import { type NonprofitTeam, type VolunteerProposal } from './publication.model';
import { contactsOf, type MemberRow, type ProposalRow, proposalRows, teamsOf } from './proposal-rows';

/** What became of an answer: recorded now, or why not (it was given before, the deadline passed, answers closed). */
export type AnswerOutcome =
  { kind: 'recorded' | 'already' | 'expired' | 'closed'; row: ProposalRow } | { kind: 'gone' };

type Actor = { id: string; name: string; email?: string };

/** An organizer records what a volunteer said by phone or in person; the audit log names the organizer. */
export interface OnBehalf {
  actor: Actor;
  note: string;
}

/** How the audit log tells an answer recorded on the volunteer's behalf (the description adds a sentence for it). */
const onBehalfDetails = (onBehalf: OnBehalf | undefined) =>
  onBehalf ? { onBehalf: true, ...(onBehalf.note ? { note: onBehalf.note } : {}) } : {};

/**
 * Answers and confirmations: the volunteer accepts or declines (by the mail's link or on the dashboard) or calls off
 * an accepted place; the nonprofit confirms its team or calls off a place. Each change locks the proposal rows it
 * changes, so fifty identical clicks record one answer and send one mail; the ones that wait see it already given.
 */
@Injectable()
export class ProposalAnswersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: PublicationMailer,
    private readonly backfills: BackfillService,
  ) {}

  /**
   * Records an answer, once. `volunteerId` limits it to that volunteer's own proposal (the dashboard); `onBehalf` is
   * an organizer recording it for the volunteer (the audit log names the organizer, the volunteer's receipt still goes
   * out where they have an address).
   */
  async answer(
    proposalId: string,
    answer: ProposalAnswer,
    now = new Date(),
    options: { volunteerId?: string; onBehalf?: OnBehalf } = {},
  ): Promise<AnswerOutcome> {
    const { volunteerId, onBehalf } = options;
    if (!isUuid(proposalId)) return { kind: 'gone' };
    // An answer once given never changes back, so a repeated click is answered without taking a lock.
    const [seen] = await proposalRows(this.dataSource.manager, { ids: [proposalId] });
    if (!seen || (volunteerId && seen.volunteerId !== volunteerId)) return { kind: 'gone' };
    if (seen.status !== 'PROPOSED') return { kind: 'already', row: seen };
    if (seen.eventStatus !== 'PUBLISHED') return { kind: 'closed', row: seen };
    if (now >= seen.answerDeadline) return { kind: 'expired', row: seen };
    const accepted = answer === 'ACCEPT';
    return this.dataSource.transaction(async (manager) => {
      // The update itself takes the row lock and checks the status again: of simultaneous clicks one changes the
      // row; the others wait for it and then change nothing.
      const [changed] = await preparedQuery<{ nonprofitConfirmedAt: Date | null; revealedAt: Date | null }>(
        manager,
        `UPDATE proposal p
              SET status = $2, answered_at = $3, updated_at = now(),
                  revealed_at = CASE WHEN $4 AND p.nonprofit_confirmed_at IS NOT NULL THEN $3::timestamptz END
             FROM event e
            WHERE p.id = $1 AND p.status = 'PROPOSED' AND p.answer_deadline > $3 AND e.id = p.event_id
              AND e.status = 'PUBLISHED'
        RETURNING p.nonprofit_confirmed_at AS "nonprofitConfirmedAt", p.revealed_at AS "revealedAt"`,
        [proposalId, accepted ? 'ACCEPTED' : 'DECLINED', now, accepted],
      );
      if (!changed) {
        const [row] = await proposalRows(manager, { ids: [proposalId] });
        if (!row) return { kind: 'gone' };
        if (row.status !== 'PROPOSED') return { kind: 'already', row };
        return { kind: row.eventStatus !== 'PUBLISHED' ? 'closed' : 'expired', row };
      }
      const reveal = changed.revealedAt !== null;
      const row: ProposalRow = { ...seen, nonprofitConfirmedAt: changed.nonprofitConfirmedAt };
      const updated: ProposalRow = {
        ...row,
        status: accepted ? 'ACCEPTED' : 'DECLINED',
        answeredAt: now,
        revealedAt: changed.revealedAt,
      };
      const actor = onBehalf?.actor ?? { id: row.volunteerId, name: row.volunteerName };
      await this.audit(
        manager,
        updated,
        actor,
        accepted ? 'PROPOSAL_ACCEPTED' : 'PROPOSAL_DECLINED',
        onBehalfDetails(onBehalf),
      );
      const contacts = reveal ? ((await contactsOf(manager, [row.nonprofitId])).get(row.nonprofitId) ?? []) : null;
      if (reveal) await this.audit(manager, updated, actor, 'CONTACT_DATA_REVEALED');
      await this.mailer.answered(manager, updated, accepted, contacts);
      if (!accepted) await this.backfills.placeFreed(manager, updated, now);
      return { kind: 'recorded', row: updated };
    });
  }

  /** A proposal and its team as the answer page shows them; null when there is no such proposal. */
  async forPage(proposalId: string): Promise<{ row: ProposalRow; team: MemberRow[] } | null> {
    const manager = this.dataSource.manager;
    const [row] = isUuid(proposalId) ? await proposalRows(manager, { ids: [proposalId] }) : [];
    if (!row) return null;
    return { row, team: (await teamsOf(manager, [row.challengeId])).get(row.challengeId) ?? [] };
  }

  /** The dashboard's Accept/Decline: the same answer, refused with a reason when it cannot be given. */
  async answerAsVolunteer(
    person: SignedInPerson | null,
    proposalId: string,
    answer: ProposalAnswer,
    locale: UiLocale,
  ): Promise<VolunteerProposal> {
    if (!person) throw unauthenticated();
    const now = new Date();
    refuseUnrecorded(await this.answer(proposalId, answer, now, { volunteerId: person.id }));
    return (await volunteerProposals(this.dataSource.manager, person.id, locale, now, proposalId))[0];
  }

  /**
   * An organizer of the event's body records a volunteer's answer given by phone, on paper or in person (people
   * without an e-mail address get no links): the same answer, with the same rules, once. Returns the event's id.
   */
  async answerOnBehalf(
    person: SignedInPerson | null,
    proposalId: string,
    answer: ProposalAnswer,
    note: string | null | undefined,
    now = new Date(),
  ): Promise<string> {
    assertOrganizesSomething(person);
    const text = checkedText(note, 'note');
    const { row, actor } = await onBehalfOf(this.dataSource.manager, person, proposalId);
    refuseUnrecorded(await this.answer(proposalId, answer, now, { onBehalf: { actor, note: text } }));
    return row.eventId;
  }

  /** An organizer records that a volunteer who accepted can no longer come: the place frees up as if they called off. */
  async cancelOnBehalf(
    person: SignedInPerson | null,
    proposalId: string,
    note: string | null | undefined,
    now = new Date(),
  ): Promise<string> {
    assertOrganizesSomething(person);
    const text = checkedText(note, 'note');
    return this.dataSource.transaction(async (manager) => {
      const { row, actor } = await onBehalfOf(manager, person, proposalId, true);
      if (row.status !== 'ACCEPTED') throw conflict('publication.errors.notAccepted');
      await this.cancel(manager, row, 'VOLUNTEER', text, actor, now, { actor, note: text });
      return row.eventId;
    });
  }

  /** The volunteer calls off a place they accepted; the place frees up. */
  async cancelAsVolunteer(
    person: SignedInPerson | null,
    proposalId: string,
    reason: string | null | undefined,
    locale: UiLocale,
  ): Promise<VolunteerProposal> {
    if (!person) throw unauthenticated();
    const text = checkedText(reason, 'reason');
    const now = new Date();
    await this.dataSource.transaction(async (manager) => {
      const [row] = isUuid(proposalId) ? await proposalRows(manager, { ids: [proposalId] }, { lock: true }) : [];
      if (!row || row.volunteerId !== person.id) throw notFound('publication.entities.proposal');
      if (row.status !== 'ACCEPTED') throw conflict('publication.errors.notAccepted');
      await this.cancel(
        manager,
        row,
        'VOLUNTEER',
        text,
        { id: person.id, name: person.name, email: person.email },
        now,
      );
    });
    return (await volunteerProposals(this.dataSource.manager, person.id, locale, now, proposalId))[0];
  }

  /** A contact of the nonprofit calls off a place in its team (proposed or accepted); the volunteer is told. */
  async releaseAsNonprofit(
    person: SignedInPerson | null,
    proposalId: string,
    reason: string | null | undefined,
    locale: UiLocale,
  ): Promise<NonprofitTeam> {
    if (!person) throw unauthenticated();
    const text = checkedText(reason, 'reason');
    const now = new Date();
    const row = await this.dataSource.transaction(async (manager) => {
      const [locked] = isUuid(proposalId) ? await proposalRows(manager, { ids: [proposalId] }, { lock: true }) : [];
      if (!locked) throw notFound('publication.entities.proposal');
      if (!(await isContactOf(manager, locked.nonprofitId, person.id))) throw forbidden();
      if (locked.status !== 'PROPOSED' && locked.status !== 'ACCEPTED') throw conflict('publication.errors.notActive');
      await this.cancel(
        manager,
        locked,
        'NONPROFIT',
        text,
        { id: person.id, name: person.name, email: person.email },
        now,
      );
      return locked;
    });
    return (await nonprofitTeams(this.dataSource.manager, row.nonprofitId, locale, now, row.challengeId))[0];
  }

  private async cancel(
    manager: EntityManager,
    row: ProposalRow,
    by: 'VOLUNTEER' | 'NONPROFIT',
    reason: string,
    actor: Actor,
    now: Date,
    onBehalf?: OnBehalf,
  ): Promise<void> {
    if (row.eventStatus !== 'PUBLISHED')
      throw conflict('publication.errors.eventNotPublished', { status: eventStatusParam(row.eventStatus) });
    if (row.startsAt <= now) throw conflict('publication.errors.slotStarted');
    await manager.query(
      `UPDATE proposal SET status = 'CANCELLED', cancelled_by = $2, cancel_reason = $3,
              answered_at = coalesce(answered_at, $4), updated_at = now()
        WHERE id = $1`,
      [row.id, by, reason || null, now],
    );
    const updated: ProposalRow = {
      ...row,
      status: 'CANCELLED',
      cancelledBy: by,
      cancelReason: reason || null,
      answeredAt: row.answeredAt ?? now,
    };
    await this.audit(manager, updated, actor, 'PROPOSAL_CANCELLED', {
      by,
      previous: row.status,
      ...onBehalfDetails(onBehalf),
    });
    // The mails take the entry out of the volunteer's calendar: its sequence follows from the status before.
    if (by === 'NONPROFIT') await this.mailer.released(manager, row, reason);
    else await this.mailer.withdrawn(manager, row);
    await this.backfills.placeFreed(manager, updated, now);
  }

  /**
   * The nonprofit confirms the members of a team it has not confirmed yet. For those who accepted already, contact
   * data becomes visible to both sides now, and the volunteer gets the nonprofit's contacts by mail.
   */
  async confirmTeam(person: SignedInPerson | null, challengeId: string, locale: UiLocale): Promise<NonprofitTeam> {
    if (!person) throw unauthenticated();
    const now = new Date();
    const nonprofitId = await this.dataSource.transaction(async (manager) => {
      const [challenge] = isUuid(challengeId)
        ? ((await manager.query(
            `SELECT c.nonprofit_id AS "nonprofitId", e.status FROM challenge c JOIN event e ON e.id = c.event_id
              WHERE c.id = $1`,
            [challengeId],
          )) as { nonprofitId: string; status: ProposalRow['eventStatus'] }[])
        : [];
      if (!challenge) throw notFound('publication.entities.team');
      if (!(await isContactOf(manager, challenge.nonprofitId, person.id))) throw forbidden();
      if (challenge.status !== 'PUBLISHED')
        throw conflict('publication.errors.eventNotPublished', { status: eventStatusParam(challenge.status) });
      const rows = (await proposalRows(manager, { challengeIds: [challengeId] }, { lock: true })).filter(
        (row) => (row.status === 'PROPOSED' || row.status === 'ACCEPTED') && row.nonprofitConfirmedAt === null,
      );
      if (rows.length === 0) throw conflict('publication.errors.nothingToConfirm');
      await manager.query(
        `UPDATE proposal
            SET nonprofit_confirmed_at = $2, nonprofit_confirmed_by_id = $3,
                revealed_at = CASE WHEN status = 'ACCEPTED' THEN $2::timestamptz END, updated_at = now()
          WHERE id = ANY($1::uuid[])`,
        [rows.map((row) => row.id), now, person.id],
      );
      const actor = { id: person.id, name: person.name, email: person.email };
      await recordAudit(manager, {
        organizingBodyId: rows[0].organizingBodyId!,
        eventId: rows[0].eventId,
        actor,
        action: 'TEAM_CONFIRMED',
        subjectType: 'CHALLENGE',
        subjectId: challengeId,
        details: {
          challengeId,
          challenge: rows[0].challengeTitle,
          volunteers: rows.map((row) => firstNameOf(row.volunteerName)).join(', '),
          count: rows.length,
        },
      });
      const revealed = rows.filter((row) => row.status === 'ACCEPTED');
      const contacts = (await contactsOf(manager, [challenge.nonprofitId])).get(challenge.nonprofitId) ?? [];
      for (const row of revealed) {
        const updated = { ...row, nonprofitConfirmedAt: now, revealedAt: now };
        await this.audit(manager, updated, actor, 'CONTACT_DATA_REVEALED');
        await this.mailer.teamConfirmed(manager, updated, contacts);
      }
      return challenge.nonprofitId;
    });
    return (await nonprofitTeams(this.dataSource.manager, nonprofitId, locale, now, challengeId))[0];
  }

  private async audit(
    manager: EntityManager,
    row: ProposalRow,
    actor: Actor | null,
    action:
      'PROPOSAL_ACCEPTED' | 'PROPOSAL_DECLINED' | 'PROPOSAL_EXPIRED' | 'PROPOSAL_CANCELLED' | 'CONTACT_DATA_REVEALED',
    extra: Record<string, unknown> = {},
  ): Promise<void> {
    await recordAudit(manager, {
      organizingBodyId: row.organizingBodyId!,
      eventId: row.eventId,
      actor,
      action,
      subjectType: 'PROPOSAL',
      subjectId: row.id,
      details: {
        proposalId: row.id,
        challengeId: row.challengeId,
        challenge: row.challengeTitle,
        volunteerId: row.volunteerId,
        volunteer: firstNameOf(row.volunteerName),
        nonprofit: row.nonprofitName,
        ...extra,
      },
    });
  }
}

/** A free text (a reason, an organizer's note), trimmed; refused over the limit, naming the argument. */
function checkedText(value: string | null | undefined, path: 'reason' | 'note'): string {
  const text = (value ?? '').trim();
  if (text.length > PUBLICATION_LIMITS.reasonMax)
    throw invalidInput([{ path, messageKey: 'validation.maxLength', params: { max: PUBLICATION_LIMITS.reasonMax } }]);
  return text;
}

/**
 * The proposal an organizer acts on for its volunteer (`lock`: taken for update), refused unless they organize its
 * event's body, and the organizer as the audit entry names them.
 */
async function onBehalfOf(manager: EntityManager, person: SignedInPerson, proposalId: string, lock = false) {
  const [row] = isUuid(proposalId) ? await proposalRows(manager, { ids: [proposalId] }, { lock }) : [];
  if (!row) throw notFound('publication.entities.proposal');
  assertActsForBody(person, row.organizingBodyId ?? '');
  return { row, actor: { id: person.id, name: person.name, email: person.email } };
}

/** An answer that was not recorded now, as the error the caller reads. */
function refuseUnrecorded(outcome: AnswerOutcome): void {
  if (outcome.kind === 'gone') throw notFound('publication.entities.proposal');
  if (outcome.kind === 'already')
    throw conflict('publication.errors.alreadyAnswered', {
      status: translated(`publication.statuses.${outcome.row.status}`),
    });
  if (outcome.kind === 'closed')
    throw conflict('publication.errors.eventNotPublished', { status: eventStatusParam(outcome.row.eventStatus) });
  if (outcome.kind === 'expired') throw conflict('publication.errors.deadlinePassed');
}
