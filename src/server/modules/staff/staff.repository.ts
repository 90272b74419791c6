import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { staffUsers } from './staff.tables.js';

export type StaffUserRow = typeof staffUsers.$inferSelect;
export type NewStaffUser = typeof staffUsers.$inferInsert;

export async function findStaffByUsername(db: Db, username: string): Promise<StaffUserRow | undefined> {
  const [row] = await db.select().from(staffUsers).where(eq(staffUsers.username, username.toLowerCase()));
  return row;
}

export async function findStaffById(db: Db, id: string): Promise<StaffUserRow | undefined> {
  const [row] = await db.select().from(staffUsers).where(eq(staffUsers.id, id));
  return row;
}

export async function findStaffByOidc(db: Db, issuer: string, subject: string): Promise<StaffUserRow | undefined> {
  const [row] = await db
    .select()
    .from(staffUsers)
    .where(and(eq(staffUsers.oidcIssuer, issuer), eq(staffUsers.oidcSubject, subject)));
  return row;
}

export async function insertStaffUser(db: Db, user: NewStaffUser): Promise<StaffUserRow> {
  const [row] = await db
    .insert(staffUsers)
    .values({ ...user, username: user.username?.toLowerCase() ?? null })
    .returning();
  return row!;
}

export async function updateStaffUser(db: Db, id: string, patch: Partial<NewStaffUser>): Promise<StaffUserRow | undefined> {
  const [row] = await db.update(staffUsers).set(patch).where(eq(staffUsers.id, id)).returning();
  return row;
}

/** Atomically counts a failed login and locks the account once the limit is reached. */
export async function registerFailedLogin(db: Db, id: string, maxAttempts: number, lockUntil: Date): Promise<StaffUserRow | undefined> {
  const [row] = await db
    .update(staffUsers)
    .set({
      failedLogins: sql`${staffUsers.failedLogins} + 1`,
      lockedUntil: sql`case when ${staffUsers.failedLogins} + 1 >= ${maxAttempts} then ${lockUntil.toISOString()}::timestamptz else ${staffUsers.lockedUntil} end`,
    })
    .where(eq(staffUsers.id, id))
    .returning();
  return row;
}

export function listStaffUsers(db: Db): Promise<StaffUserRow[]> {
  return db.select().from(staffUsers).orderBy(asc(staffUsers.displayName));
}
