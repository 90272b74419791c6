import { eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applications } from '../../src/server/modules/applications/applications.tables.js';
import { assessments } from '../../src/server/modules/assessment/assessment.tables.js';
import { loadRegelingenContent } from '../../src/server/modules/regelingen/load-regelingen-content.js';
import { examplesFile, type ExampleCase } from '../../src/server/modules/regelingen/regeling-content.schema.js';
import { answersFor, buildCaseHousehold, type CaseHousehold } from '../support/case-registry.js';
import { createPerson, createStaff } from '../support/factories.js';
import { samplePdf } from '../support/multipart.js';
import { installShippedRegelingen, installTestRegeling } from '../support/regelingen.js';
import { addDemoPersona } from './support/fixtures.js';
import { expectNoAxeViolations, expectNoPageProblems, focusedElement, launchBrowser, loginAsResident, loginAsStaff, openPage, type TestPage } from './support/playwright-utils.js';
import { ApiSession, startTestServer, type TestServer } from './support/test-server.js';

// The automatic assessment as people see it. (a) A resident whose registry data are those of the
// energietoeslag example "alleenstaand-onder-grens" applies, the job grants straight through, and
// she sees the decision and "Hoe is dit berekend?" on her status page. (b) One a euro cent above the
// income limit waits in the Werkplek queue with the proposal "afwijzen"; a consultant opens it,
// sees the proposal and its reason and rejects it with a motivation, which the resident then sees.
// (c) A kwaliteitsmedewerker reviews the sampled grant (ASSESSMENT_REVIEW_SHARE=1). (d) A handover
// without a proposal can be assessed again. The wizard itself is covered by loket-aanvragen.test.ts;
// here the applications are sent through the API.

let server: TestServer;
let browser: Browser;
let current: TestPage | undefined;
let consultant: Awaited<ReturnType<typeof createStaff>>;
let reviewer: Awaited<ReturnType<typeof createStaff>>;
const granted = { household: undefined as unknown as CaseHousehold, id: '', reference: '' };
const rejected = { household: undefined as unknown as CaseHousehold, id: '', reference: '' };
const handedOver = { id: '', reference: '' };

const shipped = loadRegelingenContent('regelingen').find((r) => r.regeling.id === 'energietoeslag')!;
const version = shipped.versions.find((v) => v.meta.version === 1)!;
const cases = examplesFile.parse(JSON.parse(shipped.files[version.meta.assessment!.examples!]!)).cases;
const example = (id: string) => cases.find((c) => c.id === id)!;
const nameOf = (household: CaseHousehold) => `${household.applicant.givenNames} ${household.applicant.familyName}`;

/** A resident sends an application through the API: every page, the evidence asked for, the declaration. */
async function send(bsn: string, regelingId: string, pages: Record<string, Record<string, unknown>>): Promise<{ id: string; reference: string }> {
  const api = new ApiSession(server);
  await api.loginResident(bsn);
  const draft = await api.request<{ id: string; revision: number; requiredEvidence: string[] }>('POST', '/api/loket/applications', { regelingId });
  let { revision, requiredEvidence } = draft;
  for (const [pageId, answers] of Object.entries(pages)) {
    const saved = await api.request<{ revision: number; requiredEvidence: string[] }>('PUT', `/api/loket/applications/${draft.id}/draft`, { revision, pageId, answers });
    ({ revision, requiredEvidence } = saved);
  }
  for (const evidenceId of requiredEvidence) {
    const form = new FormData();
    form.append('evidenceId', evidenceId);
    form.append('file', new Blob([samplePdf], { type: 'application/pdf' }), `${evidenceId}.pdf`);
    await api.request('POST', `/api/loket/applications/${draft.id}/documents`, undefined, form);
  }
  const receipt = await api.request<{ reference: string; status: string }>('POST', `/api/loket/applications/${draft.id}/submit`, { declaration: true });
  expect(receipt.status).toBe('ontvangen');
  return { id: draft.id, reference: receipt.reference };
}

/** An energietoeslag application with a case's registry data and answers, dated on the case's reference date. */
async function apply(example: ExampleCase, sort: number): Promise<{ household: CaseHousehold; id: string; reference: string }> {
  const household = await buildCaseHousehold(server.db, example, { municipalityCode: server.deps.config.municipality.code, regelingId: 'energietoeslag', regelingVersion: 1, prefill: version.meta.prefill });
  await addDemoPersona(server.db, household.applicant.bsn, sort);
  const sent = await send(household.applicant.bsn, 'energietoeslag', answersFor(example, version.schema, household));
  // The parameters are those of 2022: the case is sent on its own reference date (the worker is not running yet).
  const at = new Date(`${example.referenceDate}T10:00:00Z`);
  await server.db.update(applications).set({ submittedAt: at, receivedAt: at }).where(eq(applications.id, sent.id));
  return { household, ...sent };
}

/** The status page, reloaded until the job's decision is there (as a resident would look again later). */
async function waitForDecision(page: Page, id: string): Promise<void> {
  await page.goto(`/loket/aanvragen/${id}/status`);
  await expect
    .poll(
      async () => {
        await page.getByRole('heading', { level: 1 }).waitFor();
        if (await page.getByRole('heading', { level: 2, name: 'Besluit', exact: true }).count()) return true;
        await page.reload();
        return false;
      },
      { timeout: 30_000, interval: 500 },
    )
    .toBe(true);
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer({ env: { ASSESSMENT_REVIEW_SHARE: '1' } }), launchBrowser()]);
  await installShippedRegelingen(server.db);
  consultant = await createStaff(server.db, { roles: ['consulent'], username: 'carla', displayName: 'Carla Consulent' });
  reviewer = await createStaff(server.db, { roles: ['kwaliteitsmedewerker'], username: 'kim', displayName: 'Kim Kwaliteit' });
  Object.assign(granted, await apply(example('alleenstaand-onder-grens'), 1));
  Object.assign(rejected, await apply(example('alleenstaand-een-cent-boven-grens'), 2));
  // "proef" without an assessment section: handed to a person without a proposal.
  await installTestRegeling(server.db);
  Object.assign(handedOver, await send((await createPerson(server.db)).bsn, 'proef', { aanvrager: { email: 'inwoner@voorbeeld.nl', iban: 'NL91ABNA0417164300', heeftPartner: false } }));
  // Now the assessment may run, as it would have on receipt.
  await server.deps.jobs.start();
});

afterEach(async () => {
  if (current) expectNoPageProblems(current);
  await current?.context.close();
  current = undefined;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('automatic assessment: what the resident and staff see', () => {
  it('(a) shows the resident the automatic grant, its amount and how it was calculated', async () => {
    current = await openPage(browser, server);
    const { page } = current;
    await loginAsResident(page, nameOf(granted.household));
    await waitForDecision(page, granted.id);
    const decision = page.getByRole('region', { name: 'Besluit', exact: true });
    await decision.getByText('Uw aanvraag voor Energietoeslag 2022 is goedgekeurd.').waitFor();
    await decision.getByText('U krijgt € 1.300,00.').waitFor();
    const facts = await decision.getByRole('definition').allTextContents();
    expect(facts).toContain('Toegekend');
    expect(facts).toContain('€ 1.300,00');
    expect(facts.join(' ')).toContain('De computer, met de regels van de gemeente.');

    const how = page.getByRole('region', { name: 'Hoe is dit berekend?' });
    const steps = (await how.getByRole('listitem').allTextContents()).map((s) => s.replace(/\u00a0/g, ' '));
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.at(-1)).toContain('Het bedrag is € 1.300,00.');
    await how.getByText('Bekijk de gegevens die wij hebben gebruikt').click();
    const inputs = how.getByRole('table', { name: 'Gegevens die wij hebben gebruikt voor het besluit' });
    expect(await inputs.getByRole('row', { name: /Uw netto inkomen per maand/ }).textContent()).toContain('1.100');
    expect(await inputs.getByRole('row', { name: /Uw leeftijd op de peildatum/ }).textContent()).toContain('45 jaar');
    // The timeline ends at the decision.
    expect(await page.getByRole('region', { name: 'Zo ver is uw aanvraag' }).textContent()).toMatch(/BesluitOp \d+ \w+ \d{4}/);
    await expectNoAxeViolations(page, 'loket: automatic grant with its explanation');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 3, name: 'How was this calculated?' }).waitFor();
    expect((await page.getByRole('region', { name: 'How was this calculated?' }).getByRole('listitem').allTextContents()).at(-1)?.replace(/\u00a0/g, ' ')).toContain('The amount is €1,300.00.');
    await expectNoAxeViolations(page, 'loket: automatic grant in English');
  });

  it('(b) puts the rejection proposal in the queue; the consultant decides and the resident sees it', async () => {
    await expect.poll(async () => (await server.db.select().from(assessments).where(eq(assessments.applicationId, rejected.id))).length, { timeout: 30_000 }).toBe(1);
    current = await openPage(browser, server);
    const { page } = current;
    await loginAsStaff(page, consultant.username!, consultant.password, 'Carla Consulent');
    await page.goto('/werkplek/aanvragen');
    await page.getByLabel('Voorstel').selectOption({ label: 'Voorstel: afwijzen' });
    await page.getByRole('button', { name: 'Filter toepassen' }).click();
    await expect.poll(() => page.url()).toContain('voorstel=afwijzen');
    const queue = page.getByRole('table', { name: 'Aanvragen, de eerste uiterste beslisdatum bovenaan' });
    const row = queue.getByRole('row', { name: new RegExp(rejected.reference) });
    await row.waitFor();
    expect(await row.textContent()).toContain('Voorstel: afwijzen');
    expect(await row.textContent()).toContain('hoger dan de inkomensgrens');
    expect(await queue.getByRole('link', { name: granted.reference }).count()).toBe(0);
    await expectNoAxeViolations(page, 'werkplek: queue filtered on the proposal to reject');

    await row.getByRole('link', { name: rejected.reference }).click();
    await page.getByRole('heading', { level: 1, name: `Aanvraag ${rejected.reference}` }).waitFor();
    const assessment = page.getByRole('region', { name: 'Beoordeling', exact: true });
    await assessment.getByText('Voorstel: afwijzen', { exact: true }).waitFor();
    await assessment.getByText('hoger dan de inkomensgrens', { exact: false }).first().waitFor();
    const inputs = assessment.getByRole('table', { name: 'Invoer van de beslisregels, met de bron' });
    expect(await inputs.getByRole('row', { name: /Uw inkomen volgens de registraties/ }).textContent()).toContain('Inkomen (registratie)');
    expect(await inputs.getByRole('row', { name: /Uw leeftijd op de peildatum/ }).textContent()).toContain('BRP');
    expect(await inputs.getByRole('row', { name: /Bedrag van de energietoeslag/ }).textContent()).toMatch(/Parameter.*Geldig 01-01-2022 tot en met 31-12-2022/);
    await assessment.getByText(/BRP \(personen\): bron embedded, opgevraagd op/).waitFor();
    await assessment.getByText('Bekijk hoe de beslisregels tot de uitkomst kwamen').click();
    await assessment.getByRole('table', { name: 'Beslissingen, hun uitkomst en de regels die pasten' }).getByRole('rowheader', { name: 'Redenen' }).waitFor();
    await expectNoAxeViolations(page, 'werkplek: application with the proposal to reject and its trace');

    // The proposal is filled in; a motivation is the consultant's to write.
    const form = page.getByRole('form', { name: 'Besluit nemen' });
    expect(await form.getByRole('radio', { name: 'Afwijzen' }).isChecked()).toBe(true);
    await form.getByRole('button', { name: 'Besluit opslaan' }).click();
    await form.getByRole('link', { name: 'Motivering: Vul dit veld in.' }).click();
    expect(await page.evaluate('document.activeElement?.id')).toBe('besluit-motivering');
    await expectNoAxeViolations(page, 'werkplek: decision form with an error');
    // With the keyboard only: type in the field the error link focused, Tab to the button, Enter.
    await page.keyboard.type('Uw inkomen is hoger dan de inkomensgrens van de energietoeslag.');
    await page.keyboard.press('Tab');
    expect((await focusedElement(page)).text).toBe('Besluit opslaan');
    await page.keyboard.press('Enter');
    await page.getByText('Het besluit is opgeslagen.', { exact: false }).waitFor();
    const taken = await page.getByRole('region', { name: 'Besluit', exact: true }).getByRole('definition').allTextContents();
    expect(taken).toContain('Afgewezen');
    expect(taken).toContain('Een medewerker');
    expect(await page.getByRole('form', { name: 'Besluit nemen' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'werkplek: decision taken');
    await current.context.close();

    current = await openPage(browser, server);
    await loginAsResident(current.page, nameOf(rejected.household));
    await waitForDecision(current.page, rejected.id);
    const decision = current.page.getByRole('region', { name: 'Besluit', exact: true });
    await decision.getByText('Uw aanvraag voor Energietoeslag 2022 is afgewezen.').waitFor();
    expect(await decision.getByRole('definition').allTextContents()).toContain('Een medewerker van de gemeente.');
    const steps = await current.page.getByRole('region', { name: 'Hoe is dit berekend?' }).getByRole('listitem').allTextContents();
    // The consultant's motivation first, then the model's reason, written for the resident.
    expect(steps[0]).toBe('Uw inkomen is hoger dan de inkomensgrens van de energietoeslag.');
    expect(steps[1]).toBe('Het inkomen van uw huishouden is hoger dan de inkomensgrens. Dan krijgt u geen energietoeslag.');
    await expectNoAxeViolations(current.page, 'loket: rejection by a person');
  });

  it('(c) lets a kwaliteitsmedewerker review the sampled automatic grant', async () => {
    current = await openPage(browser, server);
    const { page } = current;
    await loginAsStaff(page, reviewer.username!, reviewer.password, 'Kim Kwaliteit');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Steekproef' }).click();
    await page.getByRole('heading', { level: 1, name: 'Steekproef automatische besluiten' }).waitFor();
    const list = page.getByRole('table', { name: 'Automatisch toegekende aanvragen die nog gecontroleerd moeten worden' });
    const row = list.getByRole('row', { name: new RegExp(granted.reference) });
    expect(await row.textContent()).toContain('€ 1.300,00');
    expect(await list.textContent()).not.toContain(granted.household.applicant.bsn);
    await expectNoAxeViolations(page, 'werkplek: review sample');

    await row.getByRole('link', { name: granted.reference }).click();
    await page.getByRole('heading', { level: 1, name: `Aanvraag ${granted.reference}` }).waitFor();
    await page.getByRole('region', { name: 'Beoordeling', exact: true }).getByText('De regels hebben de aanvraag zelf toegekend.', { exact: false }).waitFor();
    const form = page.getByRole('form', { name: 'Besluit controleren' });
    await form.getByRole('radio', { name: /^Onjuist/ }).check();
    await form.getByRole('button', { name: 'Controle opslaan' }).click();
    await form.getByRole('link', { name: 'Opmerking: Schrijf wat er niet klopt, in minstens 5 tekens.' }).waitFor();
    await expectNoAxeViolations(page, 'werkplek: review form with an error');
    await form.getByRole('radio', { name: /^Akkoord/ }).check();
    await form.getByLabel('Opmerking').fill('Inkomen en leeftijd kloppen met de registraties.');
    await form.getByRole('button', { name: 'Controle opslaan' }).click();
    await page.getByText('De controle is opgeslagen.').waitFor();
    const facts = (await page.getByRole('region', { name: 'Besluit', exact: true }).getByRole('definition').allTextContents()).join(' ');
    expect(facts).toContain('Akkoord op');
    expect(facts).toContain('Inkomen en leeftijd kloppen met de registraties.');
    await expectNoAxeViolations(page, 'werkplek: grant reviewed');

    await page.goto('/werkplek/steekproef');
    await page.getByText('Er zijn geen besluiten om te controleren.').waitFor();
  });

  it('(d) offers a consultant to assess a handover again', async () => {
    await expect.poll(async () => (await server.db.select().from(assessments).where(eq(assessments.applicationId, handedOver.id))).length, { timeout: 30_000 }).toBe(1);
    current = await openPage(browser, server);
    const { page } = current;
    await loginAsStaff(page, consultant.username!, consultant.password, 'Carla Consulent');
    await page.goto('/werkplek/aanvragen?voorstel=handmatig');
    const row = page.getByRole('table').getByRole('row', { name: new RegExp(handedOver.reference) });
    expect(await row.textContent()).toContain('Beoordelen zonder voorstel');
    await row.getByRole('link', { name: handedOver.reference }).click();
    const assessment = page.getByRole('region', { name: 'Beoordeling', exact: true });
    await assessment.getByText('Deze versie van de regeling heeft geen beslisregels.', { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'werkplek: handover without a proposal');
    await assessment.getByRole('button', { name: 'Opnieuw beoordelen' }).click();
    await assessment.getByText('De beoordeling is opnieuw gestart.', { exact: false }).waitFor();
    expect(await assessment.getByRole('button', { name: 'Opnieuw beoordelen' }).isDisabled()).toBe(true);
    await expect.poll(async () => (await server.db.select().from(assessments).where(eq(assessments.applicationId, handedOver.id))).length, { timeout: 30_000 }).toBe(2);
  });
});
