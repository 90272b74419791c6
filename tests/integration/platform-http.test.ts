import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../support/test-app.js';
import { createStaff } from '../support/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('health, metrics and OpenAPI', () => {
  it('reports live and ready with the database kind', async () => {
    expect((await t.app.inject('/health/live')).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject('/health/ready');
    expect(ready.statusCode).toBe(200);
    expect(ready.json().database).toBe(process.env.DATABASE_URL ? 'postgres' : 'pglite');
  });

  it('reports not ready as problem+json when the database is gone', async () => {
    const broken = await createTestApp();
    await broken.deps.database.close();
    const response = await broken.app.inject('/health/ready');
    expect(response.statusCode).toBe(503);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().code).toBe('health.database_unavailable');
    await broken.app.close();
  });

  it('serves Prometheus metrics including request durations by route template', async () => {
    await t.app.inject('/api/config');
    const response = await t.app.inject('/metrics');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('eenloket_http_request_duration_seconds_bucket');
    expect(response.body).toMatch(/route="\/api\/config"/);
    expect(response.body).toContain('eenloket_process_cpu_seconds_total');
  });

  it('publishes an OpenAPI 3.1 document with every API route and a docs page', async () => {
    const doc = (await t.app.inject('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    for (const path of ['/api/auth/session', '/api/auth/staff/login', '/api/werkplek/persons/search', '/api/loket/access-log', '/health/ready']) {
      expect(Object.keys(doc.paths), path).toContain(path);
    }
    expect(doc.components.schemas.Problem).toBeDefined();
    const docs = await t.app.inject('/api/docs');
    expect([200, 302]).toContain(docs.statusCode);
  });

  it('echoes a safe x-request-id and replaces an unsafe one', async () => {
    const kept = await t.app.inject({ url: '/health/live', headers: { 'x-request-id': 'abc-123' } });
    expect(kept.headers['x-request-id']).toBe('abc-123');
    const replaced = await t.app.inject({ url: '/health/live', headers: { 'x-request-id': 'bad id<script>' } });
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('bad input gets problem+json', () => {
  it('malformed JSON', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/staff/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": "x", ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ status: 400, code: 'request.malformed_json' });
    expect(response.json().messages.en).toMatch(/JSON/);
  });

  it('unknown fields, named per field, in Dutch and English', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/staff/login', payload: { username: 'a', password: 'b', isAdmin: true } });
    expect(response.statusCode).toBe(400);
    const problem = response.json();
    expect(problem.code).toBe('validation.invalid');
    expect(problem.invalidParams).toEqual([
      expect.objectContaining({ name: 'isAdmin', code: 'unknown_field', messages: { nl: expect.stringMatching(/onbekend/), en: expect.stringMatching(/unknown/) } }),
    ]);
    expect(problem.detail).toBe(problem.messages.nl);
  });

  it('answers in English when the client prefers it', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/digid-test/login', headers: { 'accept-language': 'en-GB,en;q=0.9,nl;q=0.5' }, payload: { bsn: '999900007' } });
    expect(response.statusCode).toBe(400);
    const problem = response.json();
    expect(problem.title).toBe('Invalid input');
    expect(problem.invalidParams[0]).toMatchObject({ name: 'bsn', code: 'bsn.elfproef', reason: 'This BSN does not exist. Please check the digits.' });
  });

  it('an invalid BSN fails the elfproef with a plain Dutch message', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/digid-test/login', payload: { bsn: '010008579' } });
    expect(response.json().invalidParams[0]).toMatchObject({ name: 'bsn', code: 'bsn.elfproef', reason: 'Dit BSN bestaat niet. Controleer de cijfers.' });
  });

  it('missing required fields', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/staff/login', payload: {} });
    expect(response.json().invalidParams.map((p: { name: string; code: string }) => [p.name, p.code])).toEqual([
      ['username', 'required'],
      ['password', 'required'],
    ]);
  });

  it('wrong content type', async () => {
    for (const contentType of ['text/plain', 'application/xml', 'application/x-www-form-urlencoded']) {
      const response = await t.app.inject({ method: 'POST', url: '/api/auth/staff/login', headers: { 'content-type': contentType }, payload: 'username=a' });
      expect(response.statusCode, contentType).toBe(415);
      expect(response.json().code).toBe('request.unsupported_media_type');
    }
  });

  it('oversized body', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/staff/login', payload: { username: 'x'.repeat(2 * 1024 * 1024), password: 'y' } });
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe('request.too_large');
  });

  it('unknown API route', async () => {
    const response = await t.app.inject('/api/nope');
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('route.not_found');
  });

  it('sends no-store and security headers on API responses', async () => {
    const response = await t.app.inject('/api/config');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['cross-origin-opener-policy']).toBe('same-origin');
    // Also on errors, and the same headers every time (the middleware is built once).
    const missing = await t.app.inject('/api/nope');
    expect(missing.headers['content-security-policy']).toBe(response.headers['content-security-policy']);
  });
});

describe('logs', () => {
  it('carry the request id and never a BSN, password or cookie', async () => {
    const staff = await createStaff(t.db, { roles: ['consulent'] });
    const client = new TestClient(t.app);
    await client.loginStaff(staff.username!, staff.password);
    await client.post('/api/werkplek/persons/search', { type: 'bsn', bsn: '999993653', purpose: 'aanvraag' });
    await t.app.inject({ url: '/api/loket/me?bsn=999993653', headers: { 'x-request-id': 'trace-me-1' } });
    t.deps.logger.info({ bsn: '123456782', nested: { note: 'klant 999993653 belde' } }, 'explicit test line with 999993653');
    const all = t.logs.join('\n');
    expect(all).toContain('trace-me-1');
    expect(all).not.toContain('999993653');
    expect(all).not.toContain('123456782');
    expect(all).not.toContain(staff.password);
    expect(all).not.toContain(client.cookie!.split('=')[1]);
    expect(all).toContain('[bsn]');
  });
});
