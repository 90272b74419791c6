import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.js';
import { problemSchema } from '../../http/problem.js';
import { bsnSchema } from '../../shared/bsn.js';
import { searchAuditLog } from './search-audit-log.js';
import { verifyAuditChainAsStaff } from './verify-audit-chain-use-case.js';

const tags = ['Werkplek: audit'];
const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema };

const entrySchema = z
  .object({
    seq: z.number().int(),
    id: z.uuid(),
    occurredAt: z.iso.datetime(),
    actorType: z.enum(['staff', 'resident', 'system']),
    actorId: z.string().nullable(),
    actorName: z.string().nullable(),
    actorRole: z.string().nullable(),
    action: z.string(),
    subjectBsn: z.string().nullable(),
    ground: z.string().nullable(),
    requestId: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
    prevHash: z.string(),
    hash: z.string(),
  })
  .meta({ id: 'AuditEntry' });

export function auditRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const db = deps.database.db;
  return async (app) => {
    app.post(
      '/api/werkplek/audit/search',
      {
        schema: {
          tags,
          summary: 'Search the audit trail, newest first (auditor)',
          body: z.strictObject({
            subjectBsn: bsnSchema.optional(),
            actorId: z.string().max(100).optional(),
            action: z.string().max(100).optional(),
            beforeSeq: z.number().int().positive().optional(),
            limit: z.number().int().min(1).max(500).default(50),
          }),
          response: { 200: z.object({ entries: z.array(entrySchema), nextBeforeSeq: z.number().int().nullable() }), ...errors },
        },
      },
      async (request) => searchAuditLog({ db, ctx: request.context(), query: request.body }),
    );

    app.post(
      '/api/werkplek/audit/verify',
      {
        schema: {
          tags,
          summary: 'Verify the hash chain of the whole audit trail',
          response: {
            200: z.object({
              ok: z.boolean(),
              checked: z.number().int(),
              headSeq: z.number().int(),
              firstBroken: z.object({ seq: z.number().int(), id: z.string().nullable(), reason: z.string() }).optional(),
            }),
            ...errors,
          },
        },
      },
      async (request) => verifyAuditChainAsStaff({ db, ctx: request.context() }),
    );
  };
}
