import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.js';
import { problemSchema } from '../../http/problem.js';
import { createStaffUser, listStaffUsersAsAdmin, updateStaffUserAsAdmin } from './manage-staff-users.js';
import { createStaffUserBody, staffUserSchema, updateStaffUserBody } from './staff.schema.js';

const tags = ['Werkplek: beheer'];
const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };

export function staffRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const db = deps.database.db;
  return async (app) => {
    app.get(
      '/api/werkplek/staff-users',
      { schema: { tags, summary: 'All staff accounts (functioneel beheerder)', response: { 200: z.array(staffUserSchema), ...errors } } },
      async (request) => listStaffUsersAsAdmin({ db, ctx: request.context() }),
    );
    app.post(
      '/api/werkplek/staff-users',
      { schema: { tags, summary: 'Create a local staff account', body: createStaffUserBody, response: { 201: staffUserSchema, ...errors } } },
      async (request, reply) => reply.status(201).send(await createStaffUser({ db, ctx: request.context(), input: request.body })),
    );
    app.patch(
      '/api/werkplek/staff-users/:id',
      {
        schema: {
          tags,
          summary: 'Change roles, name, team, password; disable, enable or unlock an account',
          params: z.strictObject({ id: z.uuid() }),
          body: updateStaffUserBody,
          response: { 200: staffUserSchema, ...errors },
        },
      },
      async (request) => updateStaffUserAsAdmin({ db, ctx: request.context(), id: request.params.id, input: request.body }),
    );
  };
}
