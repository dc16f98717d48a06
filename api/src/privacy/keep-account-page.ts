import { type UiLocale } from '@skillshift/shared';
import { translator } from '../i18n/i18n';

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

/** No script (the CSP forbids inline script); inline styles are allowed. Same look as the sign-in link's page. */
const STYLE = `
  body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; line-height: 1.5;
         color: #1a1b1e; margin: 0; padding: 1rem; }
  main { max-width: 36rem; margin: 2rem auto; }
  .brand { font-weight: 700; color: #1864ab; font-size: 1.25rem; margin: 0 0 1rem; }
  h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 1rem; }
  button, .action { display: inline-block; font: inherit; font-weight: 600; padding: 0.65rem 1.25rem;
         background: #1864ab; color: #fff; border: 0; border-radius: 6px; text-decoration: none; cursor: pointer; }
  button:hover, .action:hover { background: #145591; }
  button:focus-visible, a:focus-visible { outline: 3px solid #1a1b1e; outline-offset: 3px; }
  a { color: #1864ab; }`;

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
  return `<!doctype html>
<html lang="${locale}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex">
  <title>${escapeHtml(title)} — SkillShift</title>
  <link rel="icon" href="data:,">
  <style>${STYLE}</style>
</head>
<body>
  <main>
    <p class="brand">SkillShift</p>
    <h1>${escapeHtml(title)}</h1>
    ${content}
  </main>
</body>
</html>`;
}
