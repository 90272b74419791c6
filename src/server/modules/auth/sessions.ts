import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../db/database.js';
import type { AuthMethod, Principal, StaffRole } from './principal.js';
import { deleteSession, findSession, insertSession, touchSession, type SessionRow } from './session.repository.js';

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

export type NewPrincipal =
  | { kind: 'resident'; bsn: string; displayName: string; authMethod: AuthMethod; idToken?: string }
  | {
      kind: 'staff';
      staffUserId: string;
      displayName: string;
      roles: StaffRole[];
      authMethod: AuthMethod;
      idToken?: string;
    };

export interface IssuedSession {
  token: string;
  row: SessionRow;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Creates a session in the caller's transaction and returns the cookie token (shown once). */
export async function createSession(options: {
  tx: Db;
  principal: NewPrincipal;
  policy: SessionPolicy;
  now?: Date;
}): Promise<IssuedSession> {
  const { tx, principal, policy } = options;
  const now = options.now ?? new Date();
  const token = randomBytes(32).toString('base64url');
  const row: SessionRow = {
    tokenHash: hashToken(token),
    id: crypto.randomUUID(),
    kind: principal.kind,
    staffUserId: principal.kind === 'staff' ? principal.staffUserId : null,
    bsn: principal.kind === 'resident' ? principal.bsn : null,
    displayName: principal.displayName,
    roles: principal.kind === 'staff' ? principal.roles : ['inwoner'],
    authMethod: principal.authMethod,
    csrfToken: randomBytes(32).toString('base64url'),
    idToken: principal.idToken ?? null,
    createdAt: now,
    lastSeenAt: now,
    absoluteExpiresAt: new Date(now.getTime() + policy.absoluteHours * 3_600_000),
  };
  await insertSession(tx, row);
  return { token, row };
}

export type SessionLookup =
  | { state: 'none' }
  | { state: 'expired' }
  | { state: 'valid'; row: SessionRow; principal: Principal; idleExpiresAt: Date };

// Writing last_seen_at on every request would make each read a write; a minute of slack is harmless.
const TOUCH_INTERVAL_MS = 60_000;

/** Resolves a cookie token; enforces idle and absolute expiry and deletes an expired session. */
export async function resolveSession(options: {
  db: Db;
  token: string | undefined;
  policy: SessionPolicy;
  now?: Date;
}): Promise<SessionLookup> {
  const { db, token, policy } = options;
  if (!token) return { state: 'none' };
  const now = options.now ?? new Date();
  const tokenHash = hashToken(token);
  const row = await findSession(db, tokenHash);
  if (!row) return { state: 'expired' };
  const idleExpiresAt = new Date(row.lastSeenAt.getTime() + policy.idleMinutes * 60_000);
  if (now >= idleExpiresAt || now >= row.absoluteExpiresAt) {
    await deleteSession(db, tokenHash);
    return { state: 'expired' };
  }
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await touchSession(db, tokenHash, now);
    row.lastSeenAt = now;
  }
  return {
    state: 'valid',
    row,
    principal: principalOf(row),
    idleExpiresAt: new Date(row.lastSeenAt.getTime() + policy.idleMinutes * 60_000),
  };
}

export function principalOf(row: SessionRow): Principal {
  if (row.kind === 'resident') {
    return { kind: 'resident', sessionId: row.id, bsn: row.bsn!, displayName: row.displayName, roles: ['inwoner'], authMethod: row.authMethod };
  }
  return {
    kind: 'staff',
    sessionId: row.id,
    staffUserId: row.staffUserId!,
    displayName: row.displayName,
    roles: row.roles as StaffRole[],
    authMethod: row.authMethod,
  };
}
