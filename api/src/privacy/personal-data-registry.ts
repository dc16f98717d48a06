import { type EntityManager } from 'typeorm';

/**
 * Every table that holds data about a person, in one list: what the person's download contains and what erasing the
 * account does there. A table that points at `person` and is missing here fails `personal-data-registry.int-spec.ts`,
 * so a later table (assignments, feedback, follow-ups) is added here in the same change that creates it.
 *
 * Erasure keeps what people contributed as anonymous counts: the `person` row stays as a tombstone without name,
 * address or phone, so registrations, challenges and consent records still count (impact figures, returning
 * volunteers) but name nobody.
 */
export type ErasureRule =
  /** Rows are deleted: they only make sense for a living account (sessions, links, memberships, profile). */
  | 'DELETE'
  /** Rows stay and keep pointing at the anonymous tombstone, so they still count but identify nobody. */
  | 'KEEP_ANONYMOUS'
  /** The person row itself: personal columns emptied, `erased_at` set. */
  | 'ANONYMISE'
  /** Different per column; the entry's `erase` does it, as its `why` says. */
  | 'CUSTOM';

export interface PersonalDataTable {
  table: string;
  /** The columns of `table` that point at `person.id`. */
  personColumns: string[];
  erasure: ErasureRule;
  /** Why this rule, in a sentence (for the lead, the data-protection officer and the next developer). */
  why: string;
  /** The section of the download this table fills; null when the table adds only counts to another section. */
  section: string | null;
  /** The person's rows for the download: never token hashes, never other people's personal data. */
  exportRows?: (manager: EntityManager, personId: string) => Promise<unknown>;
  /** What erasure does beyond the rule's default (`DELETE` deletes by `personColumns`). */
  erase?: (manager: EntityManager, personId: string) => Promise<void>;
}

const rows = (manager: EntityManager, sql: string, personId: string) =>
  manager.query(sql, [personId]) as Promise<unknown[]>;

export const PERSONAL_DATA_TABLES: readonly PersonalDataTable[] = [
  {
    table: 'person',
    personColumns: ['id'],
    erasure: 'ANONYMISE',
    why: 'Name, e-mail and phone are emptied; the row stays as an anonymous tombstone that contributions point at.',
    section: 'person',
    exportRows: async (manager, personId) =>
      (
        await rows(
          manager,
          `SELECT id, email, name, phone, locale, created_at AS "createdAt", last_active_at AS "lastActiveAt"
             FROM person WHERE id = $1`,
          personId,
        )
      )[0] ?? null,
  },
  {
    table: 'role_assignment',
    personColumns: ['person_id'],
    erasure: 'DELETE',
    why: 'Roles belong to an account that can act; an erased account does nothing any more.',
    section: 'roles',
    exportRows: (manager, personId) =>
      rows(
        manager,
        `SELECT r.role, b.name AS "organizingBody", r.created_at AS "createdAt"
           FROM role_assignment r LEFT JOIN organizing_body b ON b.id = r.organizing_body_id
          WHERE r.person_id = $1 ORDER BY r.created_at`,
        personId,
      ),
  },
  {
    table: 'session',
    personColumns: ['person_id'],
    erasure: 'DELETE',
    why: 'Signed-in browsers end with the account.',
    section: 'sessions',
    exportRows: (manager, personId) =>
      rows(
        manager,
        `SELECT created_at AS "createdAt", last_seen_at AS "lastSeenAt", expires_at AS "expiresAt",
                revoked_at AS "revokedAt"
           FROM session WHERE person_id = $1 ORDER BY created_at`,
        personId,
      ),
  },
  {
    table: 'sign_in_token',
    personColumns: ['person_id'],
    erasure: 'DELETE',
    why: 'Unused sign-in links must not work any more, and used ones are only history of the account.',
    section: 'signInLinks',
    exportRows: (manager, personId) =>
      rows(
        manager,
        `SELECT purpose, created_at AS "createdAt", expires_at AS "expiresAt", used_at AS "usedAt"
           FROM sign_in_token WHERE person_id = $1 ORDER BY created_at`,
        personId,
      ),
  },
  {
    table: 'consent_record',
    personColumns: ['person_id', 'recorded_by_id'],
    erasure: 'KEEP_ANONYMOUS',
    why:
      'Proof that earlier processing had consent (GDPR Art. 7(1)); tied only to the tombstone it names nobody. ' +
      'Consents an organizer recorded for others stay with those others.',
    section: 'consentRecords',
    exportRows: (manager, personId) =>
      rows(
        manager,
        `SELECT c.purpose, c.text_version AS "textVersion", c.method, c.given_at AS "givenAt",
                c.withdrawn_at AS "withdrawnAt", nullif(r.name, '') AS "recordedBy"
           FROM consent_record c LEFT JOIN person r ON r.id = c.recorded_by_id
          WHERE c.person_id = $1 ORDER BY c.given_at`,
        personId,
      ),
  },
  {
    table: 'volunteer_profile',
    personColumns: ['person_id'],
    erasure: 'DELETE',
    why: 'Employer, skills and languages describe the person; no figure needs them after the account is gone.',
    section: 'volunteerProfile',
    exportRows: async (manager, personId) =>
      (
        await rows(
          manager,
          `SELECT employer, skills, languages, formats::text[] AS formats, causes::text[] AS causes,
                  invite_to_next_editions AS "inviteToNextEditions",
                  created_at AS "createdAt", updated_at AS "updatedAt"
             FROM volunteer_profile WHERE person_id = $1`,
          personId,
        )
      )[0] ?? null,
  },
  {
    table: 'volunteer_registration',
    personColumns: ['person_id', 'registered_by_id'],
    erasure: 'KEEP_ANONYMOUS',
    why:
      'Registrations count in the impact figures (volunteers per edition, returning volunteers). Registrations for ' +
      'events not yet done are withdrawn, since nobody can reach the person any more.',
    section: 'volunteerRegistrations',
    exportRows: (manager, personId) =>
      rows(
        manager,
        `SELECT r.id, e.name AS event, e.starts_at AS "eventStartsAt", r.status, r.max_assignments AS "maxAssignments",
                r.registered_by_id IS NOT NULL AS "registeredByOrganizer", r.created_at AS "createdAt",
                coalesce(array_agg(json_build_object('startsAt', s.starts_at, 'endsAt', s.ends_at, 'label', s.label)
                                   ORDER BY s.starts_at) FILTER (WHERE s.id IS NOT NULL), '{}') AS slots
           FROM volunteer_registration r
           JOIN event e ON e.id = r.event_id
           LEFT JOIN volunteer_registration_slot rs ON rs.registration_id = r.id
           LEFT JOIN slot s ON s.id = rs.slot_id
          WHERE r.person_id = $1
          GROUP BY r.id, e.id ORDER BY e.starts_at`,
        personId,
      ),
    erase: async (manager, personId) => {
      await manager.query(
        `UPDATE volunteer_registration r SET status = 'WITHDRAWN'
           FROM event e
          WHERE e.id = r.event_id AND r.person_id = $1 AND r.status <> 'WITHDRAWN'
            AND e.status NOT IN ('DONE', 'ARCHIVED')`,
        [personId],
      );
    },
  },
  {
    table: 'nonprofit_contact',
    personColumns: ['person_id'],
    erasure: 'DELETE',
    why:
      'The person no longer speaks for the nonprofit; the nonprofit and its challenges stay. Whether its contacts are ' +
      'invited to next editions is the nonprofit’s setting and is shown here, as a volunteer’s is in their profile.',
    section: 'nonprofitMemberships',
    exportRows: (manager, personId) =>
      rows(
        manager,
        `SELECT n.name, n.legal_form AS "legalForm", n.city, n.district,
                n.invite_to_next_editions AS "inviteToNextEditions", c.created_at AS "since"
           FROM nonprofit_contact c JOIN nonprofit n ON n.id = c.nonprofit_id
          WHERE c.person_id = $1 ORDER BY n.name`,
        personId,
      ),
  },
  {
    table: 'nonprofit',
    personColumns: ['created_by_id', 'invitations_changed_by_id'],
    erasure: 'KEEP_ANONYMOUS',
    why:
      'Organisations are not people; who registered one, or last turned its invitations to next editions off or on, ' +
      'no longer names anybody.',
    section: 'nonprofitsRegistered',
    exportRows: (manager, personId) =>
      rows(
        manager,
        `SELECT name, created_at AS "createdAt", (created_by_id = $1) IS TRUE AS "registered",
                CASE WHEN invitations_changed_by_id = $1 THEN invitations_changed_at END AS "invitationsChangedAt"
           FROM nonprofit WHERE created_by_id = $1 OR invitations_changed_by_id = $1 ORDER BY created_at`,
        personId,
      ),
  },
  {
    table: 'challenge',
    personColumns: ['created_by_id'],
    erasure: 'KEEP_ANONYMOUS',
    why: 'Challenges are the nonprofit’s and count in the impact figures; their author is no longer named.',
    section: 'challengesCreated',
    exportRows: (manager, personId) =>
      rows(
        manager,
        `SELECT c.id, c.title, c.problem, c.goal, c.beneficiaries, c.tools, c.status, e.name AS event,
                n.name AS nonprofit, c.created_at AS "createdAt"
           FROM challenge c JOIN event e ON e.id = c.event_id JOIN nonprofit n ON n.id = c.nonprofit_id
          WHERE c.created_by_id = $1 ORDER BY c.created_at`,
        personId,
      ),
  },
  {
    table: 'challenge_status_change',
    personColumns: ['actor_id'],
    erasure: 'KEEP_ANONYMOUS',
    why: 'The history of a challenge stays complete; the step no longer names who took it.',
    section: 'challengeMessages',
    exportRows: (manager, personId) =>
      rows(
        manager,
        `SELECT h.from_status AS "fromStatus", h.to_status AS "toStatus", h.message, c.title AS challenge,
                h.created_at AS "createdAt"
           FROM challenge_status_change h JOIN challenge c ON c.id = h.challenge_id
          WHERE h.actor_id = $1 ORDER BY h.created_at`,
        personId,
      ),
  },
  {
    table: 'edition_invitation',
    personColumns: ['person_id'],
    erasure: 'DELETE',
    why: 'Only there to invite once per edition; an erased person is never invited again.',
    section: 'editionInvitations',
    exportRows: (manager, personId) =>
      rows(
        manager,
        `SELECT e.name AS event, i.sent_at AS "sentAt"
           FROM edition_invitation i JOIN event e ON e.id = i.event_id
          WHERE i.person_id = $1 ORDER BY i.sent_at`,
        personId,
      ),
  },
  {
    table: 'retention_warning',
    personColumns: ['person_id'],
    erasure: 'DELETE',
    why: 'Only there to warn before the retention purge.',
    section: 'retentionWarnings',
    exportRows: (manager, personId) =>
      rows(
        manager,
        `SELECT warned_at AS "warnedAt", purge_after AS "purgeAfter" FROM retention_warning WHERE person_id = $1`,
        personId,
      ),
  },
  {
    table: 'matching_run',
    personColumns: ['started_by_id'],
    erasure: 'KEEP_ANONYMOUS',
    why: 'A run is the body’s record of how teams were formed; who started it is no longer named.',
    section: 'matchingRunsStarted',
    exportRows: (manager, personId) =>
      rows(
        manager,
        `SELECT e.name AS event, r.created_at AS "createdAt" FROM matching_run r JOIN event e ON e.id = r.event_id
          WHERE r.started_by_id = $1 ORDER BY r.created_at`,
        personId,
      ),
  },
  {
    table: 'matching_assignment',
    personColumns: ['volunteer_id'],
    erasure: 'KEEP_ANONYMOUS',
    why: 'Teams that worked on a challenge count in the impact figures; the volunteer is no longer named.',
    section: 'matchingAssignments',
    exportRows: (manager, personId) =>
      rows(
        manager,
        `SELECT e.name AS event, c.title AS challenge, s.starts_at AS "slotStartsAt", r.created_at AS "runCreatedAt"
           FROM matching_assignment a
           JOIN matching_run r ON r.id = a.run_id JOIN event e ON e.id = r.event_id
           JOIN challenge c ON c.id = a.challenge_id JOIN slot s ON s.id = a.slot_id
          WHERE a.volunteer_id = $1 ORDER BY r.created_at, s.starts_at`,
        personId,
      ),
  },
  ...(['matching_pin', 'matching_exclusion'] as const).map((table): PersonalDataTable => ({
    table,
    personColumns: ['volunteer_id', 'created_by_id'],
    erasure: 'CUSTOM',
    why:
      'Pins and exclusions about the person are deleted (they only steer matching); those an organizer set keep ' +
      'existing without naming who set them.',
    section: null,
    erase: async (manager, personId) => {
      await manager.query(`DELETE FROM ${table} WHERE volunteer_id = $1`, [personId]);
    },
  })),
  {
    table: 'audit_log',
    personColumns: ['actor_id'],
    erasure: 'CUSTOM',
    why:
      'The audit log is the body’s accountability record and is never deleted; erasure empties the actor’s name in ' +
      'the person’s own entries. (Names inside `details` of entries by others stay: to be decided with the audit log.)',
    section: 'auditEntries',
    exportRows: (manager, personId) =>
      rows(
        manager,
        `SELECT action, subject_type AS "subjectType", at FROM audit_log WHERE actor_id = $1 ORDER BY at`,
        personId,
      ),
    erase: async (manager, personId) => {
      await manager.query(`UPDATE audit_log SET actor_name = '' WHERE actor_id = $1`, [personId]);
    },
  },
  {
    table: 'publication',
    personColumns: ['published_by_id'],
    erasure: 'KEEP_ANONYMOUS',
    why: 'A published run is the body’s record of the teams it proposed; who published it is no longer named.',
    section: 'publicationsPublished',
    exportRows: (manager, personId) =>
      rows(
        manager,
        `SELECT e.name AS event, p.published_at AS "publishedAt" FROM publication p JOIN event e ON e.id = p.event_id
          WHERE p.published_by_id = $1 ORDER BY p.published_at`,
        personId,
      ),
  },
  {
    table: 'proposal',
    personColumns: ['volunteer_id', 'nonprofit_confirmed_by_id'],
    erasure: 'CUSTOM',
    why:
      'Proposals count in the impact figures (teams formed, places accepted) and stay with the tombstone; an open ' +
      'place of an event not yet done is declined, so the organizers can fill it. Cancellation reasons (free text ' +
      'about the person) are emptied, and so are the notes organizers wrote when they recorded an answer on the ' +
      'person’s behalf (in the audit log). Confirmations given for a nonprofit stay without naming who gave them.',
    section: 'proposals',
    exportRows: (manager, personId) =>
      rows(
        manager,
        `SELECT e.name AS event, c.title AS challenge, n.name AS nonprofit, s.starts_at AS "slotStartsAt", p.status,
                p.answer_deadline AS "answerDeadline", p.answered_at AS "answeredAt", p.cancelled_by AS "cancelledBy",
                p.cancel_reason AS "cancelReason", p.created_at AS "createdAt"
           FROM proposal p JOIN event e ON e.id = p.event_id JOIN challenge c ON c.id = p.challenge_id
           JOIN nonprofit n ON n.id = c.nonprofit_id JOIN slot s ON s.id = p.slot_id
          WHERE p.volunteer_id = $1 ORDER BY p.created_at`,
        personId,
      ),
    erase: async (manager, personId) => {
      await manager.query(
        `UPDATE proposal p
            SET status = CASE WHEN p.status IN ('PROPOSED', 'ACCEPTED') AND e.status = 'PUBLISHED'
                              THEN (CASE WHEN p.status = 'PROPOSED' THEN 'DECLINED' ELSE 'CANCELLED' END)::proposal_status
                              ELSE p.status END,
                cancelled_by = CASE WHEN p.status = 'ACCEPTED' AND e.status = 'PUBLISHED' THEN 'VOLUNTEER'
                                    ELSE p.cancelled_by END,
                answered_at = coalesce(p.answered_at, now()),
                cancel_reason = NULL
           FROM event e
          WHERE e.id = p.event_id AND p.volunteer_id = $1`,
        [personId],
      );
      await manager.query(
        `UPDATE audit_log SET details = details - 'note'
          WHERE subject_type = 'PROPOSAL' AND details ? 'note' AND details->>'volunteerId' = $1`,
        [personId],
      );
    },
  },
  {
    table: 'feedback_request',
    personColumns: ['person_id'],
    erasure: 'CUSTOM',
    why:
      'Feedback answers count in the impact figures (rating, solved, hours) and stay with the tombstone as anonymous ' +
      'counts; the free texts (what should happen next, comment) may describe the person and are emptied.',
    section: 'feedback',
    exportRows: (manager, personId) =>
      rows(
        manager,
        `SELECT e.name AS event, c.title AS challenge, n.name AS nonprofit, f.role, f.sent_at AS "sentAt",
                f.answered_at AS "answeredAt", f.rating, f.solved, f.hours, f.next_steps AS "nextSteps", f.comment
           FROM feedback_request f JOIN event e ON e.id = f.event_id JOIN challenge c ON c.id = f.challenge_id
           JOIN nonprofit n ON n.id = f.nonprofit_id
          WHERE f.person_id = $1 ORDER BY f.sent_at`,
        personId,
      ),
    erase: async (manager, personId) => {
      await manager.query(`UPDATE feedback_request SET next_steps = '', comment = '' WHERE person_id = $1`, [personId]);
    },
  },
  {
    table: 'still_in_use_check',
    personColumns: ['person_id'],
    erasure: 'CUSTOM',
    why: 'The answer to the three-month question counts in the impact figures and stays; its comment is emptied.',
    section: 'stillInUseAnswers',
    exportRows: (manager, personId) =>
      rows(
        manager,
        `SELECT e.name AS event, c.title AS challenge, s.sent_at AS "sentAt", s.answered_at AS "answeredAt", s.answer,
                s.comment
           FROM still_in_use_check s JOIN event e ON e.id = s.event_id JOIN challenge c ON c.id = s.challenge_id
          WHERE s.person_id = $1 ORDER BY s.sent_at`,
        personId,
      ),
    erase: async (manager, personId) => {
      await manager.query(`UPDATE still_in_use_check SET comment = '' WHERE person_id = $1`, [personId]);
    },
  },
  {
    table: 'follow_up_task',
    personColumns: ['requested_by_id', 'owner_id'],
    erasure: 'CUSTOM',
    why:
      'Follow-ups are the body’s work list and count in the impact figures. Who asked is no longer named and what ' +
      'they wrote is emptied; tasks an erased organizer owned lose their owner, so another organizer takes them.',
    section: 'followUpsRequested',
    exportRows: (manager, personId) =>
      rows(
        manager,
        `SELECT t.kind, t.status, e.name AS event, n.name AS nonprofit, t.request_note AS "requestNote",
                t.created_at AS "createdAt"
           FROM follow_up_task t JOIN event e ON e.id = t.event_id JOIN nonprofit n ON n.id = t.nonprofit_id
          WHERE t.requested_by_id = $1 ORDER BY t.created_at`,
        personId,
      ),
    erase: async (manager, personId) => {
      await manager.query(`UPDATE follow_up_task SET request_note = '' WHERE requested_by_id = $1`, [personId]);
      await manager.query(`UPDATE follow_up_task SET owner_id = NULL WHERE owner_id = $1`, [personId]);
    },
  },
];

/**
 * Mails are tied to a person by address, not by a key: the download lists what was sent (never the bodies, which may
 * hold links that still work); erasure deletes them, sent or not.
 */
export const MAIL_TABLES = ['outbox_message', 'dev_mail'] as const;

export async function mailsTo(manager: EntityManager, email: string | null): Promise<unknown[]> {
  if (!email) return [];
  return (await manager.query(
    `SELECT template, subject, status, created_at AS "createdAt", sent_at AS "sentAt"
       FROM outbox_message WHERE to_address = $1 ORDER BY created_at`,
    [email],
  )) as unknown[];
}
