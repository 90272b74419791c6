import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { applicationDocuments, applications } from '../../src/server/modules/applications/applications.tables.js';
import { addDays } from '../../src/server/modules/applications/decision-term.js';
import { todayInAmsterdam } from '../../src/shared/forms/formats.js';
import { createFamily, createPerson } from '../support/factories.js';
import { multipartBody, sampleExe, samplePdf, samplePng } from '../support/multipart.js';
import { installTestRegeling } from '../support/regelingen.js';
import { createTestApp, TestClient, type TestApp } from '../support/test-app.js';

// Tampered and broken requests: every one gets problem+json with a field-level message in Dutch
// and English, and nothing is stored half.

let t: TestApp;
let resident: TestClient;
let family: Awaited<ReturnType<typeof createFamily>>;
let id: string;

beforeAll(async () => {
  t = await createTestApp({ env: { BODY_LIMIT_BYTES: String(1024 * 1024) } });
  await installTestRegeling(t.db);
  family = await createFamily(t.db, { children: 1 });
  resident = new TestClient(t.app);
  await resident.loginResident(family.partners[0].bsn);
  id = (await resident.post('/api/loket/applications', { regelingId: 'proef' })).json().id;
});
afterAll(() => t.close());

const revision = async () => (await resident.get(`/api/loket/applications/${id}`)).json().revision as number;
const savePage = async (pageId: string, answers: Record<string, unknown>) =>
  resident.request({ method: 'PUT', url: `/api/loket/applications/${id}/draft`, body: { revision: await revision(), pageId, answers } });
const upload = (name: string, type: string, content: Buffer, fields: Record<string, string> = { evidenceId: 'bewijs' }) => {
  const body = multipartBody(fields, { name, type, content });
  return resident.request({ method: 'POST', url: `/api/loket/applications/${id}/documents`, headers: body.headers, body: body.payload });
};
const documentCount = async () => (await t.db.select().from(applicationDocuments).where(eq(applicationDocuments.applicationId, id))).length;

describe('answers', () => {
  it('refuses an unknown field with a field-level message in both languages and keeps the draft as it was', async () => {
    const before = await revision();
    const response = await savePage('aanvrager', { email: 'a@voorbeeld.nl', isAdmin: true });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    const [param] = response.json().invalidParams;
    expect(param).toMatchObject({ name: 'answers.isAdmin', code: 'form.additionalProperties' });
    expect(param.reason).toBeTruthy();
    expect(await revision()).toBe(before);
  });

  it('refuses a wrong type and an unknown page', async () => {
    expect((await savePage('aanvrager', { bedrag: 'duizend' })).json().invalidParams[0].name).toBe('answers.bedrag');
    expect((await savePage('geheim', {})).json().invalidParams[0]).toMatchObject({ name: 'pageId', code: 'form.unknown_page' });
  });

  it('reports a negative amount and a date in the future as page errors, and refuses them at submit', async () => {
    const tomorrow = addDays(todayInAmsterdam(), 1);
    const response = await savePage('aanvrager', { email: 'a@voorbeeld.nl', iban: 'NL91ABNA0417164300', heeftPartner: true, bedrag: -10, startdatum: tomorrow });
    expect(response.statusCode).toBe(200);
    const codes = Object.fromEntries(response.json().pageErrors.map((e: { name: string; code: string }) => [e.name, e.code]));
    expect(codes).toMatchObject({ 'aanvrager.bedrag': 'form.minimum', 'aanvrager.startdatum': 'form.format' });
    const submit = await resident.post(`/api/loket/applications/${id}/submit`, { declaration: true });
    expect(submit.statusCode).toBe(400);
    expect(submit.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['aanvrager.bedrag', 'aanvrager.startdatum']));
  });

  it("refuses another person's BSN and the applicant's own BSN in a BSN field", async () => {
    const stranger = await createPerson(t.db);
    await savePage('aanvrager', { email: 'a@voorbeeld.nl', iban: 'NL91ABNA0417164300', heeftPartner: true, bedrag: 10 });
    await upload('bewijs.pdf', 'application/pdf', samplePdf);
    for (const [bsn, code] of [
      [stranger.bsn, 'application.bsn_not_in_household'],
      [family.partners[0].bsn, 'application.own_bsn'],
    ] as const) {
      await savePage('partner', { bsn });
      const response = await resident.post(`/api/loket/applications/${id}/submit`, { declaration: true });
      expect(response.statusCode).toBe(400);
      expect(response.json().invalidParams).toContainEqual(expect.objectContaining({ name: 'partner.bsn', code }));
    }
    const [row] = await t.db.select().from(applications).where(eq(applications.id, id));
    expect(row!.status).toBe('concept');
  });

  it('does not start a draft for an unknown regeling', async () => {
    const response = await resident.post('/api/loket/applications', { regelingId: 'bestaat-niet' });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('application.regeling_closed');
  });

  it('never fails with a 500 on arbitrary answers', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 })), async (answers) => {
        const response = await savePage('aanvrager', answers as Record<string, unknown>);
        expect([200, 400, 409]).toContain(response.statusCode);
      }),
      { numRuns: 40 },
    );
  });
});

describe('documents', () => {
  it('accepts PDF and PNG by their content and lists them', async () => {
    for (const doc of (await resident.get(`/api/loket/applications/${id}`)).json().documents) {
      await resident.request({ method: 'DELETE', url: `/api/loket/applications/${id}/documents/${doc.id}` });
    }
    const before = await documentCount();
    expect((await upload('scan.PDF', 'application/octet-stream', samplePdf)).json()).toMatchObject({ mediaType: 'application/pdf', fileName: 'scan.pdf' });
    expect((await upload('foto.jpg', 'image/jpeg', samplePng)).json()).toMatchObject({ mediaType: 'image/png', fileName: 'foto.png' });
    expect(await documentCount()).toBe(before + 2);
  });

  it('refuses an .exe renamed to .pdf, and stores nothing', async () => {
    const before = await documentCount();
    const response = await upload('belastingaangifte.pdf', 'application/pdf', sampleExe);
    expect(response.statusCode).toBe(400);
    expect(response.json().invalidParams[0]).toMatchObject({ name: 'file', code: 'document.type' });
    expect(await documentCount()).toBe(before);
  });

  it('refuses a file over 10 MB with a clear message', async () => {
    const big = Buffer.concat([samplePdf, Buffer.alloc(10 * 1024 * 1024 + 1)]);
    const response = await upload('groot.pdf', 'application/pdf', big);
    expect(response.statusCode).toBe(400);
    expect(response.json().invalidParams[0].code).toBe('document.too_large');
  });

  it('refuses a 20 MB JSON body', async () => {
    const response = await resident.request({ method: 'PUT', url: `/api/loket/applications/${id}/draft`, body: { revision: 0, pageId: 'aanvrager', answers: { email: 'x'.repeat(20 * 1024 * 1024) } } });
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe('request.too_large');
  });

  it('refuses evidence the regeling does not know and more files than allowed', async () => {
    expect((await upload('a.pdf', 'application/pdf', samplePdf, { evidenceId: 'paspoort-buurman' })).json().invalidParams[0].name).toBe('evidenceId');
    const results = [];
    for (let i = 0; i < 2; i++) results.push((await upload(`b${i}.pdf`, 'application/pdf', samplePdf)).statusCode);
    expect(results.at(-1)).toBe(400);
  });

  it('removes a document before sending; the resident downloads their own', async () => {
    const view = (await resident.get(`/api/loket/applications/${id}`)).json();
    const doc = view.documents[0];
    const download = await resident.get(`/api/loket/applications/${id}/documents/${doc.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe(doc.mediaType);
    expect((await resident.request({ method: 'DELETE', url: `/api/loket/applications/${id}/documents/${doc.id}` })).statusCode).toBe(204);
    expect((await resident.get(`/api/loket/applications/${id}`)).json().documents.map((d: { id: string }) => d.id)).not.toContain(doc.id);
  });
});
