import { FEEDBACK_LIMITS, type FollowUpKind, type HelpTopic } from '@skillshift/shared';
import { type EntityManager } from 'typeorm';
import { FollowUpTaskEntity } from './follow-up-task.entity';

export interface FollowUpRequest {
  organizingBodyId: string;
  eventId: string;
  nonprofitId: string;
  challengeId: string | null;
  feedbackRequestId: string | null;
  kinds: readonly FollowUpKind[];
  helpTopic: HelpTopic | null;
  note: string;
  requestedById: string | null;
}

/** The Berlin calendar day `days` after `now`, as YYYY-MM-DD. */
export function berlinDayAfter(now: Date, days: number): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date(now.getTime() + days * 864e5));
}

/**
 * Opens one task per kind a nonprofit asked for, in the caller's transaction. Each goes to the body's longest-serving
 * organizer until someone takes it over, and is due FEEDBACK_LIMITS.followUpDueDays later.
 */
export async function openFollowUpTasks(
  manager: EntityManager,
  request: FollowUpRequest,
  now = new Date(),
): Promise<string[]> {
  if (request.kinds.length === 0) return [];
  const owners = (await manager.query(
    `SELECT r.person_id FROM role_assignment r JOIN person p ON p.id = r.person_id
      WHERE r.role = 'ORGANIZER' AND r.organizing_body_id = $1 AND p.erased_at IS NULL
      ORDER BY r.created_at, r.person_id LIMIT 1`,
    [request.organizingBodyId],
  )) as { person_id: string }[];
  const ids: string[] = [];
  for (const kind of request.kinds) {
    const saved = await manager.save(
      manager.create(FollowUpTaskEntity, {
        organizingBodyId: request.organizingBodyId,
        eventId: request.eventId,
        nonprofitId: request.nonprofitId,
        challengeId: request.challengeId,
        feedbackRequestId: request.feedbackRequestId,
        kind,
        status: 'OPEN',
        helpTopic: kind === 'REFERRAL' ? request.helpTopic : null,
        requestNote: request.note,
        requestedById: request.requestedById,
        ownerId: owners[0]?.person_id ?? null,
        dueDate: berlinDayAfter(now, FEEDBACK_LIMITS.followUpDueDays),
      }),
    );
    ids.push(saved.id);
  }
  return ids;
}
