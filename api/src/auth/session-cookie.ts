import { type CookieOptions, type Request, type Response } from 'express';
import { type AppConfig } from '../config/app-config';

/**
 * `__Host-` makes the browser refuse the cookie unless it is Secure, host-only and for path /, so a sibling subdomain
 * cannot plant one. Development runs on plain http, where a Secure cookie would never come back.
 */
export const sessionCookieName = (config: AppConfig): string =>
  config.production ? '__Host-skillshift_session' : 'skillshift_session';

export function sessionCookieOptions(config: AppConfig, expiresAt?: Date): CookieOptions {
  return {
    httpOnly: true,
    // Lax: the cookie rides along on top-level navigations, never on cross-site POSTs or fetches.
    sameSite: 'lax',
    secure: config.production,
    path: '/',
    ...(expiresAt && { expires: expiresAt }),
  };
}

export function readSessionToken(config: AppConfig, request: Request | undefined): string | undefined {
  const value = (request?.cookies as Record<string, unknown> | undefined)?.[sessionCookieName(config)];
  return typeof value === 'string' && value.length > 0 && value.length <= 128 ? value : undefined;
}

export function setSessionCookie(config: AppConfig, response: Response, token: string, expiresAt: Date): void {
  response.cookie(sessionCookieName(config), token, sessionCookieOptions(config, expiresAt));
}

export function clearSessionCookie(config: AppConfig, response: Response | undefined): void {
  response?.clearCookie(sessionCookieName(config), sessionCookieOptions(config));
}
