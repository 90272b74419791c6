import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffRole } from '../../src/server/modules/auth/principal.js';
import { decisions } from '../../src/server/modules/assessment/assessment.tables.js';
import { todayInAmsterdam } from '../../src/shared/forms/formats.js';
import { applyOnline, runJobs } from '../support/assessment-flow.js';
import { buildCaseHousehold } from '../support/case-registry.js';
import { createStaff } from '../support/factories.js';
import { installAssessmentRegeling } from '../support/regelingen.js';
import { createTestApp, TestClient, type TestApp } from '../support/test-app.js';

// Who may call the endpoints of the assessment: a person's decision and a rerun (consulent,
// teamleider), the review sample (kwaliteitsmedewerker and teamleider read it, the
// kwaliteitsmedewerker records a verdict). The check is in the use cases, so the API meets it too.

type Who = 'anonymous' | 'inwoner' | StaffRole;
const everyone: Who[] = ['anonymous', 'inwoner', 'consulent', 'kwaliteitsmedewerker', 'teamleider', 'functioneel-beheerder', 'auditor'];

let t: TestApp;
const clients = new Map<Who, TestClient>();
let toDecide: string;
let toRerun: string;
let sampledDecision: string;

async function apply(income: number) {
  const household = await buildCaseHousehold(t.db, { id: 'auth', description: { nl: '-', en: '-' }, referenceDate: todayInAmsterdam(), facts: { 'income.applicantMonthlyNet': income }, answers: {}, expected: { eligible: true, route: 'automatisch', reasons: [] } }, { municipalityCode: '9999', regelingId: 'proef', regelingVersion: 1 });
  const client = new TestClient(t.app);
  await client.loginResident(household.applicant.bsn);
  return { client, ...(await applyOnline(client, 'proef', { aanvrager: { email: 'inwoner@voorbeeld.nl', iban: 'NL91ABNA0417164300', heeftPartner: false } })) };
}

beforeAll(async () => {
  t = await createTestApp({ env: { ASSESSMENT_REVIEW_SHARE: '1' } });
  await installAssessmentRegeling(t.db);
  const granted = await apply(900);
  toDecide = (await apply(2000)).id;
  toRerun = (await apply(2500)).id;
  await runJobs(t);
  sampledDecision = (await t.db.select().from(decisions).where(eq(decisions.applicationId, granted.id)))[0]!.id;
  clients.set('anonymous', new TestClient(t.app));
  clients.set('inwoner', granted.client);
  for (const role of everyone.slice(2) as StaffRole[]) {
    const user = await createStaff(t.db, { roles: [role] });
    const client = new TestClient(t.app);
    await client.loginStaff(user.username!, user.password);
    clients.set(role, client);
  }
});
afterAll(() => t.close());

const matrix: { name: string; call: (c: TestClient) => Promise<{ statusCode: number }>; allowed: Partial<Record<Who, number>> }[] = [
  // The first allowed role decides; the second is allowed too, and finds it decided.
  {
    name: 'POST /api/werkplek/applications/:id/decision',
    call: (c) => c.post(`/api/werkplek/applications/${toDecide}/decision`, { outcome: 'afgewezen', motivation: 'Het inkomen is hoger dan de grens.' }),
    allowed: { consulent: 201, teamleider: 409 },
  },
  { name: 'POST /api/werkplek/applications/:id/assessment/rerun', call: (c) => c.post(`/api/werkplek/applications/${toRerun}/assessment/rerun`, {}), allowed: { consulent: 202, teamleider: 202 } },
  { name: 'GET /api/werkplek/reviews', call: (c) => c.get('/api/werkplek/reviews'), allowed: { kwaliteitsmedewerker: 200, teamleider: 200 } },
  { name: 'POST /api/werkplek/reviews/:decisionId', call: (c) => c.post(`/api/werkplek/reviews/${sampledDecision}`, { verdict: 'akkoord' }), allowed: { kwaliteitsmedewerker: 201 } },
  { name: 'GET /api/werkplek/applications?proposal=afwijzen', call: (c) => c.get('/api/werkplek/applications?proposal=afwijzen'), allowed: { consulent: 200, kwaliteitsmedewerker: 200, teamleider: 200 } },
];

describe.each(matrix)('$name', ({ call, allowed }) => {
  it.each(everyone)('as %s', async (who) => {
    const response = await call(clients.get(who)!);
    const expected = allowed[who] ?? (who === 'anonymous' ? 401 : 403);
    expect(response.statusCode).toBe(expected);
  });
});
