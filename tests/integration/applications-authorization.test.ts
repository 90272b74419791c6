import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffRole } from '../../src/server/modules/auth/principal.js';
import { createFamily, createStaff } from '../support/factories.js';
import { installTestRegeling } from '../support/regelingen.js';
import { createTestApp, TestClient, type TestApp } from '../support/test-app.js';

// Who may call which endpoint of regelingen and applications. The check lives in the use case,
// so calling the API directly meets the same rules as the UI.

type Who = 'anonymous' | 'inwoner' | StaffRole;
const everyone: Who[] = ['anonymous', 'inwoner', 'consulent', 'kwaliteitsmedewerker', 'teamleider', 'functioneel-beheerder', 'auditor'];
const allStaff = { consulent: 200, kwaliteitsmedewerker: 200, teamleider: 200, 'functioneel-beheerder': 200, auditor: 200 } as const;

let t: TestApp;
const clients = new Map<Who, TestClient>();
let receivedId: string;
let draftId: string;
let familyBsn: string;
let dayOffset = 0;

beforeAll(async () => {
  t = await createTestApp();
  await installTestRegeling(t.db);
  const family = await createFamily(t.db, { children: 0 });
  familyBsn = family.partners[1].bsn;
  const applicant = new TestClient(t.app);
  await applicant.loginResident(family.partners[0].bsn);
  // A received application (via the paper channel, which needs no resident evidence flow) and a resident's draft.
  const staff = await createStaff(t.db, { roles: ['consulent'] });
  const entry = new TestClient(t.app);
  await entry.loginStaff(staff.username!, staff.password);
  const paper = (await entry.post('/api/werkplek/applications/paper', { regelingId: 'proef', bsn: family.partners[0].bsn })).json();
  receivedId = paper.id;
  draftId = (await applicant.post('/api/loket/applications', { regelingId: 'proef' })).json().id;
  clients.set('anonymous', new TestClient(t.app));
  const resident = new TestClient(t.app);
  await resident.loginResident(familyBsn);
  clients.set('inwoner', resident);
  for (const role of everyone.slice(2) as StaffRole[]) {
    const user = await createStaff(t.db, { roles: [role] });
    const client = new TestClient(t.app);
    await client.loginStaff(user.username!, user.password);
    clients.set(role, client);
  }
});
afterAll(() => t.close());

const matrix: { name: string; call: (c: TestClient) => Promise<{ statusCode: number }>; allowed: Partial<Record<Who, number>> }[] = [
  { name: 'GET /api/regelingen (public)', call: (c) => c.get('/api/regelingen'), allowed: { anonymous: 200, inwoner: 200, ...allStaff } },
  { name: 'GET /api/regelingen/:id/versions/:v/form (public)', call: (c) => c.get('/api/regelingen/proef/versions/1/form?lang=en'), allowed: { anonymous: 200, inwoner: 200, ...allStaff } },
  { name: 'GET /api/werkplek/regelingen', call: (c) => c.get('/api/werkplek/regelingen'), allowed: { kwaliteitsmedewerker: 200, teamleider: 200, 'functioneel-beheerder': 200 } },
  { name: 'GET /api/werkplek/regelingen/:id/versions/:v', call: (c) => c.get('/api/werkplek/regelingen/proef/versions/1'), allowed: { kwaliteitsmedewerker: 200, teamleider: 200, 'functioneel-beheerder': 200 } },
  {
    name: 'POST /api/werkplek/regelingen/:id/parameters/:key/periods',
    call: (c) => c.post('/api/werkplek/regelingen/proef/parameters/bedrag/periods', { validFrom: `2027-01-${String(++dayOffset).padStart(2, '0')}`, value: 110, source: 'Besluit B&W', confirmed: true }),
    allowed: { 'functioneel-beheerder': 201 },
  },
  { name: 'POST /api/werkplek/regelingen/:id/versions', call: (c) => c.post('/api/werkplek/regelingen/proef/versions', {}), allowed: { 'functioneel-beheerder': 201 } },
  { name: 'GET /api/loket/applications', call: (c) => c.get('/api/loket/applications'), allowed: { inwoner: 200 } },
  { name: 'POST /api/loket/applications', call: (c) => c.post('/api/loket/applications', { regelingId: 'proef' }), allowed: { inwoner: 201 } },
  // Someone else's draft: not found for the resident, refused for staff (the Mijn loket side is for residents).
  { name: 'GET /api/loket/applications/:id', call: (c) => c.get(`/api/loket/applications/${draftId}`), allowed: { inwoner: 404 } },
  { name: 'PUT /api/loket/applications/:id/draft', call: (c) => c.request({ method: 'PUT', url: `/api/loket/applications/${draftId}/draft`, body: { revision: 0, pageId: 'aanvrager', answers: {} } }), allowed: { inwoner: 404 } },
  { name: 'POST /api/loket/applications/:id/submit', call: (c) => c.post(`/api/loket/applications/${draftId}/submit`, { declaration: true }), allowed: { inwoner: 404 } },
  { name: 'GET /api/werkplek/applications', call: (c) => c.get('/api/werkplek/applications'), allowed: { consulent: 200, kwaliteitsmedewerker: 200, teamleider: 200 } },
  { name: 'POST /api/werkplek/applications/:id/open', call: (c) => c.post(`/api/werkplek/applications/${receivedId}/open`, {}), allowed: { consulent: 200, kwaliteitsmedewerker: 200, teamleider: 200 } },
  {
    name: 'POST /api/werkplek/applications/paper',
    call: (c) => c.post('/api/werkplek/applications/paper', { regelingId: 'proef', bsn: familyBsn }),
    allowed: { consulent: 201, teamleider: 201 },
  },
  {
    name: 'PUT /api/werkplek/applications/:id/draft (paper)',
    call: (c) => c.request({ method: 'PUT', url: `/api/werkplek/applications/${receivedId}/draft`, body: { revision: 0, pageId: 'aanvrager', answers: {} } }),
    allowed: { consulent: 200, teamleider: 409 },
  },
];

describe.each(matrix)('$name', ({ call, allowed }) => {
  it.each(everyone)('as %s', async (who) => {
    const response = await call(clients.get(who)!);
    const expected = allowed[who] ?? (who === 'anonymous' ? 401 : 403);
    expect(response.statusCode).toBe(expected);
  });
});
