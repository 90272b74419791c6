import pino from 'pino';
import type { DestinationStream, LoggerOptions } from 'pino';
import { describeErrorForLog } from './describe-error.js';
import { scrubText } from './scrub.js';

export type Logger = pino.Logger;

/** Structured JSON logs without personal data: secrets are redacted and BSN-like values scrubbed. */
export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    base: { service: 'eenloket' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
        'bsn',
        '*.bsn',
        '*.password',
        '*.passwordHash',
        '*.token',
        '*.csrfToken',
        '*.code_verifier',
      ],
      censor: '[redacted]',
    },
    serializers: {
      // pino's own error serializer writes every property of an error, and Drizzle's carry the query's
      // parameter values (names, addresses, texts): an error is logged as its type, code, scrubbed
      // message and stack frames instead. Plain objects under `err` stay as they are.
      err: (value: unknown) => (value instanceof Error ? describeErrorForLog(value) : value),
      // Query strings can carry personal data; the route and the request id are enough to trace.
      req: (req: { id: string; method: string; url: string; routeOptions?: { url?: string } }) => ({
        id: req.id,
        method: req.method,
        path: scrubText(req.url.split('?')[0] ?? ''),
        route: req.routeOptions?.url,
      }),
    },
    hooks: {
      // Applied to the finished JSON line, after serializers: whatever a developer logged,
      // a nine-digit number that passes the elfproef leaves the process as "[bsn]".
      streamWrite: scrubText,
    },
  };
}

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return destination ? pino(loggerOptions(level), destination) : pino(loggerOptions(level));
}
