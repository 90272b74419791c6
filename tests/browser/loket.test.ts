import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBusiness, createFamily, createStaff } from '../support/factories.js';
import { addDemoPersona } from './support/fixtures.js';
import { expectNoAxeViolations, expectNoPageProblems, focusedElement, launchBrowser, loginAsResident, openPage, type TestPage } from './support/playwright-utils.js';
import { ApiSession, startTestServer, type TestServer } from './support/test-server.js';

// Mijn loket: a resident logs in with the DigiD test login, sees their data, household,
// businesses and who at the municipality looked at their data, then logs out.

let server: TestServer;
let browser: Browser;
let current: TestPage | undefined;
let family: Awaited<ReturnType<typeof createFamily>>;
const consultantName = 'Carla Consulent';

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  family = await createFamily(server.db, { children: 2 });
  const mother = family.partners[0];
  await addDemoPersona(server.db, mother.bsn);
  await createBusiness(server.db, mother.id);
  const consultant = await createStaff(server.db, { roles: ['consulent'], username: 'carla', displayName: consultantName });
  // The consultant opens the mother's file for a Wmo assessment: a recorded read she must see.
  const staff = new ApiSession(server);
  await staff.loginStaff(consultant.username!, consultant.password);
  await staff.request('POST', '/api/werkplek/persons/file', { bsn: mother.bsn, purpose: 'wmo-onderzoek' });
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

const motherName = () => `${family.partners[0].givenNames} ${family.partners[0].familyName}`;

describe('Mijn loket', () => {
  it('shows the login page with the DigiD test login, clearly labelled as a demo', async () => {
    current = await openPage(browser, server);
    const { page } = current;
    await page.goto('/loket');
    await page.getByRole('heading', { level: 1, name: 'Inloggen bij Mijn loket' }).waitFor();
    expect(page.url()).toBe(`${server.url}/loket/inloggen`);
    expect(await page.title()).toBe('Inloggen – Mijn loket – Gemeente Voorbeeldstad');
    await page.getByRole('heading', { name: 'DigiD-testlogin (alleen voor de demo)' }).waitFor();
    await page.getByRole('button', { name: `Inloggen als ${motherName()}` }).waitFor();
    expect(await page.getByRole('img', { name: /Logo gemeente Voorbeeldstad/ }).getAttribute('src')).toBe('/theme/logo.svg');
    await expectNoAxeViolations(page, 'loket: login');
  });

  it('links a wrong BSN to its field and lists it in the error summary', async () => {
    current = await openPage(browser, server);
    const { page } = current;
    await page.goto('/loket/inloggen');
    await page.getByLabel('Burgerservicenummer (BSN)').fill('123456789');
    await page.getByRole('button', { name: 'Inloggen met dit BSN' }).click();
    const field = page.getByLabel('Burgerservicenummer (BSN)');
    await page.getByRole('link', { name: 'Dit BSN klopt niet. Controleer de cijfers.' }).waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
    const errorTexts = await Promise.all(describedBy.split(' ').map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(errorTexts).toContain('Dit BSN klopt niet. Controleer de cijfers.');
    // Focus went to the summary (role=alert); its link moves focus to the field.
    expect((await focusedElement(page)).role).toBe('alert');
    await expectNoAxeViolations(page, 'loket: login with BSN error');
    await page.getByRole('link', { name: 'Dit BSN klopt niet. Controleer de cijfers.' }).click();
    expect((await focusedElement(page)).id).toBe(await field.getAttribute('id'));

    // A valid BSN that is no test person: the server's message lands on the same field.
    await field.fill('999993653');
    await page.getByRole('button', { name: 'Inloggen met dit BSN' }).click();
    await page.getByRole('link', { name: 'Er is geen testpersoon met dit BSN.' }).waitFor();
    await expectNoAxeViolations(page, 'loket: login with server error');
  });

  it('lets a resident log in, see their data, household, businesses and who viewed their data, and log out', async () => {
    current = await openPage(browser, server);
    const { page } = current;
    await loginAsResident(page, motherName());
    expect(await page.title()).toBe('Mijn overzicht – Mijn loket – Gemeente Voorbeeldstad');

    const myData = page.getByRole('region', { name: 'Mijn gegevens', exact: true });
    await myData.getByText(family.partners[0].bsn).waitFor();
    expect(await myData.textContent()).toContain('02-03-1984');

    const household = page.getByRole('table', { name: 'Mensen op uw adres' });
    await household.waitFor();
    const rows = await household.getByRole('row').allTextContents();
    expect(rows.join('\n')).toContain('Bram');
    expect(rows.join('\n')).toContain('Partner');
    expect(rows.filter((r) => r.includes('Kind'))).toHaveLength(2);

    await page.getByRole('table', { name: 'Uw inschrijvingen bij de KvK' }).getByText('Testbedrijf').waitFor();

    const accessLog = page.getByRole('table', { name: 'Wie bekeek mijn gegevens, nieuwste eerst' });
    await accessLog.waitFor();
    const logText = (await accessLog.textContent()) ?? '';
    expect(logText).toContain(consultantName);
    expect(logText).toContain('Consulent');
    expect(logText).toContain('Gegevens bekeken');
    expect(logText).toContain('Onderzoek naar uw ondersteuning (keukentafelgesprek)');
    await expectNoAxeViolations(page, 'loket: home');

    await page.getByRole('main').getByRole('button', { name: 'Uitloggen', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggen bij Mijn loket' }).waitFor();
    await page.getByText('U bent uitgelogd.').waitFor();
    await expectNoAxeViolations(page, 'loket: logged out');
    // The session is really gone: the home page sends us back to login.
    await page.goto('/loket');
    await page.getByRole('heading', { level: 1, name: 'Inloggen bij Mijn loket' }).waitFor();
  });

  it('ends every session of the resident with "Overal uitloggen"', async () => {
    current = await openPage(browser, server);
    const other = await openPage(browser, server);
    try {
      await loginAsResident(current.page, motherName());
      await loginAsResident(other.page, motherName());
      await current.page.getByRole('button', { name: 'Overal uitloggen' }).click();
      // At least these two; a test before may have left one of hers open.
      await current.page.getByText(/U bent op alle apparaten uitgelogd\. Er zijn \d+ sessies beëindigd\./).waitFor();
      // The other device finds out at its next request.
      await other.page.reload();
      await other.page.getByRole('heading', { level: 1, name: 'Inloggen bij Mijn loket' }).waitFor();
      expectNoPageProblems(other);
    } finally {
      await other.context.close();
    }
  });

  it('shows a plain message after a failed DigiD login (?fout=)', async () => {
    current = await openPage(browser, server);
    const { page } = current;
    await page.goto('/loket/inloggen?fout=oidc.cancelled');
    await page.getByRole('alert').getByText('U heeft het inloggen afgebroken. U kunt het opnieuw proberen.').waitFor();
    await expectNoAxeViolations(page, 'loket: login after cancelled DigiD');
  });
});
