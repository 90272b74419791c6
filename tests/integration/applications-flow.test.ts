import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { applicationEvents, applications } from '../../src/server/modules/applications/applications.tables.js';
import { auditLog } from '../../src/server/modules/audit/audit.tables.js';
import { outgoingEmails } from '../../src/server/modules/mail/mail.tables.js';
import { addDays } from '../../src/server/modules/applications/decision-term.js';
import { todayInAmsterdam } from '../../src/shared/forms/formats.js';
import { createFamily } from '../support/factories.js';
import { multipartBody, samplePdf } from '../support/multipart.js';
import { installTestRegeling } from '../support/regelingen.js';
import { createTestApp, TestClient, type TestApp } from '../support/test-app.js';

// The resident's way from draft to receipt on the test regeling "proef" (co-signed by the partner):
// prefill, saving as they go, evidence, one application however often they submit, co-signing.

let t: TestApp;
let family: Awaited<ReturnType<typeof createFamily>>;
let applicant: TestClient;
let partner: TestClient;
let id: string;
let revision: number;

const answers = { email: 'anna@voorbeeld.nl', iban: 'NL91ABNA0417164300', heeftPartner: true, bedrag: 125.5 };

beforeAll(async () => {
  t = await createTestApp();
  await installTestRegeling(t.db, { cosign: 'partner', cosignerPointer: '/partner/bsn' });
  family = await createFamily(t.db, { children: 1 });
  applicant = new TestClient(t.app);
  partner = new TestClient(t.app);
  await applicant.loginResident(family.partners[0].bsn);
  await partner.loginResident(family.partners[1].bsn);
});
afterAll(() => t.close());

const save = (client: TestClient, body: Record<string, unknown>) => client.request({ method: 'PUT', url: `/api/loket/applications/${id}/draft`, body });

describe('a draft', () => {
  it('starts prefilled from the BRP, and starting again continues the same draft', async () => {
    const first = await applicant.post('/api/loket/applications', { regelingId: 'proef' });
    expect(first.statusCode).toBe(201);
    const draft = first.json();
    expect(draft.status).toBe('concept');
    expect(draft.data.aanvrager.naam).toBe(`Anna ${family.partners[0].familyName}`);
    const again = await applicant.post('/api/loket/applications', { regelingId: 'proef' });
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(draft.id);
    id = draft.id;
    revision = draft.revision;
  });

  it('keeps what was typed, also when it is not valid yet, and reports the page errors', async () => {
    const response = await save(applicant, { revision, pageId: 'aanvrager', answers: { ...answers, iban: 'NL91 ABNA', naam: 'Iemand Anders' }, currentPage: 'aanvrager' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.pageErrors.map((e: { name: string }) => e.name)).toEqual(['aanvrager.iban']);
    expect(body.visiblePages).toEqual(['aanvrager', 'partner']);
    revision = body.revision;
    const stored = (await applicant.get(`/api/loket/applications/${id}`)).json();
    expect(stored.data.aanvrager.iban).toBe('NL91 ABNA');
    // A prefilled registry field keeps the registry value, whatever is sent.
    expect(stored.data.aanvrager.naam).toBe(`Anna ${family.partners[0].familyName}`);
  });

  it('refuses a save based on an older revision (another tab) without losing the newer one', async () => {
    const stale = await save(applicant, { revision: revision - 1, pageId: 'aanvrager', answers: { ...answers, email: 'oud@voorbeeld.nl' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('application.stale_revision');
    expect((await applicant.get(`/api/loket/applications/${id}`)).json().data.aanvrager.email).toBe(answers.email);
  });

  it('survives a new login: the draft is on the server and opens at the page where the resident was', async () => {
    const again = new TestClient(t.app);
    await again.loginResident(family.partners[0].bsn);
    const list = (await again.get('/api/loket/applications')).json();
    expect(list).toEqual([expect.objectContaining({ id, status: 'concept', role: 'applicant' })]);
    const draft = (await again.get(`/api/loket/applications/${id}`)).json();
    expect(draft.currentPage).toBe('aanvrager');
    expect(draft.data.aanvrager.email).toBe(answers.email);
  });
});

describe('submitting', () => {
  it('reports every missing answer and document at once and changes nothing', async () => {
    const response = await applicant.post(`/api/loket/applications/${id}/submit`, { declaration: true });
    expect(response.statusCode).toBe(400);
    const names = response.json().invalidParams.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['aanvrager.iban', 'partner.bsn', 'evidence.bewijs']));
    const [row] = await t.db.select().from(applications).where(eq(applications.id, id));
    expect(row!.status).toBe('concept');
    expect(row!.reference).toBeNull();
  });

  it('requires the declaration', async () => {
    const response = await applicant.post(`/api/loket/applications/${id}/submit`, { declaration: false });
    expect(response.statusCode).toBe(400);
    expect(response.json().invalidParams[0]).toMatchObject({ name: 'declaration', code: 'declaration.required' });
  });

  it('sends once, however often the button is pressed, and asks the partner to co-sign', async () => {
    revision = (await save(applicant, { revision, pageId: 'aanvrager', answers })).json().revision;
    revision = (await save(applicant, { revision, pageId: 'partner', answers: { bsn: family.partners[1].bsn } })).json().revision;
    const upload = multipartBody({ evidenceId: 'bewijs' }, { name: 'loonstrook.pdf', type: 'application/pdf', content: samplePdf });
    expect((await applicant.request({ method: 'POST', url: `/api/loket/applications/${id}/documents`, headers: upload.headers, body: upload.payload })).statusCode).toBe(201);

    const responses = await Promise.all(Array.from({ length: 5 }, () => applicant.post(`/api/loket/applications/${id}/submit`, { declaration: true })));
    expect(responses.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200]);
    const receipts = responses.map((r) => r.json());
    expect(new Set(receipts.map((r) => r.reference)).size).toBe(1);
    expect(receipts.filter((r) => !r.alreadySubmitted)).toHaveLength(1);
    expect(receipts[0].reference).toMatch(/^\d{4}-\d{6}$/);
    expect(receipts[0].status).toBe('medeondertekening');
    const events = await t.db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, id));
    expect(events.filter((e) => e.type === 'verstuurd')).toHaveLength(1);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.action, 'application.submitted'));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.subjectBsn).toBe(family.partners[0].bsn);
    const mails = await t.db.select().from(outgoingEmails).where(eq(outgoingEmails.to, answers.email));
    expect(mails.map((m) => m.subject)).toEqual([expect.stringContaining(receipts[0].reference)]);
  });

  it('no longer accepts changes once sent', async () => {
    expect((await save(applicant, { revision, pageId: 'aanvrager', answers })).statusCode).toBe(409);
  });
});

describe('co-signing', () => {
  it('shows the partner the request, and only after co-signing is the application received with its term', async () => {
    const list = (await partner.get('/api/loket/applications')).json();
    expect(list).toEqual([expect.objectContaining({ id, role: 'cosigner', awaitingMySignature: true })]);
    expect((await applicant.post(`/api/loket/applications/${id}/cosign`, { declaration: true })).statusCode).toBe(404);
    const response = await partner.post(`/api/loket/applications/${id}/cosign`, { declaration: true });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ontvangen', decisionDue: addDays(todayInAmsterdam(), 56) });
    const again = await partner.post(`/api/loket/applications/${id}/cosign`, { declaration: true });
    expect(again.json().alreadySubmitted).toBe(true);
    const view = (await applicant.get(`/api/loket/applications/${id}`)).json();
    expect(view.events.map((e: { type: string }) => e.type)).toEqual(['concept-gestart', 'verstuurd', 'medeondertekening-gevraagd', 'medeondertekend', 'ontvangen']);
  });

  it('does not show the application to anyone outside the household', async () => {
    const other = await createFamily(t.db, { children: 0 });
    const stranger = new TestClient(t.app);
    await stranger.loginResident(other.partners[0].bsn);
    expect((await stranger.get(`/api/loket/applications/${id}`)).statusCode).toBe(404);
    expect((await stranger.post(`/api/loket/applications/${id}/submit`, { declaration: true })).statusCode).toBe(404);
    expect((await stranger.get('/api/loket/applications')).json()).toEqual([]);
  });
});
