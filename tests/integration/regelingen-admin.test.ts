import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog } from '../../src/server/modules/audit/audit.tables.js';
import { minimalVersion, writeRegelingFolder } from '../../src/server/modules/regelingen/content-fixture.test-helper.js';
import { loadRegelingenContent } from '../../src/server/modules/regelingen/load-regelingen-content.js';
import { syncRegelingenContent } from '../../src/server/modules/regelingen/sync-regelingen-content.js';
import { todayInAmsterdam } from '../../src/shared/forms/formats.js';
import { createPerson, createStaff } from '../support/factories.js';
import { installShippedRegelingen, installTestRegeling } from '../support/regelingen.js';
import { createTestApp, TestClient, type TestApp } from '../support/test-app.js';

// Regelingen are content: imported from files once, then managed in the Werkplek without a
// deployment — new parameter periods, new versions that are validated before they are published.

let t: TestApp;
let admin: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  await installTestRegeling(t.db);
  const staff = await createStaff(t.db, { roles: ['functioneel-beheerder'] });
  admin = new TestClient(t.app);
  await admin.loginStaff(staff.username!, staff.password);
});
afterAll(() => t.close());

const proef = async () => (await admin.get('/api/werkplek/regelingen')).json().find((r: { id: string }) => r.id === 'proef');

describe('importing content', () => {
  it('imports the three shipped regelingen with their versions and parameter periods, once', async () => {
    const first = await installShippedRegelingen(t.db);
    expect(first.importedVersions).toEqual(expect.arrayContaining(['tozo@1', 'tozo@2', 'energietoeslag@1', 'wmo-hulpmiddel@1']));
    expect(first.importedPeriods).toBeGreaterThan(10);
    const again = await installShippedRegelingen(t.db);
    expect(again).toMatchObject({ importedVersions: [], importedPeriods: 0, warnings: [] });
    const list = (await new TestClient(t.app).get('/api/regelingen')).json();
    expect(list.map((r: { id: string }) => r.id)).toEqual(expect.arrayContaining(['tozo', 'energietoeslag', 'wmo-hulpmiddel']));
    expect(list.find((r: { id: string }) => r.id === 'tozo').currentVersion.version).toBe(2);
  });

  it('keeps a published version when its file changes, and says so', async () => {
    const changed = writeRegelingFolder({ version: { meta: { ...minimalVersion.meta, label: { nl: 'Gewijzigd', en: 'Changed' } } } });
    const result = await syncRegelingenContent({ db: t.db, loaded: loadRegelingenContent(changed) });
    expect(result.warnings).toEqual([expect.stringMatching(/proef version 1 changed on disk/)]);
    expect((await proef()).versions[0].label.nl).toBe('Versie 1');
  });

  it('serves the form in English by JSON pointer', async () => {
    const form = (await new TestClient(t.app).get('/api/regelingen/proef/versions/1/form?lang=en')).json();
    expect(form.schema.properties.aanvrager.properties.email.title).toBe('Email address');
    expect(form.ui.aanvrager.email['ui:help']).toBe('We send the confirmation here.');
    expect(form.pages[0].title).toBe('About you');
  });
});

describe('parameters', () => {
  it('adds the value for a new period, which applies from its date', async () => {
    const response = await admin.post('/api/werkplek/regelingen/proef/parameters/bedrag/periods', { validFrom: '2026-07-01', value: 125.5, source: 'Besluit B&W 12 juni 2026', confirmed: true });
    expect(response.statusCode).toBe(201);
    const bedrag = (await proef()).parameters.find((p: { key: string }) => p.key === 'bedrag');
    expect(bedrag.periods.map((p: { validFrom: string }) => p.validFrom)).toEqual(['2025-01-01', '2026-07-01']);
    expect(bedrag.current.value).toBe(todayInAmsterdam() >= '2026-07-01' ? 125.5 : 100);
  });

  it('refuses a second period from the same day unless it replaces it; the old one is withdrawn, not deleted', async () => {
    const body = { validFrom: '2026-07-01', value: 130, source: 'Correctie', confirmed: false, note: 'Nog te bevestigen' };
    const conflict = await admin.post('/api/werkplek/regelingen/proef/parameters/bedrag/periods', body);
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json().invalidParams[0].name).toBe('validFrom');
    expect((await admin.post('/api/werkplek/regelingen/proef/parameters/bedrag/periods', { ...body, replace: true })).statusCode).toBe(201);
    const bedrag = (await proef()).parameters.find((p: { key: string }) => p.key === 'bedrag');
    expect(bedrag.periods.find((p: { validFrom: string }) => p.validFrom === '2026-07-01')).toMatchObject({ value: 130, confirmed: false });
    expect(await t.db.select().from(auditLog).where(eq(auditLog.action, 'regeling.parameter-period-replaced'))).toHaveLength(1);
  });

  it('refuses a negative amount, an end before the start and an unknown parameter', async () => {
    const post = (key: string, body: object) => admin.post(`/api/werkplek/regelingen/proef/parameters/${key}/periods`, { source: 'Bron', confirmed: true, ...body });
    expect((await post('bedrag', { validFrom: '2027-01-01', value: -1 })).json().invalidParams[0].name).toBe('value');
    expect((await post('bedrag', { validFrom: '2027-01-01', validTo: '2026-01-01', value: 1 })).json().invalidParams[0].name).toBe('validTo');
    expect((await post('onbekend', { validFrom: '2027-01-01', value: 1 })).statusCode).toBe(404);
  });

  it('withdraws a period with a reason', async () => {
    const period = (await admin.post('/api/werkplek/regelingen/proef/parameters/bedrag/periods', { validFrom: '2028-01-01', value: 140, source: 'Begroting 2028', confirmed: true })).json();
    const response = await admin.post(`/api/werkplek/regelingen/proef/parameters/bedrag/periods/${period.id}/withdraw`, { reason: 'Begroting niet vastgesteld' });
    expect(response.statusCode).toBe(204);
    const bedrag = (await proef()).parameters.find((p: { key: string }) => p.key === 'bedrag');
    expect(bedrag.periods.map((p: { validFrom: string }) => p.validFrom)).not.toContain('2028-01-01');
  });
});

describe('versions', () => {
  it('makes a draft as a copy, refuses invalid content with the document and field named, and publishes without a deployment', async () => {
    const created = await admin.post('/api/werkplek/regelingen/proef/versions', {});
    expect(created.json()).toEqual({ regelingId: 'proef', version: 2 });
    expect((await admin.post('/api/werkplek/regelingen/proef/versions', {})).json().code).toBe('regeling.draft_exists');
    const doc = (await admin.get('/api/werkplek/regelingen/proef/versions/2')).json();
    const { version: _version, ...meta } = doc.content.meta;
    const broken = structuredClone(doc.content.schema);
    broken.properties.aanvrager.properties.telefoon = { type: 'string', format: 'phone', title: 'Telefoonnummer' };
    const refused = await admin.request({ method: 'PUT', url: '/api/werkplek/regelingen/proef/versions/2', body: { meta, schema: broken, ui: doc.content.ui, en: doc.content.en } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().invalidParams).toEqual([expect.objectContaining({ name: 'en.schema:/properties/aanvrager/properties/telefoon/title' })]);
    const en = { ...doc.content.en, schema: { ...doc.content.en.schema, '/properties/aanvrager/properties/telefoon/title': 'Phone number' } };
    expect((await admin.request({ method: 'PUT', url: '/api/werkplek/regelingen/proef/versions/2', body: { meta: { ...meta, label: { nl: 'Versie 2', en: 'Version 2' } }, schema: broken, ui: doc.content.ui, en } })).statusCode).toBe(200);
    // A draft is not public yet, but the administrator can preview it.
    expect((await new TestClient(t.app).get('/api/regelingen/proef/versions/2/form')).statusCode).toBe(401);
    expect((await admin.get('/api/regelingen/proef/versions/2/form')).statusCode).toBe(200);
    expect((await admin.post('/api/werkplek/regelingen/proef/versions/2/publish')).json().status).toBe('gepubliceerd');
    const current = (await new TestClient(t.app).get('/api/regelingen')).json().find((r: { id: string }) => r.id === 'proef').currentVersion;
    expect(current).toMatchObject({ version: 2, label: { nl: 'Versie 2', en: 'Version 2' } });
    expect((await admin.request({ method: 'PUT', url: '/api/werkplek/regelingen/proef/versions/2', body: { meta, schema: broken, ui: doc.content.ui, en } })).json().code).toBe('regeling.version_not_editable');
  });

  it('closes a regeling for new applications when its versions are withdrawn', async () => {
    for (const v of [2, 1]) expect((await admin.post(`/api/werkplek/regelingen/proef/versions/${v}/withdraw`, { reason: 'Regeling beëindigd' })).statusCode).toBe(200);
    expect((await new TestClient(t.app).get('/api/regelingen')).json().map((r: { id: string }) => r.id)).not.toContain('proef');
    const person = await createPerson(t.db);
    const resident = new TestClient(t.app);
    await resident.loginResident(person.bsn);
    expect((await resident.post('/api/loket/applications', { regelingId: 'proef' })).json().code).toBe('application.regeling_closed');
  });
});
