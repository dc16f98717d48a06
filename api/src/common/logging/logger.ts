import { type LoggerService } from '@nestjs/common';
import { type DestinationStream, pino, type Logger } from 'pino';

/**
 * Structured logs. Personal data (e-mail addresses, phone numbers, tokens, cookies) is redacted by path, and messages
 * never interpolate it: log ids, not people.
 */
export let logger: Logger = createLogger(process.env.LOG_LEVEL ?? 'info');

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      // A bad LOG_LEVEL is reported by the configuration check; until then, log at info rather than crash.
      level: Object.keys(pino.levels.values).includes(level) || level === 'silent' ? level : 'info',
      base: { service: 'skillshift-api' },
      serializers: { err: serializeError },
      redact: {
        paths: [
          'req.headers.cookie',
          'req.headers.authorization',
          'res.headers["set-cookie"]',
          '*.email',
          '*.phone',
          '*.token',
          '*.to',
          'email',
          'phone',
          'token',
          'to',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}

/**
 * pino's error serializer, without the connection pg-pool attaches to the errors of its idle clients (`client`: some
 * 6 kB of driver state in every "connection lost" line, connection parameters included).
 */
function serializeError(error: Error): ReturnType<typeof pino.stdSerializers.err> {
  const out = pino.stdSerializers.err(error);
  delete (out as { client?: unknown }).client;
  return out;
}

export function setLogLevel(level: string): void {
  logger = createLogger(level);
}

/** Lets Nest's own messages go through the same structured logger. */
export class PinoNestLogger implements LoggerService {
  log(message: unknown, context?: string) {
    logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    logger.trace({ context }, String(message));
  }
}
