import { and, asc, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { preparedLookup, preparedQuery } from '../../db/prepared.js';
import { lookupBatcherPer } from '../../shared/batcher.js';
import { regelingen } from '../regelingen/regelingen.tables.js';
import { queueProposalSql, queueReasonSql } from '../assessment/assessment.repository.js';
import {
  applicationDocuments,
  applicationEvents,
  applicationReferenceSeq,
  applications,
  applicationTasks,
  type ApplicationStatus,
} from './applications.tables.js';

export type ApplicationRow = typeof applications.$inferSelect;
export type NewApplication = typeof applications.$inferInsert;
export type EventRow = typeof applicationEvents.$inferSelect;
export type TaskRow = typeof applicationTasks.$inferSelect;
export type DocumentRow = Omit<typeof applicationDocuments.$inferSelect, 'content'>;

export async function insertApplication(tx: Db, row: NewApplication): Promise<ApplicationRow | undefined> {
  // The partial unique index (one open digital draft per resident and regeling) turns a double start into a no-op.
  const [inserted] = await tx.insert(applications).values(row).onConflictDoNothing().returning();
  return inserted;
}

const applicationById = preparedQuery<{ id: string }, ApplicationRow[]>('application_by_id', (db) => db.select().from(applications).where(eq(applications.id, sql.placeholder('id'))));

export async function selectApplication(db: Db, id: string, options: { forUpdate?: boolean } = {}): Promise<ApplicationRow | undefined> {
  const [row] = options.forUpdate ? await db.select().from(applications).where(eq(applications.id, id)).for('update') : await applicationById(db, { id });
  return row;
}

function forSubmit(db: Db, where: SQL) {
  return db
    .select({
      application: applications,
      // Qualified by hand: in a one-table select Drizzle writes columns unqualified, which the subquery would read as d.id.
      evidence: sql<string[]>`coalesce((select array_agg(d.evidence_id) from ${applicationDocuments} d where d.application_id = "applications"."id" and d.removed_at is null), '{}')`,
    })
    .from(applications)
    .where(where);
}
type ForSubmit = { application: ApplicationRow; evidence: string[] };

// The unlocked read runs for every submit, on the database handle: prepared once, and the drafts of
// submits that arrive together read in one query.
const forSubmitUnlocked = preparedLookup<Record<never, never>, ForSubmit>('applications_for_submit', { column: applications.id, type: 'uuid' }, forSubmit);
const submitReads = lookupBatcherPer<Db, ForSubmit>({
  maxBatch: 50,
  maxInFlight: 2,
  read: async (db, ids) => new Map((await forSubmitUnlocked(db, ids)).map((row) => [row.application.id, row])),
});

/**
 * The application with the evidence ids of its documents: what a submit checks, in one query. Locked
 * inside the caller's transaction, or (lock: false, on the database handle) read without a lock.
 */
export async function selectForSubmit(db: Db, id: string, options: { lock: boolean }): Promise<ForSubmit | undefined> {
  if (!options.lock) return submitReads(db)(id);
  const [row] = await forSubmit(db, eq(applications.id, id)).for('update', { of: applications });
  return row;
}

export async function selectOpenDraft(db: Db, bsn: string, regelingId: string): Promise<ApplicationRow | undefined> {
  const [row] = await db
    .select()
    .from(applications)
    .where(and(eq(applications.applicantBsn, bsn), eq(applications.regelingId, regelingId), eq(applications.status, 'concept'), eq(applications.channel, 'digitaal')));
  return row;
}

export async function updateApplication(tx: Db, id: string, patch: { [K in keyof NewApplication]?: NewApplication[K] | SQL }): Promise<ApplicationRow> {
  const [row] = await tx
    .update(applications)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(applications.id, id))
    .returning();
  return row!;
}

/** Saves draft answers only when the caller saw the latest revision; undefined when someone saved in between. */
export async function updateDraftIfRevision(tx: Db, id: string, revision: number, patch: Partial<NewApplication>): Promise<ApplicationRow | undefined> {
  const [row] = await tx
    .update(applications)
    .set({ ...patch, revision: revision + 1, updatedAt: new Date() })
    .where(and(eq(applications.id, id), eq(applications.revision, revision), eq(applications.status, 'concept')))
    .returning();
  return row;
}

/** The next reference number as an SQL expression, so the update assigns it without an extra round trip. */
export async function nextReference(tx: Db, year: number): Promise<string> {
  const result = await tx.execute<{ n: string }>(sql`select nextval(${sql.raw(`'${applicationReferenceSeq.seqName}'`)}) as n`);
  const n = (result as unknown as { rows: { n: string | number }[] }).rows[0]!.n;
  return `${year}-${String(n).padStart(6, '0')}`;
}

/** A resident's own applications, and those they are asked to co-sign, newest first. */
export function selectApplicationsOf(db: Db, bsn: string) {
  return db
    .select({ application: applications, regelingName: sql<{ nl: string; en: string }>`${regelingen.content}->'name'` })
    .from(applications)
    .innerJoin(regelingen, eq(regelingen.id, applications.regelingId))
    .where(or(eq(applications.applicantBsn, bsn), eq(applications.cosignerBsn, bsn)))
    .orderBy(desc(applications.createdAt));
}

export function selectQueue(
  db: Db,
  filter: { statuses: ApplicationStatus[]; regelingId?: string | undefined; channel?: 'digitaal' | 'papier' | undefined; proposal?: string | undefined; limit: number; offset: number },
) {
  const where: SQL[] = [inArray(applications.status, filter.statuses)];
  if (filter.regelingId) where.push(eq(applications.regelingId, filter.regelingId));
  if (filter.channel) where.push(eq(applications.channel, filter.channel));
  if (filter.proposal) where.push(sql`${queueProposalSql(applications.id)} = ${filter.proposal}`);
  return db
    .select({
      application: applications,
      regelingName: sql<{ nl: string; en: string }>`${regelingen.content}->'name'`,
      openTasks: sql<number>`(select count(*)::int from ${applicationTasks} t where t.application_id = ${applications.id} and t.status = 'open')`,
      proposal: queueProposalSql(applications.id),
      proposalReason: queueReasonSql(applications.id),
    })
    .from(applications)
    .innerJoin(regelingen, eq(regelingen.id, applications.regelingId))
    .where(and(...where))
    .orderBy(sql`${applications.decisionDue} asc nulls last`, asc(applications.submittedAt))
    .limit(filter.limit)
    .offset(filter.offset);
}

export async function insertEvents(tx: Db, rows: (typeof applicationEvents.$inferInsert)[]): Promise<void> {
  if (rows.length) await tx.insert(applicationEvents).values(rows);
}

export function selectEvents(db: Db, applicationId: string): Promise<EventRow[]> {
  return db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, applicationId)).orderBy(asc(applicationEvents.seq));
}

const documentColumns = {
  id: applicationDocuments.id,
  applicationId: applicationDocuments.applicationId,
  evidenceId: applicationDocuments.evidenceId,
  taskId: applicationDocuments.taskId,
  fileName: applicationDocuments.fileName,
  mediaType: applicationDocuments.mediaType,
  sizeBytes: applicationDocuments.sizeBytes,
  sha256: applicationDocuments.sha256,
  uploadedByType: applicationDocuments.uploadedByType,
  uploadedBy: applicationDocuments.uploadedBy,
  createdAt: applicationDocuments.createdAt,
  removedAt: applicationDocuments.removedAt,
};

export async function insertDocument(tx: Db, row: typeof applicationDocuments.$inferInsert): Promise<DocumentRow> {
  const [inserted] = await tx.insert(applicationDocuments).values(row).returning(documentColumns);
  return inserted!;
}

/** Documents still attached (not removed), without their content. */
export function selectDocuments(db: Db, applicationId: string): Promise<DocumentRow[]> {
  return db
    .select(documentColumns)
    .from(applicationDocuments)
    .where(and(eq(applicationDocuments.applicationId, applicationId), isNull(applicationDocuments.removedAt)))
    .orderBy(asc(applicationDocuments.createdAt));
}

export async function selectDocumentContent(db: Db, applicationId: string, documentId: string) {
  const [row] = await db
    .select({ fileName: applicationDocuments.fileName, mediaType: applicationDocuments.mediaType, content: applicationDocuments.content })
    .from(applicationDocuments)
    .where(and(eq(applicationDocuments.id, documentId), eq(applicationDocuments.applicationId, applicationId), isNull(applicationDocuments.removedAt)));
  return row;
}

export async function markDocumentRemoved(tx: Db, applicationId: string, documentId: string): Promise<DocumentRow | undefined> {
  const [row] = await tx
    .update(applicationDocuments)
    .set({ removedAt: new Date() })
    .where(and(eq(applicationDocuments.id, documentId), eq(applicationDocuments.applicationId, applicationId), isNull(applicationDocuments.removedAt)))
    .returning(documentColumns);
  return row;
}

export async function insertTask(tx: Db, row: typeof applicationTasks.$inferInsert): Promise<TaskRow> {
  const [inserted] = await tx.insert(applicationTasks).values(row).returning();
  return inserted!;
}

export function selectTasks(db: Db, applicationId: string): Promise<TaskRow[]> {
  return db.select().from(applicationTasks).where(eq(applicationTasks.applicationId, applicationId)).orderBy(asc(applicationTasks.requestedAt));
}

export async function answerTask(tx: Db, taskId: string, answer: string): Promise<TaskRow | undefined> {
  const [row] = await tx
    .update(applicationTasks)
    .set({ status: 'beantwoord', answer, answeredAt: new Date() })
    .where(and(eq(applicationTasks.id, taskId), eq(applicationTasks.status, 'open')))
    .returning();
  return row;
}
