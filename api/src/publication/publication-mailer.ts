import { Inject, Injectable } from '@nestjs/common';
import { toUiLocale, type UiLocale } from '@skillshift/shared';
import addressparser from 'nodemailer/lib/addressparser';
import { type EntityManager } from 'typeorm';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { translator } from '../i18n/i18n';
import { firstNameOf } from '../matching/matching-names';
import { OutboxService } from '../notifications/outbox.service';
import { type CalendarAttachment, type CalendarEntryState, proposalCalendarEntry } from './proposal-ics';
import { proposalLinks } from './proposal-links';
import { type ContactRow, type MemberRow, type ProposalRow } from './proposal-rows';
import { contactsText, formatMoment, formatWhen, freedBecause, placeOf, teamText } from './publication-texts';

/** When the proposal's team meets, in the reader's language, with the slot's label. */
const whenOf = (row: ProposalRow, locale: UiLocale) =>
  formatWhen({ startsAt: row.startsAt, endsAt: row.endsAt, label: row.slotLabel }, locale);

/**
 * The mails' sender as the calendar entries' organizer ("SkillShift <no-reply@…>"), when MAIL_FROM names one address.
 */
function organizerOf(mailFrom: string): { name?: string; email: string } | undefined {
  const [sender] = addressparser(mailFrom, { flatten: true });
  if (!sender?.address) return undefined;
  return { email: sender.address, ...(sender.name && { name: sender.name }) };
}

/** What every mail to a proposal's volunteer names: them (by first name), the event and the challenge. */
const toVolunteer = (row: ProposalRow) => ({
  name: firstNameOf(row.volunteerName),
  event: row.eventName,
  challenge: row.challengeTitle,
});

/**
 * Every mail of a publication, written into the outbox with the caller's transaction (so a mail exists exactly when
 * its cause is committed), each in its recipient's language. Nobody without an address is mailed.
 */
@Injectable()
export class PublicationMailer {
  /** The calendar entries' organizer, read from MAIL_FROM once rather than for every entry. */
  private readonly organizer: { name?: string; email: string } | undefined;

  constructor(
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.organizer = organizerOf(config.mailFrom);
  }

  private url(path: string): string {
    return `${this.config.publicUrl}${path}`;
  }

  /**
   * The proposal's calendar entry in the volunteer's language, in its `state`; after the proposal (sequence 0), the
   * entry that follows an answer is sequence 1, one that follows calling off an accepted place 2.
   */
  private calendarEntry(
    row: ProposalRow,
    state: CalendarEntryState,
    sequence: number,
    description: string,
    url: string,
  ): CalendarAttachment {
    const t = translator(row.volunteerLocale);
    return proposalCalendarEntry({
      proposalId: row.id,
      state,
      sequence,
      title: t('publication.ics.title', { event: row.eventName, challenge: row.challengeTitle }),
      description,
      location: placeOf(row, t),
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      url,
      organizer: this.organizer,
    });
  }

  /** The entry that takes the proposal out of the volunteer's calendar: declined, expired or called off. */
  private cancelledEntry(row: ProposalRow, sequence: number): CalendarAttachment {
    const t = translator(row.volunteerLocale);
    const description = t('publication.ics.cancelledDescription', {
      challenge: row.challengeTitle,
      nonprofit: row.nonprofitName,
    });
    return this.calendarEntry(row, 'CANCELLED', sequence, description, this.url('/dashboard'));
  }

  /** The proposal with its Accept/Decline links and a calendar invitation; `team` are the others in the team. */
  async proposal(manager: EntityManager, row: ProposalRow, team: readonly MemberRow[]): Promise<boolean> {
    if (!row.volunteerEmail) return false;
    const locale = row.volunteerLocale;
    const t = translator(locale);
    const links = proposalLinks(this.config, row, locale);
    const when = whenOf(row, locale);
    const place = placeOf(row, t);
    const deadline = formatMoment(row.answerDeadline, locale);
    const names = { event: row.eventName, challenge: row.challengeTitle, nonprofit: row.nonprofitName };
    await this.outbox.enqueue(manager, {
      to: row.volunteerEmail,
      locale,
      template: 'proposal',
      params: {
        name: firstNameOf(row.volunteerName),
        replacement: row.replacesId !== null,
        ...names,
        problem: row.problem,
        goal: row.goal,
        when,
        place,
        team: teamText(
          team.filter((member) => member.volunteerId !== row.volunteerId),
          locale,
          t,
        ),
        deadline,
        acceptUrl: links.accept,
        declineUrl: links.decline,
      },
      attachments: [
        this.calendarEntry(
          row,
          'TENTATIVE',
          0,
          t('publication.ics.description', { ...names, deadline, url: links.accept }),
          links.accept,
        ),
      ],
    });
    return true;
  }

  async reminder(manager: EntityManager, row: ProposalRow): Promise<void> {
    if (!row.volunteerEmail) return;
    const locale = row.volunteerLocale;
    const links = proposalLinks(this.config, row, locale);
    await this.outbox.enqueue(manager, {
      to: row.volunteerEmail,
      locale,
      template: 'proposalReminder',
      params: {
        ...toVolunteer(row),
        when: whenOf(row, locale),
        deadline: formatMoment(row.answerDeadline, locale),
        acceptUrl: links.accept,
        declineUrl: links.decline,
      },
      expiresAt: row.answerDeadline,
    });
  }

  /** The receipt of an answer; an acceptance that completes the match carries the nonprofit's contact data. */
  async answered(
    manager: EntityManager,
    row: ProposalRow,
    accepted: boolean,
    contacts: readonly ContactRow[] | null,
  ): Promise<void> {
    if (!row.volunteerEmail) return;
    const locale = row.volunteerLocale;
    await this.outbox.enqueue(manager, {
      to: row.volunteerEmail,
      locale,
      template: 'proposalAnswered',
      params: {
        ...toVolunteer(row),
        accepted,
        nonprofit: row.nonprofitName,
        when: whenOf(row, locale),
        contacts: contacts ? contactsText(contacts, translator(locale)) : '',
        url: this.url('/dashboard'),
      },
      // The proposal's entry again, now confirmed, or taken out of the calendar.
      attachments: [
        accepted
          ? this.calendarEntry(
              row,
              'CONFIRMED',
              1,
              translator(locale)('publication.ics.acceptedDescription', {
                challenge: row.challengeTitle,
                nonprofit: row.nonprofitName,
              }),
              this.url('/dashboard'),
            )
          : this.cancelledEntry(row, 1),
      ],
    });
  }

  /** The nonprofit confirmed a volunteer who had accepted: now they may reach each other. */
  async teamConfirmed(manager: EntityManager, row: ProposalRow, contacts: readonly ContactRow[]): Promise<void> {
    if (!row.volunteerEmail) return;
    const locale = row.volunteerLocale;
    await this.outbox.enqueue(manager, {
      to: row.volunteerEmail,
      locale,
      template: 'teamConfirmed',
      params: {
        ...toVolunteer(row),
        nonprofit: row.nonprofitName,
        when: whenOf(row, locale),
        contacts: contactsText(contacts, translator(locale)),
        url: this.url('/dashboard'),
      },
    });
  }

  async expired(manager: EntityManager, row: ProposalRow): Promise<void> {
    if (!row.volunteerEmail) return;
    await this.outbox.enqueue(manager, {
      to: row.volunteerEmail,
      locale: row.volunteerLocale,
      template: 'proposalExpired',
      params: toVolunteer(row),
      attachments: [this.cancelledEntry(row, 1)],
    });
  }

  /** The volunteer called off a place they had accepted (themselves, or an organizer for them): their receipt. */
  async withdrawn(manager: EntityManager, row: ProposalRow): Promise<void> {
    if (!row.volunteerEmail) return;
    const locale = row.volunteerLocale;
    await this.outbox.enqueue(manager, {
      to: row.volunteerEmail,
      locale,
      template: 'proposalWithdrawn',
      params: {
        ...toVolunteer(row),
        when: whenOf(row, locale),
        url: this.url('/dashboard'),
      },
      attachments: [this.cancelledEntry(row, 2)],
    });
  }

  /** The nonprofit called off the volunteer's place; `row` as it was before (proposed or accepted). */
  async released(manager: EntityManager, row: ProposalRow, reason: string): Promise<void> {
    if (!row.volunteerEmail) return;
    const locale = row.volunteerLocale;
    await this.outbox.enqueue(manager, {
      to: row.volunteerEmail,
      locale,
      template: 'proposalReleased',
      params: {
        ...toVolunteer(row),
        nonprofit: row.nonprofitName,
        when: whenOf(row, locale),
        reason,
      },
      attachments: [this.cancelledEntry(row, row.status === 'ACCEPTED' ? 2 : 1)],
    });
  }

  /** The proposed team to each contact of the nonprofit: first names and skills only. */
  async proposedTeam(
    manager: EntityManager,
    row: ProposalRow,
    team: readonly MemberRow[],
    contacts: readonly ContactRow[],
  ): Promise<void> {
    for (const contact of contacts) {
      if (!contact.email) continue;
      const t = translator(contact.locale);
      await this.outbox.enqueue(manager, {
        to: contact.email,
        locale: contact.locale,
        template: 'proposedTeam',
        params: {
          name: contact.name || undefined,
          event: row.eventName,
          challenge: row.challengeTitle,
          when: whenOf(row, contact.locale),
          place: placeOf(row, t),
          team: teamText(team, contact.locale, t),
          deadline: formatMoment(row.answerDeadline, contact.locale),
          url: this.url(`/nonprofits/${row.nonprofitId}/teams`),
        },
      });
    }
  }

  /** A member left the nonprofit's team; `joined` names the replacement (first name and skills), if one was proposed. */
  async teamChanged(
    manager: EntityManager,
    left: ProposalRow,
    joined: readonly MemberRow[],
    contacts: readonly ContactRow[],
  ): Promise<void> {
    for (const contact of contacts) {
      if (!contact.email) continue;
      const t = translator(contact.locale);
      await this.outbox.enqueue(manager, {
        to: contact.email,
        locale: contact.locale,
        template: 'teamChanged',
        params: {
          name: contact.name || undefined,
          event: left.eventName,
          challenge: left.challengeTitle,
          left: firstNameOf(left.volunteerName),
          why: freedBecause(left.status, left.cancelledBy, t),
          joined: joined.length > 0 ? teamText(joined, contact.locale, t) : '',
          url: this.url(`/nonprofits/${left.nonprofitId}/teams`),
        },
      });
    }
  }

  /** Automatic backfill: the organizers learn what freed up and what the engine proposed (or why nothing). */
  async organizerUpdate(
    manager: EntityManager,
    left: ProposalRow,
    outcome: { joined: readonly MemberRow[] } | { reason: (locale: UiLocale) => string },
  ): Promise<void> {
    const organizers = (await manager.query(
      `SELECT DISTINCT p.email, p.name, p.locale FROM role_assignment r JOIN person p ON p.id = r.person_id
        WHERE r.role = 'ORGANIZER' AND r.organizing_body_id = $1 AND p.email IS NOT NULL
        ORDER BY p.email`,
      [left.organizingBodyId],
    )) as { email: string; name: string; locale: string }[];
    for (const organizer of organizers) {
      const locale = toUiLocale(organizer.locale);
      const t = translator(locale);
      await this.outbox.enqueue(manager, {
        to: organizer.email,
        locale,
        template: 'organizerPlaceUpdate',
        params: {
          name: organizer.name || undefined,
          event: left.eventName,
          challenge: left.challengeTitle,
          left: firstNameOf(left.volunteerName),
          why: freedBecause(left.status, left.cancelledBy, t),
          joined: 'joined' in outcome ? teamText(outcome.joined, locale, t) : '',
          reason: 'reason' in outcome ? outcome.reason(locale) : '',
          url: this.url(`/manage/events/${left.eventId}/publication`),
        },
      });
    }
  }
}
