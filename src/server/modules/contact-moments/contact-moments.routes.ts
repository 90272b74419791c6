import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.js';
import { problemSchema } from '../../http/problem.js';
import { contactMomentSchema } from '../persons/persons.schema.js';
import { registerContactMomentBody, werkplekHomeSchema } from './contact-moments.schema.js';
import { getContactMoment } from './get-contact-moment.js';
import { getWerkplekHome } from './get-werkplek-home.js';
import { registerContactMoment } from './register-contact-moment.js';

const tags = ['Werkplek: contactmomenten'];
const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };

export function contactMomentsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const { database, registry } = deps;
  return async (app) => {
    app.get(
      '/api/werkplek/home',
      { schema: { tags, summary: "The staff member's start page", response: { 200: werkplekHomeSchema, 401: problemSchema, 403: problemSchema } } },
      async (request) => getWerkplekHome({ db: database.db, ctx: request.context() }),
    );

    app.get(
      '/api/werkplek/contact-moments/:id',
      {
        schema: {
          tags,
          summary: 'Open a contact moment and the resident it concerns (recorded read)',
          params: z.strictObject({ id: z.uuid() }),
          response: {
            200: z.object({ contactMoment: contactMomentSchema, subject: z.object({ bsn: z.string(), name: z.string().nullable() }) }),
            ...errors,
          },
        },
      },
      async (request) => getContactMoment({ db: database.db, registry, ctx: request.context(), id: request.params.id }),
    );

    app.post(
      '/api/werkplek/contact-moments',
      {
        schema: {
          tags,
          summary: 'Register a contact moment with a resident',
          body: registerContactMomentBody,
          response: { 201: z.object({ id: z.uuid() }), ...errors },
        },
      },
      async (request, reply) => {
        const row = await registerContactMoment({ db: database.db, registry, ctx: request.context(), input: request.body });
        return reply.status(201).send({ id: row.id });
      },
    );
  };
}
