import { type UiLocale } from '@skillshift/shared';
import { translator, type Translate } from '../i18n/i18n';

/** What a template says; the layout turns it into the plain-text and HTML parts with greeting and footer. */
export interface MailContent {
  subject: string;
  recipientName?: string;
  paragraphs: string[];
  actions?: { label: string; url: string }[];
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export type MailTemplate<P> = (t: Translate, params: P) => MailContent;

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

export function renderMail<P>(template: MailTemplate<P>, locale: UiLocale, params: P): RenderedMail {
  const t = translator(locale);
  const content = template(t, params);
  const greeting = content.recipientName
    ? t('mail.greeting', { name: content.recipientName })
    : t('mail.greetingAnonymous');
  const footer = t('mail.footer');
  const actions = content.actions ?? [];

  const text = [
    greeting,
    ...content.paragraphs,
    ...actions.map((action) => `${action.label}: ${action.url}`),
    t('mail.signOff'),
    '--',
    footer,
  ].join('\n\n');

  const html = `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>
<body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1b1e; max-width: 40rem; margin: 0 auto; padding: 1rem;">
<p style="font-weight: 700; color: #1864ab;">SkillShift</p>
<p>${escapeHtml(greeting)}</p>
${content.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n')}
${actions
  .map(
    (action) =>
      `<p><a href="${escapeHtml(action.url)}" style="display: inline-block; padding: 0.6rem 1rem; background: #1864ab; color: #fff; border-radius: 4px; text-decoration: none;">${escapeHtml(action.label)}</a></p>`,
  )
  .join('\n')}
<p>${escapeHtml(t('mail.signOff'))}</p>
<hr>
<p style="font-size: 0.85rem; color: #495057;">${escapeHtml(footer)}</p>
</body>
</html>`;

  return { subject: content.subject, text, html };
}
