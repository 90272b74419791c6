import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applications } from '../../src/server/modules/applications/applications.tables.js';
import { auditLog } from '../../src/server/modules/audit/audit.tables.js';
import { createStaff } from '../support/factories.js';
import { createFakeBrp } from '../support/registry-fake-brp.js';
import { createFakeIncomeGateway } from '../support/registry-fake-income.js';
import { createFakeKvk, kvkBasePath } from '../support/registry-fake-kvk.js';
import type { FakeRegistryServer } from '../support/registry-fake-server.js';
import { loadOpenApiContract } from '../support/registry-openapi.js';
import { specFiles, specsAvailable } from '../support/registry-specs.js';
import { installShippedRegelingen } from '../support/regelingen.js';
import { createTestApp, TestClient, type TestApp } from '../support/test-app.js';

// The app configured with the HTTP connectors (BRP_API_URL, KVK_API_URL, INCOME_API_URL) against
// the fake registries: the existing screens read through them, an unreachable BRP is a 503
// problem+json, and an application stores which registry prefilled it.

let t: TestApp;
let brp: FakeRegistryServer;
let kvk: FakeRegistryServer;
let income: FakeRegistryServer;
let consultant: TestClient;

beforeAll(async () => {
  const contract = specsAvailable ? await loadOpenApiContract(specFiles.brpOpenApi) : undefined;
  brp = await createFakeBrp({ apiKey: 'brp-key', ...(contract ? { contract, featuresDir: specFiles.brpFeatures } : {}) }).start();
  kvk = await createFakeKvk({ apiKey: 'kvk-key' }).start();
  income = await createFakeIncomeGateway({ incomes: {}, apiKey: 'gw-key' }).start();
  // The fake compiles the OpenAPI schemas on its first request; do that before the 400 ms timeout counts.
  await fetch(`${brp.url}/haalcentraal/api/brp/personen`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': 'brp-key' }, body: JSON.stringify({ type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: ['999993653'], fields: ['burgerservicenummer'] }) });
  brp.reset();
  t = await createTestApp({
    env: {
      MUNICIPALITY_CODE: '0599',
      BRP_API_URL: `${brp.url}/haalcentraal/api/brp`,
      BRP_API_KEY: 'brp-key',
      BRP_TIMEOUT_MS: '400',
      KVK_API_URL: `${kvk.url}${kvkBasePath}`,
      KVK_API_KEY: 'kvk-key',
      INCOME_API_URL: `${income.url}/gateway`,
      INCOME_API_KEY: 'gw-key',
    },
  });
  await installShippedRegelingen(t.db);
  const staff = await createStaff(t.db, { roles: ['consulent'] });
  consultant = new TestClient(t.app);
  await consultant.loginStaff(staff.username!, staff.password);
});
afterEach(() => expect(brp.violations).toEqual([]));
afterAll(async () => {
  await t.close();
  await Promise.all([brp.close(), kvk.close(), income.close()]);
});

describe('with the registry APIs configured', () => {
  it('uses the HTTP connectors and says so at start-up, without URLs or keys', () => {
    expect([t.deps.registry.source, t.deps.businessRegistry.source, t.deps.incomeRegistry.source]).toEqual(['brp-haal-centraal', 'kvk-api', 'income-gateway']);
    const line = t.logs.find((l) => l.includes('"msg":"base registries"'))!;
    expect(JSON.parse(line)).toMatchObject({ persons: 'brp-haal-centraal', businesses: 'kvk-api', income: 'income-gateway' });
    expect(t.logs.join('\n')).not.toMatch(/brp-key|kvk-key|gw-key/);
  });

  it("shows a person's file from the BRP, records a read per household member, and lists no businesses it cannot know", async () => {
    const response = await consultant.request({ method: 'POST', url: '/api/werkplek/persons/file', headers: { 'x-request-id': 'wiring-file' }, body: { bsn: '999993653', purpose: 'aanvraag' } });
    expect(response.statusCode).toBe(200);
    const file = response.json();
    expect(file.registrySource).toBe('brp-haal-centraal');
    expect(file.person).toMatchObject({ name: { full: 'Suzanne Moulin' }, address: { street: 'Boterdiep' } });
    expect(file.person.provenance).toBeUndefined();
    expect(file.household.map((m: { relation: string }) => m.relation)).toEqual(['self', 'partner', 'child', 'child', 'co-resident']);
    expect(file.businesses).toEqual([]);
    expect(await t.db.select().from(auditLog).where(eq(auditLog.requestId, 'wiring-file'))).toHaveLength(5);
    expect(kvk.requests).toHaveLength(0);
  });

  it('searches the BRP from the workspace', async () => {
    const response = await consultant.post('/api/werkplek/persons/search', { type: 'postcode-housenumber', postcode: '3077 aw', houseNumber: 31, purpose: 'vraag-inwoner' });
    expect(response.statusCode).toBe(200);
    expect(response.json().persons).toHaveLength(5);
  });

  it('answers 503 problem+json in plain language when the BRP does not answer in time', async () => {
    brp.inject({ kind: 'delay', ms: 1000 });
    const response = await consultant.post('/api/werkplek/persons/file', { bsn: '999993653', purpose: 'aanvraag' });
    expect(response.statusCode).toBe(503);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ status: 503, code: 'registry.unavailable', detail: expect.stringMatching(/^De Basisregistratie Personen is nu niet bereikbaar/) });
    brp.inject({ kind: 'reply', status: 500, contentType: 'application/problem+json', body: '{"status":500,"code":"serverError"}' });
    const english = await consultant.request({ method: 'POST', url: '/api/werkplek/persons/file', headers: { 'accept-language': 'en' }, body: { bsn: '999993653', purpose: 'aanvraag' } });
    expect(english.json().detail).toMatch(/^The Personal Records Database \(BRP\) cannot be reached/);
  });

  it('lets a resident log in and see their BRP data, and stores which registry prefilled an application', async () => {
    const resident = new TestClient(t.app);
    expect((await resident.loginResident('999993653')).statusCode).toBe(200);
    const me = (await resident.get('/api/loket/me')).json();
    expect(me).toMatchObject({ person: { bsn: '999993653' }, businesses: [] });
    expect(me.household).toHaveLength(5);

    const started = await resident.post('/api/loket/applications', { regelingId: 'energietoeslag' });
    expect(started.statusCode).toBe(201);
    const [row] = await t.db.select().from(applications).where(eq(applications.id, started.json().id));
    expect(row!.prefill).toMatchObject({ source: 'brp-haal-centraal', values: { 'person.fullName': 'Suzanne Moulin', 'household.hasPartner': true, 'household.size': 5 } });
    expect(row!.prefill.sources).toEqual([{ registry: 'persons', source: 'brp-haal-centraal', fetchedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) }]);
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'application.draft-started'));
    expect(entry!.details).toMatchObject({ registry: 'brp-haal-centraal' });
  });

  it('never logged a BSN: the scrubber found none to replace', () => {
    expect(t.logs.join('\n')).not.toMatch(/\[bsn\]|999993653/);
  });
});
