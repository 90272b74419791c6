import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../src/server/modules/audit/audit.tables.js';
import { createBusiness, createFamily, createPerson, createStaff } from '../support/factories.js';
import { createTestApp, TestClient, type TestApp } from '../support/test-app.js';

let t: TestApp;
let consultant: TestClient;
let consultantName: string;
let family: Awaited<ReturnType<typeof createFamily>>;

beforeAll(async () => {
  t = await createTestApp();
  const staff = await createStaff(t.db, { roles: ['consulent'], displayName: 'Karim Bouzid' });
  consultantName = staff.displayName;
  consultant = new TestClient(t.app);
  await consultant.loginStaff(staff.username!, staff.password);
  family = await createFamily(t.db, { children: 2 });
  await createBusiness(t.db, family.partners[0].id, { kvkNumber: '90000123' });
});
afterAll(() => t.close());

describe('person search', () => {
  it('finds by each Haal Centraal search type', async () => {
    const [anna] = family.partners;
    const searches = [
      { type: 'bsn', bsn: anna.bsn },
      { type: 'name-birthdate', familyName: anna.familyName.toLowerCase(), birthDate: anna.birthDate },
      { type: 'postcode-housenumber', postcode: '9999 ts', houseNumber: family.address.houseNumber },
      { type: 'name', familyName: anna.familyName.slice(0, 5), givenNames: 'An' },
    ];
    for (const search of searches) {
      const response = await consultant.post('/api/werkplek/persons/search', { ...search, purpose: 'vraag-inwoner' });
      expect(response.statusCode, search.type).toBe(200);
      expect(response.json().persons.map((p: { bsn: string }) => p.bsn), search.type).toContain(anna.bsn);
    }
  });

  it('records one read per person shown, with the purpose as ground, and no BSN in the details', async () => {
    const response = await consultant.request({
      method: 'POST',
      url: '/api/werkplek/persons/search',
      headers: { 'x-request-id': 'search-1' },
      body: { type: 'postcode-housenumber', postcode: '9999TS', houseNumber: family.address.houseNumber, purpose: 'wmo-onderzoek' },
    });
    expect(response.json().persons).toHaveLength(4);
    const entries = await t.db.select().from(auditLog).where(eq(auditLog.requestId, 'search-1'));
    expect(entries.map((e) => e.subjectBsn).sort()).toEqual([...family.partners, ...family.children].map((p) => p.bsn).sort());
    expect(entries[0]!.ground).toMatch(/^wmo-onderzoek: .*Wmo 2015 art\. 2\.3\.2/);
    expect(JSON.stringify(entries.map((e) => e.details))).not.toMatch(/\d{9}/);
  });

  it('requires a purpose and validates search fields', async () => {
    const response = await consultant.post('/api/werkplek/persons/search', { type: 'postcode-housenumber', postcode: '0123', houseNumber: 0 });
    expect(response.statusCode).toBe(400);
    const names = response.json().invalidParams.map((p: { name: string }) => p.name).sort();
    expect(names).toEqual(['houseNumber', 'postcode', 'purpose']);
  });
});

describe('person file', () => {
  it('shows household, businesses and contact moments and records a read for everyone shown', async () => {
    const [anna] = family.partners;
    const response = await consultant.request({ method: 'POST', url: '/api/werkplek/persons/file', headers: { 'x-request-id': 'file-1' }, body: { bsn: anna.bsn, purpose: 'aanvraag' } });
    expect(response.statusCode).toBe(200);
    const file = response.json();
    expect(file.household.map((m: { relation: string }) => m.relation)).toEqual(['self', 'partner', 'child', 'child']);
    expect(file.businesses).toEqual([expect.objectContaining({ kvkNumber: '90000123', legalForm: 'Eenmanszaak' })]);
    expect(file.registrySource).toBe('embedded');
    const entries = await t.db.select().from(auditLog).where(eq(auditLog.requestId, 'file-1'));
    expect(entries).toHaveLength(4);
    expect(entries.find((e) => e.subjectBsn === anna.bsn)!.details.view).toBe('person-file');
  });

  it('answers 404 for a valid BSN that is not registered', async () => {
    const response = await consultant.post('/api/werkplek/persons/file', { bsn: '999993653', purpose: 'aanvraag' });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('person.not_found');
  });
});

describe('Mijn loket', () => {
  it('shows the resident their own data and who looked at it, and why', async () => {
    const [, bram] = family.partners;
    await consultant.post('/api/werkplek/persons/file', { bsn: bram.bsn, purpose: 'bezwaar' });
    const resident = new TestClient(t.app);
    await resident.loginResident(bram.bsn);
    const me = (await resident.get('/api/loket/me')).json();
    expect(me.person.bsn).toBe(bram.bsn);
    expect(me.household).toHaveLength(4);
    const log = (await resident.get('/api/loket/access-log')).json();
    expect(log[0]).toMatchObject({ staffName: consultantName, role: 'consulent', action: { nl: 'Gegevens bekeken' }, purpose: { nl: 'Uw bezwaar behandelen' } });
    const own = await t.db.select().from(auditLog).where(and(eq(auditLog.subjectBsn, bram.bsn), eq(auditLog.actorType, 'resident')));
    expect(own.map((e) => e.action)).toContain('session.login');
  });

  it('gives a resident without registry data an empty but valid answer', async () => {
    const t2 = await createTestApp();
    const person = await createPerson(t2.db);
    const resident = new TestClient(t2.app);
    await resident.loginResident(person.bsn);
    expect((await resident.get('/api/loket/me')).json().person.bsn).toBe(person.bsn);
    expect((await resident.get('/api/loket/access-log')).json()).toEqual([]);
    await t2.close();
  });
});
