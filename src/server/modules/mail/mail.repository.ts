import { eq, ne, and, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { preparedQuery } from '../../db/prepared.js';
import { outgoingEmails } from './mail.tables.js';

export type OutgoingEmailRow = typeof outgoingEmails.$inferSelect;

/**
 * Inserts a waiting email unless one with the same idempotency key exists. Returns the id of the
 * row that now holds the key, and whether this call created it.
 */
export async function insertOutgoingEmail(
  db: Db,
  email: { idempotencyKey: string; to: string; subject: string; text: string; html: string | null },
): Promise<{ id: string; created: boolean }> {
  const [inserted] = await db
    .insert(outgoingEmails)
    .values({ ...email, status: 'wachtend' })
    .onConflictDoNothing({ target: outgoingEmails.idempotencyKey })
    .returning({ id: outgoingEmails.id });
  if (inserted) return { id: inserted.id, created: true };
  // The conflicting row is committed (or ours): ON CONFLICT waits for a concurrent inserter to finish.
  const [existing] = await db
    .select({ id: outgoingEmails.id })
    .from(outgoingEmails)
    .where(eq(outgoingEmails.idempotencyKey, email.idempotencyKey));
  if (!existing) throw new Error('An outgoing email conflicted on its idempotency key but cannot be found');
  return { id: existing.id, created: false };
}

/** Inserts waiting emails, skipping any whose idempotency key exists; returns the ids of those inserted. */
export async function insertOutgoingEmails(db: Db, emails: { idempotencyKey: string; to: string; subject: string; text: string; html: string | null }[]): Promise<string[]> {
  const inserted = await db
    .insert(outgoingEmails)
    .values(emails.map((email) => ({ ...email, status: 'wachtend' as const })))
    .onConflictDoNothing({ target: outgoingEmails.idempotencyKey })
    .returning({ id: outgoingEmails.id });
  return inserted.map((row) => row.id);
}

const emailById = preparedQuery<{ id: string }, OutgoingEmailRow[]>('outgoing_email_by_id', (db) => db.select().from(outgoingEmails).where(eq(outgoingEmails.id, sql.placeholder('id'))));

export async function findOutgoingEmail(db: Db, id: string): Promise<OutgoingEmailRow | undefined> {
  const [row] = await emailById(db, { id });
  return row;
}

/** attempts counts every hand-over to the mail server, the successful one included. */
export async function markEmailSent(db: Db, options: { id: string; messageId: string; sentAt: Date }): Promise<void> {
  await db
    .update(outgoingEmails)
    .set({ status: 'verzonden', messageId: options.messageId, sentAt: options.sentAt, attempts: sql`${outgoingEmails.attempts} + 1` })
    .where(and(eq(outgoingEmails.id, options.id), ne(outgoingEmails.status, 'verzonden')));
}

/** A failed hand-over: waiting for the next retry, or mislukt when it was the last attempt. */
export async function recordEmailFailure(db: Db, options: { id: string; error: string; final: boolean }): Promise<void> {
  await db
    .update(outgoingEmails)
    .set({ status: options.final ? 'mislukt' : 'wachtend', lastError: options.error, attempts: sql`${outgoingEmails.attempts} + 1` })
    .where(and(eq(outgoingEmails.id, options.id), ne(outgoingEmails.status, 'verzonden')));
}
