import type { Db } from '../../db/database.js';
import { authorizeStaff } from '../auth/authorize.js';
import type { RequestContext } from '../auth/principal.js';
import { queryEntries, type AuditQuery } from './audit.repository.js';
import { recordAudit } from './record-audit.js';

/** The auditor's view of the trail. Reading it is itself recorded: the entries name residents. */
export async function searchAuditLog(options: { db: Db; ctx: RequestContext; query: AuditQuery }) {
  const { db, ctx, query } = options;
  const auth = authorizeStaff(ctx, 'audit.read');
  const rows = await queryEntries(db, query);
  await db.transaction((tx) =>
    recordAudit({
      tx,
      auth,
      requestId: ctx.requestId,
      action: 'audit.search',
      subjectBsn: query.subjectBsn ?? null,
      ground: 'toezicht: AVG art. 5 lid 2 (verantwoordingsplicht)',
      details: { results: rows.length, byActor: Boolean(query.actorId), byAction: query.action ?? null },
    }),
  );
  return {
    entries: rows.map((r) => ({ ...r, occurredAt: r.occurredAt.toISOString() })),
    nextBeforeSeq: rows.length === query.limit ? rows[rows.length - 1]!.seq : null,
  };
}
