import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq, sql } from 'drizzle-orm';
import { openDatabase } from '../../src/server/db/database.js';
import { appendAuditEntries, readChainHead } from '../../src/server/modules/audit/audit.repository.js';
import { auditLog } from '../../src/server/modules/audit/audit.tables.js';
import { systemActor } from '../../src/server/modules/audit/record-audit.js';
import { verifyAuditChain } from '../../src/server/modules/audit/verify-audit-chain.js';
import { contactMoments } from '../../src/server/modules/contact-moments/contact-moments.tables.js';
import { createPerson, createStaff } from '../support/factories.js';
import { createTestApp, TestClient, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const record = (action: string) => ({ actor: systemActor, action, details: { n: 1 } });

describe('appending', () => {
  it('writes the entry with the change, in one transaction, or neither', async () => {
    const before = await readChainHead(t.db);
    await expect(
      t.db.transaction(async (tx) => {
        await appendAuditEntries(tx, [record('test.rolled-back')]);
        throw new Error('the change fails after the audit entry was written');
      }),
    ).rejects.toThrow('the change fails');
    expect(await readChainHead(t.db)).toEqual(before);
    expect(await t.db.select().from(auditLog).where(eq(auditLog.action, 'test.rolled-back'))).toHaveLength(0);
  });

  it('records a staff change with who, role, subject, ground and request id', async () => {
    const staff = await createStaff(t.db, { roles: ['consulent'], displayName: 'Coby Jansen' });
    const person = await createPerson(t.db);
    const client = new TestClient(t.app);
    await client.loginStaff(staff.username!, staff.password);
    const response = await client.request({
      method: 'POST',
      url: '/api/werkplek/contact-moments',
      headers: { 'x-request-id': 'req-audit-1' },
      body: { bsn: person.bsn, channel: 'telefoon', topic: 'Vraag over Wmo', summary: 'Belde over een traplift.' },
    });
    expect(response.statusCode).toBe(201);
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.requestId, 'req-audit-1'));
    expect(entry).toMatchObject({
      actorType: 'staff',
      actorId: staff.id,
      actorName: 'Coby Jansen',
      actorRole: 'consulent',
      action: 'contact-moment.register',
      subjectBsn: person.bsn,
      ground: 'vraag-inwoner',
    });
    expect(entry!.details.contactMomentId).toBe(response.json().id);
  });

  it('leaves nothing half-written when the request is invalid', async () => {
    const staff = await createStaff(t.db, { roles: ['consulent'] });
    const client = new TestClient(t.app);
    await client.loginStaff(staff.username!, staff.password);
    const head = await readChainHead(t.db);
    const [{ n: before }] = (await t.db.select({ n: sql<number>`count(*)::int` }).from(contactMoments)) as [{ n: number }];
    const response = await client.post('/api/werkplek/contact-moments', { bsn: '123456782', channel: 'fax', topic: '', summary: 'x' });
    expect(response.statusCode).toBe(400);
    expect(response.json().invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['channel', 'topic']);
    expect(await readChainHead(t.db)).toEqual(head);
    const [{ n: after }] = (await t.db.select({ n: sql<number>`count(*)::int` }).from(contactMoments)) as [{ n: number }];
    expect(after).toBe(before);
  });

  it('keeps the chain gapless and valid under concurrent appends', async () => {
    // One entry, a few (one statement) and a batch beyond the statement limit (hashed in JS).
    const size = (i: number) => (i === 7 ? 25 : i % 3 === 0 ? 3 : 1);
    await Promise.all(Array.from({ length: 40 }, (_, i) => t.db.transaction((tx) => appendAuditEntries(tx, Array.from({ length: size(i) }, (_, k) => record(`test.concurrent.${i}.${k}`))))));
    const result = await verifyAuditChain({ db: t.db, batchSize: 7 });
    expect(result.ok).toBe(true);
    expect(result.checked).toBe(result.headSeq);
    expect(result.checked).toBeGreaterThanOrEqual(40);
  });
});

describe('append-only and tamper-evident', () => {
  it('refuses UPDATE, DELETE and TRUNCATE', async () => {
    await t.db.transaction((tx) => appendAuditEntries(tx, [record('test.immutable')]));
    const refusal = async (query: PromiseLike<unknown>) => {
      const error = await Promise.resolve(query).then(() => undefined, (e: Error) => e);
      // Drizzle wraps the database error; the reason is in its cause.
      return String((error?.cause as Error | undefined)?.message ?? error?.message);
    };
    expect(await refusal(t.db.update(auditLog).set({ action: 'x' }).where(eq(auditLog.action, 'test.immutable')))).toMatch(/append-only: UPDATE/);
    expect(await refusal(t.db.delete(auditLog).where(eq(auditLog.action, 'test.immutable')))).toMatch(/append-only: DELETE/);
    expect(await refusal(t.db.execute(sql`truncate audit_log`))).toMatch(/append-only: TRUNCATE/);
  });

  it('names the first changed, removed or cut-off entry', async () => {
    const tampered = await createTestApp();
    const db = tampered.db;
    await db.transaction((tx) => appendAuditEntries(tx, Array.from({ length: 12 }, (_, i) => record(`test.entry.${i}`))));
    expect((await verifyAuditChain({ db })).ok).toBe(true);
    // Someone with owner rights switches the guard off, as a rogue administrator could.
    await db.execute(sql`alter table audit_log disable trigger audit_log_no_update_delete`);

    const rows = await db.select().from(auditLog).orderBy(asc(auditLog.seq));
    await db.update(auditLog).set({ details: { n: 2 } }).where(eq(auditLog.seq, rows[4]!.seq));
    let result = await verifyAuditChain({ db, batchSize: 5 });
    expect(result).toMatchObject({ ok: false, checked: 4, firstBroken: { seq: rows[4]!.seq, id: rows[4]!.id } });
    expect(result.firstBroken!.reason).toMatch(/changed/);
    await db.update(auditLog).set({ details: rows[4]!.details }).where(eq(auditLog.seq, rows[4]!.seq));

    await db.delete(auditLog).where(eq(auditLog.seq, rows[7]!.seq));
    result = await verifyAuditChain({ db });
    expect(result.firstBroken).toMatchObject({ seq: rows[7]!.seq, reason: expect.stringMatching(/missing/) });
    await db.insert(auditLog).values(rows[7]!);

    await db.delete(auditLog).where(eq(auditLog.seq, rows[11]!.seq));
    result = await verifyAuditChain({ db });
    expect(result.firstBroken).toMatchObject({ seq: rows[11]!.seq, reason: expect.stringMatching(/head records/) });
    await tampered.close();
  });
});

describe('npm run audit:verify', () => {
  it('exits 0 on an intact chain and 1 naming the broken entry', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'eenloket-audit-'));
    try {
      const handle = await openDatabase({ pgliteDataDir: dir });
      await handle.migrate();
      await handle.db.transaction((tx) => appendAuditEntries(tx, Array.from({ length: 5 }, (_, i) => record(`cli.${i}`))));
      await handle.close();

      const env = { ...process.env, PGLITE_DATA_DIR: dir, DATABASE_URL: '' };
      const run = promisify(execFile);
      const ok = await run('npx', ['tsx', 'src/server/modules/audit/verify-cli.ts'], { env });
      expect(ok.stdout).toMatch(/OK: 5 entries/);

      const again = await openDatabase({ pgliteDataDir: dir });
      await again.db.execute(sql`alter table audit_log disable trigger audit_log_no_update_delete`);
      const [third] = await again.db.select().from(auditLog).where(eq(auditLog.seq, 3));
      await again.db.update(auditLog).set({ action: 'cli.forged' }).where(eq(auditLog.seq, 3));
      await again.close();

      const failed = await run('npx', ['tsx', 'src/server/modules/audit/verify-cli.ts'], { env }).catch((e: { code: number; stderr: string }) => e);
      expect(failed).toMatchObject({ code: 1 });
      expect((failed as { stderr: string }).stderr).toContain(`seq=3 id=${third!.id}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
