import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffRole } from '../../src/server/modules/auth/principal.js';
import { createContactMoment, createPerson, createStaff, uniqueBsn } from '../support/factories.js';
import { createTestApp, TestClient, type TestApp } from '../support/test-app.js';

type Who = 'anonymous' | 'inwoner' | StaffRole;
const everyone: Who[] = ['anonymous', 'inwoner', 'consulent', 'kwaliteitsmedewerker', 'teamleider', 'functioneel-beheerder', 'auditor'];

let t: TestApp;
const clients = new Map<Who, TestClient>();
let subjectBsn: string;
let contactMomentId: string;
let otherStaffId: string;

beforeAll(async () => {
  t = await createTestApp();
  const subject = await createPerson(t.db);
  subjectBsn = subject.bsn;
  contactMomentId = (await createContactMoment(t.db, { subjectBsn })).id;
  otherStaffId = (await createStaff(t.db, { roles: ['consulent'] })).id;
  clients.set('anonymous', new TestClient(t.app));
  const resident = new TestClient(t.app);
  await resident.loginResident(subjectBsn);
  clients.set('inwoner', resident);
  for (const role of everyone.slice(2) as StaffRole[]) {
    const staff = await createStaff(t.db, { roles: [role] });
    const client = new TestClient(t.app);
    await client.loginStaff(staff.username!, staff.password);
    clients.set(role, client);
  }
});
afterAll(() => t.close());

// Expected status per role for every endpoint; the check lives in the use case, so calling
// the API directly (without the UI) meets the same rules.
const matrix: { name: string; call: (c: TestClient) => Promise<{ statusCode: number }>; allowed: Partial<Record<Who, number>> }[] = [
  { name: 'GET /api/loket/me', call: (c) => c.get('/api/loket/me'), allowed: { inwoner: 200 } },
  { name: 'GET /api/loket/access-log', call: (c) => c.get('/api/loket/access-log'), allowed: { inwoner: 200 } },
  {
    name: 'GET /api/werkplek/home',
    call: (c) => c.get('/api/werkplek/home'),
    allowed: { consulent: 200, kwaliteitsmedewerker: 200, teamleider: 200, 'functioneel-beheerder': 200, auditor: 200 },
  },
  {
    name: 'POST /api/werkplek/persons/search',
    call: (c) => c.post('/api/werkplek/persons/search', { type: 'bsn', bsn: subjectBsn, purpose: 'aanvraag' }),
    allowed: { consulent: 200, kwaliteitsmedewerker: 200, teamleider: 200 },
  },
  {
    name: 'POST /api/werkplek/persons/file',
    call: (c) => c.post('/api/werkplek/persons/file', { bsn: subjectBsn, purpose: 'aanvraag' }),
    allowed: { consulent: 200, kwaliteitsmedewerker: 200, teamleider: 200 },
  },
  {
    name: 'GET /api/werkplek/contact-moments/:id',
    call: (c) => c.get(`/api/werkplek/contact-moments/${contactMomentId}`),
    allowed: { consulent: 200, kwaliteitsmedewerker: 200, teamleider: 200 },
  },
  {
    name: 'POST /api/werkplek/contact-moments',
    call: (c) => c.post('/api/werkplek/contact-moments', { bsn: subjectBsn, channel: 'balie', topic: 'Vraag', summary: 'Kort.' }),
    allowed: { consulent: 201, teamleider: 201 },
  },
  { name: 'POST /api/werkplek/audit/search', call: (c) => c.post('/api/werkplek/audit/search', { limit: 5 }), allowed: { auditor: 200 } },
  { name: 'POST /api/werkplek/audit/verify', call: (c) => c.post('/api/werkplek/audit/verify'), allowed: { auditor: 200, 'functioneel-beheerder': 200 } },
  { name: 'GET /api/werkplek/staff-users', call: (c) => c.get('/api/werkplek/staff-users'), allowed: { 'functioneel-beheerder': 200 } },
  {
    name: 'POST /api/werkplek/staff-users',
    call: (c) =>
      c.post('/api/werkplek/staff-users', { username: `u${Math.random().toString(36).slice(2, 10)}`, displayName: 'Nieuwe Collega', roles: ['consulent'], password: 'Een-lang-wachtwoord-1' }),
    allowed: { 'functioneel-beheerder': 201 },
  },
  {
    name: 'PATCH /api/werkplek/staff-users/:id',
    call: (c) => c.patch(`/api/werkplek/staff-users/${otherStaffId}`, { team: 'Inkomen' }),
    allowed: { 'functioneel-beheerder': 200 },
  },
  // Authorization comes before the lookup: the administrator meets the missing regeling, everyone else is refused.
  {
    name: 'PUT /api/werkplek/regelingen/:id/versions/:version/files',
    call: (c) => c.request({ method: 'PUT', url: '/api/werkplek/regelingen/onbekend/versions/1/files', body: { path: 'decisions/model.dmn', content: '<definitions/>' } }),
    allowed: { 'functioneel-beheerder': 404 },
  },
  {
    name: 'POST /api/werkplek/regelingen/:id/versions/:version/examples/check',
    call: (c) => c.post('/api/werkplek/regelingen/onbekend/versions/1/examples/check'),
    allowed: { 'functioneel-beheerder': 404 },
  },
];

describe.each(matrix)('$name', ({ call, allowed }) => {
  it.each(everyone)('as %s', async (who) => {
    const response = await call(clients.get(who)!);
    const expected = allowed[who] ?? (who === 'anonymous' ? 401 : 403);
    expect(response.statusCode).toBe(expected);
  });
});

describe('refusals', () => {
  it('are problem+json and leave no trace of a read in the audit trail', async () => {
    const bsn = uniqueBsn();
    const response = await clients.get('auditor')!.post('/api/werkplek/persons/search', { type: 'bsn', bsn, purpose: 'aanvraag' });
    expect(response.statusCode).toBe(403);
    const search = await clients.get('auditor')!.post('/api/werkplek/audit/search', { subjectBsn: bsn, limit: 10 });
    expect(search.json().entries.filter((e: { action: string }) => e.action === 'person.search')).toHaveLength(0);
  });
});
