import { type UiLocale } from '@skillshift/shared';
import { translator } from '../i18n/i18n';
import { escapeHtml, renderServerPage } from '../common/pages/server-page';

export type KeepAccountPageKind = 'confirm' | 'kept' | 'invalid' | 'refused';

/** The pages of the "keep my account" link in the retention warning, in the visitor's language. */
export function renderKeepAccountPage(kind: KeepAccountPageKind, locale: UiLocale, token = ''): string {
  const t = translator(locale);
  const title = t(`privacy.keepPage.${kind}Title`);
  const content =
    kind === 'confirm'
      ? `<p>${escapeHtml(t('privacy.keepPage.confirmText'))}</p>
    <form method="post" action="/api/account/keep">
      <input type="hidden" name="token" value="${escapeHtml(token)}">
      <input type="hidden" name="lang" value="${locale}">
      <button type="submit">${escapeHtml(t('privacy.keepPage.button'))}</button>
    </form>`
      : `<p>${escapeHtml(t(`privacy.keepPage.${kind}Text`))}</p>
    <p><a class="action" href="/">${escapeHtml(t('privacy.keepPage.home'))}</a></p>`;
  return renderServerPage({ locale, title, body: content });
}
