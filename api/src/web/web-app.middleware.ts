import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isWebRoute } from '@skillshift/shared';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { type AppConfig } from '../config/app-config';

/** Paths the API answers itself; everything else that is a page belongs to the web app. */
export const API_PATHS = ['/graphql', '/health', '/dev/mailbox.json', '/dev/mailbox-attachments/', '/auth/', '/api/'];

/**
 * Serves the built web app: hashed assets with long caching, and index.html for every other page path, so that
 * client-side routes work on reload. Paths that are no page of the app get the same index.html (which shows the
 * app's "not found" page) with status 404. The dev mailbox page exists only without SMTP.
 */
export function webAppHandlers(config: AppConfig): RequestHandler[] {
  const indexFile = path.join(config.webDistDir, 'index.html');
  const assets = express.static(config.webDistDir, {
    index: false,
    setHeaders: (response, file) => {
      const immutable = file.includes(`${path.sep}assets${path.sep}`);
      response.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const page = (request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    if (API_PATHS.some((prefix) => request.path === prefix || request.path.startsWith(prefix))) return next();
    if (request.path.startsWith('/dev/') && config.smtpUrl) return next();
    if (!existsSync(indexFile)) {
      response
        .status(503)
        .type('text/plain')
        .send('The web app is not built yet: run `npm start` or `nx run web:build`.');
      return;
    }
    response.setHeader('Cache-Control', 'no-cache');
    response
      .status(isWebRoute(request.path) ? 200 : 404)
      .type('html')
      .send(readFileSync(indexFile, 'utf8'));
  };
  return [assets, page];
}
