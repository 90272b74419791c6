import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.js';
import { mayReadMetrics } from '../../observability/metrics-access.js';
import { unauthenticated } from '../../shared/errors.js';

const publicConfigSchema = z
  .object({
    municipality: z.object({ name: z.string(), code: z.string() }),
    login: z.object({ digidTest: z.boolean(), digidOidc: z.boolean(), staffLocal: z.boolean(), staffOidc: z.boolean() }),
    languages: z.array(z.enum(['nl', 'en'])),
  })
  .meta({ id: 'PublicConfig' });

export function platformRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const { config, metrics } = deps;
  return async (app) => {
    app.get(
      '/api/config',
      { schema: { tags: ['Beheer'], summary: 'Public settings the web app needs before login', response: { 200: publicConfigSchema } } },
      async () => ({
        municipality: config.municipality,
        login: {
          digidTest: config.digidTestLogin,
          digidOidc: Boolean(config.digidOidc),
          staffLocal: config.staffLocalLogin,
          staffOidc: Boolean(config.staffOidc),
        },
        languages: ['nl' as const, 'en' as const],
      }),
    );

    app.get('/metrics', { logLevel: 'warn', schema: { hide: true } }, async (request, reply) => {
      if (!mayReadMetrics(request.headers.authorization, config.metricsToken)) throw unauthenticated('metrics.unauthenticated');
      return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
    });
  };
}
