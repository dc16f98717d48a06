import { toUiLocale, type UiLocale } from '@skillshift/shared';
import { type Request, type Response } from 'express';
import { localeFromAcceptLanguage } from '../../i18n/i18n';
import { escapeHtml } from './server-page';

/** The language a link (or a form) asks for with `lang`, if it asks for one the pages speak. */
function askedLocale(request: Request): UiLocale | null {
  const lang = (request.query.lang ?? (request.body as Record<string, unknown> | undefined)?.lang) as unknown;
  return typeof lang === 'string' && /^(de|en)$/.test(lang) ? toUiLocale(lang) : null;
}

/** The language of a server-rendered page: the link's (or form's) `lang`, else the browser's Accept-Language. */
export function pageLocale(request: Request): UiLocale {
  return askedLocale(request) ?? localeFromAcceptLanguage(request.headers['accept-language']);
}

/**
 * The language of a page about someone whose language is known (a feedback request, a proposal): the one the link or
 * form asks for, which is theirs in the mail's link and the other after the page's language switch; else theirs.
 */
export function personPageLocale(request: Request, theirs: UiLocale): UiLocale {
  return askedLocale(request) ?? theirs;
}

/** Sends a page from `renderServerPage`: never cached, as every answer changes what the link shows. */
export function sendServerPage(response: Response, status: number, html: string): void {
  // (a link in a mail opens in the language the mail was written in; the reader may want the other)
  if (response.req?.method === 'GET') html = withLanguageSwitch(html, response.req);
  response.status(status);
  response.setHeader('Cache-Control', 'no-store');
  // With the site-wide no-referrer policy a browser sends `Origin: null` on this page's POST; same-origin keeps the
  // real origin for the CSRF check and still sends nothing to other sites.
  response.setHeader('Referrer-Policy', 'same-origin');
  // end(), not send(): the pages change with every answer, so an ETag over the body would only cost time.
  response.setHeader('Content-Type', 'text/html; charset=utf-8');
  response.end(html);
}

const LANGUAGE_NAMES: Record<UiLocale, { name: string; nav: string }> = {
  de: { name: 'Deutsch', nav: 'Sprache' },
  en: { name: 'English', nav: 'Language' },
};

/**
 * A link to the same page in the other language, above the brand of a page from `renderServerPage`: the same address
 * (with its signed token) with `lang` switched. Only for GET: a form's answer is at an address without the token.
 */
export function withLanguageSwitch(html: string, request: Pick<Request, 'originalUrl'>): string {
  const shown = /<html lang="(de|en)">/.exec(html)?.[1];
  const brand = '<p class="brand">SkillShift</p>';
  if (!shown || !html.includes(brand)) return html;
  const other: UiLocale = shown === 'de' ? 'en' : 'de';
  const url = new URL(request.originalUrl, 'http://page');
  url.searchParams.set('lang', other);
  const link = `<a href="${escapeHtml(`${url.pathname}${url.search}`)}" lang="${other}" hreflang="${other}">${LANGUAGE_NAMES[other].name}</a>`;
  const nav = `<nav class="language" aria-label="${LANGUAGE_NAMES[toUiLocale(shown)].nav}">${link}</nav>`;
  return html.replace(brand, `${nav}\n    ${brand}`);
}
