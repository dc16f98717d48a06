import { FEEDBACK_MAIL_TEMPLATES } from './feedback-mail-templates';
import { type MailTemplate } from './mail-layout';
import { NONPROFIT_MAIL_TEMPLATES } from './nonprofit-mail-templates';
import { PRIVACY_MAIL_TEMPLATES } from './privacy-mail-templates';
import { PUBLICATION_MAIL_TEMPLATES } from './publication-mail-templates';
import { VOLUNTEER_MAIL_TEMPLATES } from './volunteer-mail-templates';

/**
 * Every mail the product sends, by name. A template only chooses words and links; the layout adds greeting and
 * footer, and the outbox fixes the result when the cause happens.
 */
export const MAIL_TEMPLATES = {
  test: ((t, params: { name?: string; url: string }) => ({
    subject: t('mail.test.subject'),
    recipientName: params.name,
    paragraphs: [t('mail.test.body')],
    actions: [{ label: 'SkillShift', url: params.url }],
  })) as MailTemplate<{ name?: string; url: string }>,
  signInLink: ((t, params: { name?: string; url: string; minutes: number }) => ({
    subject: t('mail.signInLink.subject'),
    recipientName: params.name,
    paragraphs: [
      t('mail.signInLink.intro'),
      t('mail.signInLink.expiry', { minutes: params.minutes }),
      t('mail.signInLink.ignore'),
    ],
    actions: [{ label: t('mail.signInLink.action'), url: params.url }],
  })) as MailTemplate<{ name?: string; url: string; minutes: number }>,
  signUpLink: ((t, params: { name?: string; url: string; minutes: number }) => ({
    subject: t('mail.signUpLink.subject'),
    recipientName: params.name,
    paragraphs: [
      t('mail.signUpLink.intro'),
      t('mail.signUpLink.expiry', { minutes: params.minutes }),
      t('mail.signUpLink.ignore'),
    ],
    actions: [{ label: t('mail.signUpLink.action'), url: params.url }],
  })) as MailTemplate<{ name?: string; url: string; minutes: number }>,
  organizerInvitation: ((t, params: { name?: string; url: string; body: string; days: number }) => ({
    subject: t('mail.organizerInvitation.subject', { body: params.body }),
    recipientName: params.name,
    paragraphs: [
      t('mail.organizerInvitation.intro', { body: params.body }),
      t('mail.organizerInvitation.expiry', { days: params.days }),
    ],
    actions: [{ label: t('mail.organizerInvitation.action'), url: params.url }],
  })) as MailTemplate<{ name?: string; url: string; body: string; days: number }>,
  ...NONPROFIT_MAIL_TEMPLATES,
  ...VOLUNTEER_MAIL_TEMPLATES,
  ...PRIVACY_MAIL_TEMPLATES,
  ...PUBLICATION_MAIL_TEMPLATES,
  ...FEEDBACK_MAIL_TEMPLATES,
};

export type MailTemplateName = keyof typeof MAIL_TEMPLATES;
export type MailTemplateParams<N extends MailTemplateName> = Parameters<(typeof MAIL_TEMPLATES)[N]>[1];
