import { type UiLocale } from '@skillshift/shared';
import { translator } from '../i18n/i18n';

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

/** No script anywhere (the CSP forbids inline script); the styles are inline, which the CSP allows. */
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
