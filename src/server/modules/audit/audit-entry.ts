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
  // Explicit fields: a stored row also carries prev_hash and hash, which must not hash themselves.
  const canonical = canonicalize({
    seq: entry.seq,
    id: entry.id,
    occurredAt: entry.occurredAt.toISOString(),
    actorType: entry.actorType,
    actorId: entry.actorId,
    actorName: entry.actorName,
    actorRole: entry.actorRole,
    action: entry.action,
    subjectBsn: entry.subjectBsn,
    ground: entry.ground,
    requestId: entry.requestId,
    details: entry.details,
  });
  return createHash('sha256').update(prevHash).update('\n').update(canonical ?? '').digest('hex');
}
