import { and, eq, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { preparedLookup } from '../../db/prepared.js';
import { lookupBatcherPer } from '../../shared/batcher.js';
import { oidcLoginStates, sessions } from './auth.tables.js';

export type SessionRow = typeof sessions.$inferSelect;
export type NewSession = typeof sessions.$inferInsert;

export async function insertSession(db: Db, row: NewSession): Promise<void> {
  await db.insert(sessions).values(row);
}

// Read on every request: the sessions of requests that arrive together in one query.
const sessionsByHash = preparedLookup<Record<never, never>, SessionRow>('sessions_by_hash', { column: sessions.tokenHash, type: 'text' }, (db, keyCondition) => db.select().from(sessions).where(keyCondition));
const sessionReads = lookupBatcherPer<Db, SessionRow>({
  maxBatch: 100,
  maxInFlight: 2,
  read: async (db, tokenHashes) => new Map((await sessionsByHash(db, tokenHashes)).map((row) => [row.tokenHash, row])),
});

export async function findSession(db: Db, tokenHash: string): Promise<SessionRow | undefined> {
  return sessionReads(db)(tokenHash);
}

export async function touchSession(db: Db, tokenHash: string, at: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSession(db: Db, tokenHash: string): Promise<SessionRow | undefined> {
  const [row] = await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash)).returning();
  return row;
}

export async function deleteSessionsOfStaff(db: Db, staffUserId: string): Promise<number> {
  const rows = await db.delete(sessions).where(eq(sessions.staffUserId, staffUserId)).returning({ id: sessions.id });
  return rows.length;
}

export async function deleteSessionsOfResident(db: Db, bsn: string): Promise<number> {
  const rows = await db
    .delete(sessions)
    .where(and(eq(sessions.kind, 'resident'), eq(sessions.bsn, bsn)))
    .returning({ id: sessions.id });
  return rows.length;
}

/** Removes sessions past their idle or absolute expiry, and stale OIDC login states. */
export async function deleteExpired(db: Db, now: Date, idleMinutes: number): Promise<number> {
  const idleCutoff = new Date(now.getTime() - idleMinutes * 60_000);
  const rows = await db
    .delete(sessions)
    .where(or(lt(sessions.absoluteExpiresAt, now), lt(sessions.lastSeenAt, idleCutoff)))
    .returning({ id: sessions.id });
  await db.delete(oidcLoginStates).where(lt(oidcLoginStates.expiresAt, now));
  return rows.length;
}

export async function insertLoginState(db: Db, row: typeof oidcLoginStates.$inferInsert): Promise<void> {
  await db.insert(oidcLoginStates).values(row);
}

/** Takes a login state once: a replayed callback finds nothing. */
export async function takeLoginState(db: Db, state: string, now: Date) {
  const [row] = await db.delete(oidcLoginStates).where(eq(oidcLoginStates.state, state)).returning();
  if (!row || row.expiresAt < now) return undefined;
  return row;
}

export async function countSessions(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(sessions);
  return row?.n ?? 0;
}
