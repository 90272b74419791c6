import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, hashAuditEntry, type AuditEntryContent } from './audit-entry.js';

const entry: AuditEntryContent = {
  seq: 1,
  id: '6f1c8f7e-1b9a-4a51-9a55-2d3c2f3f2a10',
  occurredAt: new Date('2026-11-22T10:00:00.000Z'),
  actorType: 'staff',
  actorId: 'u1',
  actorName: 'C. Jansen',
  actorRole: 'consulent',
  action: 'person.read',
  subjectBsn: '999993653',
  ground: 'behandeling aanvraag',
  requestId: 'r1',
  details: { b: 1, a: [1, 2] },
};

describe('hashAuditEntry', () => {
  it('is independent of key order in details', () => {
    const reordered = { ...entry, details: { a: [1, 2], b: 1 } };
    expect(hashAuditEntry(GENESIS_HASH, reordered)).toBe(hashAuditEntry(GENESIS_HASH, entry));
  });

  it('changes when any field or the previous hash changes', () => {
    const base = hashAuditEntry(GENESIS_HASH, entry);
    expect(hashAuditEntry('1'.repeat(64), entry)).not.toBe(base);
    expect(hashAuditEntry(GENESIS_HASH, { ...entry, subjectBsn: '123456782' })).not.toBe(base);
    expect(hashAuditEntry(GENESIS_HASH, { ...entry, occurredAt: new Date('2026-11-22T10:00:00.001Z') })).not.toBe(base);
    expect(hashAuditEntry(GENESIS_HASH, { ...entry, details: { b: 2, a: [1, 2] } })).not.toBe(base);
  });
});

describe('hashAuditEntry on a stored row', () => {
  it('ignores the stored prev_hash and hash columns', () => {
    const hash = hashAuditEntry(GENESIS_HASH, entry);
    const row = { ...entry, prevHash: GENESIS_HASH, hash };
    expect(hashAuditEntry(GENESIS_HASH, row)).toBe(hash);
  });
});

describe('canonicalAround', () => {
  it('splits exactly the canonical JSON of the whole entry around the value of seq', async () => {
    const { default: canonicalize } = await import('canonicalize');
    const { canonicalAround } = await import('./audit-entry.js');
    for (const subjectBsn of ['999993653', null]) {
      const { before, after } = canonicalAround({ ...entry, subjectBsn });
      const { seq, ...rest } = { ...entry, subjectBsn };
      expect(`${before}${seq}${after}`).toBe(canonicalize({ ...rest, seq, occurredAt: entry.occurredAt.toISOString() }));
    }
  });
});
