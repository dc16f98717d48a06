import { Inject, Injectable } from '@nestjs/common';
import { EVENT_TIME_ZONE, toUiLocale } from '@skillshift/shared';
import { type EntityManager } from 'typeorm';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { OutboxService } from '../notifications/outbox.service';
import { intlLocale } from '../publication/publication-texts';

/** The volunteer form loads the saved profile, so the invitation only needs to name the event. */
export const volunteerRegistrationPath = (eventId: string) => `/volunteer/register?event=${eventId}`;
export const publicEventPath = (eventId: string) => `/events/${eventId}`;

interface Invitee {
  id: string;
  email: string;
  name: string;
  locale: string;
  volunteer: boolean;
  nonprofit: boolean;
}

export interface OpenedEdition {
  id: string;
  name: string;
  organizingBodyId: string | null;
  startsAt: Date;
  nonprofitDeadline: Date | null;
  volunteerDeadline: Date | null;
}

/**
 * When the next edition (a copy of an earlier event) opens, the people of the body's earlier editions hear of it:
 * volunteers who agreed to be invited again, and the contacts of nonprofits that brought a challenge, unless a contact
 * turned that off for the nonprofit (nonprofit.invite_to_next_editions, on the nonprofit's page). Each person gets one
 * mail per event (edition_invitation), in their language, even when the event is closed and opened again.
 *
 * Only editions that took place count: DONE or ARCHIVED, or PUBLISHED with their last slot over (the organizers have
 * not marked it done yet). People of an edition still ahead (or one that was never published) are not invited: they
 * are in the middle of that edition's registration, matching or proposals, and a second event's invitation then reads
 * as a mix-up; the invitation's promise is "you were with us, come again". They find the new edition on the public
 * events page, and opening it again invites nobody twice either way.
 */
@Injectable()
export class NextEditionService {
  constructor(
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Runs in the transaction that opens the event (its row is locked); returns how many people were invited. */
  async inviteEarlierParticipants(manager: EntityManager, event: OpenedEdition, now = new Date()): Promise<number> {
    if (!event.organizingBodyId) return 0;
    const invitees = (await manager.query(
      `WITH earlier AS (
         SELECT id FROM event
          WHERE organizing_body_id = $2 AND id <> $1 AND starts_at < $3
            AND (status IN ('DONE', 'ARCHIVED') OR (status = 'PUBLISHED' AND ends_at <= $4))
       ), participants AS (
         SELECT r.person_id, true AS volunteer, false AS nonprofit
           FROM volunteer_registration r
           JOIN volunteer_profile vp ON vp.person_id = r.person_id AND vp.invite_to_next_editions
          WHERE r.event_id IN (SELECT id FROM earlier) AND r.status = 'REGISTERED'
         UNION ALL
         SELECT nc.person_id, false, true
           FROM challenge c
           JOIN nonprofit n ON n.id = c.nonprofit_id AND n.invite_to_next_editions
           JOIN nonprofit_contact nc ON nc.nonprofit_id = c.nonprofit_id
          WHERE c.event_id IN (SELECT id FROM earlier) AND c.status <> 'DRAFT'
       )
       SELECT p.id, p.email, p.name, p.locale, bool_or(x.volunteer) AS volunteer, bool_or(x.nonprofit) AS nonprofit
         FROM participants x JOIN person p ON p.id = x.person_id
        WHERE p.email IS NOT NULL AND p.erased_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM edition_invitation i WHERE i.event_id = $1 AND i.person_id = p.id)
          AND NOT EXISTS (SELECT 1 FROM volunteer_registration r WHERE r.event_id = $1 AND r.person_id = p.id)
        GROUP BY p.id
        ORDER BY p.id`,
      [event.id, event.organizingBodyId, event.startsAt, now],
    )) as Invitee[];
    if (invitees.length === 0) return 0;
    const bodyRows = (await manager.query(`SELECT name FROM organizing_body WHERE id = $1`, [
      event.organizingBodyId,
    ])) as { name: string }[];
    const inserted = (await manager.query(
      `INSERT INTO edition_invitation (event_id, person_id)
       SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING RETURNING person_id`,
      [event.id, invitees.map((invitee) => invitee.id)],
    )) as { person_id: string }[];
    const fresh = new Set(inserted.map((row) => row.person_id));
    const deadlines = [event.nonprofitDeadline, event.volunteerDeadline].filter((date): date is Date => !!date);
    const expiresAt = deadlines.length > 0 ? new Date(Math.max(...deadlines.map((date) => date.getTime()))) : undefined;
    for (const invitee of invitees.filter((candidate) => fresh.has(candidate.id))) {
      const locale = toUiLocale(invitee.locale);
      await this.outbox.enqueue(manager, {
        to: invitee.email,
        locale,
        template: 'nextEditionInvitation',
        params: {
          name: invitee.name || undefined,
          event: event.name,
          body: bodyRows[0]?.name ?? '',
          // (en-GB, as the other mails: "4 March 2027", not the US "March 4, 2027")
          date: new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: EVENT_TIME_ZONE }).format(
            event.startsAt,
          ),
          volunteerUrl: invitee.volunteer
            ? `${this.config.publicUrl}${volunteerRegistrationPath(event.id)}`
            : undefined,
          nonprofitUrl: invitee.nonprofit ? `${this.config.publicUrl}${publicEventPath(event.id)}` : undefined,
        },
        expiresAt,
      });
    }
    return fresh.size;
  }
}
