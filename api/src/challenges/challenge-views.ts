import { type ChallengeStatus, type EventStatus } from '@skillshift/shared';
import { type EntityManager } from 'typeorm';
import { type EventEntity } from '../events/event.entity';
import { slotsByEvent } from '../events/event-views';
import { type ChallengeViewer, slotIdsOf, takesChallenges } from './challenge-access';
import { type ChallengeEntity } from './challenge.entity';
import { type Challenge, type ChallengeEvent, type ChallengeSummary } from './challenge.model';
import { missingForSubmission } from './challenge-rules';

/**
 * What the API returns of challenges, built from rows with a fixed number of queries per call however many
 * challenges a list holds. Priority is the organizers' own judgement and stays null for everyone else.
 */
interface SummaryRow {
  id: string;
  title: string;
  status: ChallengeStatus;
  priority: number;
  submittedAt: Date | null;
  updatedAt: Date;
  nonprofitId: string;
  nonprofitName: string;
  eventId: string;
  eventName: string;
  eventStatus: EventStatus;
  statusMessage: string | null;
}

const SUMMARY_SELECT = `
  SELECT c.id, c.title, c.status, c.priority, c.submitted_at AS "submittedAt", c.updated_at AS "updatedAt",
         c.nonprofit_id AS "nonprofitId", n.name AS "nonprofitName",
         c.event_id AS "eventId", e.name AS "eventName", e.status AS "eventStatus",
         (SELECT h.message FROM challenge_status_change h
           WHERE h.challenge_id = c.id AND h.to_status = c.status
           ORDER BY h.created_at DESC LIMIT 1) AS "statusMessage"
    FROM challenge c
    JOIN nonprofit n ON n.id = c.nonprofit_id
    JOIN event e ON e.id = c.event_id`;

/** Summaries for `where` (a condition on c, n or e, with $1… params), in the given order. */
export async function querySummaries(
  manager: EntityManager,
  where: string,
  params: unknown[],
  orderAndLimit: string,
  showPriority: boolean,
): Promise<ChallengeSummary[]> {
  const rows = (await manager.query(`${SUMMARY_SELECT} WHERE ${where} ${orderAndLimit}`, params)) as SummaryRow[];
  return rows.map((row) => toSummary(row, showPriority));
}

function toSummary(row: SummaryRow, showPriority: boolean): ChallengeSummary {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    priority: showPriority ? row.priority : null,
    submittedAt: row.submittedAt,
    updatedAt: row.updatedAt,
    nonprofitId: row.nonprofitId,
    nonprofitName: row.nonprofitName,
    eventId: row.eventId,
    eventName: row.eventName,
    eventStatus: row.eventStatus,
    openQuestion: row.status === 'NEEDS_INFO' ? row.statusMessage : null,
    decisionReason: row.status === 'REJECTED' ? row.statusMessage : null,
  };
}

export async function toChallengeEvent(manager: EntityManager, event: EventEntity): Promise<ChallengeEvent> {
  const slots = (await slotsByEvent(manager, [event.id])).get(event.id) ?? [];
  const bodies = (await manager.query(`SELECT name FROM organizing_body WHERE id = $1`, [event.organizingBodyId])) as {
    name: string;
  }[];
  return {
    id: event.id,
    name: event.name,
    kind: event.kind,
    status: event.status,
    nonprofitDeadline: event.nonprofitDeadline,
    languages: event.languages,
    organizingBodyId: event.organizingBodyId,
    organizingBodyName: bodies[0]?.name ?? null,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    slots: slots.map(({ id, startsAt, endsAt, label }) => ({ id, startsAt, endsAt, label })),
    acceptsChallenges: takesChallenges(event),
  };
}

interface HistoryRow {
  id: string;
  fromStatus: ChallengeStatus | null;
  toStatus: ChallengeStatus;
  message: string | null;
  actorName: string | null;
  createdAt: Date;
}

export async function toChallenge(
  manager: EntityManager,
  challenge: ChallengeEntity,
  event: EventEntity,
  viewer: ChallengeViewer,
): Promise<Challenge> {
  const slotIds = (await slotIdsOf(manager, [challenge.id])).get(challenge.id) ?? [];
  const history = (await manager.query(
    `SELECT h.id, h.from_status AS "fromStatus", h.to_status AS "toStatus", h.message,
            nullif(p.name, '') AS "actorName", h.created_at AS "createdAt"
       FROM challenge_status_change h LEFT JOIN person p ON p.id = h.actor_id
      WHERE h.challenge_id = $1
      ORDER BY h.created_at, (h.from_status IS NOT NULL), h.id`,
    [challenge.id],
  )) as HistoryRow[];
  const nonprofits = (await manager.query(`SELECT name FROM nonprofit WHERE id = $1`, [challenge.nonprofitId])) as {
    name: string;
  }[];
  const statusMessage = [...history].reverse().find((change) => change.toStatus === challenge.status)?.message ?? null;
  const content = { ...challenge, slotIds };
  return {
    id: challenge.id,
    title: challenge.title,
    status: challenge.status,
    priority: viewer.isOrganizer ? challenge.priority : null,
    submittedAt: challenge.submittedAt,
    updatedAt: challenge.updatedAt,
    createdAt: challenge.createdAt,
    nonprofitId: challenge.nonprofitId,
    nonprofitName: nonprofits[0]?.name ?? '',
    openQuestion: challenge.status === 'NEEDS_INFO' ? statusMessage : null,
    decisionReason: challenge.status === 'REJECTED' ? statusMessage : null,
    problem: challenge.problem,
    goal: challenge.goal,
    beneficiaries: challenge.beneficiaries,
    tools: challenge.tools,
    skills: challenge.skills,
    teamMin: challenge.teamMin,
    teamMax: challenge.teamMax,
    languages: challenge.languages,
    format: challenge.format,
    slotIds,
    decisionMakerPresent: challenge.decisionMakerPresent,
    accessReady: challenge.accessReady,
    fitsOneEvening: challenge.fitsOneEvening,
    event: await toChallengeEvent(manager, event),
    history,
    missingFields: missingForSubmission(content).map((problem) => problem.path),
    viewerIsContact: viewer.isContact,
    viewerIsOrganizer: viewer.isOrganizer,
  };
}
