import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, gt, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { auditChainHead, auditLog } from './audit.tables.js';
import { canonicalAround, hashAuditEntry, type AuditEntryContent } from './audit-entry.js';

export interface AuditActor {
  type: 'staff' | 'resident' | 'system';
  id: string | null;
  name: string | null;
  role: string | null;
}

export interface AuditRecord {
  actor: AuditActor;
  action: string;
  subjectBsn?: string | null;
  /** Legal ground or purpose of the processing (doelbinding). */
  ground?: string | null;
  requestId?: string | null;
  details?: Record<string, unknown>;
}

export type AuditRow = typeof auditLog.$inferSelect;

/** Entries appended in one statement; larger batches (the demo seed) hash in JS and insert in chunks. */
const statementLimit = 20;

/**
 * Appends entries to the hash chain inside the caller's transaction, so the entry exists
 * exactly when the change it records does. The head row lock serialises appenders.
 */
export async function appendAuditEntries(tx: Db, records: AuditRecord[]): Promise<AuditRow[]> {
  if (records.length === 0) return [];
  if (records.length <= statementLimit) return appendInOneStatement(tx, records);
  const [head] = await tx.select().from(auditChainHead).where(eq(auditChainHead.id, 1)).for('update');
  if (!head) throw new Error('audit_chain_head row is missing; migrations were not applied');
  let { seq, hash } = head;
  const rows: AuditRow[] = [];
  const now = new Date();
  for (const record of records) {
    seq += 1;
    const content: AuditEntryContent = { seq, ...contentOf(record, now) };
    const entryHash = hashAuditEntry(hash, content);
    rows.push({ ...content, prevHash: hash, hash: entryHash });
    hash = entryHash;
  }
  // Chunked so a large batch stays under the driver's parameter limit. The last chunk moves the head
  // in the same statement: the head stays locked until commit, so every round trip saved counts.
  for (let i = 0; i + 1000 < rows.length; i += 1000) await tx.insert(auditLog).values(rows.slice(i, i + 1000));
  const last = tx.insert(auditLog).values(rows.slice(Math.floor((rows.length - 1) / 1000) * 1000));
  await tx.execute(sql`with appended as (${last.getSQL()}) update ${auditChainHead} set seq = ${seq}, hash = ${hash} where id = 1`);
  return rows;
}

function contentOf(record: AuditRecord, occurredAt: Date): Omit<AuditEntryContent, 'seq'> {
  return {
    id: randomUUID(),
    occurredAt,
    actorType: record.actor.type,
    actorId: record.actor.id,
    actorName: record.actor.name,
    actorRole: record.actor.role,
    action: record.action,
    subjectBsn: record.subjectBsn ?? null,
    ground: record.ground ?? null,
    requestId: record.requestId ?? null,
    details: record.details ?? {},
  };
}

/**
 * A few entries in one statement: the database locks the head, assigns the sequence numbers and
 * computes the same SHA-256 as hashAuditEntry (sha256 over prev hash, newline and the canonical
 * JSON, which JS splits around seq), each entry chained to the one before it in a CTE. The head is
 * locked for one round trip plus the commit, instead of three.
 */
async function appendInOneStatement(tx: Db, records: AuditRecord[]): Promise<AuditRow[]> {
  const now = new Date();
  const contents = records.map((record) => contentOf(record, now));
  // e0 is the head; entry i is chained to e(i-1).
  const chain = contents.map((content, i) => {
    const { before, after } = canonicalAround(content);
    const prev = sql.raw(`e${i}`);
    return sql`${sql.raw(`e${i + 1}`)} as (select ${prev}.seq + 1 as seq, ${prev}.hash as prev_hash,
      encode(sha256(convert_to(${prev}.hash || E'\n' || ${before} || (${prev}.seq + 1)::text || ${after}, 'UTF8')), 'hex') as hash from ${prev})`;
  });
  const inserts = contents.map(
    (content, i) => sql`select ${sql.raw(`e${i + 1}`)}.seq, ${content.id}::uuid, ${content.occurredAt.toISOString()}::timestamptz, ${content.actorType}, ${content.actorId}, ${content.actorName}, ${content.actorRole},
      ${content.action}, ${content.subjectBsn}, ${content.ground}, ${content.requestId}, ${JSON.stringify(content.details)}::jsonb, ${sql.raw(`e${i + 1}`)}.prev_hash, ${sql.raw(`e${i + 1}`)}.hash from ${sql.raw(`e${i + 1}`)}`,
  );
  const last = sql.raw(`e${contents.length}`);
  const result = (await tx.execute(sql`
    with e0 as (select seq, hash from ${auditChainHead} where id = 1 for update),
    ${sql.join(chain, sql`, `)},
    appended as (
      insert into ${auditLog} (seq, id, occurred_at, actor_type, actor_id, actor_name, actor_role, action, subject_bsn, ground, request_id, details, prev_hash, hash)
      ${sql.join(inserts, sql` union all `)}
      returning seq, prev_hash, hash
    ),
    moved as (update ${auditChainHead} set seq = ${last}.seq, hash = ${last}.hash from ${last} where ${auditChainHead}.id = 1 returning 1)
    select seq, prev_hash, hash from appended order by seq`)) as unknown as { rows: { seq: string | number; prev_hash: string; hash: string }[] };
  if (result.rows.length !== contents.length) throw new Error('audit_chain_head row is missing; migrations were not applied');
  return contents.map((content, i) => {
    const row = result.rows[i]!;
    return { ...content, seq: Number(row.seq), prevHash: row.prev_hash, hash: row.hash };
  });
}

export async function readChainHead(db: Db): Promise<{ seq: number; hash: string }> {
  const [head] = await db.select({ seq: auditChainHead.seq, hash: auditChainHead.hash }).from(auditChainHead);
  if (!head) throw new Error('audit_chain_head row is missing; migrations were not applied');
  return head;
}

/** Entries in sequence order after `afterSeq`, for verification in batches. */
export function readEntriesAfter(db: Db, afterSeq: number, limit: number): Promise<AuditRow[]> {
  return db.select().from(auditLog).where(gt(auditLog.seq, afterSeq)).orderBy(asc(auditLog.seq)).limit(limit);
}

export interface AuditQuery {
  subjectBsn?: string | undefined;
  actorId?: string | undefined;
  action?: string | undefined;
  beforeSeq?: number | undefined;
  limit: number;
}

/** Newest first, keyset-paginated by sequence number. */
export function queryEntries(db: Db, query: AuditQuery): Promise<AuditRow[]> {
  const conditions: SQL[] = [];
  if (query.subjectBsn) conditions.push(eq(auditLog.subjectBsn, query.subjectBsn));
  if (query.actorId) conditions.push(eq(auditLog.actorId, query.actorId));
  if (query.action) conditions.push(eq(auditLog.action, query.action));
  if (query.beforeSeq) conditions.push(lt(auditLog.seq, query.beforeSeq));
  return db
    .select()
    .from(auditLog)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(auditLog.seq))
    .limit(query.limit);
}

/** Staff reads of one person's data, newest first: what the resident sees as "wie bekeek mijn gegevens". */
export function queryStaffAccessForSubject(db: Db, subjectBsn: string, limit: number): Promise<AuditRow[]> {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.subjectBsn, subjectBsn), eq(auditLog.actorType, 'staff')))
    .orderBy(desc(auditLog.seq))
    .limit(limit);
}

export async function countEntries(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
  return row?.n ?? 0;
}
