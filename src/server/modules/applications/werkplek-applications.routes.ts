import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.js';
import { problemSchema } from '../../http/problem.js';
import { answerTask } from './answer-task.js';
import { applicationView } from './application-view.js';
import {
  answerTaskBody,
  documentParams,
  documentSchema,
  idParams,
  queueQuery,
  queueSchema,
  receiptSchema,
  requestInformationBody,
  saveDraftBody,
  saveDraftResponse,
  staffApplicationSchema,
  startPaperApplicationBody,
  submitBody,
  taskParams,
  applicationSchema,
} from './applications.schema.js';
import { readUpload } from './document-upload-http.js';
import { getDocumentForStaff } from './get-document-content.js';
import { listApplicationQueue } from './list-application-queue.js';
import { openApplication } from './open-application.js';
import { removeDocument } from './remove-document.js';
import { requestInformation } from './request-information.js';
import { saveDraft } from './save-draft.js';
import { sendDocument } from './send-document.js';
import { startPaperApplication } from './start-paper-application.js';
import { submitApplication } from './submit-application.js';
import { takeApplication } from './take-application.js';
import { uploadDocument } from './upload-document.js';

const tags = ['Werkplek: aanvragen'];
const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 413: problemSchema };

/** The staff side: the work queue, opening and handling applications, and entering paper applications. */
export function werkplekApplicationsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const { registry, businessRegistry } = deps;
  const db = deps.database.db;
  return async (app) => {
    app.get('/api/werkplek/applications', { schema: { tags, summary: 'Work queue by deadline (no personal data)', querystring: queueQuery, response: { 200: queueSchema, ...errors } } }, async (request) =>
      listApplicationQueue({ db, ctx: request.context(), filter: request.query }),
    );

    app.post(
      '/api/werkplek/applications/:id/open',
      { schema: { tags, summary: 'Open an application (recorded read of the applicant)', params: idParams, response: { 200: staffApplicationSchema, ...errors } } },
      async (request) => openApplication({ db, registry, ctx: request.context(), id: request.params.id }),
    );

    app.get('/api/werkplek/applications/:id/documents/:documentId', { schema: { tags, summary: 'Open a document (recorded read)', params: documentParams } }, async (request, reply) =>
      sendDocument(reply, await getDocumentForStaff({ db, ctx: request.context(), id: request.params.id, documentId: request.params.documentId })),
    );

    app.post('/api/werkplek/applications/:id/take', { schema: { tags, summary: 'Take a received application into handling', params: idParams, response: { 200: z.object({ status: z.string() }), ...errors } } }, async (request) =>
      takeApplication({ db, ctx: request.context(), id: request.params.id }),
    );

    app.post(
      '/api/werkplek/applications/:id/tasks',
      { schema: { tags, summary: 'Ask the applicant for more information (the term stands still)', params: idParams, body: requestInformationBody, response: { 201: z.object({ taskId: z.uuid(), status: z.string() }), ...errors } } },
      async (request, reply) => reply.status(201).send(await requestInformation({ db, ctx: request.context(), id: request.params.id, input: request.body, lang: request.body.lang })),
    );

    app.post(
      '/api/werkplek/applications/paper',
      { schema: { tags, summary: 'Enter a paper application for a resident (assisted channel)', body: startPaperApplicationBody, response: { 201: applicationSchema, ...errors } } },
      async (request, reply) => {
        const application = await startPaperApplication({ db, registry, businesses: businessRegistry, ctx: request.context(), bsn: request.body.bsn, regelingId: request.body.regelingId });
        return reply.status(201).send(await applicationView(db, application, 'staff'));
      },
    );

    app.put('/api/werkplek/applications/:id/draft', { schema: { tags, summary: 'Save a page of a paper application', params: idParams, body: saveDraftBody, response: { 200: saveDraftResponse, ...errors } } }, async (request) =>
      saveDraft({ db, side: 'werkplek', ctx: request.context(), id: request.params.id, input: request.body }),
    );

    app.post(
      '/api/werkplek/applications/:id/documents',
      { schema: { tags, summary: 'Attach the scan or evidence to a paper application (multipart/form-data)', params: idParams, consumes: ['multipart/form-data'], response: { 201: documentSchema, ...errors } } },
      async (request, reply) => reply.status(201).send(await uploadDocument({ db, side: 'werkplek', ctx: request.context(), id: request.params.id, input: await readUpload(request) })),
    );

    app.delete('/api/werkplek/applications/:id/documents/:documentId', { schema: { tags, summary: 'Remove a document of a paper application before sending', params: documentParams, response: { 204: z.null(), ...errors } } }, async (request, reply) => {
      await removeDocument({ db, side: 'werkplek', ctx: request.context(), id: request.params.id, documentId: request.params.documentId });
      return reply.status(204).send(null);
    });

    app.post(
      '/api/werkplek/applications/:id/submit',
      { schema: { tags, summary: 'Send a paper application (the declaration is the signed paper form)', params: idParams, body: submitBody, response: { 200: receiptSchema, ...errors } } },
      async (request) => submitApplication({ db, side: 'werkplek', registry, ctx: request.context(), id: request.params.id, lang: request.body.lang }),
    );

    app.post(
      '/api/werkplek/applications/:id/tasks/:taskId/answer',
      { schema: { tags, summary: 'Enter the answer a resident of a paper application sent by post', params: taskParams, body: answerTaskBody, response: { 200: z.object({ status: z.string(), decisionDue: z.string().nullable() }), ...errors } } },
      async (request) => answerTask({ db, side: 'werkplek', ctx: request.context(), id: request.params.id, taskId: request.params.taskId, answer: request.body.answer }),
    );
  };
}
