import type { AppConfig } from '../../config/env.js';
import type { Db } from '../../db/database.js';
import { DomainError } from '../../shared/errors.js';
import { text } from '../../shared/localized.js';
import { appendAuditEntries } from '../audit/audit.repository.js';
import { verifyAgainstDummy, verifyPassword } from '../staff/password.js';
import { findStaffByUsername, registerFailedLogin, updateStaffUser } from '../staff/staff.repository.js';
import { isStaffRole } from './principal.js';
import { createSession, type IssuedSession } from './sessions.js';

const invalidCredentials = () =>
  new DomainError(
    'unauthenticated',
    'auth.invalid_credentials',
    text('De gebruikersnaam of het wachtwoord klopt niet.', 'The username or password is not correct.'),
  );

/** Local staff account login (argon2id), with lockout after repeated failures. */
export async function loginStaffLocal(options: {
  db: Db;
  config: AppConfig;
  username: string;
  password: string;
  requestId: string;
}): Promise<IssuedSession> {
  const { db, config, username, password, requestId } = options;
  if (!config.staffLocalLogin) {
    throw new DomainError('forbidden', 'auth.method_disabled', text('Deze manier van inloggen staat uit.', 'This login method is disabled.'));
  }
  const user = await findStaffByUsername(db, username);
  if (!user || !user.passwordHash) {
    await verifyAgainstDummy(password);
    throw invalidCredentials();
  }
  const now = new Date();
  if (user.lockedUntil && user.lockedUntil > now) {
    await verifyAgainstDummy(password);
    throw new DomainError(
      'too-many-requests',
      'auth.locked',
      text(
        'Dit account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het later opnieuw.',
        'This account is temporarily locked after too many failed attempts. Please try again later.',
      ),
    );
  }
  const valid = await verifyPassword(user.passwordHash, password);
  const actor = { type: 'staff' as const, id: user.id, name: user.displayName, role: null };
  if (!valid || !user.active) {
    await db.transaction(async (tx) => {
      const lockUntil = new Date(now.getTime() + config.login.lockMinutes * 60_000);
      const updated = await registerFailedLogin(tx, user.id, config.login.maxAttempts, lockUntil);
      await appendAuditEntries(tx, [
        {
          actor,
          action: 'session.login-failed',
          requestId,
          details: { method: 'staff-local', reason: valid ? 'inactive' : 'password', locked: Boolean(updated?.lockedUntil && updated.lockedUntil > now) },
        },
      ]);
    });
    throw invalidCredentials();
  }
  return db.transaction(async (tx) => {
    await updateStaffUser(tx, user.id, { failedLogins: 0, lockedUntil: null, lastLoginAt: now });
    const issued = await createSession({
      tx,
      policy: config.session,
      now,
      principal: {
        kind: 'staff',
        staffUserId: user.id,
        displayName: user.displayName,
        roles: user.roles.filter(isStaffRole),
        authMethod: 'staff-local',
      },
    });
    await appendAuditEntries(tx, [
      { actor: { ...actor, role: user.roles.join(',') }, action: 'session.login', requestId, details: { method: 'staff-local', sessionId: issued.row.id } },
    ]);
    return issued;
  });
}
