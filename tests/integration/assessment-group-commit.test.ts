import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { applicationEvents, applications } from '../../src/server/modules/applications/applications.tables.js';
import { assessments, decisions } from '../../src/server/modules/assessment/assessment.tables.js';
import { recordAssessment, writeAssessments, type AssessmentRecord } from '../../src/server/modules/assessment/record-assessment.js';
import { auditLog } from '../../src/server/modules/audit/audit.tables.js';
import { verifyAuditChain } from '../../src/server/modules/audit/verify-audit-chain.js';
import { applyOnline } from '../support/assessment-flow.js';
import { createFamily } from '../support/factories.js';
import { installTestRegeling } from '../support/regelingen.js';
import { createTestApp, TestClient, type TestApp } from '../support/test-app.js';

// Assessment runs that finish together are stored in one transaction. Each must end exactly as it
// would have on its own: a grant decides, a proposal goes to a person, a redelivered job or an
// application decided meanwhile changes nothing, and the audit chain holds.

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await installTestRegeling(t.db);
});
afterAll(() => t.close());

async function receivedApplication(): Promise<{ id: string; bsn: string }> {
  const family = await createFamily(t.db, { children: 0 });
  const client = new TestClient(t.app);
  await client.loginResident(family.partners[0].bsn);
  const { id } = await applyOnline(client, 'proef', { aanvrager: { email: 'a@voorbeeld.nl', iban: 'NL91ABNA0417164300', heeftPartner: false } });
  return { id, bsn: family.partners[0].bsn };
}

function run(applicationId: string, options: { grant: boolean; jobId?: string }): AssessmentRecord {
  return {
    applicationId,
    straightThrough: options.grant,
    reviewShare: 0,
    requestId: 'job:test',
    row: {
      id: randomUUID(),
      applicationId,
      jobId: options.jobId ?? randomUUID(),
      regelingId: 'proef',
      regelingVersion: 1,
      status: 'beoordeeld',
      handoverReason: null,
      proposal: options.grant ? 'toekennen' : 'afwijzen',
      eligible: options.grant,
      reasons: options.grant ? [] : ['U verdient te veel.'],
      amount: options.grant ? 250 : null,
      period: null,
      route: options.grant ? 'automatisch' : 'medewerker',
      routeReasons: [],
      summaryReason: null,
      referenceDate: '2026-12-01',
      decisionNames: null,
      modelFile: null,
      modelSha256: null,
      inputs: [],
      parameters: [],
      registries: [],
      messages: [],
      trace: null,
      evaluatedAt: new Date(),
    },
  };
}

describe('assessment runs stored together', () => {
  it('end each as on their own: grants decide, proposals go to a person, repeats and decided ones change nothing', async () => {
    const [grantA, grantB, proposal, redelivered, decidedMeanwhile] = await Promise.all(Array.from({ length: 5 }, receivedApplication));
    const jobId = randomUUID();
    // Already stored by an earlier delivery of the same job, and already decided by a person.
    await recordAssessment({ db: t.db, ...run(redelivered!.id, { grant: false, jobId }) });
    await t.db.insert(decisions).values({ id: randomUUID(), applicationId: decidedMeanwhile!.id, outcome: 'afgewezen', automatic: false, decidedAt: new Date(), motivation: 'Door een medewerker.' });
    const before = await verifyAuditChain({ db: t.db });

    const results = await t.db.transaction((tx) =>
      writeAssessments(tx, [run(grantA!.id, { grant: true }), run(proposal!.id, { grant: false }), run(redelivered!.id, { grant: true, jobId }), run(grantB!.id, { grant: true }), run(decidedMeanwhile!.id, { grant: true })]),
    );
    expect(results).toEqual(['decided', 'to-person', 'skipped', 'decided', 'skipped']);

    const statuses = Object.fromEntries((await t.db.select({ id: applications.id, status: applications.status }).from(applications).where(inArray(applications.id, [grantA!.id, grantB!.id, proposal!.id, redelivered!.id]))).map((a) => [a.id, a.status]));
    expect(statuses).toEqual({ [grantA!.id]: 'besluit', [grantB!.id]: 'besluit', [proposal!.id]: 'ontvangen', [redelivered!.id]: 'ontvangen' });
    for (const granted of [grantA!, grantB!]) {
      const [decision] = await t.db.select().from(decisions).where(eq(decisions.applicationId, granted.id));
      expect(decision).toMatchObject({ outcome: 'toegekend', amount: 250, automatic: true });
      const [assessment] = await t.db.select().from(assessments).where(eq(assessments.applicationId, granted.id));
      expect(decision!.assessmentId).toBe(assessment!.id);
      expect(assessment!.decided).toBe(true);
      const events = await t.db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, granted.id)).orderBy(asc(applicationEvents.seq));
      expect(events.at(-1)).toMatchObject({ type: 'besluit', actorType: 'system' });
      const entries = await t.db.select().from(auditLog).where(eq(auditLog.subjectBsn, granted.bsn)).orderBy(asc(auditLog.seq));
      expect(entries.slice(-2).map((e) => e.action)).toEqual(['assessment.completed', 'decision.made']);
    }
    const proposalEvents = await t.db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, proposal!.id)).orderBy(asc(applicationEvents.seq));
    expect(proposalEvents.at(-1)).toMatchObject({ type: 'naar-medewerker', details: { reason: 'voorstel' } });
    expect(await t.db.select().from(decisions).where(eq(decisions.applicationId, proposal!.id))).toHaveLength(0);
    // The repeat stored nothing: one assessment for its job, no decision, no second event.
    expect(await t.db.select().from(assessments).where(eq(assessments.jobId, jobId))).toHaveLength(1);
    expect(await t.db.select().from(decisions).where(eq(decisions.applicationId, redelivered!.id))).toHaveLength(0);
    expect(await t.db.select().from(assessments).where(eq(assessments.applicationId, decidedMeanwhile!.id))).toHaveLength(0);

    const after = await verifyAuditChain({ db: t.db });
    expect(after.ok).toBe(true);
    // grant A: 2, proposal: 1, grant B: 2.
    expect(after.headSeq - before.headSeq).toBe(5);
  });

  it('stores two runs for one application one after the other, so only the first can decide', async () => {
    const { id } = await receivedApplication();
    const results = await Promise.all([recordAssessment({ db: t.db, ...run(id, { grant: true }) }), recordAssessment({ db: t.db, ...run(id, { grant: true }) })]);
    expect([...results].sort()).toEqual(['decided', 'skipped']);
    expect(await t.db.select().from(decisions).where(eq(decisions.applicationId, id))).toHaveLength(1);
    await expect(t.db.transaction((tx) => writeAssessments(tx, [run(id, { grant: false }), run(id, { grant: false })]))).rejects.toThrow(/twice in a batch/);
  });

  it('compresses a run\'s large JSON with lz4 where the server has it (PGlite: its default pglz), and reads it back whole', async () => {
    const { id } = await receivedApplication();
    // A trace far above the 2 KB at which PostgreSQL compresses a value.
    const trace = { steps: Array.from({ length: 400 }, (_, i) => ({ rule: `regel ${i}`, matched: i % 3 === 0, input: { inkomen: 1000 + i } })) };
    const record = run(id, { grant: false });
    await recordAssessment({ db: t.db, ...record, row: { ...record.row, trace } });
    const { rows } = (await t.db.execute(
      sql`select pg_column_compression(trace) as method, exists (select 1 from pg_settings where name = 'default_toast_compression' and 'lz4' = any(enumvals)) as lz4 from ${assessments} where id = ${record.row.id}`,
    )) as unknown as { rows: { method: string; lz4: boolean }[] };
    expect(rows[0]!.method).toBe(rows[0]!.lz4 ? 'lz4' : 'pglz');
    const [stored] = await t.db.select({ trace: assessments.trace }).from(assessments).where(eq(assessments.id, record.row.id));
    expect(stored!.trace).toEqual(trace);
  });
});
