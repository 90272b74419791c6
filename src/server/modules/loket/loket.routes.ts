import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.js';
import { problemSchema } from '../../http/problem.js';
import { businessSchema, householdMemberSchema, personSchema } from '../persons/persons.schema.js';
import { getMyData } from './get-my-data.js';
import { listWhoViewedMyData } from './list-who-viewed-my-data.js';

const tags = ['Mijn loket'];
const localized = z.object({ nl: z.string(), en: z.string() });
const errors = { 401: problemSchema, 403: problemSchema };

export function loketRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const { database, registry, businessRegistry } = deps;
  return async (app) => {
    app.get(
      '/api/loket/me',
      {
        schema: {
          tags,
          summary: 'My data as registered in the base registries',
          response: {
            200: z.object({ person: personSchema.nullable(), household: z.array(householdMemberSchema), businesses: z.array(businessSchema) }),
            ...errors,
          },
        },
      },
      async (request) => getMyData({ registry, businesses: businessRegistry, ctx: request.context() }),
    );

    app.get(
      '/api/loket/access-log',
      {
        schema: {
          tags,
          summary: 'Who at the municipality looked at my data, and why',
          response: {
            200: z.array(z.object({ at: z.iso.datetime(), staffName: z.string(), role: z.string().nullable(), action: localized, purpose: localized.nullable() })),
            ...errors,
          },
        },
      },
      async (request) => listWhoViewedMyData({ db: database.db, ctx: request.context() }),
    );
  };
}
