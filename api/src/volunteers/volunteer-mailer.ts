import { Inject, Injectable } from '@nestjs/common';
import { EVENT_TIME_ZONE, toUiLocale, type UiLocale } from '@skillshift/shared';
import { type EntityManager } from 'typeorm';
import { SignInService } from '../auth/sign-in.service';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { OutboxService } from '../notifications/outbox.service';

/** Where a volunteer reviews and changes their profile; the intake review link signs them in to it. */
export const VOLUNTEER_PROFILE_PATH = '/volunteer/profile';
const DASHBOARD_PATH = '/dashboard';

interface Recipient {
  id: string;
  email: string | null;
  name: string;
  locale: string;
}

/** The mails of volunteer registration, written with the caller's transaction in the recipient's language. */
@Injectable()
export class VolunteerMailer {
  constructor(
    private readonly outbox: OutboxService,
    private readonly signIn: SignInService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** "You are registered for …" with the chosen slots; people without an address hear it from the organizers. */
  async registrationConfirmed(
    manager: EntityManager,
    person: Recipient,
    event: { name: string },
    slots: { startsAt: Date; endsAt: Date; label: string | null }[],
    maxAssignments: number,
  ): Promise<void> {
    if (!person.email) return;
    const locale = toUiLocale(person.locale);
    await this.outbox.enqueue(manager, {
      to: person.email,
      locale,
      template: 'volunteerRegistrationConfirmed',
      params: {
        name: person.name || undefined,
        event: event.name,
        slots: slots.map((slot) => describeSlot(slot, locale)),
        maxAssignments,
        url: `${this.config.publicUrl}${DASHBOARD_PATH}`,
      },
    });
  }

  /**
   * After an assisted intake: a link that signs the person in (a few days long, as it waits in an inbox) and opens
   * their profile, so they can check what the organizer entered. Returns whether a mail was written.
   */
  async intakeReview(
    manager: EntityManager,
    person: Recipient,
    event: { name: string },
    organizingBody: string,
  ): Promise<boolean> {
    if (!person.email) return false;
    const locale = toUiLocale(person.locale);
    const link = await this.signIn.createLink(manager, person, 'INVITATION', locale, {
      redirectPath: VOLUNTEER_PROFILE_PATH,
    });
    await this.outbox.enqueue(manager, {
      to: person.email,
      locale,
      template: 'volunteerIntakeReview',
      params: {
        name: person.name || undefined,
        event: event.name,
        body: organizingBody,
        days: Math.round(link.minutes / 1440),
        url: link.url,
      },
      expiresAt: link.expiresAt,
    });
    return true;
  }
}

/** "Thursday, 4 March 2027, 17:00–19:30 (Erste Runde)" in the reader's language, on Berlin's clock. */
export function describeSlot(slot: { startsAt: Date; endsAt: Date; label: string | null }, locale: UiLocale): string {
  const format = new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: EVENT_TIME_ZONE,
  });
  const time = format.formatRange(slot.startsAt, slot.endsAt);
  return slot.label ? `${time} (${slot.label})` : time;
}
