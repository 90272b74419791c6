import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.js';
import { problemSchema } from '../../http/problem.js';
import { answerTask } from './answer-task.js';
import { applicationSchema, answerTaskBody, cosignBody, documentParams, documentSchema, idParams, myApplicationsSchema, receiptSchema, saveDraftBody, saveDraftResponse, startApplicationBody, submitBody, taskParams } from './applications.schema.js';
import { cosignApplication } from './cosign-application.js';
import { readUpload } from './document-upload-http.js';
import { getMyDocument } from './get-document-content.js';
import { getMyApplication } from './get-my-application.js';
import { applicationView } from './application-view.js';
import { listMyApplications } from './list-my-applications.js';
import { removeDocument } from './remove-document.js';
import { saveDraft } from './save-draft.js';
import { startApplication } from './start-application.js';
import { submitApplication } from './submit-application.js';
import { uploadDocument } from './upload-document.js';
import { sendDocument } from './send-document.js';

const tags = ['Mijn loket: aanvragen'];
const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 413: problemSchema };

/** The resident's side: start, fill in, attach, submit, co-sign, follow and answer. */
export function loketApplicationsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const { registry, businessRegistry } = deps;
  const db = deps.database.db;
  return async (app) => {
    app.get('/api/loket/applications', { schema: { tags, summary: 'My applications and requests to co-sign', response: { 200: myApplicationsSchema, ...errors } } }, async (request) =>
      listMyApplications({ db, ctx: request.context() }),
    );

    app.post(
      '/api/loket/applications',
      { schema: { tags, summary: 'Start (or continue) a draft for a regeling, prefilled from the registries', body: startApplicationBody, response: { 200: applicationSchema, 201: applicationSchema, ...errors } } },
      async (request, reply) => {
        const { application, created } = await startApplication({ db, registry, businesses: businessRegistry, ctx: request.context(), regelingId: request.body.regelingId, extendsId: request.body.extends });
        return reply.status(created ? 201 : 200).send(await applicationView(db, application, 'applicant'));
      },
    );

    app.get('/api/loket/applications/:id', { schema: { tags, summary: 'One application with timeline, tasks and term', params: idParams, response: { 200: applicationSchema, ...errors } } }, async (request) =>
      getMyApplication({ db, ctx: request.context(), id: request.params.id }),
    );

    app.put(
      '/api/loket/applications/:id/draft',
      { schema: { tags, summary: 'Save the answers of one page of a draft', params: idParams, body: saveDraftBody, response: { 200: saveDraftResponse, ...errors } } },
      async (request) => saveDraft({ db, side: 'loket', ctx: request.context(), id: request.params.id, input: request.body }),
    );

    app.post(
      '/api/loket/applications/:id/documents',
      { schema: { tags, summary: 'Attach a document (multipart/form-data: evidenceId or taskId, then file; PDF, JPG or PNG up to 10 MB)', params: idParams, consumes: ['multipart/form-data'], response: { 201: documentSchema, ...errors } } },
      async (request, reply) => reply.status(201).send(await uploadDocument({ db, side: 'loket', ctx: request.context(), id: request.params.id, input: await readUpload(request) })),
    );

    app.delete('/api/loket/applications/:id/documents/:documentId', { schema: { tags, summary: 'Remove a document before sending', params: documentParams, response: { 204: z.null(), ...errors } } }, async (request, reply) => {
      await removeDocument({ db, side: 'loket', ctx: request.context(), id: request.params.id, documentId: request.params.documentId });
      return reply.status(204).send(null);
    });

    app.get('/api/loket/applications/:id/documents/:documentId', { schema: { tags, summary: 'Download a document of my application', params: documentParams } }, async (request, reply) =>
      sendDocument(reply, await getMyDocument({ db, ctx: request.context(), id: request.params.id, documentId: request.params.documentId })),
    );

    app.post(
      '/api/loket/applications/:id/submit',
      { schema: { tags, summary: 'Send the application with the declaration (idempotent: a repeat returns the same receipt)', params: idParams, body: submitBody, response: { 200: receiptSchema, ...errors } } },
      async (request) => submitApplication({ db, side: 'loket', registry, ctx: request.context(), id: request.params.id, lang: request.body.lang }),
    );

    app.post(
      '/api/loket/applications/:id/cosign',
      { schema: { tags, summary: "Co-sign a partner's application", params: idParams, body: cosignBody, response: { 200: receiptSchema, ...errors } } },
      async (request) => cosignApplication({ db, ctx: request.context(), id: request.params.id }),
    );

    app.post(
      '/api/loket/applications/:id/tasks/:taskId/answer',
      { schema: { tags, summary: 'Answer a request for more information', params: taskParams, body: answerTaskBody, response: { 200: z.object({ status: z.string(), decisionDue: z.string().nullable() }), ...errors } } },
      async (request) => answerTask({ db, side: 'loket', ctx: request.context(), id: request.params.id, taskId: request.params.taskId, answer: request.body.answer }),
    );
  };
}
