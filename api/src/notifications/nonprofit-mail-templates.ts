import { type MailTemplate } from './mail-layout';

/** What the mails about one challenge name: which challenge, of which nonprofit, at which event, and its page. */
export type ChallengeMailParams = {
  name?: string;
  challenge: string;
  nonprofit: string;
  event: string;
  url: string;
};

/**
 * Mails about nonprofits and the curation of their challenges (spread into MAIL_TEMPLATES): to their contacts, and the
 * nonprofit's answer to the organizer who asked back.
 */
export const NONPROFIT_MAIL_TEMPLATES = {
  nonprofitContactAdded: ((t, params: { name?: string; nonprofit: string; addedBy: string; url: string }) => ({
    subject: t('nonprofits.mail.contactAdded.subject', { nonprofit: params.nonprofit }),
    recipientName: params.name,
    paragraphs: [
      t('nonprofits.mail.contactAdded.intro', { nonprofit: params.nonprofit, addedBy: params.addedBy }),
      t('nonprofits.mail.contactAdded.next'),
    ],
    actions: [{ label: t('nonprofits.mail.contactAdded.action'), url: params.url }],
  })) as MailTemplate<{ name?: string; nonprofit: string; addedBy: string; url: string }>,
  nonprofitIntakeReview: ((
    t,
    params: { name?: string; nonprofit: string; challenge: string; body: string; days: number; url: string },
  ) => ({
    subject: t('nonprofits.mail.intakeReview.subject', { nonprofit: params.nonprofit }),
    recipientName: params.name,
    paragraphs: [
      t('nonprofits.mail.intakeReview.intro', {
        nonprofit: params.nonprofit,
        challenge: params.challenge,
        body: params.body,
      }),
      t('nonprofits.mail.intakeReview.check'),
      t('nonprofits.mail.intakeReview.expiry', { days: params.days }),
    ],
    actions: [{ label: t('nonprofits.mail.intakeReview.action'), url: params.url }],
  })) as MailTemplate<{ name?: string; nonprofit: string; challenge: string; body: string; days: number; url: string }>,
  challengeQuestion: ((t, params: ChallengeMailParams & { question: string }) => ({
    subject: t('challenges.mail.question.subject', { challenge: params.challenge }),
    recipientName: params.name,
    paragraphs: [t('challenges.mail.question.intro', params), params.question, t('challenges.mail.question.answer')],
    actions: [{ label: t('challenges.mail.question.action'), url: params.url }],
  })) as MailTemplate<ChallengeMailParams & { question: string }>,
  challengeAccepted: ((t, params: ChallengeMailParams) => ({
    subject: t('challenges.mail.accepted.subject', { challenge: params.challenge }),
    recipientName: params.name,
    paragraphs: [t('challenges.mail.accepted.intro', params), t('challenges.mail.accepted.next')],
    actions: [{ label: t('challenges.mail.accepted.action'), url: params.url }],
  })) as MailTemplate<ChallengeMailParams>,
  challengeRejected: ((t, params: ChallengeMailParams & { reason: string }) => ({
    subject: t('challenges.mail.rejected.subject', { challenge: params.challenge }),
    recipientName: params.name,
    paragraphs: [t('challenges.mail.rejected.intro', params), params.reason, t('challenges.mail.rejected.next')],
    actions: [{ label: t('challenges.mail.rejected.action'), url: params.url }],
  })) as MailTemplate<ChallengeMailParams & { reason: string }>,
  /** To the organizer who asked back: the nonprofit's answer, and the challenge to decide on again. */
  challengeAnswered: ((t, params: ChallengeMailParams & { answer: string }) => ({
    subject: t('challenges.mail.answered.subject', { challenge: params.challenge, nonprofit: params.nonprofit }),
    recipientName: params.name,
    paragraphs: [t('challenges.mail.answered.intro', params), params.answer, t('challenges.mail.answered.next')],
    actions: [{ label: t('challenges.mail.answered.action'), url: params.url }],
  })) as MailTemplate<ChallengeMailParams & { answer: string }>,
};
