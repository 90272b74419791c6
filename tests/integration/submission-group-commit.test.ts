import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { applicationDocuments, applicationEvents, applications } from '../../src/server/modules/applications/applications.tables.js';
import { writeSubmissions, type PreparedSubmission } from '../../src/server/modules/applications/write-submissions.js';
import { auditLog } from '../../src/server/modules/audit/audit.tables.js';
import { verifyAuditChain } from '../../src/server/modules/audit/verify-audit-chain.js';
import { outgoingEmails } from '../../src/server/modules/mail/mail.tables.js';
import { createFamily } from '../support/factories.js';
import { jobsOf } from '../support/jobs.js';
import { multipartBody, samplePdf } from '../support/multipart.js';
import { installTestRegeling } from '../support/regelingen.js';
import { createTestApp, TestClient, type TestApp } from '../support/test-app.js';

// Submits are written by a group commit: those that arrive together share one transaction, with one
// statement per kind of row. Each must still get exactly its own reference, events, email, jobs
// and audit entry, and a draft that changed after its check must be written by nobody.

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await installTestRegeling(t.db);
});
afterAll(() => t.close());

type Draft = Awaited<ReturnType<typeof completeDraft>>;

/** A resident with a complete draft of "proef" (no partner, evidence uploaded). */
async function completeDraft(email: string) {
  const family = await createFamily(t.db, { children: 0 });
  const client = new TestClient(t.app);
  await client.loginResident(family.partners[0].bsn);
  const draft = (await client.post('/api/loket/applications', { regelingId: 'proef' })).json();
  const saved = await client.request({ method: 'PUT', url: `/api/loket/applications/${draft.id}/draft`, body: { revision: draft.revision, pageId: 'aanvrager', answers: { email, iban: 'NL91ABNA0417164300', heeftPartner: false } } });
  const upload = multipartBody({ evidenceId: 'bewijs' }, { name: 'bewijs.pdf', type: 'application/pdf', content: samplePdf });
  await client.request({ method: 'POST', url: `/api/loket/applications/${draft.id}/documents`, headers: upload.headers, body: upload.payload });
  return { client, id: draft.id as string, revision: saved.json().revision as number, bsn: family.partners[0].bsn };
}

/** What a submit of the draft has checked, as the use case would pass it to the group commit. */
const prepared = (d: { id: string; revision: number; bsn: string }): PreparedSubmission => ({
  draft: {
    id: d.id,
    revision: d.revision,
    evidence: ['bewijs'],
    data: { aanvrager: { email: 'x@voorbeeld.nl' } },
    status: 'ontvangen',
    cosignerBsn: null,
    submittedAt: new Date(),
    receivedAt: new Date(),
    decisionTermWeeks: 8,
    decisionDue: '2027-01-26',
    referenceYear: '2026',
    events: [{ type: 'verstuurd', actorType: 'resident', actorId: 'sessie', details: {} }],
  },
  assess: true,
  email: { kind: 'ontvangen', to: 'x@voorbeeld.nl', regelingName: { nl: 'Proef', en: 'Trial' }, lang: 'nl' },
  audit: { actor: { type: 'resident', id: 'sessie', name: 'Inwoner', role: 'inwoner' }, action: 'application.submitted', subjectBsn: d.bsn, details: { applicationId: d.id } },
});

describe('submits that arrive together', () => {
  it('each get their own reference, events, email, jobs and audit entry', async () => {
    const residents = await Promise.all(Array.from({ length: 12 }, (_, i) => completeDraft(`inwoner${i}@voorbeeld.nl`)));
    const receipts = await Promise.all(residents.map((r) => r.client.post(`/api/loket/applications/${r.id}/submit`, { declaration: true, lang: 'nl' })));
    expect(receipts.map((r) => r.statusCode)).toEqual(residents.map(() => 200));
    const references = receipts.map((r) => r.json().reference as string);
    expect(new Set(references).size).toBe(12);

    const ids = residents.map((r) => r.id);
    const stored = await t.db.select().from(applications).where(inArray(applications.id, ids));
    for (const [i, resident] of residents.entries()) {
      const row = stored.find((a) => a.id === resident.id)!;
      expect(row).toMatchObject({ status: 'ontvangen', reference: references[i] });
      // The receipt the resident saw is what was stored.
      expect(receipts[i]!.json()).toMatchObject({ id: row.id, status: 'ontvangen', decisionDue: row.decisionDue, submittedAt: row.submittedAt!.toISOString(), alreadySubmitted: false });
      const events = await t.db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, resident.id)).orderBy(asc(applicationEvents.seq));
      expect(events.slice(-2).map((e) => e.type)).toEqual(['verstuurd', 'ontvangen']);
      const [mail] = await t.db.select().from(outgoingEmails).where(eq(outgoingEmails.idempotencyKey, `application:${resident.id}:ontvangen`));
      expect(mail!.to).toBe(`inwoner${i}@voorbeeld.nl`);
      expect(mail!.subject).toContain(references[i]);
      const [entry] = await t.db.select().from(auditLog).where(sql`${auditLog.action} = 'application.submitted' and ${auditLog.details}->>'applicationId' = ${resident.id}`);
      expect(entry).toMatchObject({ subjectBsn: resident.bsn, actorType: 'resident' });
      expect(entry!.details).toMatchObject({ reference: references[i], regeling: 'proef' });
    }
    const assessments = (await jobsOf(t.deps, 'assessment.run')).map((j) => (j.data as { applicationId: string }).applicationId);
    expect(assessments.filter((id) => ids.includes(id)).sort()).toEqual([...ids].sort());
    const mails = await t.db.select({ id: outgoingEmails.id }).from(outgoingEmails).where(inArray(outgoingEmails.idempotencyKey, ids.map((id) => `application:${id}:ontvangen`)));
    const mailJobs = (await jobsOf(t.deps, 'mail.send')).map((j) => (j.data as { emailId: string }).emailId);
    expect(mails.every((m) => mailJobs.filter((id) => id === m.id).length === 1)).toBe(true);
    expect((await verifyAuditChain({ db: t.db })).ok).toBe(true);
  });

  it('writes nothing for a draft saved or stripped of its evidence after its check, and the rest of the batch all the same', async () => {
    const [saved, stripped, intact] = (await Promise.all(['a', 'b', 'c'].map((n) => completeDraft(`${n}@voorbeeld.nl`)))) as [Draft, Draft, Draft];
    // After the checks: one draft is saved again (a new revision), one loses its evidence.
    await t.db.update(applications).set({ revision: saved.revision + 1 }).where(eq(applications.id, saved.id));
    await t.db.update(applicationDocuments).set({ removedAt: new Date() }).where(eq(applicationDocuments.applicationId, stripped.id));
    const before = await verifyAuditChain({ db: t.db });

    const references = await t.db.transaction((tx) => writeSubmissions(tx, [prepared(saved), prepared(stripped), prepared(intact)]));
    expect(references[0]).toBeNull();
    expect(references[1]).toBeNull();
    expect(references[2]).toMatch(/^2026-\d{6}$/);

    const rows = await t.db.select({ id: applications.id, status: applications.status, reference: applications.reference }).from(applications).where(inArray(applications.id, [saved.id, stripped.id, intact.id]));
    expect(Object.fromEntries(rows.map((r) => [r.id, r.status]))).toEqual({ [saved.id]: 'concept', [stripped.id]: 'concept', [intact.id]: 'ontvangen' });
    for (const untouched of [saved.id, stripped.id]) {
      expect(await t.db.select().from(applicationEvents).where(sql`${applicationEvents.applicationId} = ${untouched} and ${applicationEvents.type} = 'verstuurd'`)).toHaveLength(0);
      expect(await t.db.select().from(outgoingEmails).where(eq(outgoingEmails.idempotencyKey, `application:${untouched}:ontvangen`))).toHaveLength(0);
      expect((await jobsOf(t.deps, 'assessment.run')).some((j) => (j.data as { applicationId: string }).applicationId === untouched)).toBe(false);
    }
    const after = await verifyAuditChain({ db: t.db });
    expect(after.ok).toBe(true);
    expect(after.headSeq - before.headSeq).toBe(1);
  });

  it('writes a draft that comes twice in one batch once, for its first submit only', async () => {
    const draft = await completeDraft('twee@voorbeeld.nl');
    const before = await verifyAuditChain({ db: t.db });
    const references = await t.db.transaction((tx) => writeSubmissions(tx, [prepared(draft), prepared(draft)]));
    expect(references[0]).toMatch(/^2026-\d{6}$/);
    expect(references[1]).toBeNull();
    const events = await t.db.select().from(applicationEvents).where(sql`${applicationEvents.applicationId} = ${draft.id} and ${applicationEvents.type} = 'verstuurd'`);
    expect(events).toHaveLength(1);
    expect(await t.db.select().from(outgoingEmails).where(eq(outgoingEmails.idempotencyKey, `application:${draft.id}:ontvangen`))).toHaveLength(1);
    expect((await jobsOf(t.deps, 'assessment.run')).filter((j) => (j.data as { applicationId: string }).applicationId === draft.id)).toHaveLength(1);
    expect((await verifyAuditChain({ db: t.db })).headSeq - before.headSeq).toBe(1);
  });
});
