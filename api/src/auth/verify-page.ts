import { type UiLocale } from '@skillshift/shared';
import { translator } from '../i18n/i18n';
import { escapeHtml, renderServerPage } from '../common/pages/server-page';

type PageKind = 'confirm' | 'invalid' | 'refused';

/** The small pages of the sign-in link, rendered on the server in the visitor's language. */
export function renderVerifyPage(kind: PageKind, locale: UiLocale, token = ''): string {
  const t = translator(locale);
  const title = t(
    kind === 'confirm'
      ? 'verifyPage.title'
      : kind === 'invalid'
        ? 'verifyPage.invalidTitle'
        : 'verifyPage.refusedTitle',
  );
  const content =
    kind === 'confirm'
      ? `<p>${escapeHtml(t('verifyPage.intro'))}</p>
    <form method="post" action="/auth/verify">
      <input type="hidden" name="token" value="${escapeHtml(token)}">
      <input type="hidden" name="lang" value="${locale}">
      <button type="submit">${escapeHtml(t('verifyPage.button'))}</button>
    </form>`
      : `<p>${escapeHtml(t(kind === 'invalid' ? 'verifyPage.invalidText' : 'verifyPage.refusedText'))}</p>
    <p><a class="action" href="/sign-in">${escapeHtml(t('verifyPage.requestNew'))}</a></p>
    <p><a href="/">${escapeHtml(t('verifyPage.home'))}</a></p>`;
  return renderServerPage({ locale, title, body: content });
}
