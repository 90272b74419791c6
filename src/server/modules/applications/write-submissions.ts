import type { Db } from '../../db/database.js';
import { enqueueJobs, jobRequest } from '../../jobs/enqueue-job.js';
import { batcherPer } from '../../shared/batcher.js';
import type { Lang, LocalizedText } from '../../shared/localized.js';
import { appendAuditEntries, type AuditRecord } from '../audit/audit.repository.js';
import { runAssessmentJob } from '../assessment/run-assessment.job.js';
import { storeEmails } from '../mail/queue-email.js';
import { applicationEmail, type ApplicationEmailKind } from './application-emails.js';
import { submitDrafts, type DraftSubmission } from './submissions.repository.js';

/** A checked submit, ready to write: the draft's new state, its confirmation email, its audit entry. */
export interface PreparedSubmission {
  draft: DraftSubmission;
  /** Received (not waiting for a co-signer): the automatic assessment is enqueued with it. */
  assess: boolean;
  email: { kind: ApplicationEmailKind; to: string; regelingName: LocalizedText; lang: Lang } | null;
  audit: AuditRecord;
}

/**
 * Writes submits in the caller's transaction, with one statement per kind of row whatever their
 * number: the drafts with their events, the emails, the jobs (assessment and mail), the audit
 * entries. Returns each one's reference, or null for a draft that changed since it was checked (for
 * which nothing is written).
 *
 * One draft can come more than once (a button pressed twice while the first press waits in the
 * batch): only its first submit is written, the others get null, as if the first had been committed
 * before them, and the caller checks them again under the lock (where they find it sent).
 */
export async function writeSubmissions(tx: Db, items: PreparedSubmission[]): Promise<(string | null)[]> {
  const firstOf = new Map<string, PreparedSubmission>();
  for (const item of items) if (!firstOf.has(item.draft.id)) firstOf.set(item.draft.id, item);
  const references = await submitDrafts(
    tx,
    [...firstOf.values()].map((i) => i.draft),
  );
  const done = [...firstOf.values()].filter((i) => references.has(i.draft.id));
  if (done.length > 0) {
    const emails = done.flatMap((i) => (i.email ? [applicationEmail({ ...i.email, application: { id: i.draft.id, reference: references.get(i.draft.id)!, decisionDue: i.draft.decisionDue } })] : []));
    const mailJobs = await storeEmails(tx, emails);
    await enqueueJobs(tx, [...done.filter((i) => i.assess).map((i) => jobRequest(runAssessmentJob, { applicationId: i.draft.id })), ...mailJobs]);
    // Last in the transaction: the audit chain's head is locked from here until commit.
    await appendAuditEntries(
      tx,
      done.map((i) => ({ ...i.audit, details: { ...i.audit.details, reference: references.get(i.draft.id) } })),
    );
  }
  return items.map((i) => (firstOf.get(i.draft.id) === i ? (references.get(i.draft.id) ?? null) : null));
}

/**
 * The group commit of submits on a database: each call is written in a shared transaction. At most
 * 20 per batch (the audit chain appends up to 20 entries in one statement); two batches at a time, so
 * one is written while the next gathers (the pool has more connections for everything else).
 */
export const submissionCommitFor = batcherPer<Db, PreparedSubmission, string | null>({
  maxBatch: 20,
  maxInFlight: 2,
  run: (db, items) => db.transaction((tx) => writeSubmissions(tx, items)),
});
