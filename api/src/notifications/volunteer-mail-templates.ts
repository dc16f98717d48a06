import { type MailTemplate } from './mail-layout';

export interface RegistrationConfirmedParams {
  name?: string;
  event: string;
  /** The chosen slots, already written out in the recipient's language and the event's time zone. */
  slots: string[];
  maxAssignments: number;
  url: string;
}

export interface VolunteerIntakeReviewParams {
  name?: string;
  event: string;
  body: string;
  days: number;
  url: string;
}

/** Mails to volunteers about their registrations (spread into MAIL_TEMPLATES). */
export const VOLUNTEER_MAIL_TEMPLATES = {
  volunteerRegistrationConfirmed: ((t, params: RegistrationConfirmedParams) => ({
    subject: t('volunteers.mail.registrationConfirmed.subject', { event: params.event }),
    recipientName: params.name,
    paragraphs: [
      t('volunteers.mail.registrationConfirmed.intro', { event: params.event }),
      ...params.slots.map((slot) => `– ${slot}`),
      t('volunteers.mail.registrationConfirmed.maxAssignments', { count: params.maxAssignments }),
      t('volunteers.mail.registrationConfirmed.next'),
    ],
    actions: [{ label: t('volunteers.mail.registrationConfirmed.action'), url: params.url }],
  })) as MailTemplate<RegistrationConfirmedParams>,
  volunteerIntakeReview: ((t, params: VolunteerIntakeReviewParams) => ({
    subject: t('volunteers.mail.intakeReview.subject'),
    recipientName: params.name,
    paragraphs: [
      t('volunteers.mail.intakeReview.intro', { body: params.body, event: params.event }),
      t('volunteers.mail.intakeReview.check'),
      t('volunteers.mail.intakeReview.expiry', { days: params.days }),
    ],
    actions: [{ label: t('volunteers.mail.intakeReview.action'), url: params.url }],
  })) as MailTemplate<VolunteerIntakeReviewParams>,
};
