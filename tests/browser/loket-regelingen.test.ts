import { randomUUID } from 'node:crypto';
import { and, eq, ne } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applicationEvents, applications } from '../../src/server/modules/applications/applications.tables.js';
import { createBusiness, createFamily, createPerson } from '../support/factories.js';
import { samplePng } from '../support/multipart.js';
import { installShippedRegelingen } from '../support/regelingen.js';
import { addDemoPersona } from './support/fixtures.js';
import { afterTwoFrames, expectNoAxeViolations, expectNoPageProblems, focusedElement, launchBrowser, loginAsResident, openPage, type TestPage } from './support/playwright-utils.js';
import { startTestServer, type TestServer } from './support/test-server.js';

// The energy allowance with the keyboard only, a Wmo aid with conditional questions and optional
// evidence, and a Tozo 2 verlenging that takes over the answers of a Tozo 1 application.

let server: TestServer;
let browser: Browser;
let current: TestPage | undefined;
let single: Awaited<ReturnType<typeof createPerson>>;
let entrepreneur: Awaited<ReturnType<typeof createFamily>>;
let tozo1Id: string;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  await installShippedRegelingen(server.db);
  single = await createPerson(server.db, { givenNames: 'Fatima', familyName: 'Yilmaz', birthDate: '1958-02-11' });
  await addDemoPersona(server.db, single.bsn, 1);
  entrepreneur = await createFamily(server.db, { children: 0 });
  await createBusiness(server.db, entrepreneur.partners[0].id);
  await addDemoPersona(server.db, entrepreneur.partners[0].bsn, 2);
  tozo1Id = await insertTozo1Application(entrepreneur.partners[0].bsn);
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

/**
 * The published Tozo version is 2, so a Tozo 1 application cannot be made through the API any more.
 * It is put in the database as the import of an earlier, received application would leave it.
 */
async function insertTozo1Application(bsn: string): Promise<string> {
  const id = randomUUID();
  const submittedAt = new Date('2020-04-02T09:30:00Z');
  await server.db.insert(applications).values({
    id,
    reference: '2020-000042',
    regelingId: 'tozo',
    regelingVersion: 1,
    applicantBsn: bsn,
    channel: 'digitaal',
    status: 'ontvangen',
    data: {
      aanvrager: { email: 'eerder@voorbeeld.nl', telefoon: '0612345678', iban: 'NL91ABNA0417164300' },
      huishouden: { aantalKinderen: 0 },
      bedrijf: { urencriterium: true, gevestigdInNederland: true, hoofdinkomen: true, gestartOpInschrijfdatum: true },
      periode: { maanden: ['2020-04', '2020-05'], winstApril: 0, winstMei: 150 },
      inkomen: { anderInkomen: false },
    },
    prefill: { source: 'embedded', fetchedAt: submittedAt.toISOString(), values: {} },
    currentPage: null,
    submittedAt,
    receivedAt: submittedAt,
    decisionTermWeeks: 4,
    decisionDue: '2020-04-30',
  });
  await server.db.insert(applicationEvents).values([
    { applicationId: id, type: 'verstuurd', occurredAt: submittedAt, actorType: 'resident', actorId: null, details: {} },
    { applicationId: id, type: 'ontvangen', occurredAt: submittedAt, actorType: 'resident', actorId: null, details: { decisionDue: '2020-04-30' } },
  ]);
  return id;
}

const fatima = () => `${single.givenNames} ${single.familyName}`;
const group = (page: Page, name: string | RegExp) => page.getByRole('group', { name });
const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();
const next = (page: Page) => page.getByRole('button', { name: 'Volgende' }).click();

/** Presses Tab until the focused element matches; every stop must show a focus indicator. */
async function tabTo(page: Page, matches: (el: Awaited<ReturnType<typeof focusedElement>>) => boolean, max = 30) {
  await afterTwoFrames(page);
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const el = await focusedElement(page);
    expect(el.outline, `focus indicator on ${el.tag} #${el.id}`).not.toBe('none');
    if (matches(el)) return;
  }
  throw new Error('focus target not reached');
}

async function startApplication(page: Page, regeling: string | RegExp, firstPage: string) {
  await page.goto('/loket/regelingen');
  await page.getByRole('link', { name: regeling }).click();
  await page.getByRole('button', { name: 'Aanvraag starten' }).click();
  await heading(page, firstPage);
}

async function send(page: Page) {
  await heading(page, 'Controleren en versturen');
  await page.getByLabel('Ik verklaar dat ik alles naar waarheid en volledig heb ingevuld.').check();
  await page.getByRole('button', { name: 'Aanvraag versturen' }).click();
  await heading(page, 'Uw aanvraag is verstuurd');
}

describe('regelingen in Mijn loket', () => {
  it('applies for the energy allowance with the keyboard only', async () => {
    current = await openPage(browser, server);
    const { page } = current;
    await loginAsResident(page, fatima());
    await page.goto('/loket');
    await page.getByRole('link', { name: 'Bekijk de regelingen' }).click();
    await heading(page, 'Regelingen');
    await startApplication(page, 'Energietoeslag 2022', 'Uw gegevens');

    // Step 1 without a mouse: Tab to each field, type, Enter sends the page.
    await tabTo(page, (el) => el.id === 'aanvrager_email');
    await page.keyboard.type('fatima@voorbeeld.nl');
    await page.keyboard.press('Tab');
    expect((await focusedElement(page)).id).toBe('aanvrager_telefoon');
    await page.keyboard.type('0201234567');
    await page.keyboard.press('Tab');
    await page.keyboard.type('NL91 ABNA 0417 1643 00');
    await page.keyboard.press('Enter');
    await heading(page, 'Uw huishouden');

    // Step 2: radio groups with the arrow keys (the first arrow press chooses the second option).
    expect(await page.locator('#huishouden_aantalPersonen').textContent()).toContain('1');
    await tabTo(page, (el) => el.id === 'huishouden_samenwonend');
    await page.keyboard.press('ArrowDown');
    expect(await group(page, 'Woont u samen met een partner?').getByLabel('Nee').isChecked()).toBe(true);
    await tabTo(page, (el) => el.id === 'huishouden_aantalPersonenKlopt');
    await page.keyboard.press('Space');
    await tabTo(page, (el) => el.id === 'huishouden_alAangevraagd');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, (el) => el.text === 'Volgende');
    await page.keyboard.press('Enter');
    await heading(page, 'Uw inkomen');
    await expectNoAxeViolations(page, 'loket: energietoeslag income');

    await page.getByLabel('Hoeveel krijgt u gemiddeld netto per maand?').fill('1.100,00');
    await group(page, 'Waar komt uw inkomen vandaan?').getByLabel('AOW').check();
    await group(page, /Krijgt u nog ander geld/).getByLabel('Nee').check();
    await next(page);
    // No partner: the partner's income page does not apply; evidence comes next.
    await heading(page, 'Bewijsstukken');
    await page.getByText('Stap 4 van 5').waitFor();
    await page.locator('#bewijs-inkomensbewijs').setInputFiles({ name: 'aow.png', mimeType: 'image/png', buffer: samplePng });
    await page.getByRole('link', { name: 'aow.png' }).waitFor();
    // The optional bank statement says so.
    await page.getByRole('heading', { name: 'Een afschrift van uw bankrekening (niet verplicht)', exact: true }).waitFor();
    await next(page);
    // Wait for the summary itself: the evidence page also has a region whose name contains "uw inkomen".
    await heading(page, 'Controleren en versturen');
    expect(await page.getByRole('region', { name: 'Uw inkomen', exact: true }).textContent()).toContain('€ 1.100,00');
    await send(page);
    await page.getByText(/U krijgt uiterlijk op \d+ \w+ \d{4} ons besluit\./).waitFor();
  });

  it('applies for a Wmo aid: conditional questions, optional evidence, status', async () => {
    current = await openPage(browser, server);
    const { page } = current;
    await loginAsResident(page, fatima());
    await startApplication(page, 'Hulpmiddel voor thuis (Wmo)', 'Uw gegevens');
    await page.getByLabel('Telefoonnummer').fill('06 87654321');
    await group(page, 'Mogen wij u bellen over uw aanvraag?').getByLabel('Ja').check();
    await group(page, 'Wanneer kunnen wij u het beste bellen?').getByLabel('In de ochtend').check();
    // E-mail becomes required only when messages go by e-mail.
    await group(page, 'Hoe wilt u berichten van ons krijgen?').getByLabel('Per e-mail').check();
    await next(page);
    await page.getByRole('link', { name: /E-mailadres \(niet verplicht\): Dit veld is verplicht\./ }).waitFor();
    await group(page, 'Hoe wilt u berichten van ons krijgen?').getByLabel('Per brief').check();
    await expectNoAxeViolations(page, 'loket: wmo contact with a conditional group');
    await next(page);

    await heading(page, 'Het hulpmiddel');
    await group(page, 'Welk hulpmiddel heeft u nodig?').getByLabel('Iets anders').check();
    await page.getByLabel('Welk hulpmiddel bedoelt u?').fill('Een tillift');
    await page.getByLabel('Wat lukt u niet meer, of alleen met veel moeite?').fill('Ik kom moeilijk uit bed.');
    await group(page, 'Sinds wanneer heeft u hier moeite mee?').getByLabel('Langer dan 1 jaar').check();
    await group(page, 'Hoe lang denkt u het hulpmiddel nodig te hebben?').getByLabel('Langer dan 6 maanden, of altijd').check();
    await group(page, 'Heeft u dit hulpmiddel al?').getByLabel('Nee').check();
    await next(page);

    await heading(page, 'Uw situatie thuis');
    await group(page, 'Met wie woont u?').getByLabel('Ik woon alleen').check();
    await group(page, 'Wat voor woning heeft u?').getByLabel('Ik huur van een woningcorporatie').check();
    await group(page, /Moet u in huis een trap op/).getByLabel('Nee').check();
    await group(page, /Helpt iemand u regelmatig/).getByLabel('Nee').check();
    await group(page, /Heeft u al geprobeerd dit zelf op te lossen/).getByLabel('Nee').check();
    await next(page);

    await heading(page, 'Toestemming');
    await group(page, /Mogen wij uw huisarts/).getByLabel('Nee, dat wil ik niet').check();
    await next(page);

    // Only an optional document: going on without one is fine.
    await heading(page, 'Bewijsstukken');
    await next(page);
    expect(await page.getByRole('region', { name: 'Het hulpmiddel', exact: true }).textContent()).toContain('Een tillift');
    await send(page);
    await page.getByRole('link', { name: 'Bekijk de status' }).click();
    await heading(page, 'Hulpmiddel voor thuis (Wmo)');
    expect(await page.locator('[aria-current="step"]').count()).toBe(0);
    await page.getByText('Wij hebben op dit moment geen vragen voor u.').waitFor();
    await page.getByText('Bekijk uw antwoorden').click();
    await page.getByText('Ik kom moeilijk uit bed.').waitFor();
    await expectNoAxeViolations(page, 'loket: wmo status with answers shown');

    const sent = await server.db.select().from(applications).where(and(eq(applications.applicantBsn, single.bsn), ne(applications.status, 'concept')));
    expect(sent.map((a) => a.regelingId).sort()).toEqual(['energietoeslag', 'wmo-hulpmiddel']);
  });

  it('requests a Tozo 2 verlenging with the answers of Tozo 1 filled in to confirm or change', async () => {
    current = await openPage(browser, server);
    const { page } = current;
    await loginAsResident(page, `${entrepreneur.partners[0].givenNames} ${entrepreneur.partners[0].familyName}`);
    await page.goto('/loket/aanvragen');
    await page.getByRole('table', { name: 'Verstuurde aanvragen' }).getByText('2020-000042').waitFor();
    await expectNoAxeViolations(page, 'loket: my applications with a sent application');
    await page.getByRole('link', { name: /^Tozo/ }).click();
    await heading(page, /^Tozo/);
    await page.getByRole('heading', { name: 'Verlenging van uw Tozo 1' }).waitFor();
    await expectNoAxeViolations(page, 'loket: status with a verlenging');
    await page.getByRole('button', { name: 'Verlenging aanvragen' }).click();

    await heading(page, 'Uw gegevens');
    await page.getByText('Dit is een verlenging.').waitFor();
    const email = page.getByLabel('E-mailadres');
    expect(await email.inputValue()).toBe('eerder@voorbeeld.nl');
    const hint = await page.locator(`[id="${(await email.getAttribute('aria-describedby'))?.split(' ').find((id) => id.endsWith('-overgenomen'))}"]`).textContent();
    expect(hint).toBe('Dit antwoord komt uit uw vorige aanvraag. Controleer of het nog klopt.');
    await email.fill('nieuw@voorbeeld.nl');
    await expectNoAxeViolations(page, 'loket: verlenging with carried-over answers');
    await next(page);
    await heading(page, 'Uw huishouden');
    expect(await page.getByLabel('Hoeveel kinderen jonger dan 18 jaar wonen bij u?').inputValue()).toBe('0');

    const [draft] = await server.db.select().from(applications).where(eq(applications.extendsApplicationId, tozo1Id));
    expect(draft).toMatchObject({ regelingVersion: 2, status: 'concept' });
    expect((draft!.data.aanvrager as Record<string, unknown>).email).toBe('nieuw@voorbeeld.nl');

    // The same step in English: texts of the form and of the wizard switch language.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your household' }).waitFor();
    await page.getByText('Step 2 of 8').waitFor();
    await page.getByLabel('How many children under 18 live with you?').waitFor();
    await expectNoAxeViolations(page, 'loket: wizard in English');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await heading(page, 'Uw huishouden');

    // The same draft open in a second tab, which saves on an older revision: the server refuses
    // (409), the tab reloads the draft and saves its answer on top; neither tab's answer is lost.
    const second = await current.context.newPage();
    await second.goto(`/loket/aanvragen/${draft!.id}/stap/aanvrager`);
    await heading(second, 'Uw gegevens');
    // The status still says "Opgeslagen om" from the page before, so wait for this answer's save itself.
    const savedAnswer = page.waitForResponse((r) => r.request().method() === 'PUT' && new URL(r.url()).pathname.endsWith('/draft') && r.ok());
    await page.getByLabel('Hoeveel kinderen jonger dan 18 jaar wonen bij u?').fill('1');
    await savedAnswer;
    const saved = async () => (await server.db.select().from(applications).where(eq(applications.id, draft!.id)))[0]!;
    expect(((await saved()).data.huishouden as Record<string, unknown>).aantalKinderen).toBe(1);
    await second.getByLabel('Telefoonnummer').fill('0687654321');
    await second.getByRole('status').filter({ hasText: /Opgeslagen om/ }).waitFor();
    const both = await saved();
    expect((both.data.aanvrager as Record<string, unknown>).telefoon).toBe('0687654321');
    expect((both.data.huishouden as Record<string, unknown>).aantalKinderen).toBe(1);
  });
});
