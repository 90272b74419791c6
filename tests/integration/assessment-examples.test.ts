import { and, eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications } from '../../src/server/modules/applications/applications.tables.js';
import { withAssessment, writeRegelingFolder } from '../../src/server/modules/regelingen/content-fixture.test-helper.js';
import { loadRegelingenContent, type LoadedRegeling } from '../../src/server/modules/regelingen/load-regelingen-content.js';
import { examplesFile, type ExampleCase, type VersionContent } from '../../src/server/modules/regelingen/regeling-content.schema.js';
import { regelingVersions } from '../../src/server/modules/regelingen/regelingen.tables.js';
import { syncRegelingenContent } from '../../src/server/modules/regelingen/sync-regelingen-content.js';
import { applyOnline, applyOnPaper, runJobs, sentOn } from '../support/assessment-flow.js';
import { answersFor, buildCaseHousehold } from '../support/case-registry.js';
import { createStaff } from '../support/factories.js';
import { createTestApp, TestClient, type TestApp } from '../support/test-app.js';

// Every example case of every regeling version with `assessment.examples`, run through the HTTP API:
// a resident whose registry data give the case's facts applies with the case's answers (co-signed
// where needed, or on paper for channel "papier"), the jobs run, and the assessment staff see must
// match the case's expected outcome. The shipped regelingen (./regelingen) and the test regeling
// "proef" run alike, so the machinery is proven even while no shipped version has examples.

interface Group {
  regelingId: string;
  version: VersionContent;
  cases: ExampleCase[];
}

function groupsOf(loaded: LoadedRegeling[]): Group[] {
  return loaded.flatMap((item) =>
    item.versions.flatMap((version) => {
      const file = version.meta.assessment?.examples;
      const text = file ? item.files[file] : undefined;
      return text ? [{ regelingId: item.regeling.id, version, cases: examplesFile.parse(JSON.parse(text)).cases }] : [];
    }),
  );
}

const shipped = loadRegelingenContent('regelingen');
const fixture = loadRegelingenContent(writeRegelingFolder(withAssessment()));
const shippedGroups = groupsOf(shipped);
const groups = [...shippedGroups, ...groupsOf(fixture)];

let t: TestApp;
let consultant: TestClient;
let clients = 0;
/** A resident's browser; each from its own address, as the DigiD login is rate-limited per address. */
const browser = () => new TestClient(t.app, { remoteAddress: `10.0.${Math.floor(++clients / 250)}.${clients % 250}` });

beforeAll(async () => {
  t = await createTestApp();
  await syncRegelingenContent({ db: t.db, loaded: [...shipped, ...fixture] });
  const user = await createStaff(t.db, { roles: ['consulent'] });
  consultant = new TestClient(t.app);
  await consultant.loginStaff(user.username!, user.password);
});
afterAll(() => t.close());

it('finds the example cases of the shipped regelingen (none is fine while they are being written)', () => {
  const summary = shippedGroups.map((g) => `${g.regelingId} v${g.version.meta.version}: ${g.cases.length} cases`);
  console.warn(summary.length ? `assessment examples: ${summary.join('; ')}` : 'assessment examples: no shipped regeling version has examples yet');
  expect(groups.length).toBeGreaterThan(0);
});

describe.each(groups.map((g) => ({ ...g, name: `${g.regelingId} version ${g.version.meta.version}` })))('$name', ({ regelingId, version, cases }) => {
  const number = version.meta.version;

  // New applications start under the newest published version: newer ones stand aside for this group.
  beforeAll(async () => {
    await t.db.update(regelingVersions).set({ status: 'ingetrokken' }).where(and(eq(regelingVersions.regelingId, regelingId), gt(regelingVersions.version, number)));
  });
  afterAll(async () => {
    await t.db.update(regelingVersions).set({ status: 'gepubliceerd' }).where(and(eq(regelingVersions.regelingId, regelingId), gt(regelingVersions.version, number)));
  });

  it.each(cases.map((c) => ({ ...c, name: `${c.id}: ${c.description.en}` })))('$name', async (example) => {
    // A case that failed half-way must not leave the worker running into the next case's set-up.
    await t.deps.jobs.stop();
    const household = await buildCaseHousehold(t.db, example, { municipalityCode: t.deps.config.municipality.code, regelingId, regelingVersion: number, prefill: version.meta.prefill });
    const answers = answersFor(example, version.schema, household);
    let id: string;
    if (household.channel === 'papier') {
      ({ id } = await applyOnPaper(consultant, regelingId, household.applicant.bsn, answers));
    } else {
      const resident = browser();
      await resident.loginResident(household.applicant.bsn);
      const applied = await applyOnline(resident, regelingId, answers);
      id = applied.id;
      if (applied.receipt.status === 'medeondertekening') {
        const [row] = await t.db.select().from(applications).where(eq(applications.id, id));
        const cosigner = browser();
        await cosigner.loginResident(row!.cosignerBsn!);
        const cosigned = await cosigner.post(`/api/loket/applications/${id}/cosign`, { declaration: true });
        expect(cosigned.statusCode, cosigned.body).toBe(200);
      }
    }
    // The case counts from its own reference date; the assessment has not run yet (no worker).
    await sentOn(t, id, example.referenceDate);
    await runJobs(t);
    await t.deps.jobs.stop();

    const { assessment } = (await consultant.post(`/api/werkplek/applications/${id}/open`, {})).json();
    expect(assessment, 'an assessment was stored').toBeTruthy();
    const errors = assessment.messages.filter((m: { severity: string }) => m.severity === 'error');
    expect(errors, 'the model raised no errors').toEqual([]);
    expect(assessment.status).toBe('beoordeeld');
    expect(assessment.referenceDate).toBe(example.referenceDate);
    const { expected } = example;
    expect({ eligible: assessment.eligible, route: assessment.route }).toEqual({ eligible: expected.eligible, route: expected.route });
    if (expected.amount !== undefined) expect(assessment.amount).toBeCloseTo(expected.amount, 2);
    for (const reason of expected.reasons) expect(assessment.reasons.join('\n')).toContain(reason);
  });
});
