import { and, eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applicationEvents, applications } from '../../src/server/modules/applications/applications.tables.js';
import { addDays } from '../../src/server/modules/applications/decision-term.js';
import { outgoingEmails } from '../../src/server/modules/mail/mail.tables.js';
import { todayInAmsterdam } from '../../src/shared/forms/formats.js';
import { createBusiness, createFamily, createStaff } from '../support/factories.js';
import { samplePdf } from '../support/multipart.js';
import { installShippedRegelingen } from '../support/regelingen.js';
import { addDemoPersona } from './support/fixtures.js';
import { expectNoAxeViolations, expectNoPageProblems, focusedElement, launchBrowser, loginAsResident, openPage, type TestPage } from './support/playwright-utils.js';
import { ApiSession, startTestServer, type TestServer } from './support/test-server.js';

// A self-employed mother applies for Tozo 2 in Mijn loket: pre-check, every step of the wizard with
// errors announced and linked, an interrupted session resumed at the same page, evidence, a double
// click on "Aanvraag versturen" that still makes one application, the receipt, her partner's
// co-signature with his own login, and a question from the municipality answered on the status page.
// The tests run in order and share the application.

let server: TestServer;
let browser: Browser;
let current: TestPage | undefined;
let family: Awaited<ReturnType<typeof createFamily>>;
let applicationId: string;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  await installShippedRegelingen(server.db);
  family = await createFamily(server.db, { children: 2 });
  await createBusiness(server.db, family.partners[0].id, { registeredOn: '2018-04-01' });
  await addDemoPersona(server.db, family.partners[0].bsn, 1);
  await addDemoPersona(server.db, family.partners[1].bsn, 2);
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

const anna = () => `${family.partners[0].givenNames} ${family.partners[0].familyName}`;
const bram = () => `${family.partners[1].givenNames} ${family.partners[1].familyName}`;
const group = (page: Page, name: string | RegExp) => page.getByRole('group', { name });
const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();
const next = (page: Page) => page.getByRole('button', { name: 'Volgende' }).click();

describe('Tozo in Mijn loket', () => {
  it('lists the regelingen and advises with the pre-check, without blocking', async () => {
    current = await openPage(browser, server);
    const { page } = current;
    await loginAsResident(page, anna());
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Regelingen' }).click();
    await heading(page, 'Regelingen');
    await page.getByRole('link', { name: 'Energietoeslag 2022' }).waitFor();
    await page.getByRole('link', { name: 'Hulpmiddel voor thuis (Wmo)' }).waitFor();
    await expectNoAxeViolations(page, 'loket: regelingen');

    await page.getByRole('link', { name: /^Tozo/ }).click();
    await heading(page, /^Tozo/);
    await page.getByText('Wij beslissen binnen 4 weken').waitFor();
    await group(page, 'Woont u in onze gemeente?').getByLabel('Ja').check();
    await group(page, /Werkt u minstens 1.225 uur/).getByLabel('Nee').check();
    await page.getByRole('button', { name: 'Bekijk de uitkomst' }).click();
    await page.getByText('U komt waarschijnlijk niet in aanmerking').waitFor();
    await page.getByText(/Werkt u minder\? Dan krijgt u waarschijnlijk geen Tozo/).waitFor();
    // Focus moved to the outcome, so it is read out.
    expect((await focusedElement(page)).text).toBe('Uitkomst');
    await expectNoAxeViolations(page, 'loket: pre-check result');

    // Applying stays possible.
    await page.getByRole('button', { name: 'Aanvraag starten' }).click();
    await heading(page, 'Uw gegevens');
    await page.getByText('Stap 1 van 8').waitFor();
    applicationId = new URL(page.url()).pathname.split('/')[3]!;
  });

  it('shows prefilled data as text, announces errors in a summary that links to the fields, and saves as the resident types', async () => {
    current = await openPage(browser, server);
    const { page } = current;
    await loginAsResident(page, anna());
    await page.goto(`/loket/aanvragen/${applicationId}`);
    await heading(page, 'Uw gegevens');
    // Prefilled from the BRP: plain text with the source, no input.
    const name = page.locator('#aanvrager_naam');
    expect(await name.textContent()).toContain(anna());
    expect(await name.textContent()).toContain('Dit komt uit de Basisregistratie Personen (BRP)');
    expect(await page.locator('input#aanvrager_naam').count()).toBe(0);
    await expectNoAxeViolations(page, 'loket: wizard step 1 (prefilled)');

    await next(page);
    const summary = page.getByRole('alert').filter({ hasText: 'Controleer de volgende velden' });
    await summary.waitFor();
    expect((await focusedElement(page)).role).toBe('alert');
    const emailLink = summary.getByRole('link', { name: 'E-mailadres: Dit veld is verplicht.' });
    await emailLink.waitFor();
    const email = page.getByLabel('E-mailadres');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    const described = ((await email.getAttribute('aria-describedby')) ?? '').split(' ');
    const texts = await Promise.all(described.map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(texts).toContain('Dit veld is verplicht.');
    await expectNoAxeViolations(page, 'loket: wizard step 1 with errors');
    await emailLink.click();
    expect((await focusedElement(page)).id).toBe('aanvrager_email');

    // The browser gives the server's own messages for formats.
    await email.fill('anna@voorbeeld.nl');
    await page.getByLabel('Telefoonnummer').fill('06 12345678');
    await page.getByLabel('Rekeningnummer (IBAN)').fill('NL91 ABNA');
    await next(page);
    await summary.getByRole('link', { name: /Rekeningnummer \(IBAN\): Dit is geen geldig IBAN/ }).waitFor();
    await page.getByLabel('Rekeningnummer (IBAN)').fill('NL91ABNA0417164300');
    // Autosave: a polite status with the time.
    await page.getByRole('status').filter({ hasText: /Opgeslagen om \d\d:\d\d/ }).waitFor();
    await next(page);

    await heading(page, 'Uw huishouden');
    await page.getByText('Stap 2 van 8').waitFor();
    // Married according to the BRP: the partner's name is shown, "samenwonend" is not asked.
    expect(await page.locator('#huishouden_echtgenootNaam').textContent()).toContain(bram());
    expect(await group(page, 'Woont u samen met een partner?').count()).toBe(0);
    await page.getByLabel('Hoeveel kinderen jonger dan 18 jaar wonen bij u?').fill('2');
    await expectNoAxeViolations(page, 'loket: wizard step 2');
    await next(page);
    await heading(page, 'Uw bedrijf');
  });

  it('resumes after logging in again at the page where the resident was, with every answer kept', async () => {
    current = await openPage(browser, server);
    const { page } = current;
    await loginAsResident(page, anna());
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn aanvragen' }).click();
    await heading(page, 'Mijn aanvragen');
    await expectNoAxeViolations(page, 'loket: my applications with a draft');
    await page.getByRole('link', { name: /Verder invullen/ }).click();
    await heading(page, 'Uw bedrijf');
    expect(await page.locator('#bedrijf_kvkNummer').textContent()).toContain('Handelsregister van de KvK');
    await page.getByRole('button', { name: 'Vorige' }).click();
    await heading(page, 'Uw huishouden');
    expect(await page.getByLabel('Hoeveel kinderen jonger dan 18 jaar wonen bij u?').inputValue()).toBe('2');
    await page.getByRole('button', { name: 'Vorige' }).click();
    expect(await page.getByLabel('Rekeningnummer (IBAN)').inputValue()).toBe('NL91ABNA0417164300');
  });

  it('fills in the business, months with amounts, income and partner pages and adds the evidence', async () => {
    current = await openPage(browser, server);
    const { page } = current;
    await loginAsResident(page, anna());
    await page.goto(`/loket/aanvragen/${applicationId}/stap/bedrijf`);
    await heading(page, 'Uw bedrijf');
    for (const question of [/Werkt u minstens 1.225 uur/, 'Is uw bedrijf in Nederland gevestigd?', 'Is uw bedrijf uw belangrijkste bron van inkomen?']) {
      await group(page, question).getByLabel('Ja').check();
    }
    // A conditional question appears only when it applies.
    await group(page, /Bent u met uw bedrijf begonnen op de datum/).getByLabel('Nee').check();
    await page.getByLabel('Op welke datum bent u begonnen met uw bedrijf?').fill('2018-03-15');
    await expectNoAxeViolations(page, 'loket: wizard business with a conditional date');
    await next(page);

    await heading(page, 'Maanden en winst');
    const months = group(page, 'Voor welke maanden vraagt u Tozo aan?');
    await months.getByLabel('juni 2020').check();
    await months.getByLabel('juli 2020').check();
    await page.getByLabel('Verwachte winst in juni 2020').fill('1.250,50');
    await page.getByLabel('Verwachte winst in juli 2020').fill('12,345');
    await next(page);
    await page.getByRole('link', { name: /Verwachte winst in juli 2020: Vul een bedrag in met hoogstens 2 cijfers achter de komma/ }).waitFor();
    await page.getByLabel('Verwachte winst in juli 2020').fill('0');
    await expectNoAxeViolations(page, 'loket: wizard months and amounts');
    await next(page);

    await heading(page, 'Ander inkomen');
    await group(page, 'Heeft u naast uw bedrijf nog ander inkomen?').getByLabel('Nee').check();
    await next(page);
    // Married: the partner's income page applies (its `when` holds).
    await heading(page, 'Inkomen van uw partner');
    await page.getByText('Stap 6 van 8').waitFor();
    await group(page, 'Heeft uw partner inkomen?').getByLabel('Nee').check();
    await next(page);

    await heading(page, 'Bewijsstukken');
    await page.getByRole('heading', { name: /Een recent afschrift van uw bankrekening \(verplicht\)/ }).waitFor();
    await next(page);
    await page.getByRole('link', { name: 'Een recent afschrift van uw bankrekening: Voeg dit bewijsstuk toe.' }).waitFor();
    await expectNoAxeViolations(page, 'loket: evidence with a missing document');
    await page.locator('#bewijs-bankafschrift').setInputFiles({ name: 'afschrift.pdf', mimeType: 'application/pdf', buffer: samplePdf });
    await page.getByRole('link', { name: 'afschrift.pdf' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'afschrift.pdf is toegevoegd.' }).waitFor();
    // Added twice by mistake: remove one again.
    await page.locator('#bewijs-bankafschrift').setInputFiles({ name: 'dubbel.pdf', mimeType: 'application/pdf', buffer: samplePdf });
    await page.getByRole('button', { name: 'Verwijderen dubbel.pdf' }).click();
    await page.getByRole('status').filter({ hasText: 'dubbel.pdf is verwijderd.' }).waitFor();
    expect(await page.getByRole('link', { name: 'dubbel.pdf' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'loket: evidence with a document');
    await next(page);
    await heading(page, 'Controleren en versturen');
  });

  it('shows the summary and sends once on a double click, with the same receipt', async () => {
    current = await openPage(browser, server);
    const { page } = current;
    await loginAsResident(page, anna());
    await page.goto(`/loket/aanvragen/${applicationId}/stap/controleren`);
    await heading(page, 'Controleren en versturen');
    const business = page.getByRole('region', { name: 'Uw bedrijf', exact: true });
    expect(await business.textContent()).toContain('15 maart 2018');
    expect(await page.getByRole('region', { name: 'Maanden en winst', exact: true }).textContent()).toContain('€ 1.250,50');
    await page.getByRole('link', { name: 'Wijzigen Uw huishouden' }).waitFor();
    await page.getByText('Uw partner moet de aanvraag ook ondertekenen').waitFor();
    await expectNoAxeViolations(page, 'loket: summary');

    await page.getByRole('button', { name: 'Aanvraag versturen' }).click();
    await page.getByRole('link', { name: /Vink aan dat u alles naar waarheid/ }).waitFor();
    await expectNoAxeViolations(page, 'loket: summary without declaration');
    await page.getByLabel('Ik verklaar dat ik alles naar waarheid en volledig heb ingevuld.').check();
    await page.getByRole('button', { name: 'Aanvraag versturen' }).dblclick();
    await heading(page, 'Uw aanvraag is verstuurd');
    const reference = (await page.locator('.eenloket-reference').textContent()) ?? '';
    expect(reference).toMatch(/^\d{4}-\d{6}$/);
    await page.getByText('Uw partner moet de aanvraag nog ondertekenen.').waitFor();
    await page.getByText('Wij sturen een bevestiging naar anna@voorbeeld.nl.').waitFor();
    await expectNoAxeViolations(page, 'loket: receipt');

    const rows = await server.db.select().from(applications).where(and(eq(applications.applicantBsn, family.partners[0].bsn), eq(applications.regelingId, 'tozo')));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'medeondertekening', reference, cosignerBsn: family.partners[1].bsn });
    const sent = await server.db.select().from(applicationEvents).where(and(eq(applicationEvents.applicationId, applicationId), eq(applicationEvents.type, 'verstuurd')));
    expect(sent).toHaveLength(1);
    // One confirmation, whatever the double click did.
    const mails = await server.db.select().from(outgoingEmails).where(eq(outgoingEmails.to, 'anna@voorbeeld.nl'));
    expect(mails.map((m) => m.subject)).toEqual([expect.stringContaining(reference)]);

    // Pressing back to the summary leads to the status: a sent application cannot change.
    await page.goto(`/loket/aanvragen/${applicationId}/stap/controleren`);
    await heading(page, /^Tozo/);
    await page.getByText('Wij wachten op de handtekening van uw partner.').waitFor();
    await expectNoAxeViolations(page, 'loket: status waiting for the partner');
  });

  it('lets the partner co-sign with his own login', async () => {
    current = await openPage(browser, server);
    const { page } = current;
    await loginAsResident(page, bram());
    await page.goto('/loket/aanvragen');
    await page.getByRole('heading', { name: 'Wacht op uw handtekening' }).waitFor();
    await page.getByRole('link', { name: /Bekijken en ondertekenen/ }).click();
    await heading(page, 'Aanvraag mede-ondertekenen');
    expect(await page.getByRole('region', { name: 'Uw gegevens', exact: true }).textContent()).toContain('anna@voorbeeld.nl');
    await expectNoAxeViolations(page, 'loket: co-sign');
    await page.getByRole('button', { name: 'Mede-ondertekenen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Vink aan dat de gegevens kloppen.' }).waitFor();
    expect((await focusedElement(page)).id).toBe('medeondertekening');
    await page.getByLabel(/Ik verklaar dat de gegevens over mij/).check();
    await page.getByRole('button', { name: 'Mede-ondertekenen' }).click();
    await page.getByText('U heeft de aanvraag mede-ondertekend.').waitFor();
    const due = addDays(todayInAmsterdam(), 28);
    const [y, m, d] = due.split('-').map(Number);
    const month = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'][m! - 1];
    await page.getByText(`U krijgt uiterlijk op ${d} ${month} ${y} ons besluit.`).waitFor();
    await expectNoAxeViolations(page, 'loket: status after co-signing');
  });

  it('shows a question from the municipality with the term standing still, and takes the answer with a document', async () => {
    const consultant = await createStaff(server.db, { roles: ['consulent'] });
    const staff = new ApiSession(server);
    await staff.loginStaff(consultant.username!, consultant.password);
    await staff.request('POST', `/api/werkplek/applications/${applicationId}/take`, {});
    await staff.request('POST', `/api/werkplek/applications/${applicationId}/tasks`, { question: 'Stuur uw jaarcijfers van 2019.', dueDate: addDays(todayInAmsterdam(), 14) });

    current = await openPage(browser, server);
    const { page } = current;
    await loginAsResident(page, anna());
    await page.goto(`/loket/aanvragen/${applicationId}/status`);
    await heading(page, /^Tozo/);
    await page.getByText(/De termijn staat stil sinds/).waitFor();
    const timeline = await page.locator('.eenloket-timeline').textContent();
    expect(timeline).toContain('In behandeling');
    expect(timeline).toContain('Aanvullende informatie nodig');
    expect(await page.locator('[aria-current="step"]').textContent()).toContain('Aanvullende informatie nodig');
    await page.getByText('Stuur uw jaarcijfers van 2019.').waitFor();
    await expectNoAxeViolations(page, 'loket: status with an open question');

    await page.getByRole('button', { name: 'Antwoord versturen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Geef een antwoord of voeg een document toe.' }).waitFor();
    await page.getByLabel('Uw antwoord', { exact: true }).fill('Hierbij mijn jaarcijfers.');
    await page.getByLabel('Document toevoegen bij deze vraag (niet verplicht)').setInputFiles({ name: 'jaarcijfers.pdf', mimeType: 'application/pdf', buffer: samplePdf });
    await page.getByRole('link', { name: 'jaarcijfers.pdf' }).first().waitFor();
    await page.getByRole('button', { name: 'Antwoord versturen' }).click();
    await page.getByText('Hierbij mijn jaarcijfers.').waitFor();
    await page.getByText(/Beantwoord op/).waitFor();
    expect(await page.getByText(/De termijn staat stil/).count()).toBe(0);
    await expectNoAxeViolations(page, 'loket: status after answering');
  });
});
