import { eq, ne, and, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { executeNamed, preparedLookup } from '../../db/prepared.js';
import { idArray } from '../../db/id-array.js';
import { batcherPer, lookupBatcherPer } from '../../shared/batcher.js';
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

// Read and marked for every email sent; the send jobs running side by side share one query each.
const emailsById = preparedLookup<Record<never, never>, OutgoingEmailRow>('outgoing_emails_by_id', { column: outgoingEmails.id, type: 'uuid' }, (db, keyCondition) => db.select().from(outgoingEmails).where(keyCondition));
const emailReads = lookupBatcherPer<Db, OutgoingEmailRow>({
  maxBatch: 50,
  maxInFlight: 2,
  read: async (db, ids) => new Map((await emailsById(db, ids)).map((row) => [row.id, row])),
});

export async function findOutgoingEmail(db: Db, id: string): Promise<OutgoingEmailRow | undefined> {
  return emailReads(db)(id);
}

type SentEmail = { id: string; messageId: string; sentAt: Date };
const sentMarks = batcherPer<Db, SentEmail, void>({
  maxBatch: 50,
  maxInFlight: 2,
  run: async (db, sent) => {
    const values = JSON.stringify(sent.map((s) => ({ id: s.id, message_id: s.messageId, sent_at: s.sentAt.toISOString() })));
    await executeNamed(
      db,
      'mark_emails_sent',
      sql`
      update ${outgoingEmails} o set status = 'verzonden', message_id = v.message_id, sent_at = v.sent_at, attempts = o.attempts + 1
      from jsonb_to_recordset(${values}::jsonb) as v(id uuid, message_id text, sent_at timestamptz)
      -- The id list lets the planner find the rows by primary key (the recordset's estimate is a fixed 100 rows).
      where o.id = any(${idArray(sent.map((s) => s.id))}::uuid[]) and o.id = v.id and o.status <> 'verzonden'`,
    );
    return sent.map(() => undefined);
  },
});

/** attempts counts every hand-over to the mail server, the successful one included. Emails sent together are marked in one statement. */
export async function markEmailSent(db: Db, options: SentEmail): Promise<void> {
  await sentMarks(db)(options);
}

/** A failed hand-over: waiting for the next retry, or mislukt when it was the last attempt. */
export async function recordEmailFailure(db: Db, options: { id: string; error: string; final: boolean }): Promise<void> {
  await db
    .update(outgoingEmails)
    .set({ status: options.final ? 'mislukt' : 'wachtend', lastError: options.error, attempts: sql`${outgoingEmails.attempts} + 1` })
    .where(and(eq(outgoingEmails.id, options.id), ne(outgoingEmails.status, 'verzonden')));
}
