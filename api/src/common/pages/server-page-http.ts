import { toUiLocale, type UiLocale } from '@skillshift/shared';
import { type Request, type Response } from 'express';
import { localeFromAcceptLanguage } from '../../i18n/i18n';

/** The language of a server-rendered page: the link's (or form's) `lang`, else the browser's Accept-Language. */
export function pageLocale(request: Request): UiLocale {
  const lang = (request.query.lang ?? (request.body as Record<string, unknown> | undefined)?.lang) as unknown;
  if (typeof lang === 'string' && /^(de|en)$/.test(lang)) return toUiLocale(lang);
  return localeFromAcceptLanguage(request.headers['accept-language']);
}

/** Sends a page from `renderServerPage`: never cached, as every answer changes what the link shows. */
export function sendServerPage(response: Response, status: number, html: string): void {
  response.status(status);
  response.setHeader('Cache-Control', 'no-store');
  // With the site-wide no-referrer policy a browser sends `Origin: null` on this page's POST; same-origin keeps the
  // real origin for the CSRF check and still sends nothing to other sites.
  response.setHeader('Referrer-Policy', 'same-origin');
  // end(), not send(): the pages change with every answer, so an ETag over the body would only cost time.
  response.setHeader('Content-Type', 'text/html; charset=utf-8');
  response.end(html);
}
