import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.js';
import { sendProblem } from '../../http/error-handler.js';
import { problemSchema } from '../../http/problem.js';
import { text } from '../../shared/localized.js';

const READY_TIMEOUT_MS = 2_000;

export function healthRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/health/live',
      { logLevel: 'warn', schema: { tags: ['Beheer'], summary: 'The process is running', response: { 200: z.object({ status: z.literal('ok') }) } } },
      async () => ({ status: 'ok' as const }),
    );

    app.get(
      '/health/ready',
      {
        logLevel: 'warn',
        schema: {
          tags: ['Beheer'],
          summary: 'Ready to serve: the database answers',
          response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }), 503: problemSchema },
        },
      },
      async (request, reply) => {
        try {
          await withTimeout(deps.database.ping(), READY_TIMEOUT_MS);
          return { status: 'ok' as const, database: deps.database.kind };
        } catch (error) {
          request.log.warn({ err: error }, 'readiness check failed: database');
          return sendProblem(request, reply, 503, 'health.database_unavailable', text('De database is niet bereikbaar.', 'The database is not reachable.'));
        }
      },
    );
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
