import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationEvents, applications } from '../../src/server/modules/applications/applications.tables.js';
import { assessments, decisions } from '../../src/server/modules/assessment/assessment.tables.js';
import { reproduceAssessment } from '../../src/server/modules/assessment/reproduce-assessment.js';
import { runAssessmentJob } from '../../src/server/modules/assessment/run-assessment.job.js';
import { enqueueJob } from '../../src/server/jobs/enqueue-job.js';
import { auditLog } from '../../src/server/modules/audit/audit.tables.js';
import { todayInAmsterdam } from '../../src/shared/forms/formats.js';
import { applyOnline, applyOnPaper, runJobs, type Answers } from '../support/assessment-flow.js';
import { buildCaseHousehold } from '../support/case-registry.js';
import { createStaff } from '../support/factories.js';
import { installAssessmentRegeling } from '../support/regelingen.js';
import { createTestApp, TestClient, type TestApp } from '../support/test-app.js';

// The automatic assessment of "proef" (assessment-fixture.test-helper.ts) end to end through the API:
// a straight-through grant with its explanation, proposals that stay with a person, a person's
// rejection, the review sample, a job that runs twice, and reproducing a stored assessment.

let t: TestApp;
let consultant: TestClient;
let reviewer: TestClient;
const today = todayInAmsterdam();
const answers = (extra: Record<string, unknown> = {}): Answers => ({ aanvrager: { email: 'inwoner@voorbeeld.nl', iban: 'NL91ABNA0417164300', heeftPartner: false, ...extra } });

/** A resident whose registry data give these facts, logged in. */
async function resident(facts: Record<string, string | number | boolean | null>) {
  const household = await buildCaseHousehold(t.db, { id: 'test', description: { nl: '-', en: '-' }, referenceDate: today, facts, answers: {}, expected: { eligible: true, route: 'automatisch', reasons: [] } }, { municipalityCode: '9999', regelingId: 'proef', regelingVersion: 1 });
  const client = new TestClient(t.app);
  await client.loginResident(household.applicant.bsn);
  return { client, household };
}

async function staffClient(role: 'consulent' | 'kwaliteitsmedewerker') {
  const user = await createStaff(t.db, { roles: [role] });
  const client = new TestClient(t.app);
  await client.loginStaff(user.username!, user.password);
  return client;
}

const open = async (id: string) => (await consultant.post(`/api/werkplek/applications/${id}/open`, {})).json();
const queueItem = async (id: string, query = '') => (await consultant.get(`/api/werkplek/applications${query}`)).json().items.find((i: { id: string }) => i.id === id);

beforeAll(async () => {
  t = await createTestApp({ env: { JOBS_WORKER: 'true', ASSESSMENT_REVIEW_SHARE: '1' } });
  await installAssessmentRegeling(t.db);
  consultant = await staffClient('consulent');
  reviewer = await staffClient('kwaliteitsmedewerker');
});
afterAll(() => t.close());

describe('a straight-through grant', () => {
  let id: string;
  let client: TestClient;

  it('is decided by the job at once: decision, status besluit, timeline event and audit entry', async () => {
    ({ client } = await resident({ 'income.applicantMonthlyNet': 900, 'household.childrenUnder18': 2 }));
    ({ id } = await applyOnline(client, 'proef', answers()));
    await runJobs(t);
    const [decision] = await t.db.select().from(decisions).where(eq(decisions.applicationId, id));
    expect(decision).toMatchObject({ outcome: 'toegekend', amount: 150, automatic: true, decidedBy: null, sampledForReview: true, periodFrom: today });
    const [application] = await t.db.select().from(applications).where(eq(applications.id, id));
    expect(application!.status).toBe('besluit');
    const events = await t.db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, id));
    expect(events.filter((e) => e.type === 'besluit').map((e) => e.details)).toEqual([{ outcome: 'toegekend', amount: 150, automatic: true }]);
    const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'decision.made'), eq(auditLog.actorType, 'system')));
    expect(audit).toMatchObject({ subjectBsn: application!.applicantBsn, ground: 'regeling proef', requestId: expect.stringMatching(/^job:/) });
  });

  it('shows the resident the outcome and how it was calculated, in Dutch and English', async () => {
    const view = (await client.get(`/api/loket/applications/${id}`)).json();
    expect(view.status).toBe('besluit');
    expect(view.outcome).toMatchObject({ outcome: 'toegekend', amount: 150, automatic: true, period: { from: today } });
    const { explanation } = view.outcome;
    expect(explanation.inputs).toContainEqual({ label: { nl: 'Kinderen jonger dan 18', en: 'Children under 18' }, value: 2, unit: 'aantal' });
    expect(explanation.inputs).toContainEqual({ label: { nl: 'Basisbedrag', en: 'Basic amount' }, value: 100, unit: 'EUR' });
    // Amounts are written as in Dutch text, with a no-break space after the euro sign.
    const steps = explanation.steps.map((s: { nl: string }) => s.nl.replace(/\u00a0/g, ' '));
    expect(steps).toContain('U bent oud genoeg, u woont in de gemeente en het inkomen van uw huishouden is niet hoger dan de inkomensgrens.');
    expect(steps).toContain('U krijgt het basisbedrag en een bedrag voor elk kind jonger dan 18 jaar.');
    expect(steps.at(-1)).toBe('Het bedrag is € 150,00. Dit is berekend met: Kinderen jonger dan 18 (2), Basisbedrag (€ 100,00), Bedrag per kind (€ 25,00).');
    expect(explanation.steps.at(-1).en).toBe('The amount is €150.00. It was calculated from: Children under 18 (2), Basic amount (€100.00), Amount per child (€25.00).');
    // How the work was routed is not part of the outcome.
    expect(JSON.stringify(explanation)).not.toContain('basisregistraties gecontroleerd');
    expect(explanation.modelVersion).toMatchObject({ regeling: 'proef', version: 1, model: 'decisions/beoordeling.dmn', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('shows staff the assessment with its inputs, parameters, registry provenance and trace', async () => {
    const view = await open(id);
    expect(view.decision).toMatchObject({ outcome: 'toegekend', automatic: true, sampledForReview: true, review: null });
    const { assessment } = view;
    expect(assessment).toMatchObject({ status: 'beoordeeld', proposal: 'toekennen', eligible: true, amount: 150, route: 'automatisch', decided: true, referenceDate: today, messages: [] });
    expect(assessment.parameters).toContainEqual(expect.objectContaining({ key: 'inkomensgrens', value: 1500, unit: 'EUR/maand', validFrom: '2025-01-01', source: 'Testverordening art. 3', confirmed: true }));
    expect(assessment.registries.map((r: { registry: string }) => r.registry).sort()).toEqual(['applications', 'income', 'persons']);
    expect(assessment.registries[0]).toEqual({ registry: 'persons', source: 'embedded', fetchedAt: expect.any(String) });
    expect(assessment.facts).toMatchObject({ 'person.age': 40, 'household.childrenUnder18': 2, 'income.applicantMonthlyNet': 900 });
    expect(assessment.trace.decisions.map((d: { decision: string }) => d.decision)).toEqual(expect.arrayContaining(['Redenen', 'Voldoet', 'Bedrag', 'Behandeling']));
    // The stored snapshot holds derived facts, not the registry records.
    const [row] = await t.db.select().from(assessments).where(eq(assessments.applicationId, id));
    expect(JSON.stringify(row!.registries)).not.toContain(view.applicant.bsn);
  });

  it('is reproducible from what was stored: inputs, model hash and outcome decisions', async () => {
    const [row] = await t.db.select().from(assessments).where(eq(assessments.applicationId, id));
    const again = await reproduceAssessment({ db: t.db, assessment: row! });
    expect(again!.modelMatches).toBe(true);
    expect({ eligible: again!.outcome.eligible, amount: again!.outcome.amount, route: again!.outcome.route, reasons: again!.outcome.reasons }).toEqual({ eligible: row!.eligible, amount: row!.amount, route: row!.route, reasons: row!.reasons });
    expect(again!.outcome.trace).toEqual(row!.trace);
  });

  it('does not decide twice when the job runs again, as a new job or as the same job redelivered', async () => {
    await t.db.transaction((tx) => enqueueJob(tx, runAssessmentJob, { applicationId: id }));
    await runJobs(t);
    const [row] = await t.db.select().from(assessments).where(eq(assessments.applicationId, id));
    const job = { id: row!.jobId, name: 'assessment.run', attempt: 2, retryLimit: 9, isFinalAttempt: false };
    await runAssessmentJob.handler({ applicationId: id }, { deps: t.deps, job, logger: t.deps.logger });
    expect(await t.db.select().from(decisions).where(eq(decisions.applicationId, id))).toHaveLength(1);
    expect(await t.db.select().from(assessments).where(eq(assessments.applicationId, id))).toHaveLength(1);
    const events = await t.db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, id));
    expect(events.filter((e) => e.type === 'besluit')).toHaveLength(1);
  });

  it('is in the review sample (share 1), without personal data, and is reviewed once', async () => {
    const list = (await reviewer.get('/api/werkplek/reviews')).json();
    const [decision] = await t.db.select().from(decisions).where(eq(decisions.applicationId, id));
    expect(list.items).toContainEqual(expect.objectContaining({ decisionId: decision!.id, applicationId: id, outcome: 'toegekend', amount: 150, regeling: { id: 'proef', name: { nl: 'Proefregeling', en: 'Test scheme' } } }));
    const applicant = (await open(id)).applicant;
    expect(JSON.stringify(list)).not.toContain(applicant.bsn);
    const wrong = await reviewer.post(`/api/werkplek/reviews/${decision!.id}`, { verdict: 'onjuist' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().invalidParams[0]).toMatchObject({ name: 'note', code: 'review.note_required' });
    const review = await reviewer.post(`/api/werkplek/reviews/${decision!.id}`, { verdict: 'akkoord', note: 'Klopt met de BRP.' });
    expect(review.statusCode).toBe(201);
    expect((await reviewer.post(`/api/werkplek/reviews/${decision!.id}`, { verdict: 'akkoord' })).json().code).toBe('review.already_reviewed');
    expect((await reviewer.get('/api/werkplek/reviews')).json().items.map((i: { decisionId: string }) => i.decisionId)).not.toContain(decision!.id);
    expect((await open(id)).decision.review).toMatchObject({ verdict: 'akkoord', note: 'Klopt met de BRP.' });
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'decision.reviewed'));
    expect(audit).toMatchObject({ actorType: 'staff', subjectBsn: applicant.bsn, details: { decisionId: decision!.id, applicationId: id, verdict: 'akkoord' } });
  });

  it('samples nothing with share 0', async () => {
    t.deps.config.assessment.reviewShare = 0;
    try {
      const { client: other } = await resident({ 'income.applicantMonthlyNet': 500 });
      const { id: otherId } = await applyOnline(other, 'proef', answers());
      await runJobs(t);
      const [decision] = await t.db.select().from(decisions).where(eq(decisions.applicationId, otherId));
      expect(decision).toMatchObject({ automatic: true, sampledForReview: false });
      expect((await reviewer.get('/api/werkplek/reviews')).json().items.map((i: { applicationId: string }) => i.applicationId)).not.toContain(otherId);
    } finally {
      t.deps.config.assessment.reviewShare = 1;
    }
  });
});

describe('not eligible', () => {
  let id: string;
  let client: TestClient;

  it('stays in the work queue with the proposal to reject and its first reason', async () => {
    ({ client } = await resident({ 'income.applicantMonthlyNet': 2000 }));
    ({ id } = await applyOnline(client, 'proef', answers()));
    await runJobs(t);
    expect(await t.db.select().from(decisions).where(eq(decisions.applicationId, id))).toEqual([]);
    const item = await queueItem(id);
    expect(item).toMatchObject({ status: 'ontvangen', proposal: { kind: 'afwijzen', reason: 'inkomen', text: { nl: 'Voorstel: afwijzen', en: 'Proposal: reject' } } });
    expect(await queueItem(id, '?proposal=afwijzen')).toBeDefined();
    expect(await queueItem(id, '?proposal=toekennen')).toBeUndefined();
    const { assessment, decision } = await open(id);
    expect(decision).toBeNull();
    expect(assessment).toMatchObject({ proposal: 'afwijzen', eligible: false, reasons: ['inkomen'], route: 'medewerker', decided: false });
    expect(assessment.routeReasons).toEqual([{ nl: 'Een afwijzing neemt altijd een medewerker.', en: 'A rejection is always decided by a person.' }]);
  });

  it('is not shown to the resident as a proposal', async () => {
    const view = (await client.get(`/api/loket/applications/${id}`)).json();
    expect(view).toMatchObject({ status: 'ontvangen', outcome: null });
    expect(view.events.at(-1)).toMatchObject({ type: 'naar-medewerker', details: { reason: 'voorstel' } });
    expect(JSON.stringify(view)).not.toMatch(/afwijzen|inkomen"|Redenen/);
  });

  it('becomes a rejection only by a person, with the motivation and the reasons in the explanation', async () => {
    const refused = await consultant.post(`/api/werkplek/applications/${id}/decision`, { outcome: 'afgewezen', amount: 10, motivation: 'Het inkomen is te hoog.' });
    expect(refused.statusCode).toBe(400);
    const response = await consultant.post(`/api/werkplek/applications/${id}/decision`, { outcome: 'afgewezen', motivation: 'Uw inkomen is hoger dan de inkomensgrens.' });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ status: 'besluit', outcome: 'afgewezen', amount: null });
    const view = (await client.get(`/api/loket/applications/${id}`)).json();
    expect(view.outcome).toMatchObject({ outcome: 'afgewezen', amount: null, automatic: false });
    expect(view.outcome.explanation.steps.map((s: { nl: string }) => s.nl)).toEqual([
      'Uw inkomen is hoger dan de inkomensgrens.',
      'Het inkomen van uw huishouden is hoger dan de inkomensgrens.',
      'U voldoet niet aan alle voorwaarden.',
      'Zonder recht op de toeslag is het bedrag 0.',
    ]);
    expect((await consultant.post(`/api/werkplek/applications/${id}/decision`, { outcome: 'afgewezen', motivation: 'Nog een keer besluiten.' })).json().code).toBe('decision.already_decided');
    const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'decision.made'), eq(auditLog.actorType, 'staff')));
    expect(audit!.details).toMatchObject({ applicationId: id, proposal: 'afwijzen', outcome: 'afgewezen', automatic: false });
  });
});

describe('eligible, but the route sends it to a person', () => {
  it('proposes a grant with the route reason when the resident asks for more than the scheme gives', async () => {
    const { client } = await resident({ 'income.applicantMonthlyNet': 900 });
    const { id } = await applyOnline(client, 'proef', answers({ bedrag: 250 }));
    await runJobs(t);
    expect(await queueItem(id, '?proposal=toekennen')).toMatchObject({ proposal: { kind: 'toekennen', reason: 'U vraagt meer dan de regeling geeft.' } });
    const { assessment } = await open(id);
    expect(assessment).toMatchObject({ proposal: 'toekennen', eligible: true, amount: 100, route: 'medewerker', decided: false });
    expect((await client.get(`/api/loket/applications/${id}`)).json().outcome).toBeNull();
    const granted = await consultant.post(`/api/werkplek/applications/${id}/decision`, { outcome: 'toegekend', amount: 100, motivation: 'U krijgt het vaste bedrag van de regeling.' });
    expect(granted.statusCode).toBe(201);
    const outcome = (await client.get(`/api/loket/applications/${id}`)).json().outcome;
    expect(outcome).toMatchObject({ outcome: 'toegekend', amount: 100, automatic: false });
    expect(outcome.explanation.steps[0].nl).toBe('U krijgt het vaste bedrag van de regeling.');
    expect(outcome.explanation.modelVersion).not.toBeNull();
  });

  it('sends a paper application to a person and requires an amount to grant', async () => {
    const { household } = await resident({ 'income.applicantMonthlyNet': 900 });
    const { id } = await applyOnPaper(consultant, 'proef', household.applicant.bsn, answers());
    await runJobs(t);
    expect((await open(id)).assessment).toMatchObject({ proposal: 'toekennen', route: 'medewerker', routeReasons: [{ nl: 'Een papieren aanvraag controleert een medewerker.', en: 'A paper application is checked by a person.' }] });
    const noAmount = await consultant.post(`/api/werkplek/applications/${id}/decision`, { outcome: 'toegekend', motivation: 'Alles klopt met de stukken.' });
    expect(noAmount.json().invalidParams[0]).toMatchObject({ name: 'amount', code: 'decision.amount_required' });
  });
});
