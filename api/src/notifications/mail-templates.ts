import { type MailTemplate } from './mail-layout';

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
};

export type MailTemplateName = keyof typeof MAIL_TEMPLATES;
export type MailTemplateParams<N extends MailTemplateName> = Parameters<(typeof MAIL_TEMPLATES)[N]>[1];
