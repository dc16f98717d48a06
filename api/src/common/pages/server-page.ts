import { type UiLocale } from '@skillshift/shared';

export const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

/** The look every server-rendered page shares; a page adds its own rules with `style`. */
export const BASE_PAGE_STYLE = `
  body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; line-height: 1.5;
         color: #1a1b1e; margin: 0; padding: 1rem; }
  main { max-width: 36rem; margin: 2rem auto; }
  .brand { font-weight: 700; color: #1864ab; font-size: 1.25rem; margin: 0 0 1rem; }
  h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 1rem; }
  button, .action { display: inline-block; font: inherit; font-weight: 600; padding: 0.65rem 1.25rem;
         background: #1864ab; color: #fff; border: 0; border-radius: 6px; text-decoration: none; cursor: pointer; }
  button:hover, .action:hover { background: #145591; }
  button:focus-visible, a:focus-visible { outline: 3px solid #1a1b1e; outline-offset: 3px; }
  a { color: #1864ab; }
  .language { float: right; margin: 0.2rem 0 0 1rem; }`;

export interface ServerPage {
  locale: UiLocale;
  /** The h1. */
  title: string;
  /** The browser tab's title, when it differs from the h1 (e.g. prefixed with "Error:"). */
  documentTitle?: string;
  /** Trusted HTML below the h1: every text in it must already be escaped. */
  body: string;
  /** The page's own CSS; the base look applies in any case. */
  style?: string;
}

/**
 * The shell of the pages the server renders itself (sign-in link, proposal answers, feedback, keeping an account):
 * links in mails land there, so they work without the web app's script. No script at all (the CSP forbids inline
 * script); inline styles, which the CSP allows; not for search engines.
 */
export function renderServerPage(page: ServerPage): string {
  return `<!doctype html>
<html lang="${page.locale}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex">
  <title>${escapeHtml(page.documentTitle ?? page.title)} — SkillShift</title>
  <link rel="icon" href="data:,">
  <style>${BASE_PAGE_STYLE}${page.style ?? ''}</style>
</head>
<body>
  <main>
    <p class="brand">SkillShift</p>
    <h1>${escapeHtml(page.title)}</h1>
    ${page.body}
  </main>
</body>
</html>`;
}
