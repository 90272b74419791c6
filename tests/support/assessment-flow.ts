import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { applications } from '../../src/server/modules/applications/applications.tables.js';
import { drainJobs } from './jobs.js';
import { multipartBody, samplePdf } from './multipart.js';
import type { TestApp, TestClient } from './test-app.js';

// Applying through the HTTP API as a resident (or as staff for a paper application), for the
// assessment tests: start, save every page, attach what is required, submit, co-sign.

export type Answers = Record<string, Record<string, unknown>>;

export async function attach(client: TestClient, base: string, evidenceId: string): Promise<void> {
  const body = multipartBody({ evidenceId }, { name: `${evidenceId}.pdf`, type: 'application/pdf', content: samplePdf });
  const response = await client.request({ method: 'POST', url: `${base}/documents`, headers: body.headers, body: body.payload });
  expect(response.statusCode, response.body).toBe(201);
}

async function fill(client: TestClient, base: string, draft: { revision: number; requiredEvidence: string[] }, answers: Answers): Promise<string[]> {
  let { revision, requiredEvidence } = draft;
  for (const [pageId, pageAnswers] of Object.entries(answers)) {
    const saved = await client.request({ method: 'PUT', url: `${base}/draft`, body: { revision, pageId, answers: pageAnswers } });
    expect(saved.statusCode, saved.body).toBe(200);
    ({ revision, requiredEvidence } = saved.json<{ revision: number; requiredEvidence: string[] }>());
  }
  return requiredEvidence;
}

/** A resident applies online; returns the application id and the receipt. */
export async function applyOnline(client: TestClient, regelingId: string, answers: Answers): Promise<{ id: string; receipt: { status: string; reference: string } }> {
  const started = await client.post('/api/loket/applications', { regelingId });
  expect(started.statusCode, started.body).toBe(201);
  const draft = started.json<{ id: string; revision: number; requiredEvidence: string[] }>();
  const base = `/api/loket/applications/${draft.id}`;
  for (const evidenceId of await fill(client, base, draft, answers)) await attach(client, base, evidenceId);
  const submitted = await client.post(`${base}/submit`, { declaration: true });
  expect(submitted.statusCode, submitted.body).toBe(200);
  return { id: draft.id, receipt: submitted.json() };
}

/** A consultant enters a signed paper form for the resident with this BSN. */
export async function applyOnPaper(staff: TestClient, regelingId: string, bsn: string, answers: Answers): Promise<{ id: string; receipt: { status: string; reference: string } }> {
  const started = await staff.post('/api/werkplek/applications/paper', { regelingId, bsn });
  expect(started.statusCode, started.body).toBe(201);
  const draft = started.json<{ id: string; revision: number; requiredEvidence: string[] }>();
  const base = `/api/werkplek/applications/${draft.id}`;
  for (const evidenceId of [...(await fill(staff, base, draft, answers)), 'scan']) await attach(staff, base, evidenceId);
  const submitted = await staff.post(`${base}/submit`, { declaration: true });
  expect(submitted.statusCode, submitted.body).toBe(200);
  return { id: draft.id, receipt: submitted.json() };
}

/** Runs every queued job (the assessment among them) to the end, starting the worker if needed. */
export async function runJobs(t: TestApp): Promise<void> {
  if (!t.deps.jobs.running) await t.deps.jobs.start();
  await drainJobs(t.deps);
}

/** Moves the day an application was sent (its reference date) to a case's date; before the assessment runs. */
export async function sentOn(t: TestApp, id: string, date: string): Promise<void> {
  const at = new Date(`${date}T10:00:00Z`);
  await t.db.update(applications).set({ submittedAt: at, receivedAt: at }).where(eq(applications.id, id));
}
