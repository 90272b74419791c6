import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

export const GENESIS_HASH = '0'.repeat(64);

/** The fields covered by the hash; everything an auditor relies on. */
export interface AuditEntryContent {
  seq: number;
  id: string;
  occurredAt: Date;
  actorType: 'staff' | 'resident' | 'system';
  actorId: string | null;
  actorName: string | null;
  actorRole: string | null;
  action: string;
  subjectBsn: string | null;
  ground: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
}

/** SHA-256 over the previous hash and the canonical JSON (RFC 8785) of the entry. */
export function hashAuditEntry(prevHash: string, entry: AuditEntryContent): string {
  const { before, after } = canonicalAround(entry);
  return createHash('sha256').update(prevHash).update('\n').update(`${before}${entry.seq}${after}`).digest('hex');
}

/**
 * The canonical JSON of an entry split around the value of `seq`, so the database can assign seq
 * and compute the same hash in the statement that appends the entry (see audit.repository.ts).
 * RFC 8785 sorts keys: every field but subjectBsn sorts before "seq".
 */
export function canonicalAround(entry: Omit<AuditEntryContent, 'seq'>): { before: string; after: string } {
  // Explicit fields: a stored row also carries prev_hash and hash, which must not hash themselves.
  const head = canonicalize({
    id: entry.id,
    occurredAt: entry.occurredAt.toISOString(),
    actorType: entry.actorType,
    actorId: entry.actorId,
    actorName: entry.actorName,
    actorRole: entry.actorRole,
    action: entry.action,
    ground: entry.ground,
    requestId: entry.requestId,
    details: entry.details,
  })!;
  return { before: `${head.slice(0, -1)},"seq":`, after: `,"subjectBsn":${canonicalize(entry.subjectBsn)}}` };
}
