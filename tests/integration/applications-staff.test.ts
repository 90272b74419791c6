import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { applications } from '../../src/server/modules/applications/applications.tables.js';
import { addDays } from '../../src/server/modules/applications/decision-term.js';
import { auditLog } from '../../src/server/modules/audit/audit.tables.js';
import { todayInAmsterdam } from '../../src/shared/forms/formats.js';
import { createFamily, createStaff } from '../support/factories.js';
import { multipartBody, samplePdf } from '../support/multipart.js';
import { installTestRegeling } from '../support/regelingen.js';
import { createTestApp, TestClient, type TestApp } from '../support/test-app.js';

// The staff side: the work queue without personal data, a recorded read when opening, asking for
// more information (the term stands still), and a paper application entered for a resident.

let t: TestApp;
let consultant: TestClient;
let resident: TestClient;
let family: Awaited<ReturnType<typeof createFamily>>;
let id: string;
const today = todayInAmsterdam();
const answers = { email: 'bram@voorbeeld.nl', iban: 'NL91ABNA0417164300', heeftPartner: false };

async function attach(client: TestClient, base: string, evidenceId: string) {
  const body = multipartBody({ evidenceId }, { name: `${evidenceId}.pdf`, type: 'application/pdf', content: samplePdf });
  const response = await client.request({ method: 'POST', url: `${base}/documents`, headers: body.headers, body: body.payload });
  expect(response.statusCode).toBe(201);
}

beforeAll(async () => {
  t = await createTestApp();
  await installTestRegeling(t.db);
  family = await createFamily(t.db, { children: 0 });
  const staff = await createStaff(t.db, { roles: ['consulent'] });
  consultant = new TestClient(t.app);
  await consultant.loginStaff(staff.username!, staff.password);
  resident = new TestClient(t.app);
  await resident.loginResident(family.partners[1].bsn);
  const draft = (await resident.post('/api/loket/applications', { regelingId: 'proef' })).json();
  id = draft.id;
  await resident.request({ method: 'PUT', url: `/api/loket/applications/${id}/draft`, body: { revision: draft.revision, pageId: 'aanvrager', answers } });
  await attach(resident, `/api/loket/applications/${id}`, 'bewijs');
  expect((await resident.post(`/api/loket/applications/${id}/submit`, { declaration: true })).json().status).toBe('ontvangen');
});
afterAll(() => t.close());

describe('work queue', () => {
  it('lists received applications by deadline without names or BSNs', async () => {
    const response = await consultant.get('/api/werkplek/applications');
    expect(response.statusCode).toBe(200);
    const item = response.json().items.find((i: { id: string }) => i.id === id);
    expect(item).toMatchObject({ status: 'ontvangen', channel: 'digitaal', decisionDue: addDays(today, 56), daysLeft: 56, openTasks: 0 });
    expect(JSON.stringify(response.json())).not.toContain(family.partners[1].bsn);
    expect(JSON.stringify(response.json())).not.toContain(family.partners[1].familyName);
  });

  it('records a read with the purpose when a consultant opens an application', async () => {
    const response = await consultant.request({ method: 'POST', url: `/api/werkplek/applications/${id}/open`, headers: { 'x-request-id': 'open-1' }, body: {} });
    expect(response.statusCode).toBe(200);
    expect(response.json().applicant.bsn).toBe(family.partners[1].bsn);
    const [entry] = await t.db.select().from(auditLog).where(and(eq(auditLog.requestId, 'open-1'), eq(auditLog.action, 'application.read')));
    expect(entry).toMatchObject({ subjectBsn: family.partners[1].bsn, ground: 'behandeling aanvraag proef' });
  });
});

describe('asking for more information', () => {
  let taskId: string;

  it('suspends the term and gives the resident a task and an email', async () => {
    expect((await consultant.post(`/api/werkplek/applications/${id}/take`, {})).json().status).toBe('in-behandeling');
    const response = await consultant.post(`/api/werkplek/applications/${id}/tasks`, { question: 'Stuur uw laatste loonstrook mee.', dueDate: addDays(today, 14) });
    expect(response.statusCode).toBe(201);
    taskId = response.json().taskId;
    const view = (await resident.get(`/api/loket/applications/${id}`)).json();
    expect(view).toMatchObject({ status: 'aanvullende-informatie', suspendedSince: today });
    expect(view.tasks).toEqual([expect.objectContaining({ id: taskId, status: 'open', question: 'Stuur uw laatste loonstrook mee.' })]);
  });

  it('refuses a repair period that ends today', async () => {
    const response = await consultant.post(`/api/werkplek/applications/${id}/tasks`, { question: 'Nog iets?', dueDate: today });
    expect(response.json().invalidParams[0].name).toBe('dueDate');
  });

  it('resumes the term when the resident answers with a document', async () => {
    const body = multipartBody({ taskId }, { name: 'loonstrook.pdf', type: 'application/pdf', content: samplePdf });
    expect((await resident.request({ method: 'POST', url: `/api/loket/applications/${id}/documents`, headers: body.headers, body: body.payload })).statusCode).toBe(201);
    const response = await resident.post(`/api/loket/applications/${id}/tasks/${taskId}/answer`, { answer: 'Zie bijlage.' });
    expect(response.statusCode).toBe(200);
    // Answered the same day: no days of suspension, the deadline stays.
    expect(response.json()).toEqual({ status: 'in-behandeling', decisionDue: addDays(today, 56) });
    expect((await resident.post(`/api/loket/applications/${id}/tasks/${taskId}/answer`, { answer: 'Nog eens' })).statusCode).toBe(409);
  });
});

describe('paper applications', () => {
  it('are entered by staff with the scan attached, follow the same checks and are marked as paper', async () => {
    const other = await createFamily(t.db, { children: 0 });
    const start = await consultant.post('/api/werkplek/applications/paper', { regelingId: 'proef', bsn: other.partners[0].bsn });
    expect(start.statusCode).toBe(201);
    const draft = start.json();
    expect(draft).toMatchObject({ channel: 'papier', status: 'concept' });
    expect(draft.data.aanvrager.naam).toContain(other.partners[0].familyName);
    const base = `/api/werkplek/applications/${draft.id}`;
    await consultant.request({ method: 'PUT', url: `${base}/draft`, body: { revision: draft.revision, pageId: 'aanvrager', answers } });
    await attach(consultant, base, 'bewijs');
    const missingScan = await consultant.post(`${base}/submit`, { declaration: true });
    expect(missingScan.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['evidence.scan']);
    await attach(consultant, base, 'scan');
    const receipt = await consultant.post(`${base}/submit`, { declaration: true });
    expect(receipt.json()).toMatchObject({ status: 'ontvangen', decisionDue: addDays(today, 56) });
    const [row] = await t.db.select().from(applications).where(eq(applications.id, draft.id));
    expect(row).toMatchObject({ channel: 'papier', applicantBsn: other.partners[0].bsn });
    // The resident sees the paper application in Mijn loket too, but cannot change it.
    const owner = new TestClient(t.app);
    await owner.loginResident(other.partners[0].bsn);
    expect((await owner.get('/api/loket/applications')).json()).toEqual([expect.objectContaining({ id: draft.id, channel: 'papier', status: 'ontvangen' })]);
    expect((await owner.request({ method: 'PUT', url: `/api/loket/applications/${draft.id}/draft`, body: { revision: 5, pageId: 'aanvrager', answers } })).statusCode).toBe(404);
  });
});
