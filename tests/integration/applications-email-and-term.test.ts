import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { applications } from '../../src/server/modules/applications/applications.tables.js';
import { addDays } from '../../src/server/modules/applications/decision-term.js';
import { todayInAmsterdam } from '../../src/shared/forms/formats.js';
import { createFamily, createStaff } from '../support/factories.js';
import { drainJobs } from '../support/jobs.js';
import { multipartBody, samplePdf } from '../support/multipart.js';
import { installTestRegeling } from '../support/regelingen.js';
import { startSmtpTestServer, type SmtpTestServer } from '../support/smtp-test-server.js';
import { createTestApp, TestClient, type TestApp } from '../support/test-app.js';

// The confirmation email reaches a real SMTP server, and the decision term moves by exactly the
// days a request for information was open.

let smtp: SmtpTestServer;
let t: TestApp;
let resident: TestClient;
let consultant: TestClient;
let id: string;
const today = todayInAmsterdam();

beforeAll(async () => {
  smtp = await startSmtpTestServer();
  t = await createTestApp({ env: { SMTP_URL: smtp.url, MAIL_FROM: 'Gemeente Voorbeeldstad <noreply@voorbeeldstad.nl>', JOBS_WORKER: 'true' } });
  await installTestRegeling(t.db);
  const family = await createFamily(t.db, { children: 0 });
  resident = new TestClient(t.app);
  await resident.loginResident(family.partners[0].bsn);
  const staff = await createStaff(t.db, { roles: ['consulent'] });
  consultant = new TestClient(t.app);
  await consultant.loginStaff(staff.username!, staff.password);
  const draft = (await resident.post('/api/loket/applications', { regelingId: 'proef' })).json();
  id = draft.id;
  await resident.request({ method: 'PUT', url: `/api/loket/applications/${id}/draft`, body: { revision: draft.revision, pageId: 'aanvrager', answers: { email: 'anna@voorbeeld.nl', iban: 'NL91ABNA0417164300', heeftPartner: false } } });
  const upload = multipartBody({ evidenceId: 'bewijs' }, { name: 'bewijs.pdf', type: 'application/pdf', content: samplePdf });
  await resident.request({ method: 'POST', url: `/api/loket/applications/${id}/documents`, headers: upload.headers, body: upload.payload });
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

describe('confirmation email', () => {
  it('is delivered once over SMTP with the reference, whatever the number of submits', async () => {
    const receipts = await Promise.all([1, 2, 3].map(() => resident.post(`/api/loket/applications/${id}/submit`, { declaration: true, lang: 'nl' })));
    const reference = receipts[0]!.json().reference as string;
    await drainJobs(t.deps, { queue: 'mail.send' });
    const mails = smtp.messages.filter((m) => m.envelopeTo.includes('anna@voorbeeld.nl'));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.headers.subject).toBe(`Wij hebben uw aanvraag ontvangen (${reference})`);
    // The email carries the reference, not the applicant's personal data.
    expect(mails[0]!.raw).not.toContain('NL91ABNA0417164300');
  });
});

describe('decision term', () => {
  it('moves by the days a request for information was open', async () => {
    const task = (await consultant.post(`/api/werkplek/applications/${id}/tasks`, { question: 'Stuur uw jaaropgave mee.', dueDate: addDays(today, 14) })).json();
    // The request was made ten days ago: the term stood still since then.
    await t.db.update(applications).set({ suspendedSince: addDays(today, -10) }).where(eq(applications.id, id));
    const answered = await resident.post(`/api/loket/applications/${id}/tasks/${task.taskId}/answer`, { answer: 'Ik heb geen jaaropgave; zie de bijlage van mijn werkgever.' });
    expect(answered.json()).toEqual({ status: 'in-behandeling', decisionDue: addDays(today, 56 + 10) });
    const [row] = await t.db.select().from(applications).where(eq(applications.id, id));
    expect(row).toMatchObject({ suspendedSince: null, suspendedDays: 10 });
    await drainJobs(t.deps, { queue: 'mail.send' });
    expect(smtp.messages.some((m) => m.headers.subject?.startsWith('Wij hebben meer informatie nodig'))).toBe(true);
  });
});

describe('tampering', () => {
  it('cannot choose the regeling version: the server uses the published one', async () => {
    const response = await resident.post('/api/loket/applications', { regelingId: 'proef', regelingVersion: 99 });
    expect(response.statusCode).toBe(400);
    expect(response.json().invalidParams[0]).toMatchObject({ name: 'regelingVersion', code: 'unknown_field' });
  });
});
