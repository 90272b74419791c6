import type { Db } from '../../db/database.js';
import { unauthenticated } from '../../shared/errors.js';
import { appendAuditEntries } from '../audit/audit.repository.js';
import { actorOf } from '../audit/record-audit.js';
import type { RequestContext } from './principal.js';
import { deleteSession, deleteSessionsOfResident, deleteSessionsOfStaff } from './session.repository.js';
import { hashToken } from './sessions.js';

/** Ends this session; returns the ID token for a logout at the identity provider, if any. */
export async function logout(options: { db: Db; ctx: RequestContext; token: string }): Promise<{ idToken: string | null; authMethod: string }> {
  const { db, ctx, token } = options;
  const principal = ctx.principal;
  if (!principal) throw unauthenticated();
  return db.transaction(async (tx) => {
    const row = await deleteSession(tx, hashToken(token));
    await appendAuditEntries(tx, [
      {
        actor: actorOf(principal),
        action: 'session.logout',
        subjectBsn: principal.kind === 'resident' ? principal.bsn : null,
        requestId: ctx.requestId,
        details: { sessionId: principal.sessionId },
      },
    ]);
    return { idToken: row?.idToken ?? null, authMethod: principal.authMethod };
  });
}

/** Ends every session of the logged-in person, on all devices. */
export async function logoutEverywhere(options: { db: Db; ctx: RequestContext }): Promise<number> {
  const { db, ctx } = options;
  const principal = ctx.principal;
  if (!principal) throw unauthenticated();
  return db.transaction(async (tx) => {
    const ended =
      principal.kind === 'staff'
        ? await deleteSessionsOfStaff(tx, principal.staffUserId)
        : await deleteSessionsOfResident(tx, principal.bsn);
    await appendAuditEntries(tx, [
      {
        actor: actorOf(principal),
        action: 'session.logout-everywhere',
        subjectBsn: principal.kind === 'resident' ? principal.bsn : null,
        requestId: ctx.requestId,
        details: { sessionsEnded: ended },
      },
    ]);
    return ended;
  });
}
