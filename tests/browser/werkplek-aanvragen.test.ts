import { and, eq } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applications } from '../../src/server/modules/applications/applications.tables.js';
import { addDays } from '../../src/server/modules/applications/decision-term.js';
import { auditLog } from '../../src/server/modules/audit/audit.tables.js';
import { todayInAmsterdam } from '../../src/shared/forms/formats.js';
import { createPerson, createStaff } from '../support/factories.js';
import { samplePdf } from '../support/multipart.js';
import { installShippedRegelingen } from '../support/regelingen.js';
import { expectNoAxeViolations, expectNoPageProblems, launchBrowser, loginAsStaff, openPage, type TestPage } from './support/playwright-utils.js';
import { ApiSession, startTestServer, type TestServer } from './support/test-server.js';

// Werkplek for a consultant handling applications: the work queue without personal data, opening
// an application (a recorded read), taking it into handling, asking for information (the term
// stands still), and entering a paper application. Every page state is scanned with axe.

let server: TestServer;
let browser: Browser;
let current: TestPage | undefined;
let consultant: Awaited<ReturnType<typeof createStaff>>;
let resident: Awaited<ReturnType<typeof createPerson>>;
let submitted: { id: string; reference: string };
const today = todayInAmsterdam();
const dutch = (iso: string) => iso.split('-').reverse().join('-');

/** An energietoeslag application as a single resident submits it: three pages, proof of income, the declaration. */
async function submitEnergietoeslag(bsn: string): Promise<{ id: string; reference: string }> {
  const api = new ApiSession(server);
  await api.loginResident(bsn);
  const draft = await api.request<{ id: string; revision: number }>('POST', '/api/loket/applications', { regelingId: 'energietoeslag' });
  let revision = draft.revision;
  const pages = {
    aanvrager: { email: 'inwoner@voorbeeld.nl', telefoon: '0612345678', iban: 'NL91ABNA0417164300' },
    huishouden: { samenwonend: false, aantalPersonenKlopt: true, alAangevraagd: false },
    inkomen: { nettoInkomen: 1100, inkomenSoort: ['uitkering'], anderInkomen: false },
  };
  for (const [pageId, answers] of Object.entries(pages)) {
    const saved = await api.request<{ revision: number; pageErrors: unknown[] }>('PUT', `/api/loket/applications/${draft.id}/draft`, { revision, pageId, answers });
    expect(saved.pageErrors).toEqual([]);
    revision = saved.revision;
  }
  const form = new FormData();
  form.append('evidenceId', 'inkomensbewijs');
  form.append('file', new Blob([samplePdf], { type: 'application/pdf' }), 'inkomensbewijs.pdf');
  await api.request('POST', `/api/loket/applications/${draft.id}/documents`, undefined, form);
  const receipt = await api.request<{ reference: string; status: string }>('POST', `/api/loket/applications/${draft.id}/submit`, { declaration: true });
  expect(receipt.status).toBe('ontvangen');
  return { id: draft.id, reference: receipt.reference };
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  await installShippedRegelingen(server.db);
  consultant = await createStaff(server.db, { roles: ['consulent'], username: 'carla', displayName: 'Carla Consulent' });
  resident = await createPerson(server.db, { givenNames: 'Sanne', familyName: 'Aanvrager' });
  submitted = await submitEnergietoeslag(resident.bsn);
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

describe('Werkplek: applications', () => {
  it('lists the work queue by deadline without personal data, with a warning when a deadline has passed', async () => {
    const late = await submitEnergietoeslag((await createPerson(server.db, { familyName: 'Laatkomer' })).bsn);
    await server.db.update(applications).set({ decisionDue: addDays(today, -3) }).where(eq(applications.id, late.id));
    current = await openPage(browser, server);
    const { page } = current;
    await loginAsStaff(page, consultant.username!, consultant.password, 'Carla Consulent');
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await menu.getByRole('link').allTextContents()).toEqual(['Start', 'Aanvragen', 'Personen zoeken']);

    await menu.getByRole('link', { name: 'Aanvragen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanvragen' }).waitFor();
    expect(await page.title()).toBe('Aanvragen – Werkplek – Gemeente Voorbeeldstad');
    const queue = page.getByRole('table', { name: 'Aanvragen, de eerste uiterste beslisdatum bovenaan' });
    const rows = queue.getByRole('row');
    await queue.getByRole('link', { name: submitted.reference }).waitFor();
    // The overdue one comes first, and says so in words.
    expect(await rows.nth(1).textContent()).toContain(late.reference);
    expect(await rows.nth(1).textContent()).toContain('Te laat: 3 dagen over de termijn');
    const row = queue.getByRole('row', { name: new RegExp(submitted.reference) });
    expect(await row.textContent()).toContain('Energietoeslag 2022');
    expect(await row.textContent()).toContain('Ontvangen');
    expect(await row.textContent()).toContain(dutch(addDays(today, 56)));
    expect(await row.textContent()).toContain('Nog 56 dagen');
    const text = (await queue.textContent()) ?? '';
    expect(text).not.toContain(resident.bsn);
    expect(text).not.toContain('Aanvrager');
    await expectNoAxeViolations(page, 'werkplek: application queue');

    await page.getByLabel('Status').selectOption({ label: 'In behandeling' });
    await page.getByRole('button', { name: 'Filter toepassen' }).click();
    await page.getByText('Er zijn geen aanvragen die bij dit filter passen.').waitFor();
    expect(page.url()).toContain('status=in-behandeling');
    await expectNoAxeViolations(page, 'werkplek: application queue, empty filter');
  });

  it('opens an application as a recorded read, takes it into handling and asks for information', async () => {
    current = await openPage(browser, server);
    const { page } = current;
    await loginAsStaff(page, consultant.username!, consultant.password, 'Carla Consulent');
    await page.goto('/werkplek/aanvragen');
    await page.getByRole('link', { name: submitted.reference }).click();
    await page.getByRole('heading', { level: 1, name: `Aanvraag ${submitted.reference}` }).waitFor();
    await page.getByText('Deze inzage is vastgelegd.', { exact: false }).waitFor();
    const applicant = page.getByRole('region', { name: 'Aanvrager', exact: true });
    expect(await applicant.textContent()).toContain(`Sanne ${resident.familyName}`);
    expect(await applicant.textContent()).toContain(resident.bsn);
    // Answers are labelled with the form's own questions.
    const answers = page.getByRole('region', { name: 'Antwoorden van de inwoner', exact: true });
    await answers.getByRole('heading', { name: 'Uw inkomen' }).waitFor();
    expect(await answers.textContent()).toContain('E-mailadres');
    expect(await answers.textContent()).toContain('inwoner@voorbeeld.nl');
    expect(await answers.textContent()).toContain('Een uitkering, bijvoorbeeld van UWV of de gemeente');
    await page.getByRole('table', { name: 'Documenten bij deze aanvraag' }).getByText('Bewijs van uw inkomen').waitFor();
    await expectNoAxeViolations(page, 'werkplek: application opened');

    const reads = await server.db.select().from(auditLog).where(and(eq(auditLog.action, 'application.read'), eq(auditLog.subjectBsn, resident.bsn)));
    expect(reads.length).toBeGreaterThanOrEqual(1);
    expect(reads.at(-1)).toMatchObject({ actorType: 'staff', actorName: 'Carla Consulent', actorRole: 'consulent', ground: 'behandeling aanvraag energietoeslag' });
    expect(reads.at(-1)?.details).toMatchObject({ applicationId: submitted.id });

    // Downloading a document is a recorded read too.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'inkomensbewijs.pdf' }).click()]);
    expect(download.suggestedFilename()).toBe('inkomensbewijs.pdf');
    await expect.poll(async () => (await server.db.select().from(auditLog).where(and(eq(auditLog.action, 'application.document-read'), eq(auditLog.subjectBsn, resident.bsn)))).length).toBe(1);

    await page.getByRole('button', { name: 'In behandeling nemen' }).click();
    await page.getByText('U heeft de aanvraag in behandeling genomen.', { exact: false }).waitFor();
    expect(await page.getByRole('definition').allTextContents()).toContain('In behandeling');
    await expectNoAxeViolations(page, 'werkplek: application taken');

    // Ask for information: first without a question and with a due date of today.
    const form = page.getByRole('form', { name: 'Informatie opvragen' });
    const due = form.getByLabel('Reageren vóór');
    expect(await due.inputValue()).toBe(dutch(addDays(today, 14)));
    await due.fill(dutch(today));
    await form.getByRole('button', { name: 'Vraag versturen' }).click();
    await form.getByRole('link', { name: 'Uw vraag aan de inwoner: Vul dit veld in.' }).waitFor();
    await form.getByRole('link', { name: 'Reageren vóór: Geef de inwoner minstens een dag de tijd. Kies morgen of later.' }).waitFor();
    expect(await form.getByLabel('Uw vraag aan de inwoner').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'werkplek: ask for information with errors');

    await form.getByLabel('Uw vraag aan de inwoner').fill('Stuur uw laatste loonstrook mee.');
    await due.fill(dutch(addDays(today, 14)));
    await form.getByRole('button', { name: 'Vraag versturen' }).click();
    await page.getByText('De vraag is verstuurd.', { exact: false }).waitFor();
    const facts = await page.getByRole('definition').allTextContents();
    expect(facts).toContain('Wacht op informatie');
    expect(facts.join(' ')).toContain('Termijn staat stil');
    const tasks = page.getByRole('table', { name: 'Vragen aan de inwoner en de antwoorden' });
    expect(await tasks.getByRole('row', { name: /Stuur uw laatste loonstrook mee/ }).textContent()).toContain(dutch(addDays(today, 14)));
    await page.getByRole('region', { name: 'Wat is er gebeurd', exact: true }).getByText('Informatie gevraagd', { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'werkplek: information requested');

    const [row] = await server.db.select().from(applications).where(eq(applications.id, submitted.id));
    expect(row).toMatchObject({ status: 'aanvullende-informatie', suspendedSince: today });

    // The queue shows the suspended term and the open question.
    await page.getByRole('link', { name: 'Terug naar Aanvragen' }).click();
    const queueRow = page.getByRole('table').getByRole('row', { name: new RegExp(submitted.reference) });
    await queueRow.getByText('Termijn staat stil').waitFor();
    expect(await queueRow.textContent()).toContain('Wacht op informatie');
    await expectNoAxeViolations(page, 'werkplek: queue with a suspended term');
  });

  it('enters a paper application: regeling and BSN (elfproef next to the field), the steps, the scan, and sends it', async () => {
    const other = await createPerson(server.db, { givenNames: 'Piet', familyName: 'Papier' });
    current = await openPage(browser, server);
    const { page } = current;
    await loginAsStaff(page, consultant.username!, consultant.password, 'Carla Consulent');
    await page.goto('/werkplek/aanvragen');
    await page.getByRole('link', { name: 'Papieren aanvraag invoeren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Papieren aanvraag invoeren' }).waitFor();

    const bsn = page.getByLabel('BSN van de inwoner');
    await bsn.fill('123456789');
    await bsn.blur();
    await page.getByText('Dit BSN klopt niet. Controleer de cijfers.').waitFor();
    expect(await bsn.getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'werkplek: paper application, BSN fails the elfproef');

    await page.getByRole('button', { name: 'Aanvraag aanmaken' }).click();
    await page.getByRole('link', { name: 'Regeling: Maak een keuze.' }).waitFor();
    await page.getByRole('link', { name: 'BSN van de inwoner: Dit BSN klopt niet. Controleer de cijfers.' }).waitFor();
    await expectNoAxeViolations(page, 'werkplek: paper application start with errors');

    await page.getByLabel('Regeling').selectOption({ label: 'Energietoeslag 2022' });
    await bsn.fill(other.bsn);
    await page.getByRole('button', { name: 'Aanvraag aanmaken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Papieren aanvraag invoeren: Energietoeslag 2022' }).waitFor();
    // The BSN went in the request body, not in the address.
    expect(page.url()).not.toContain(other.bsn);
    expect(await page.getByRole('definition').first().textContent()).toContain(`Piet Papier (BSN ${other.bsn})`);
    await page.getByText('Stap 1 van 4').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Uw gegevens' }).waitFor();
    await expectNoAxeViolations(page, 'werkplek: paper application, first step');

    // The steps of the resident's form, filled in from the paper form.
    await page.getByLabel('E-mailadres').fill('piet@voorbeeld.nl');
    await page.getByLabel('Telefoonnummer').fill('0612345678');
    await page.getByLabel('Rekeningnummer (IBAN)').fill('NL91ABNA0417164300');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByText('Stap 2 van 4').waitFor();
    await page.getByRole('group', { name: 'Woont u samen met een partner?' }).getByLabel('Nee').check();
    await page.getByRole('group', { name: 'Klopt dit aantal?' }).getByLabel('Ja').check();
    await page.getByRole('group', { name: /al aangevraagd/ }).getByLabel('Nee').check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByText('Stap 3 van 4').waitFor();
    await page.getByLabel('Hoeveel krijgt u gemiddeld netto per maand?').fill('950');
    await page.getByLabel('Een uitkering, bijvoorbeeld van UWV of de gemeente').check();
    await page.getByRole('group', { name: /ander geld/ }).getByLabel('Nee').check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByText('Stap 4 van 4').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Scan en bewijsstukken' }).waitFor();
    await expectNoAxeViolations(page, 'werkplek: paper application, scan and send');

    // Sending without the scan: the server names the missing documents, linked to their upload.
    await page.getByRole('checkbox', { name: /Ik verklaar dat het ondertekende papieren formulier/ }).check();
    await page.getByRole('button', { name: 'Aanvraag versturen' }).click();
    const scanError = page.getByRole('link', { name: 'Scan van het ondertekende papieren formulier: Voeg de scan van het ondertekende papieren formulier toe.' });
    await scanError.waitFor();
    await page.getByRole('link', { name: 'Bewijs van uw inkomen: Voeg dit bewijsstuk toe.' }).waitFor();
    await expectNoAxeViolations(page, 'werkplek: paper application without the scan');
    await scanError.click();
    expect(await page.evaluate('document.activeElement?.id')).toBe('bestand-scan');

    for (const [form, file] of [
      ['Scan van het ondertekende papieren formulier', 'scan.pdf'],
      ['Bewijs van uw inkomen', 'loonstrook.pdf'],
    ] as const) {
      const upload = page.getByRole('form', { name: form });
      await upload.getByLabel('Bestand (PDF, JPG of PNG, hoogstens 10 MB)').setInputFiles({ name: file, mimeType: 'application/pdf', buffer: samplePdf });
      await upload.getByRole('button', { name: 'Bestand toevoegen' }).click();
      await upload.getByText(file, { exact: false }).waitFor();
    }
    await page.getByRole('button', { name: 'Aanvraag versturen' }).click();
    await page.getByText(/^De papieren aanvraag is verstuurd\. Het kenmerk is \d{4}-\d+\.$/).waitFor();
    const facts = await page.getByRole('definition').allTextContents();
    expect(facts).toContain('Ontvangen');
    expect(facts).toContain('Papier');
    await page.getByRole('table', { name: 'Documenten bij deze aanvraag' }).getByText('Scan van het ondertekende papieren formulier').waitFor();
    await expectNoAxeViolations(page, 'werkplek: paper application sent');

    // A paper applicant answers by post: the consultant enters the answer, and the term runs again.
    const ask = page.getByRole('form', { name: 'Informatie opvragen' });
    await ask.getByLabel('Uw vraag aan de inwoner').fill('Stuur een kopie van uw bankpas.');
    await ask.getByRole('button', { name: 'Vraag versturen' }).click();
    const byPost = page.getByRole('form', { name: 'Antwoord per post invoeren: Stuur een kopie van uw bankpas.' });
    await byPost.getByRole('button', { name: 'Antwoord opslaan' }).click();
    await byPost.getByRole('link', { name: 'Antwoord van de inwoner: Vul dit veld in.' }).waitFor();
    await expectNoAxeViolations(page, 'werkplek: answer by post with errors');
    await byPost.getByLabel('Antwoord van de inwoner').fill('Kopie van de bankpas ontvangen per post.');
    await byPost.getByRole('button', { name: 'Antwoord opslaan' }).click();
    const task = page.getByRole('table', { name: 'Vragen aan de inwoner en de antwoorden' }).getByRole('row', { name: /Stuur een kopie van uw bankpas/ });
    await task.getByText('Beantwoord').waitFor();
    expect(await page.getByRole('definition').allTextContents()).toContain('In behandeling');
    expect((await page.getByRole('definition').allTextContents()).join(' ')).not.toContain('Termijn staat stil');

    const [row] = await server.db.select().from(applications).where(and(eq(applications.applicantBsn, other.bsn), eq(applications.channel, 'papier')));
    // Answered the same day: the term stood still for no days, so the deadline stays.
    expect(row).toMatchObject({ status: 'in-behandeling', regelingId: 'energietoeslag', suspendedSince: null, decisionDue: addDays(today, 56) });
  });
});
