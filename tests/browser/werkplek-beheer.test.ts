import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, createStaff } from '../support/factories.js';
import { expectNoAxeViolations, expectNoPageProblems, launchBrowser, loginAsStaff, openPage, type TestPage } from './support/playwright-utils.js';
import { ApiSession, startTestServer, type TestServer } from './support/test-server.js';

// Werkplek for the auditor (audit trail, chain verification) and the functioneel beheerder
// (staff accounts). Menus show only what each role may use.

let server: TestServer;
let browser: Browser;
let current: TestPage | undefined;
let person: Awaited<ReturnType<typeof createPerson>>;
let auditor: Awaited<ReturnType<typeof createStaff>>;
let admin: Awaited<ReturnType<typeof createStaff>>;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  person = await createPerson(server.db, { givenNames: 'Sanne', familyName: 'Jansen' });
  auditor = await createStaff(server.db, { roles: ['auditor'], username: 'audrey', displayName: 'Audrey Auditor' });
  admin = await createStaff(server.db, { roles: ['functioneel-beheerder'], username: 'fabian', displayName: 'Fabian Beheer' });
  const consultant = await createStaff(server.db, { roles: ['consulent'], username: 'carla', displayName: 'Carla Consulent' });
  // Enough entries for more than one page of the audit trail (50 per page).
  const staff = new ApiSession(server);
  await staff.loginStaff(consultant.username!, consultant.password);
  for (let i = 0; i < 55; i++) await staff.request('POST', '/api/werkplek/persons/search', { type: 'bsn', bsn: person.bsn, purpose: 'aanvraag' });
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

describe('Werkplek: auditor', () => {
  it('shows the audit trail page by page, filters by resident and verifies the chain', async () => {
    current = await openPage(browser, server);
    const { page } = current;
    await loginAsStaff(page, auditor.username!, auditor.password, 'Audrey Auditor');
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await menu.getByRole('link').allTextContents()).toEqual(['Start', 'Audittrail']);

    await menu.getByRole('link', { name: 'Audittrail' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audittrail' }).waitFor();
    expect(await page.title()).toBe('Audittrail – Werkplek – Gemeente Voorbeeldstad');
    const table = page.getByRole('table', { name: 'Regels in de audittrail, nieuwste eerst' });
    await page.getByText('50 regels getoond.').waitFor();
    expect(await table.getByRole('row').count()).toBe(51);
    expect(await table.textContent()).toContain('person.search');
    await expectNoAxeViolations(page, 'werkplek: audit trail');

    await page.getByRole('button', { name: 'Meer laden' }).click();
    await page.getByText(/^(5[1-9]|[6-9]\d|\d{3}) regels getoond\.$/).waitFor();

    await page.getByLabel('BSN van de inwoner').fill('123');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.getByRole('link', { name: 'BSN van de inwoner: Een BSN heeft 9 cijfers.' }).waitFor();
    await expectNoAxeViolations(page, 'werkplek: audit search with error');

    await page.getByLabel('BSN van de inwoner').fill(person.bsn);
    await page.getByLabel('Handeling').fill('person.search');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.getByText('50 regels getoond.').waitFor();
    const subjects = await table.getByRole('row').evaluateAll((rows) => rows.slice(1).map((r) => r.children[4]?.textContent));
    expect(new Set(subjects)).toEqual(new Set([person.bsn]));

    await page.getByRole('button', { name: 'Keten controleren' }).click();
    await page.getByText(/^De keten is in orde\. \d+ regels gecontroleerd/).waitFor();
    await expectNoAxeViolations(page, 'werkplek: audit chain verified');
  });
});

describe('Werkplek: functioneel beheerder', () => {
  it('creates a staff account, changes its roles, and the new colleague can log in', async () => {
    current = await openPage(browser, server);
    const { page } = current;
    await loginAsStaff(page, admin.username!, admin.password, 'Fabian Beheer');
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await menu.getByRole('link').allTextContents()).toEqual(['Start', 'Regelingen', 'Audittrail', 'Medewerkers']);

    // The administrator may verify the chain but not read the trail.
    await menu.getByRole('link', { name: 'Audittrail' }).click();
    await page.getByRole('button', { name: 'Keten controleren' }).waitFor();
    expect(await page.getByRole('table').count()).toBe(0);

    await menu.getByRole('link', { name: 'Medewerkers' }).click();
    const list = page.getByRole('table', { name: 'Alle medewerkers' });
    await list.getByRole('rowheader', { name: 'Audrey Auditor' }).waitFor();
    await expectNoAxeViolations(page, 'werkplek: staff list');

    await page.getByRole('link', { name: 'Nieuwe medewerker' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe medewerker' }).waitFor();
    await page.getByRole('button', { name: 'Medewerker aanmaken' }).click();
    await page.getByRole('link', { name: 'Rollen: Kies minstens één rol.' }).waitFor();
    // The summary lists the errors in the order of the form.
    expect(await page.getByRole('alert').getByRole('listitem').allTextContents()).toEqual([
      'Naam: Vul dit veld in.',
      'Gebruikersnaam: Vul dit veld in.',
      'Rollen: Kies minstens één rol.',
      'Wachtwoord: Vul dit veld in.',
    ]);
    await expectNoAxeViolations(page, 'werkplek: new staff member with errors');

    await page.getByLabel('Naam', { exact: true }).fill('Kees Kwaliteit');
    await page.getByLabel('Gebruikersnaam').fill('audrey');
    await page.getByRole('checkbox', { name: 'Kwaliteitsmedewerker' }).check();
    await page.getByLabel('Wachtwoord').fill('een-lang-genoeg-wachtwoord');
    await page.getByRole('button', { name: 'Medewerker aanmaken' }).click();
    // The server's conflict lands on the username field.
    await page.getByRole('link', { name: 'Gebruikersnaam: Deze gebruikersnaam bestaat al.' }).waitFor();
    await expectNoAxeViolations(page, 'werkplek: new staff member with server error');

    await page.getByLabel('Gebruikersnaam').fill('kees');
    await page.getByRole('button', { name: 'Medewerker aanmaken' }).click();
    await page.getByText('Medewerker Kees Kwaliteit is aangemaakt.').waitFor();
    const row = list.getByRole('row', { name: /Kees Kwaliteit/ });
    expect(await row.textContent()).toContain('Kwaliteitsmedewerker');

    await row.getByRole('link', { name: 'Wijzigen: Kees Kwaliteit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wijzigen: Kees Kwaliteit' }).waitFor();
    await page.getByRole('checkbox', { name: 'Consulent' }).check();
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText('De wijzigingen zijn opgeslagen.').waitFor();
    await expectNoAxeViolations(page, 'werkplek: edit staff member');

    const colleague = await openPage(browser, server);
    try {
      await loginAsStaff(colleague.page, 'kees', 'een-lang-genoeg-wachtwoord', 'Kees Kwaliteit');
      expect(await colleague.page.getByText('Uw rollen: Kwaliteitsmedewerker, Consulent.').count()).toBe(1);
      expectNoPageProblems(colleague);
    } finally {
      await colleague.context.close();
    }
  });
});
