import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationEvents } from '../../src/server/modules/applications/applications.tables.js';
import { assessments, decisions } from '../../src/server/modules/assessment/assessment.tables.js';
import { applyOnline, runJobs } from '../support/assessment-flow.js';
import { createFamily } from '../support/factories.js';
import { jobsOf } from '../support/jobs.js';
import { installTestRegeling } from '../support/regelingen.js';
import { createTestApp, TestClient, type TestApp } from '../support/test-app.js';

// When the assessment is enqueued (on receipt: a submit without co-signing, the co-signature that
// completes it, a paper submit), and what happens for a version without an assessment section.

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  // The plain "proef": co-signed by the partner, no assessment section.
  await installTestRegeling(t.db, { cosign: 'partner', cosignerPointer: '/partner/bsn' });
});
afterAll(() => t.close());

const jobsFor = async (id: string) => (await jobsOf(t.deps, 'assessment.run')).filter((j) => (j.data as { applicationId: string }).applicationId === id);

describe('an application that needs a co-signature', () => {
  it('is assessed only once the partner has signed; without a model it goes to a person', async () => {
    const family = await createFamily(t.db, { children: 0 });
    const [applicant, partner] = [new TestClient(t.app), new TestClient(t.app)];
    await applicant.loginResident(family.partners[0].bsn);
    await partner.loginResident(family.partners[1].bsn);
    const { id, receipt } = await applyOnline(applicant, 'proef', {
      aanvrager: { email: 'anna@voorbeeld.nl', iban: 'NL91ABNA0417164300', heeftPartner: true },
      partner: { bsn: family.partners[1].bsn },
    });
    expect(receipt.status).toBe('medeondertekening');
    expect(await jobsFor(id)).toEqual([]);
    expect((await partner.post(`/api/loket/applications/${id}/cosign`, { declaration: true })).statusCode).toBe(200);
    expect(await jobsFor(id)).toHaveLength(1);
    await runJobs(t);
    const [assessment] = await t.db.select().from(assessments).where(eq(assessments.applicationId, id));
    expect(assessment).toMatchObject({ status: 'handmatig', handoverReason: 'geen-model', proposal: null, decided: false, modelFile: null });
    expect(await t.db.select().from(decisions).where(eq(decisions.applicationId, id))).toEqual([]);
    const events = await t.db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, id));
    expect(events.map((e) => e.type).slice(-3)).toEqual(['medeondertekend', 'ontvangen', 'naar-medewerker']);
    expect(events.at(-1)!.details).toEqual({ reason: 'geen-model' });
  });
});
