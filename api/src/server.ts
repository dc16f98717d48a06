import { randomUUID } from 'node:crypto';
import { type INestApplication } from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { type Request, type Response, type NextFunction } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import { AppModule } from './app.module';
import { type AppConfig } from './config/app-config';
import { countRequestsInFlight } from './common/http/requests-in-flight';
import { GraphqlExceptionFilter } from './common/errors/graphql-exception.filter';
import { InputValidationPipe } from './common/errors/input-validation.pipe';
import { logger, PinoNestLogger } from './common/logging/logger';
import { webAppHandlers } from './web/web-app.middleware';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** The Nest application with every cross-cutting concern wired once: logs, headers, validation, errors, web app. */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), {
    logger: new PinoNestLogger(),
  });
  app.set('trust proxy', 'loopback');
  // No ETags over API answers: GraphQL and the link pages are never cached (no-store), so hashing every body is waste.
  // The web app's files keep theirs (serve-static makes its own).
  app.set('etag', false);
  app.use(countRequestsInFlight);
  app.use(
    pinoHttp({
      logger,
      genReqId: (request, response) => {
        const given = request.headers['x-request-id'];
        const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
        response.setHeader('X-Request-Id', id);
        return id;
      },
      autoLogging: { ignore: (request) => request.url === '/health' },
      // Only method, path and status: query strings may carry tokens.
      serializers: {
        req: (request: { method: string; url: string }) => ({
          method: request.method,
          path: request.url.split('?')[0],
        }),
        res: (response: { statusCode: number }) => ({ status: response.statusCode }),
      },
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Mantine sets CSS variables and positions through inline styles.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
          formAction: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          upgradeInsecureRequests: config.production ? [] : null,
        },
      },
      // Pages may carry tokens in their URL (sign-in, accept/decline): never pass them on.
      referrerPolicy: { policy: 'no-referrer' },
      strictTransportSecurity: config.production,
    }),
  );
  app.use(cookieParser());
  app.use('/graphql', (_request: Request, response: Response, next: NextFunction) => {
    response.setHeader('Cache-Control', 'no-store');
    next();
  });
  for (const handler of webAppHandlers(config)) app.use(handler);
  app.useGlobalPipes(new InputValidationPipe());
  app.useGlobalFilters(new GraphqlExceptionFilter(app.get(HttpAdapterHost).httpAdapter));
  return app;
}
