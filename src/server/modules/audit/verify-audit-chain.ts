import type { Db } from '../../db/database.js';
import { readChainHead, readEntriesAfter } from './audit.repository.js';
import { GENESIS_HASH, hashAuditEntry } from './audit-entry.js';

export interface ChainVerification {
  ok: boolean;
  checked: number;
  headSeq: number;
  firstBroken?: { seq: number; id: string | null; reason: string };
}

/**
 * Walks the whole chain in sequence order and recomputes every hash. Reports the first entry
 * that was changed, removed (a gap), inserted out of order, or cut off after the head.
 */
export async function verifyAuditChain(options: { db: Db; batchSize?: number }): Promise<ChainVerification> {
  const { db } = options;
  const batchSize = options.batchSize ?? 5_000;
  const head = await readChainHead(db);
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const batch = await readEntriesAfter(db, expectedSeq - 1, batchSize);
    for (const row of batch) {
      const broken = (reason: string) => ({ ok: false, checked, headSeq: head.seq, firstBroken: { seq: row.seq, id: row.id, reason } });
      if (row.seq !== expectedSeq) {
        return { ok: false, checked, headSeq: head.seq, firstBroken: { seq: expectedSeq, id: null, reason: `entry ${expectedSeq} is missing` } };
      }
      if (row.prevHash !== prevHash) return broken('prev_hash does not match the hash of the previous entry');
      const recomputed = hashAuditEntry(prevHash, row);
      if (recomputed !== row.hash) return broken('content does not match its hash (entry was changed)');
      prevHash = row.hash;
      expectedSeq += 1;
      checked += 1;
    }
    if (batch.length < batchSize) break;
  }
  if (checked !== head.seq || prevHash !== head.hash) {
    return {
      ok: false,
      checked,
      headSeq: head.seq,
      firstBroken: { seq: checked + 1, id: null, reason: `chain ends at ${checked} but the head records ${head.seq} entries` },
    };
  }
  return { ok: true, checked, headSeq: head.seq };
}
