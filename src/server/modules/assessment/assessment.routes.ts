import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.js';
import { problemSchema } from '../../http/problem.js';
import { idParams } from '../applications/applications.schema.js';
import { decideApplication } from './decide-application.js';
import { decisionBody, decisionResponse, reviewBody, reviewParams, reviewResponse, reviewsQuery, reviewsSchema, rerunResponse } from './assessment.schema.js';
import { listReviews } from './list-reviews.js';
import { rerunAssessment } from './rerun-assessment.js';
import { reviewDecision } from './review-decision.js';

const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };

/** The staff side of decisions: a person's decision, a new assessment run, and the review sample of automatic grants. */
export function assessmentRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const db = deps.database.db;
  return async (app) => {
    app.post(
      '/api/werkplek/applications/:id/decision',
      {
        schema: {
          tags: ['Werkplek: aanvragen'],
          summary: "Take the decision on an application (a rejection is always a person's decision)",
          params: idParams,
          body: decisionBody,
          response: { 201: decisionResponse, ...errors },
        },
      },
      async (request, reply) => reply.status(201).send(await decideApplication({ db, ctx: request.context(), id: request.params.id, input: request.body })),
    );

    app.post(
      '/api/werkplek/applications/:id/assessment/rerun',
      { schema: { tags: ['Werkplek: aanvragen'], summary: 'Run the automatic assessment again (e.g. after a handover)', params: idParams, response: { 202: rerunResponse, ...errors } } },
      async (request, reply) => reply.status(202).send(await rerunAssessment({ db, ctx: request.context(), id: request.params.id })),
    );

    app.get(
      '/api/werkplek/reviews',
      { schema: { tags: ['Werkplek: kwaliteit'], summary: 'Sampled automatic grants not yet reviewed (no personal data)', querystring: reviewsQuery, response: { 200: reviewsSchema, ...errors } } },
      async (request) => listReviews({ db, ctx: request.context(), page: request.query.page }),
    );

    app.post(
      '/api/werkplek/reviews/:decisionId',
      { schema: { tags: ['Werkplek: kwaliteit'], summary: 'Record the review of a sampled automatic grant', params: reviewParams, body: reviewBody, response: { 201: reviewResponse, ...errors } } },
      async (request, reply) => reply.status(201).send(await reviewDecision({ db, ctx: request.context(), decisionId: request.params.decisionId, input: request.body })),
    );
  };
}
