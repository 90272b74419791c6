import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationEvents, applications } from '../../src/server/modules/applications/applications.tables.js';
import { assessments, decisions } from '../../src/server/modules/assessment/assessment.tables.js';
import { auditLog } from '../../src/server/modules/audit/audit.tables.js';
import { RegistryUnavailableError } from '../../src/server/modules/registry/registry-errors.js';
import { todayInAmsterdam } from '../../src/shared/forms/formats.js';
import { applyOnline, runJobs } from '../support/assessment-flow.js';
import { buildCaseHousehold } from '../support/case-registry.js';
import { createStaff } from '../support/factories.js';
import { jobsOf } from '../support/jobs.js';
import { installAssessmentRegeling } from '../support/regelingen.js';
import { createTestApp, TestClient, type TestApp } from '../support/test-app.js';

// A base registry that is down: the assessment job fails and pg-boss retries it with backoff; when
// the registry comes back the application is assessed as usual, and when it stays down the
// application goes to a person after ASSESSMENT_MAX_ATTEMPTS runs, never decided without data.

let t: TestApp;
/** How many more income requests fail (a timeout, as the HTTP client reports it). */
let incomeFailures = 0;
let incomeCalls = 0;
const answers = { aanvrager: { email: 'inwoner@voorbeeld.nl', iban: 'NL91ABNA0417164300', heeftPartner: false } };

beforeAll(async () => {
  t = await createTestApp({
    env: { ASSESSMENT_MAX_ATTEMPTS: '3', ASSESSMENT_REVIEW_SHARE: '0' },
    // The embedded income registry behind one that fails while incomeFailures lasts.
    wrapRegistries: (registries) => ({
      ...registries,
      income: {
        source: registries.income.source,
        incomeOf: async (bsn, period) => {
          incomeCalls += 1;
          if (incomeFailures > 0) {
            incomeFailures -= 1;
            throw new RegistryUnavailableError('income', 'timeout');
          }
          return registries.income.incomeOf(bsn, period);
        },
      },
    }),
  });
  await installAssessmentRegeling(t.db);
});
afterAll(() => t.close());

async function submit() {
  const facts = { 'income.applicantMonthlyNet': 900 };
  const household = await buildCaseHousehold(t.db, { id: 'outage', description: { nl: '-', en: '-' }, referenceDate: todayInAmsterdam(), facts, answers: {}, expected: { eligible: true, route: 'automatisch', reasons: [] } }, { municipalityCode: '9999', regelingId: 'proef', regelingVersion: 1 });
  const client = new TestClient(t.app);
  await client.loginResident(household.applicant.bsn);
  return (await applyOnline(client, 'proef', answers)).id;
}

const jobOf = async (id: string) => (await jobsOf(t.deps, 'assessment.run')).filter((j) => (j.data as { applicationId: string }).applicationId === id);

describe('a registry that fails twice, then answers', () => {
  it('is retried by pg-boss and then decided as usual', async () => {
    // Before the submit: a running worker is woken by it and assesses at once.
    incomeFailures = 2;
    incomeCalls = 0;
    const id = await submit();
    await runJobs(t);
    expect(incomeCalls).toBe(3);
    const [job] = await jobOf(id);
    expect(job).toMatchObject({ state: 'completed', retryCount: 2, retryBackoff: true });
    expect(String((await t.db.select().from(applications).where(eq(applications.id, id)))[0]!.status)).toBe('besluit');
    expect(await t.db.select().from(assessments).where(eq(assessments.applicationId, id))).toHaveLength(1);
    expect(t.logs.some((line) => line.includes('"job":"assessment.run"') && line.includes('pg-boss retries it'))).toBe(true);
  });
});

describe('a registry that never answers', () => {
  let id: string;

  it('hands the application to a person after the last attempt, with the reason, an event and an audit entry', async () => {
    incomeFailures = Number.POSITIVE_INFINITY;
    incomeCalls = 0;
    id = await submit();
    await runJobs(t);
    expect(incomeCalls).toBe(3);
    const [job] = await jobOf(id);
    expect(job).toMatchObject({ state: 'completed', retryCount: 2 });
    const [assessment] = await t.db.select().from(assessments).where(eq(assessments.applicationId, id));
    expect(assessment).toMatchObject({ status: 'handmatig', handoverReason: 'registry-unavailable', proposal: null, eligible: null, decided: false, inputs: [], registries: [] });
    expect(assessment!.messages).toEqual([{ code: 'REGISTRY_UNAVAILABLE', severity: 'error', message: 'income unavailable (timeout) after 3 attempts' }]);
    expect(await t.db.select().from(decisions).where(eq(decisions.applicationId, id))).toEqual([]);
    const [application] = await t.db.select().from(applications).where(eq(applications.id, id));
    expect(application!.status).toBe('ontvangen');
    const events = await t.db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, id));
    expect(events.at(-1)).toMatchObject({ type: 'naar-medewerker', actorType: 'system', details: { reason: 'registry-unavailable' } });
    const audit = (await t.db.select().from(auditLog).where(eq(auditLog.action, 'assessment.completed'))).filter((e) => e.details.applicationId === id);
    expect(audit).toEqual([expect.objectContaining({ actorType: 'system', subjectBsn: application!.applicantBsn, details: expect.objectContaining({ status: 'handmatig', handoverReason: 'registry-unavailable' }) })]);
  });

  it('shows in the work queue as "assess without a proposal", and can be assessed again once the registry is back', async () => {
    const user = await createStaff(t.db, { roles: ['consulent'] });
    const consultant = new TestClient(t.app);
    await consultant.loginStaff(user.username!, user.password);
    const item = (await consultant.get('/api/werkplek/applications?proposal=handmatig')).json().items.find((i: { id: string }) => i.id === id);
    expect(item.proposal).toEqual({ kind: 'handmatig', reason: 'registry-unavailable', text: { nl: 'Beoordelen zonder voorstel', en: 'Assess without a proposal' } });
    incomeFailures = 0;
    const rerun = await consultant.post(`/api/werkplek/applications/${id}/assessment/rerun`, {});
    expect(rerun.statusCode).toBe(202);
    await runJobs(t);
    const view = (await consultant.post(`/api/werkplek/applications/${id}/open`, {})).json();
    expect(view).toMatchObject({ status: 'besluit', assessment: { status: 'beoordeeld', decided: true }, decision: { outcome: 'toegekend', automatic: true } });
    expect((await consultant.post(`/api/werkplek/applications/${id}/assessment/rerun`, {})).json().code).toBe('assessment.invalid_status');
  });
});
