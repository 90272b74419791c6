import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, gt, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { executeNamed } from '../../db/prepared.js';
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
 * JSON, which JS splits around seq), each entry chained to the one before it by a recursive CTE.
 * The head is locked for one round trip plus the commit. All values travel as one JSON parameter,
 * so the text is the same for any number of entries and is planned once per connection; every
 * submit and every assessment appends here, with the head locked while it plans.
 */
async function appendInOneStatement(tx: Db, records: AuditRecord[]): Promise<AuditRow[]> {
  const now = new Date();
  const contents = records.map((record) => contentOf(record, now));
  const input = JSON.stringify(
    contents.map((c, i) => ({
      n: i + 1,
      ...canonicalAround(c),
      id: c.id,
      occurred_at: c.occurredAt.toISOString(),
      actor_type: c.actorType,
      actor_id: c.actorId,
      actor_name: c.actorName,
      actor_role: c.actorRole,
      action: c.action,
      subject_bsn: c.subjectBsn,
      ground: c.ground,
      request_id: c.requestId,
      details: c.details,
    })),
  );
  const result = await executeNamed<{ seq: string | number; prev_hash: string; hash: string }>(
    tx,
    'audit_append',
    sql`
    with recursive input as (
      select * from jsonb_to_recordset(${input}::jsonb) as v(n int, before text, after text, id uuid, occurred_at timestamptz, actor_type text, actor_id text,
        actor_name text, actor_role text, action text, subject_bsn text, ground text, request_id text, details jsonb)
    ),
    head as (select seq, hash from ${auditChainHead} where id = 1 for update),
    -- Entry n is chained to entry n - 1; entry 0 is the head.
    chain as (
      select 0 as n, head.seq, null::text as prev_hash, head.hash from head
      union all
      select c.n + 1, c.seq + 1, c.hash, encode(sha256(convert_to(c.hash || E'\n' || i.before || (c.seq + 1)::text || i.after, 'UTF8')), 'hex')
      from chain c join input i on i.n = c.n + 1
    ),
    appended as (
      insert into ${auditLog} (seq, id, occurred_at, actor_type, actor_id, actor_name, actor_role, action, subject_bsn, ground, request_id, details, prev_hash, hash)
      select c.seq, i.id, i.occurred_at, i.actor_type, i.actor_id, i.actor_name, i.actor_role, i.action, i.subject_bsn, i.ground, i.request_id, i.details, c.prev_hash, c.hash
      from chain c join input i on i.n = c.n
      returning seq, prev_hash, hash
    ),
    moved as (
      update ${auditChainHead} set seq = last.seq, hash = last.hash
      from (select seq, hash from chain order by n desc limit 1) last where ${auditChainHead}.id = 1 returning 1
    )
    select seq, prev_hash, hash from appended order by seq`,
  );
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
