import { type EventStatus } from '@skillshift/shared';
import { type EntityManager } from 'typeorm';

/** Figures of one group of an edition (a cause, a district). */
export interface BreakdownFigures {
  key: string;
  nonprofitsApplied: number;
  nonprofitsServed: number;
  challengesSolved: number;
  volunteerHours: number;
}

/** The figures of one edition (event) of a body, before a rate or small-number suppression is applied. */
export interface EditionFigures {
  eventId: string;
  eventName: string;
  status: EventStatus;
  startsAt: Date;
  nonprofitsApplied: number;
  nonprofitsServed: number;
  challengesServed: number;
  challengesSolved: number;
  challengesPartlySolved: number;
  volunteers: number;
  volunteerHours: number;
  returningVolunteers: number;
  returningNonprofits: number;
  feedbackAnswers: number;
  averageRating: number | null;
  followUpsOpen: number;
  followUpsClosed: number;
  stillInUseYes: number;
  stillInUsePartly: number;
  stillInUseNo: number;
  byCause: BreakdownFigures[];
  byDistrict: BreakdownFigures[];
}

interface ChallengeRow {
  event_id: string;
  challenge_id: string;
  nonprofit_id: string;
  causes: string[];
  district: string;
  served: boolean;
  /** 0 = not solved, 1 = partly, 2 = solved; null without feedback. */
  outcome: number | null;
  volunteer_hours: string | null;
}

/**
 * The impact figures of a body's editions, oldest first. Everything is counted by ids (challenges, nonprofits,
 * proposals, feedback rows), never by names or addresses, so erasing an account changes none of them.
 *
 * - applied: nonprofits with a challenge submitted (any status after DRAFT); served: those with a challenge that had
 *   an accepted place (proposal ACCEPTED).
 * - a challenge's outcome: the nonprofit's answer to "was it solved?" wins; without one, the volunteers'. Of several
 *   answers the most cautious counts (no before partly before yes).
 * - volunteer hours: the hours volunteers gave in their feedback.
 * - returning: volunteers with an accepted place, and nonprofits that applied, in an earlier edition of the body.
 */
export async function editionFigures(
  manager: EntityManager,
  organizingBodyId: string,
  statuses: readonly EventStatus[],
): Promise<EditionFigures[]> {
  const events = (await manager.query(
    `SELECT id, name, status, starts_at FROM event
      WHERE organizing_body_id = $1 AND status = ANY($2::event_status[]) ORDER BY starts_at, id`,
    [organizingBodyId, [...statuses]],
  )) as { id: string; name: string; status: EventStatus; starts_at: Date }[];
  if (events.length === 0) return [];
  // Returning people are counted against every earlier non-draft edition, shown or not.
  const allEvents = (await manager.query(
    `SELECT id FROM event WHERE organizing_body_id = $1 AND status <> 'DRAFT' ORDER BY starts_at, id`,
    [organizingBodyId],
  )) as { id: string }[];
  const ids = allEvents.map((event) => event.id);
  const challenges = (await manager.query(
    `WITH answers AS (
       SELECT f.challenge_id,
              min(CASE f.solved WHEN 'NO' THEN 0 WHEN 'PARTLY' THEN 1 WHEN 'YES' THEN 2 END)
                FILTER (WHERE f.role = 'NONPROFIT') AS nonprofit_outcome,
              min(CASE f.solved WHEN 'NO' THEN 0 WHEN 'PARTLY' THEN 1 WHEN 'YES' THEN 2 END)
                FILTER (WHERE f.role = 'VOLUNTEER') AS volunteer_outcome,
              sum(f.hours) FILTER (WHERE f.role = 'VOLUNTEER') AS volunteer_hours
         FROM feedback_request f WHERE f.event_id = ANY($1::uuid[]) AND f.answered_at IS NOT NULL
        GROUP BY f.challenge_id
     )
     SELECT c.event_id, c.id AS challenge_id, c.nonprofit_id, n.causes::text[] AS causes, n.district,
            EXISTS (SELECT 1 FROM proposal p WHERE p.challenge_id = c.id AND p.status = 'ACCEPTED') AS served,
            coalesce(a.nonprofit_outcome, a.volunteer_outcome) AS outcome, a.volunteer_hours
       FROM challenge c JOIN nonprofit n ON n.id = c.nonprofit_id LEFT JOIN answers a ON a.challenge_id = c.id
      WHERE c.event_id = ANY($1::uuid[]) AND c.status <> 'DRAFT'`,
    [ids],
  )) as ChallengeRow[];
  const volunteers = (await manager.query(
    `SELECT DISTINCT event_id, volunteer_id FROM proposal WHERE event_id = ANY($1::uuid[]) AND status = 'ACCEPTED'`,
    [ids],
  )) as { event_id: string; volunteer_id: string }[];
  const feedback = (await manager.query(
    `SELECT event_id, count(*)::int AS answers, avg(rating)::float AS rating
       FROM feedback_request WHERE event_id = ANY($1::uuid[]) AND answered_at IS NOT NULL GROUP BY event_id`,
    [ids],
  )) as { event_id: string; answers: number; rating: number | null }[];
  const followUps = (await manager.query(
    `SELECT event_id, count(*) FILTER (WHERE status <> 'DONE')::int AS open, count(*) FILTER (WHERE status = 'DONE')::int AS closed
       FROM follow_up_task WHERE event_id = ANY($1::uuid[]) GROUP BY event_id`,
    [ids],
  )) as { event_id: string; open: number; closed: number }[];
  const stillInUse = (await manager.query(
    `SELECT event_id, count(*) FILTER (WHERE answer = 'YES')::int AS yes,
            count(*) FILTER (WHERE answer = 'PARTLY')::int AS partly, count(*) FILTER (WHERE answer = 'NO')::int AS no
       FROM still_in_use_check WHERE event_id = ANY($1::uuid[]) AND answered_at IS NOT NULL GROUP BY event_id`,
    [ids],
  )) as { event_id: string; yes: number; partly: number; no: number }[];

  const seenVolunteers = new Set<string>();
  const seenNonprofits = new Set<string>();
  const byEvent = new Map<string, EditionFigures>();
  for (const { id } of allEvents) {
    const rows = challenges.filter((row) => row.event_id === id);
    const people = new Set(volunteers.filter((row) => row.event_id === id).map((row) => row.volunteer_id));
    const applied = new Set(rows.map((row) => row.nonprofit_id));
    const event = events.find((candidate) => candidate.id === id);
    if (event) {
      const totals = figuresOf(rows);
      const answers = feedback.find((row) => row.event_id === id);
      const tasks = followUps.find((row) => row.event_id === id);
      const checks = stillInUse.find((row) => row.event_id === id);
      byEvent.set(id, {
        eventId: id,
        eventName: event.name,
        status: event.status,
        startsAt: event.starts_at,
        nonprofitsApplied: totals.nonprofitsApplied,
        nonprofitsServed: totals.nonprofitsServed,
        challengesServed: rows.filter((row) => row.served).length,
        challengesSolved: totals.challengesSolved,
        challengesPartlySolved: rows.filter((row) => row.outcome === 1).length,
        volunteers: people.size,
        volunteerHours: totals.volunteerHours,
        returningVolunteers: [...people].filter((person) => seenVolunteers.has(person)).length,
        returningNonprofits: [...applied].filter((nonprofit) => seenNonprofits.has(nonprofit)).length,
        feedbackAnswers: answers?.answers ?? 0,
        averageRating: answers?.rating === null || answers?.rating === undefined ? null : round(answers.rating, 2),
        followUpsOpen: tasks?.open ?? 0,
        followUpsClosed: tasks?.closed ?? 0,
        stillInUseYes: checks?.yes ?? 0,
        stillInUsePartly: checks?.partly ?? 0,
        stillInUseNo: checks?.no ?? 0,
        byCause: breakdown(rows, (row) => row.causes),
        byDistrict: breakdown(rows, (row) => [row.district.trim()]),
      });
    }
    for (const person of people) seenVolunteers.add(person);
    for (const nonprofit of applied) seenNonprofits.add(nonprofit);
  }
  return events.map((event) => byEvent.get(event.id)!);
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

function figuresOf(rows: ChallengeRow[]): Omit<BreakdownFigures, 'key'> {
  return {
    nonprofitsApplied: new Set(rows.map((row) => row.nonprofit_id)).size,
    nonprofitsServed: new Set(rows.filter((row) => row.served).map((row) => row.nonprofit_id)).size,
    challengesSolved: rows.filter((row) => row.outcome === 2).length,
    volunteerHours: round(
      rows.reduce((sum, row) => sum + Number(row.volunteer_hours ?? 0), 0),
      1,
    ),
  };
}

/** Figures per group, largest first; a nonprofit with several causes counts in each. */
function breakdown(rows: ChallengeRow[], keysOf: (row: ChallengeRow) => string[]): BreakdownFigures[] {
  const groups = new Map<string, ChallengeRow[]>();
  for (const row of rows) for (const key of new Set(keysOf(row))) groups.set(key, [...(groups.get(key) ?? []), row]);
  return [...groups.entries()]
    .map(([key, members]) => ({ key, ...figuresOf(members) }))
    .sort((a, b) => b.nonprofitsApplied - a.nonprofitsApplied || a.key.localeCompare(b.key));
}
