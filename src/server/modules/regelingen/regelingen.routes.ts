import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.js';
import { problemSchema } from '../../http/problem.js';
import { addParameterPeriod } from './add-parameter-period.js';
import { checkVersionExamples } from './check-version-examples.js';
import { createVersionDraft } from './create-version-draft.js';
import { getRegelingForm } from './get-regeling-form.js';
import { getVersionDocument } from './get-version-document.js';
import { listRegelingen } from './list-regelingen.js';
import { listRegelingenAdmin } from './list-regelingen-admin.js';
import { publishVersion } from './publish-version.js';
import {
  addPeriodBody,
  createVersionBody,
  exampleCheckSchema,
  langQuery,
  parameterParams,
  periodParams,
  regelingAdminSchema,
  regelingFormSchema,
  regelingParams,
  regelingSummarySchema,
  updateVersionBody,
  updateVersionFileBody,
  versionDocumentSchema,
  versionParams,
  reasonBody,
} from './regelingen.schema.js';
import { updateVersionDraft } from './update-version-draft.js';
import { updateVersionFile } from './update-version-file.js';
import { withdrawParameterPeriod } from './withdraw-parameter-period.js';
import { withdrawVersion } from './withdraw-version.js';

const publicTags = ['Regelingen'];
const adminTags = ['Werkplek: regelingen beheren'];
const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };
const versionRef = z.object({ regelingId: z.string(), version: z.number().int() });

export function regelingenRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const db = deps.database.db;
  return async (app) => {
    app.get(
      '/api/regelingen',
      { schema: { tags: publicTags, summary: 'Regelingen open for applications (public)', response: { 200: z.array(regelingSummarySchema) } } },
      async () => listRegelingen({ db }),
    );

    app.get(
      '/api/regelingen/:id/versions/:version/form',
      {
        schema: {
          tags: publicTags,
          summary: "A version's form in one language: pages, evidence, JSON Schema and uiSchema",
          params: versionParams,
          querystring: langQuery,
          response: { 200: regelingFormSchema, ...errors },
        },
      },
      async (request) => getRegelingForm({ db, ctx: request.context(), regelingId: request.params.id, version: request.params.version, lang: request.query.lang }),
    );

    app.get(
      '/api/werkplek/regelingen',
      { schema: { tags: adminTags, summary: 'All regelingen with versions and parameter periods', response: { 200: z.array(regelingAdminSchema), ...errors } } },
      async (request) => listRegelingenAdmin({ db, ctx: request.context() }),
    );

    app.get(
      '/api/werkplek/regelingen/:id/versions/:version',
      { schema: { tags: adminTags, summary: 'The documents of a version', params: versionParams, response: { 200: versionDocumentSchema, ...errors } } },
      async (request) => getVersionDocument({ db, ctx: request.context(), regelingId: request.params.id, version: request.params.version }),
    );

    app.post(
      '/api/werkplek/regelingen/:id/versions',
      { schema: { tags: adminTags, summary: 'Start a new draft version as a copy', params: regelingParams, body: createVersionBody, response: { 201: versionRef, ...errors } } },
      async (request, reply) => reply.status(201).send(await createVersionDraft({ db, ctx: request.context(), regelingId: request.params.id, basedOn: request.body.basedOn })),
    );

    app.put(
      '/api/werkplek/regelingen/:id/versions/:version',
      { schema: { tags: adminTags, summary: 'Save the documents of a draft version (validated)', params: versionParams, body: updateVersionBody, response: { 200: versionRef, ...errors } } },
      async (request) => updateVersionDraft({ db, ctx: request.context(), regelingId: request.params.id, version: request.params.version, input: request.body }),
    );

    app.put(
      '/api/werkplek/regelingen/:id/versions/:version/files',
      {
        // The file itself is limited by the body schema (at most 1,000,000 characters, a clear field error);
        // as a JSON string it grows by escaping (quotes, newlines), so the request may exceed the global limit.
        bodyLimit: Math.max(deps.config.bodyLimitBytes, 3 * 1024 * 1024),
        schema: {
          tags: adminTags,
          summary: 'Replace a decision model (.dmn) or examples file (.json) of a draft version (checked before it is saved)',
          params: versionParams,
          body: updateVersionFileBody,
          response: { 200: versionRef.extend({ path: z.string(), sha256: z.string() }), ...errors },
        },
      },
      async (request) => updateVersionFile({ db, ctx: request.context(), regelingId: request.params.id, version: request.params.version, path: request.body.path, content: request.body.content }),
    );

    app.post(
      '/api/werkplek/regelingen/:id/versions/:version/examples/check',
      {
        schema: {
          tags: adminTags,
          summary: "Run a version's example cases: per case the expected and the actual outcome",
          params: versionParams,
          response: { 200: exampleCheckSchema, ...errors },
        },
      },
      async (request) => checkVersionExamples({ db, ctx: request.context(), regelingId: request.params.id, version: request.params.version }),
    );

    app.post(
      '/api/werkplek/regelingen/:id/versions/:version/publish',
      {
        schema: {
          tags: adminTags,
          summary: 'Publish a draft version: new applications use it',
          params: versionParams,
          response: { 200: versionRef.extend({ status: z.literal('gepubliceerd') }), ...errors },
        },
      },
      async (request) => publishVersion({ db, ctx: request.context(), regelingId: request.params.id, version: request.params.version }),
    );

    app.post(
      '/api/werkplek/regelingen/:id/versions/:version/withdraw',
      {
        schema: {
          tags: adminTags,
          summary: 'Withdraw a published version (no new applications under it; the regeling closes when no published version is left)',
          params: versionParams,
          body: reasonBody,
          response: { 200: versionRef.extend({ status: z.literal('ingetrokken') }), ...errors },
        },
      },
      async (request) => withdrawVersion({ db, ctx: request.context(), regelingId: request.params.id, version: request.params.version, reason: request.body.reason }),
    );

    app.post(
      '/api/werkplek/regelingen/:id/parameters/:key/periods',
      {
        schema: {
          tags: adminTags,
          summary: 'Add (or replace) the value of a parameter from a date',
          params: parameterParams,
          body: addPeriodBody,
          response: { 201: regelingAdminSchema.shape.parameters.element.shape.periods.element, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await addParameterPeriod({ db, ctx: request.context(), regelingId: request.params.id, key: request.params.key, input: request.body })),
    );

    app.post(
      '/api/werkplek/regelingen/:id/parameters/:key/periods/:periodId/withdraw',
      { schema: { tags: adminTags, summary: 'Withdraw a period entered by mistake', params: periodParams, body: reasonBody, response: { 204: z.null(), ...errors } } },
      async (request, reply) => {
        await withdrawParameterPeriod({ db, ctx: request.context(), regelingId: request.params.id, key: request.params.key, periodId: request.params.periodId, reason: request.body.reason });
        return reply.status(204).send(null);
      },
    );
  };
}
