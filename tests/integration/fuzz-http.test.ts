import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readChainHead } from '../../src/server/modules/audit/audit.repository.js';
import { createStaff } from '../support/factories.js';
import { createTestApp, TestClient, type TestApp } from '../support/test-app.js';

let t: TestApp;
let staff: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  const user = await createStaff(t.db, { roles: ['consulent', 'functioneel-beheerder', 'auditor'] });
  staff = new TestClient(t.app);
  await staff.loginStaff(user.username!, user.password);
});
afterAll(() => t.close());

const endpoints = [
  '/api/auth/staff/login',
  '/api/auth/digid-test/login',
  '/api/werkplek/persons/search',
  '/api/werkplek/persons/file',
  '/api/werkplek/contact-moments',
  '/api/werkplek/audit/search',
  '/api/werkplek/staff-users',
];

// Bodies that look almost right are the interesting ones: known field names with hostile values.
const nearMiss = fc.record(
  {
    type: fc.constantFrom('bsn', 'name', 'name-birthdate', 'postcode-housenumber', 'x', ''),
    bsn: fc.oneof(fc.string(), fc.integer(), fc.constant('999993653'), fc.constant('999900007')),
    purpose: fc.oneof(fc.constantFrom('aanvraag', 'bezwaar', ''), fc.string()),
    familyName: fc.oneof(fc.string({ maxLength: 300 }), fc.constant('%_\\'), fc.constant("'; drop table audit_log; --")),
    birthDate: fc.oneof(fc.string(), fc.constant('2026-02-30'), fc.constant('9999-12-31')),
    postcode: fc.string(),
    houseNumber: fc.oneof(fc.integer(), fc.double(), fc.string()),
    username: fc.string(),
    password: fc.string(),
    roles: fc.array(fc.string()),
    limit: fc.oneof(fc.integer(), fc.string()),
    __proto__: fc.constant({ admin: true }),
  },
  { requiredKeys: [] },
);

describe('the API edge under arbitrary input', () => {
  it.each(endpoints)('%s answers 2xx or problem+json 4xx, never 5xx, and leaves the audit chain consistent', async (url) => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), nearMiss), async (body) => {
        const response = await staff.request({ method: 'POST', url, body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
        if (response.statusCode >= 500) throw new Error(`${response.statusCode} for ${JSON.stringify(body)}: ${response.body}`);
        if (response.statusCode >= 400) {
          expect(response.headers['content-type']).toContain('application/problem+json');
          expect(typeof response.json().messages.nl).toBe('string');
        }
        // The fuzzer may log us out (logout-everywhere is not in the list, but a locked account is): log in again.
        if (response.statusCode === 401 && url !== '/api/auth/staff/login' && url !== '/api/auth/digid-test/login') {
          throw new Error(`unexpected 401 for ${JSON.stringify(body)}`);
        }
      }),
      { numRuns: 60 },
    );
    const head = await readChainHead(t.db);
    expect(head.seq).toBeGreaterThan(0);
  });

  it('refuses arbitrary raw bytes as JSON with a 400', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1 }), async (raw) => {
        fc.pre(!isJson(raw));
        const response = await staff.request({ method: 'POST', url: '/api/werkplek/persons/search', body: raw, headers: { 'content-type': 'application/json' } });
        expect(response.statusCode).toBe(400);
        expect(response.json().code).toBe('request.malformed_json');
      }),
      { numRuns: 60 },
    );
  });
});

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
