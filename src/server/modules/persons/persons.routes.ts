import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.js';
import { problemSchema } from '../../http/problem.js';
import { getPersonFile } from './get-person-file.js';
import { personFileBody, personFileSchema, personSearchBody, personSearchResult } from './persons.schema.js';
import { searchPersons } from './search-persons.js';

const tags = ['Werkplek: personen'];
const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };

// POST, not GET: a BSN must never appear in a URL, a browser history or an access log.
// Haal Centraal BRP Personen makes the same choice.
export function personsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const { database, registry, businessRegistry } = deps;
  return async (app) => {
    app.post(
      '/api/werkplek/persons/search',
      { schema: { tags, summary: 'Search persons (each result is a recorded read)', body: personSearchBody, response: { 200: personSearchResult, ...errors } } },
      async (request) => {
        const { purpose, ...query } = request.body;
        return searchPersons({ db: database.db, registry, ctx: request.context(), query, purpose });
      },
    );

    app.post(
      '/api/werkplek/persons/file',
      { schema: { tags, summary: "A person's file: registry data, household, businesses, contact moments (recorded read)", body: personFileBody, response: { 200: personFileSchema, ...errors } } },
      async (request) => getPersonFile({ db: database.db, registry, businesses: businessRegistry, ctx: request.context(), ...request.body }),
    );
  };
}
