import { type FeedbackRole } from '@skillshift/shared';
import { type MailTemplate } from './mail-layout';

export interface FeedbackRequestParams {
  name?: string;
  role: FeedbackRole;
  event: string;
  challenge: string;
  nonprofit: string;
  /** Until when the link works, written out in the recipient's language. */
  until: string;
  url: string;
}

export interface StillInUseParams {
  name?: string;
  event: string;
  challenge: string;
  url: string;
}

export interface FollowUpReferralParams {
  name?: string;
  nonprofit: string;
  event: string;
  helpPoint: string;
  address: string;
  openingHours: string;
  languages: string;
  /** Topic labels, already in the recipient's language. */
  topics: string;
  website: string | null;
  description: string;
}

/** Mails after the event: the feedback request, the three-month question, a referral to a help point. */
export const FEEDBACK_MAIL_TEMPLATES = {
  feedbackRequest: ((t, params: FeedbackRequestParams) => ({
    subject: t('feedback.mail.subject', { event: params.event }),
    recipientName: params.name,
    paragraphs: [
      t(params.role === 'VOLUNTEER' ? 'feedback.mail.introVolunteer' : 'feedback.mail.introNonprofit', { ...params }),
      t('feedback.mail.ask'),
      ...(params.role === 'NONPROFIT' ? [t('feedback.mail.followUp')] : []),
      t('feedback.mail.until', { date: params.until }),
    ],
    actions: [{ label: t('feedback.mail.action'), url: params.url }],
  })) as MailTemplate<FeedbackRequestParams>,
  stillInUseQuestion: ((t, params: StillInUseParams) => ({
    subject: t('feedback.stillInUse.mail.subject', { event: params.event }),
    recipientName: params.name,
    paragraphs: [t('feedback.stillInUse.mail.intro', { ...params }), t('feedback.stillInUse.mail.ask')],
    actions: [{ label: t('feedback.stillInUse.mail.action'), url: params.url }],
  })) as MailTemplate<StillInUseParams>,
  followUpReferral: ((t, params: FollowUpReferralParams) => ({
    subject: t('followUps.mail.referral.subject', { nonprofit: params.nonprofit, helpPoint: params.helpPoint }),
    recipientName: params.name,
    paragraphs: [
      t('followUps.mail.referral.intro', { event: params.event }),
      params.helpPoint,
      ...(params.address ? [t('followUps.mail.referral.address', { address: params.address })] : []),
      t('followUps.mail.referral.openingHours', { hours: params.openingHours }),
      ...(params.languages ? [t('followUps.mail.referral.languages', { languages: params.languages })] : []),
      ...(params.topics ? [t('followUps.mail.referral.topics', { topics: params.topics })] : []),
      ...(params.description ? [params.description] : []),
      ...(params.website ? [t('followUps.mail.referral.website', { website: params.website })] : []),
      t('followUps.mail.referral.closing'),
    ],
  })) as MailTemplate<FollowUpReferralParams>,
};
