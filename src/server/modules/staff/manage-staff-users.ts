import type { Db } from '../../db/database.js';
import { DomainError, notFound } from '../../shared/errors.js';
import { text } from '../../shared/localized.js';
import { recordAudit } from '../audit/record-audit.js';
import { authorizeStaff } from '../auth/authorize.js';
import type { RequestContext } from '../auth/principal.js';
import { deleteSessionsOfStaff } from '../auth/session.repository.js';
import { hashPassword } from './password.js';
import type { CreateStaffUserInput, UpdateStaffUserInput } from './staff.schema.js';
import { findStaffById, findStaffByUsername, insertStaffUser, listStaffUsers, updateStaffUser, type StaffUserRow } from './staff.repository.js';

export function toStaffUserView(row: StaffUserRow) {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    email: row.email,
    team: row.team,
    roles: row.roles,
    active: row.active,
    login: row.passwordHash ? ('local' as const) : ('oidc' as const),
    locked: Boolean(row.lockedUntil && row.lockedUntil > new Date()),
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
  };
}

export async function listStaffUsersAsAdmin(options: { db: Db; ctx: RequestContext }) {
  authorizeStaff(options.ctx, 'staff-user.manage');
  return (await listStaffUsers(options.db)).map(toStaffUserView);
}

export async function createStaffUser(options: { db: Db; ctx: RequestContext; input: CreateStaffUserInput }) {
  const { db, ctx, input } = options;
  const auth = authorizeStaff(ctx, 'staff-user.manage');
  if (await findStaffByUsername(db, input.username)) {
    throw new DomainError('conflict', 'staff-user.username_taken', text('Deze gebruikersnaam bestaat al.', 'This username already exists.'), [
      { name: 'username', code: 'taken', message: text('Deze gebruikersnaam bestaat al.', 'This username already exists.') },
    ]);
  }
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const row = await insertStaffUser(tx, {
      username: input.username,
      displayName: input.displayName,
      email: input.email ?? null,
      team: input.team ?? null,
      roles: input.roles,
      passwordHash,
    });
    await recordAudit({ tx, auth, requestId: ctx.requestId, action: 'staff-user.create', details: { staffUserId: row.id, roles: row.roles } });
    return toStaffUserView(row);
  });
}

export async function updateStaffUserAsAdmin(options: { db: Db; ctx: RequestContext; id: string; input: UpdateStaffUserInput }) {
  const { db, ctx, id, input } = options;
  const auth = authorizeStaff(ctx, 'staff-user.manage');
  const existing = await findStaffById(db, id);
  if (!existing) throw notFound('staff-user.not_found', text('Deze medewerker bestaat niet.', 'This staff member does not exist.'));
  if (id === auth.principal.staffUserId && (input.active === false || (input.roles && !input.roles.includes('functioneel-beheerder')))) {
    // Otherwise the last administrator could lock everyone out of user management.
    throw new DomainError('conflict', 'staff-user.self_lockout', text('U kunt uw eigen beheerrechten niet intrekken.', 'You cannot revoke your own administrator rights.'));
  }
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  return db.transaction(async (tx) => {
    const row = await updateStaffUser(tx, id, {
      ...(input.displayName !== undefined && { displayName: input.displayName }),
      ...(input.team !== undefined && { team: input.team }),
      ...(input.roles !== undefined && { roles: input.roles }),
      ...(input.active !== undefined && { active: input.active }),
      ...(passwordHash && { passwordHash }),
      ...((input.unlock || passwordHash) && { failedLogins: 0, lockedUntil: null }),
    });
    // Changed rights or a disabled account take effect now, not when the sessions expire.
    const endSessions = input.active === false || input.roles !== undefined || passwordHash !== undefined;
    const sessionsEnded = endSessions ? await deleteSessionsOfStaff(tx, id) : 0;
    await recordAudit({
      tx,
      auth,
      requestId: ctx.requestId,
      action: 'staff-user.update',
      details: { staffUserId: id, changed: Object.keys(input).filter((k) => k !== 'password').concat(passwordHash ? ['password'] : []), sessionsEnded },
    });
    return toStaffUserView(row!);
  });
}
