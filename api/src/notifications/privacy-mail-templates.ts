import { type MailTemplate } from './mail-layout';

export interface RetentionWarningParams {
  name?: string;
  /** The retention period in months. */
  months: number;
  /** The day the contact data will be deleted, written out in the recipient's language. */
  date: string;
  /** The signed "keep my account" link. */
  url: string;
  signInUrl: string;
}

export interface NextEditionInvitationParams {
  name?: string;
  event: string;
  body: string;
  /** The event's date, written out in the recipient's language. */
  date: string;
  /** Present for volunteers who agreed to be invited: the registration form, prefilled from their profile. */
  volunteerUrl?: string;
  /** Present for contacts of nonprofits of earlier editions: the event page. */
  nonprofitUrl?: string;
}

/** Mails of the data lifecycle: the retention warning and the invitation to the next edition (spread into MAIL_TEMPLATES). */
export const PRIVACY_MAIL_TEMPLATES = {
  retentionWarning: ((t, params: RetentionWarningParams) => ({
    subject: t('privacy.mail.retentionWarning.subject'),
    recipientName: params.name,
    paragraphs: [
      t('privacy.mail.retentionWarning.intro', { months: params.months }),
      t('privacy.mail.retentionWarning.date', { date: params.date }),
      t('privacy.mail.retentionWarning.keep'),
      t('privacy.mail.retentionWarning.nothing'),
    ],
    actions: [
      { label: t('privacy.mail.retentionWarning.action'), url: params.url },
      { label: t('privacy.mail.retentionWarning.signIn'), url: params.signInUrl },
    ],
  })) as MailTemplate<RetentionWarningParams>,
  nextEditionInvitation: ((t, params: NextEditionInvitationParams) => ({
    subject: t('privacy.mail.nextEdition.subject', { event: params.event }),
    recipientName: params.name,
    paragraphs: [
      t('privacy.mail.nextEdition.intro', { event: params.event, body: params.body, date: params.date }),
      ...(params.volunteerUrl ? [t('privacy.mail.nextEdition.volunteer')] : []),
      ...(params.nonprofitUrl ? [t('privacy.mail.nextEdition.nonprofit')] : []),
      // Where each kind of invitee turns these invitations off, by the setting's label: volunteers in their profile,
      // nonprofit contacts on their organisation's page (signed in, so no link that a mail scanner could follow).
      [
        t('privacy.mail.nextEdition.once'),
        ...(params.volunteerUrl ? [t('privacy.mail.nextEdition.optOutVolunteer')] : []),
        ...(params.nonprofitUrl ? [t('privacy.mail.nextEdition.optOutNonprofit')] : []),
      ].join(' '),
    ],
    actions: [
      ...(params.volunteerUrl
        ? [{ label: t('privacy.mail.nextEdition.volunteerAction'), url: params.volunteerUrl }]
        : []),
      ...(params.nonprofitUrl
        ? [{ label: t('privacy.mail.nextEdition.nonprofitAction'), url: params.nonprofitUrl }]
        : []),
    ],
  })) as MailTemplate<NextEditionInvitationParams>,
};
