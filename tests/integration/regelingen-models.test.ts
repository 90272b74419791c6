import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffRole } from '../../src/server/modules/auth/principal.js';
import { auditLog } from '../../src/server/modules/audit/audit.tables.js';
import { proefExamples, proefModelXml } from '../../src/server/modules/regelingen/assessment-fixture.test-helper.js';
import { regelingVersions } from '../../src/server/modules/regelingen/regelingen.tables.js';
import { createPerson, createStaff } from '../support/factories.js';
import { installAssessmentRegeling } from '../support/regelingen.js';
import { createTestApp, TestClient, type TestApp } from '../support/test-app.js';

// The functional administrator changes a version's decision model (made in a DMN modeler) and its
// example cases in the Werkplek, tests the cases, and publishes only when every case holds.

let t: TestApp;
let admin: TestClient;
const model = 'decisions/beoordeling.dmn';
const examples = 'examples/beoordeling.json';
const base = '/api/werkplek/regelingen/proef/versions';
// A changed policy: twice the amount per child. The case with two children now gets 200, not 150.
const changedModel = proefModelXml.replace('Basisbedrag + Kinderen * Kindbedrag', 'Basisbedrag + Kinderen * Kindbedrag * 2');
const putFile = (client: TestClient, version: number, path: string, content: string) => client.request({ method: 'PUT', url: `${base}/${version}/files`, body: { path, content } });
const check = (client: TestClient, version: number) => client.post(`${base}/${version}/examples/check`);
const files = async (version: number) => (await admin.get(`${base}/${version}`)).json<{ files: Record<string, string> }>().files;

beforeAll(async () => {
  t = await createTestApp();
  await installAssessmentRegeling(t.db);
  const staff = await createStaff(t.db, { roles: ['functioneel-beheerder'] });
  admin = new TestClient(t.app);
  await admin.loginStaff(staff.username!, staff.password);
});
afterAll(() => t.close());

describe('a published version', () => {
  it('runs its example cases: each with expected and actual outcome', async () => {
    const response = await check(admin, 1);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ regelingId: 'proef', version: 1, model, examples, passed: true, problems: [] });
    expect(body.cases).toHaveLength(proefExamples.cases.length);
    expect(body.cases[1]).toEqual({
      id: 'toekenning-kinderen',
      description: { nl: 'Alleenstaande ouder met twee kinderen', en: 'Single parent with two children' },
      expected: { eligible: true, amount: 150, route: 'automatisch', reasons: [] },
      actual: { eligible: true, amount: 150, route: 'automatisch', reasons: [] },
      passed: true,
      problems: [],
    });
  });

  it('cannot have a file replaced (409)', async () => {
    const response = await putFile(admin, 1, model, changedModel);
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('regeling.version_not_editable');
    expect((await files(1))[model]).toBe(proefModelXml);
  });

  it('404 for a version that does not exist', async () => {
    expect((await check(admin, 9)).statusCode).toBe(404);
    expect((await putFile(admin, 9, model, changedModel)).statusCode).toBe(404);
  });
});

describe('a draft version', () => {
  it('takes a changed model; the examples then show the case that no longer holds, and publishing is refused', async () => {
    expect((await admin.post(base, {})).json()).toEqual({ regelingId: 'proef', version: 2 });
    const [before] = await t.db.select().from(regelingVersions).where(and(eq(regelingVersions.regelingId, 'proef'), eq(regelingVersions.version, 2)));
    const response = await putFile(admin, 2, model, changedModel);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ regelingId: 'proef', version: 2, path: model, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect((await files(2))[model]).toBe(changedModel);
    const [after] = await t.db.select().from(regelingVersions).where(and(eq(regelingVersions.regelingId, 'proef'), eq(regelingVersions.version, 2)));
    expect(after!.contentHash).not.toBe(before!.contentHash);
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'regeling.version-file-updated'));
    expect(entry!.details).toMatchObject({ regeling: 'proef', version: 2, path: model, hash: after!.contentHash });

    const result = (await check(admin, 2)).json();
    expect(result.passed).toBe(false);
    expect(result.cases.filter((c: { passed: boolean }) => !c.passed)).toEqual([
      expect.objectContaining({ id: 'toekenning-kinderen', actual: expect.objectContaining({ amount: 200 }), problems: [{ nl: 'Het bedrag is €\u00a0200,00, verwacht was €\u00a0150,00.', en: 'The amount is €200.00, expected €150.00.' }] }),
    ]);

    const refused = await admin.post(`${base}/2/publish`);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().invalidParams).toEqual([
      expect.objectContaining({ name: 'examples.toekenning-kinderen', code: 'regeling.example_failed', messages: { nl: 'Het bedrag is €\u00a0200,00, verwacht was €\u00a0150,00.', en: 'The amount is €200.00, expected €150.00.' } }),
    ]);
  });

  it('refuses a model that is not valid XML, saying why, and keeps the file as it was', async () => {
    const response = await putFile(admin, 2, model, changedModel.slice(0, 2000));
    expect(response.statusCode).toBe(400);
    const problem = response.json();
    expect(problem.code).toBe('regeling.file_invalid');
    expect(problem.invalidParams[0]).toMatchObject({ name: 'content', code: 'regeling.model_invalid', messages: { nl: expect.stringMatching(/^Het beslismodel kan niet worden gelezen: /) } });
    expect((await files(2))[model]).toBe(changedModel);
  });

  it('refuses a FEEL error and names the decision, the rule and the expression', async () => {
    const response = await putFile(admin, 2, model, proefModelXml.replace('Basisbedrag + Kinderen * Kindbedrag', 'Basisbedrag + * Kindbedrag'));
    expect(response.statusCode).toBe(400);
    const [first] = response.json().invalidParams;
    expect(first.name).toBe('content');
    expect(first.messages.en).toMatch(/^Error in the decision model: "Bedrag".*rule 1.*expression `Basisbedrag \+ \* Kindbedrag`/);
  });

  it('refuses a model without a decision the assessment reads, or with an input it does not fill', async () => {
    const renamed = await putFile(admin, 2, model, proefModelXml.replaceAll('Behandeling', 'Afhandeling'));
    expect(renamed.json().invalidParams).toEqual([expect.objectContaining({ code: 'regeling.model_decision_missing', messages: expect.objectContaining({ en: expect.stringContaining('"Behandeling"') }) })]);
    const extra = proefModelXml.replace('<inputData id="Leeftijd"', '<inputData id="Vermogen" name="Vermogen"><variable name="Vermogen" typeRef="number"/></inputData><inputData id="Leeftijd"');
    expect((await putFile(admin, 2, model, extra)).json().invalidParams).toEqual([expect.objectContaining({ code: 'regeling.model_input_unknown' })]);
  });

  it('refuses an examples file that is not JSON or does not match the schema, naming the field', async () => {
    const notJson = await putFile(admin, 2, examples, '{ "cases": [');
    expect(notJson.json().invalidParams[0]).toMatchObject({ name: 'content', code: 'regeling.examples_invalid', messages: { nl: expect.stringMatching(/^Dit is geen geldige JSON/) } });
    const broken = structuredClone(proefExamples) as { cases: { expected: Record<string, unknown> }[] };
    delete broken.cases[0]!.expected.route;
    expect((await putFile(admin, 2, examples, JSON.stringify(broken))).json().invalidParams).toEqual([
      expect.objectContaining({ name: 'content.cases.0.expected.route', messages: { nl: 'cases.0.expected.route: Dit veld is verplicht.', en: 'cases.0.expected.route: This field is required.' } }),
    ]);
  });

  it('refuses a file that is not a model or examples file of the version, and one that is too large', async () => {
    const other = await putFile(admin, 2, 'decisions/ander.dmn', proefModelXml);
    expect(other.statusCode).toBe(400);
    expect(other.json().invalidParams).toEqual([expect.objectContaining({ name: 'path', code: 'regeling.file_not_replaceable', messages: expect.objectContaining({ en: expect.stringContaining(model) }) })]);
    expect((await putFile(admin, 2, 'letters/toekenning.md', 'Tekst')).json().invalidParams[0].name).toBe('path');
    expect((await putFile(admin, 2, '../../etc/passwd.json', '{}')).statusCode).toBe(400);
    const tooLarge = await putFile(admin, 2, model, `${proefModelXml}${' '.repeat(1_000_001 - proefModelXml.length)}`);
    expect(tooLarge.statusCode).toBe(400);
    expect(tooLarge.json().invalidParams[0].name).toBe('content');
  });

  it('publishes once the examples are brought in line with the changed model', async () => {
    const fixed = structuredClone(proefExamples);
    fixed.cases[1]!.expected.amount = 200;
    expect((await putFile(admin, 2, examples, JSON.stringify(fixed, null, 2))).statusCode).toBe(200);
    expect((await check(admin, 2)).json()).toMatchObject({ passed: true, problems: [] });
    expect((await admin.post(`${base}/2/publish`)).json()).toMatchObject({ version: 2, status: 'gepubliceerd' });
    expect((await files(2))[model]).toBe(changedModel);
    expect((await t.db.select().from(auditLog).where(eq(auditLog.action, 'regeling.version-file-updated'))).map((e) => (e.details as { path: string }).path)).toEqual([model, examples]);
  });

  it('publishes a draft whose changed model is put back to the original', async () => {
    expect((await admin.post(base, {})).json().version).toBe(3);
    expect((await putFile(admin, 3, model, proefModelXml)).statusCode).toBe(200);
    expect((await check(admin, 3)).json().cases.find((c: { id: string }) => c.id === 'toekenning-kinderen')).toMatchObject({ passed: false, actual: { amount: 150 } });
    expect((await admin.post(`${base}/3/publish`)).statusCode).toBe(400);
    const original = JSON.stringify(proefExamples, null, 2);
    expect((await putFile(admin, 3, examples, original)).statusCode).toBe(200);
    expect((await admin.post(`${base}/3/publish`)).statusCode).toBe(200);
  });
});

describe('who may', () => {
  const refused: (StaffRole | 'inwoner' | 'anonymous')[] = ['anonymous', 'inwoner', 'consulent', 'kwaliteitsmedewerker', 'teamleider', 'auditor'];
  const clients = new Map<string, TestClient>();

  beforeAll(async () => {
    expect((await admin.post(base, {})).json().version).toBe(4);
    clients.set('anonymous', new TestClient(t.app));
    const resident = new TestClient(t.app);
    await resident.loginResident((await createPerson(t.db)).bsn);
    clients.set('inwoner', resident);
    for (const role of refused.slice(2) as StaffRole[]) {
      const staff = await createStaff(t.db, { roles: [role] });
      const client = new TestClient(t.app);
      await client.loginStaff(staff.username!, staff.password);
      clients.set(role, client);
    }
  });

  it.each(refused)('refuses %s to replace a file or run the examples', async (who) => {
    const status = who === 'anonymous' ? 401 : 403;
    expect((await putFile(clients.get(who)!, 4, model, changedModel)).statusCode).toBe(status);
    expect((await check(clients.get(who)!, 4)).statusCode).toBe(status);
    expect((await check(clients.get(who)!, 1)).statusCode).toBe(status);
  });

  it('left the draft unchanged', async () => {
    expect((await files(4))[model]).toBe(proefModelXml);
  });
});
