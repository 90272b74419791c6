import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createContactMoment, createFamily, createStaff } from '../support/factories.js';
import { expectNoAxeViolations, expectNoPageProblems, focusedElement, launchBrowser, loginAsStaff, openPage, type TestPage } from './support/playwright-utils.js';
import { startTestServer, type TestServer } from './support/test-server.js';

// Werkplek for a consultant: log in, search a person by BSN with a purpose, open the file,
// register a contact moment. Every state on the way is scanned with axe.

let server: TestServer;
let browser: Browser;
let current: TestPage | undefined;
let family: Awaited<ReturnType<typeof createFamily>>;
let consultant: Awaited<ReturnType<typeof createStaff>>;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  family = await createFamily(server.db, { children: 1 });
  consultant = await createStaff(server.db, { roles: ['consulent'], username: 'carla', displayName: 'Carla Consulent' });
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

describe('Werkplek: consultant', () => {
  it('shows a wrong password as an error linked to the password field', async () => {
    current = await openPage(browser, server);
    const { page } = current;
    await page.goto('/werkplek');
    await page.getByRole('heading', { level: 1, name: 'Inloggen bij de Werkplek' }).waitFor();
    expect(await page.title()).toBe('Inloggen – Werkplek – Gemeente Voorbeeldstad');
    await expectNoAxeViolations(page, 'werkplek: login');

    await page.getByLabel('Gebruikersnaam', { exact: true }).fill('carla');
    await page.getByLabel('Wachtwoord', { exact: true }).fill('niet-het-goede-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();

    const message = 'De gebruikersnaam of het wachtwoord klopt niet.';
    await page.getByRole('link', { name: `Wachtwoord: ${message}` }).waitFor();
    const password = page.getByLabel('Wachtwoord', { exact: true });
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    const errorId = ((await password.getAttribute('aria-describedby')) ?? '').split(' ').find((id) => id.endsWith('-fout'));
    expect(errorId).toBeDefined();
    expect(await page.locator(`[id="${errorId}"]`).textContent()).toBe(message);
    await expectNoAxeViolations(page, 'werkplek: login with wrong password');

    await page.getByRole('link', { name: `Wachtwoord: ${message}` }).click();
    expect((await focusedElement(page)).id).toBe('login-wachtwoord');
  });

  it('searches a person by BSN with a purpose, opens the file and registers a contact moment', async () => {
    current = await openPage(browser, server);
    const { page } = current;
    const mother = family.partners[0];
    const motherName = `${mother.givenNames} ${mother.familyName}`;
    await loginAsStaff(page, consultant.username!, consultant.password, 'Carla Consulent');
    expect(await page.title()).toBe('Start – Werkplek – Gemeente Voorbeeldstad');
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await menu.getByRole('link').allTextContents()).toEqual(['Start', 'Aanvragen', 'Personen zoeken']);
    await expectNoAxeViolations(page, 'werkplek: consultant home');

    await menu.getByRole('link', { name: 'Personen zoeken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Personen zoeken' }).waitFor();
    expect(await page.title()).toBe('Personen zoeken – Werkplek – Gemeente Voorbeeldstad');
    await page.getByText('Deze inzage wordt vastgelegd.').waitFor();

    // Without a purpose and a BSN the search is refused, with both errors in the summary.
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.getByRole('link', { name: 'Doel van de inzage: Maak een keuze.' }).waitFor();
    await page.getByRole('link', { name: 'Burgerservicenummer (BSN): Vul dit veld in.' }).waitFor();
    expect(await page.getByLabel('Doel van de inzage').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'werkplek: search with errors');

    await page.getByLabel('Doel van de inzage').selectOption({ label: 'Vraag van de inwoner beantwoorden' });
    await page.getByLabel('Burgerservicenummer (BSN)').fill(mother.bsn);
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.getByRole('status').getByText('1 persoon gevonden.').waitFor();
    const results = page.getByRole('table', { name: 'Gevonden personen' });
    await results.getByRole('rowheader', { name: motherName }).waitFor();
    await expectNoAxeViolations(page, 'werkplek: search results');

    await results.getByRole('button', { name: `Dossier openen van ${motherName}` }).click();
    await page.getByRole('heading', { level: 1, name: `Dossier van ${motherName}` }).waitFor();
    // The BSN travels in history state, never in the address.
    expect(page.url()).toBe(`${server.url}/werkplek/personen/dossier`);
    await page.getByText('Doel van deze inzage: Vraag van de inwoner beantwoorden. Deze inzage is vastgelegd.').waitFor();
    const household = page.getByRole('table', { name: 'Mensen op hetzelfde adres' });
    expect(await household.textContent()).toContain(family.partners[1].bsn);
    await page.getByText('Nog geen contactmomenten.').waitFor();
    await expectNoAxeViolations(page, 'werkplek: person file');

    // Register a contact moment: first without topic and summary, then properly.
    const form = page.getByRole('form', { name: 'Nieuw contactmoment vastleggen' });
    await form.getByRole('button', { name: 'Contactmoment vastleggen' }).click();
    await form.getByRole('link', { name: 'Onderwerp: Vul dit veld in.' }).waitFor();
    await form.getByRole('link', { name: 'Samenvatting: Vul dit veld in.' }).waitFor();
    await expectNoAxeViolations(page, 'werkplek: contact moment form with errors');

    await form.getByLabel('Kanaal').selectOption({ label: 'Balie' });
    await form.getByLabel('Onderwerp').fill('Vraag over bijzondere bijstand');
    await form.getByLabel('Samenvatting').fill('Mevrouw vraagt of zij bijzondere bijstand kan krijgen voor een wasmachine.');
    await form.getByRole('radio', { name: 'Afgehandeld' }).check();
    await form.getByRole('button', { name: 'Contactmoment vastleggen' }).click();
    await page.getByText('Het contactmoment is vastgelegd.').waitFor();
    const moments = page.getByRole('table', { name: 'Contactmomenten met deze persoon, nieuwste eerst' });
    const row = moments.getByRole('row', { name: /Vraag over bijzondere bijstand/ });
    expect(await row.textContent()).toContain('Balie');
    expect(await row.textContent()).toContain('Afgehandeld');
    expect(await row.textContent()).toContain('Carla Consulent');
    await expectNoAxeViolations(page, 'werkplek: contact moment saved');

    // A reload keeps the history state, so the file is still there.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: `Dossier van ${motherName}` }).waitFor();
    await page.getByRole('link', { name: 'Vraag over bijzondere bijstand' }).click();
    await page.getByRole('heading', { level: 1, name: 'Contactmoment: Vraag over bijzondere bijstand' }).waitFor();
    expect(await page.getByRole('definition').allTextContents()).toContain(`${motherName} (BSN ${mother.bsn})`);
    await expectNoAxeViolations(page, 'werkplek: contact moment');
  });

  it('asks to search again when the file is opened without a chosen person', async () => {
    current = await openPage(browser, server);
    const { page } = current;
    await loginAsStaff(page, consultant.username!, consultant.password, 'Carla Consulent');
    await page.goto('/werkplek/personen/dossier');
    await page.getByText('Om privacyredenen staat het BSN niet in het webadres.', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Zoek de persoon opnieuw' }).click();
    await page.getByRole('heading', { level: 1, name: 'Personen zoeken' }).waitFor();
    await expectNoAxeViolations(page, 'werkplek: search after missing state');
  });

  it('searches by surname and date of birth, and says so when nobody is found', async () => {
    current = await openPage(browser, server);
    const { page } = current;
    const father = family.partners[1];
    await loginAsStaff(page, consultant.username!, consultant.password, 'Carla Consulent');
    await page.goto('/werkplek/personen');
    await page.getByLabel('Doel van de inzage').selectOption('aanvraag');
    await page.getByRole('radio', { name: 'Achternaam en geboortedatum' }).check();
    await page.getByLabel('Achternaam', { exact: true }).fill(father.familyName);
    await page.getByLabel('Geboortedatum', { exact: true }).fill('31-02-1982');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.getByRole('link', { name: 'Geboortedatum: Vul een datum in, bijvoorbeeld 15-06-1985.' }).waitFor();
    await expectNoAxeViolations(page, 'werkplek: search by name and birth date with error');

    await page.getByLabel('Geboortedatum', { exact: true }).fill('20-11-1982');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.getByRole('table', { name: 'Gevonden personen' }).getByRole('rowheader', { name: `${father.givenNames} ${father.familyName}` }).waitFor();

    await page.getByLabel('Geboortedatum', { exact: true }).fill('01-01-1900');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.getByText('Geen personen gevonden. Controleer wat u heeft ingevuld.').waitFor();
  });

  it('lists open contact moments on the start page without personal data, and opens the file from one', async () => {
    const father = family.partners[1];
    const fatherName = `${father.givenNames} ${father.familyName}`;
    await createContactMoment(server.db, { subjectBsn: father.bsn, assignedTo: consultant.id });
    current = await openPage(browser, server);
    const { page } = current;
    await loginAsStaff(page, consultant.username!, consultant.password, 'Carla Consulent');
    await page.getByText(/^U heeft \d+ open contactmoment(en)?\.$/).waitFor();
    const table = page.getByRole('table', { name: 'Open contactmomenten, nieuwste eerst' });
    expect(await table.textContent()).not.toContain(father.bsn);
    expect(await table.textContent()).not.toContain(father.familyName);
    await expectNoAxeViolations(page, 'werkplek: start page with open contact moments');

    await table.getByRole('link', { name: 'Vraag over bijzondere bijstand' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Contactmoment: Vraag over bijzondere bijstand' }).waitFor();
    // Opening the file is a new read: it asks for its own purpose.
    await page.getByRole('button', { name: 'Dossier openen' }).click();
    await page.getByRole('link', { name: 'Doel van de inzage: Maak een keuze.' }).waitFor();
    await expectNoAxeViolations(page, 'werkplek: contact moment with purpose error');
    await page.getByLabel('Doel van de inzage').selectOption({ label: 'Aanvraag behandelen' });
    await page.getByRole('button', { name: 'Dossier openen' }).click();
    await page.getByRole('heading', { level: 1, name: `Dossier van ${fatherName}` }).waitFor();
    await page.getByText('Doel van deze inzage: Aanvraag behandelen.', { exact: false }).waitFor();
  });
});
