import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, createStaff } from '../support/factories.js';
import { addDemoPersona } from './support/fixtures.js';
import { expectNoAxeViolations, expectNoPageProblems, focusedElement, launchBrowser, openPage, type TestPage } from './support/playwright-utils.js';
import { startTestServer, type TestServer } from './support/test-server.js';

// Keyboard use, skip link, landmarks, visible focus, target size, language switch (texts, lang
// attribute, server errors in the chosen language) and the municipality's theme.

let server: TestServer;
let browser: Browser;
let current: TestPage | undefined;
let consultant: Awaited<ReturnType<typeof createStaff>>;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  const resident = await createPerson(server.db, { givenNames: 'Fatima', familyName: 'Yilmaz' });
  await addDemoPersona(server.db, resident.bsn);
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

describe('accessibility', () => {
  it('reaches the skip link with the first Tab; it moves focus to the main content', async () => {
    current = await openPage(browser, server);
    const { page } = current;
    for (const path of ['/loket/inloggen', '/werkplek/inloggen']) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.keyboard.press('Tab');
      const first = await focusedElement(page);
      expect(first).toMatchObject({ tag: 'A', text: 'Naar de inhoud' });
      expect(first.outline).not.toBe('none');
      // Visible while focused (it is off screen otherwise).
      const box = await page.getByRole('link', { name: 'Naar de inhoud' }).boundingBox();
      expect(box && box.y >= 0 && box.height >= 24).toBe(true);
      await expectNoAxeViolations(page, `${path}: skip link focused`);
      await page.keyboard.press('Enter');
      expect(await focusedElement(page)).toMatchObject({ tag: 'MAIN', id: 'inhoud' });
    }
  });

  it('has the landmarks banner, navigation, main and contentinfo', async () => {
    current = await openPage(browser, server);
    const { page } = current;
    await page.goto('/werkplek/inloggen');
    await page.getByRole('heading', { level: 1 }).waitFor();
    for (const role of ['banner', 'main', 'contentinfo'] as const) expect(await page.getByRole(role).count()).toBe(1);
    expect(await page.getByRole('navigation', { name: 'Taal' }).count()).toBe(1);
  });

  it('can be used with the keyboard only: log in, open the menu, search', async () => {
    current = await openPage(browser, server);
    const { page } = current;
    await page.goto('/werkplek/inloggen');
    await page.getByRole('heading', { level: 1 }).waitFor();
    // Tab through to the username field; every stop shows a focus indicator.
    for (let i = 0; i < 10 && (await focusedElement(page)).id !== 'login-gebruikersnaam'; i++) {
      await page.keyboard.press('Tab');
      const stop = await focusedElement(page);
      expect(stop.outline, `focus indicator on ${stop.tag} "${stop.text}"`).not.toBe('none');
    }
    expect((await focusedElement(page)).id).toBe('login-gebruikersnaam');
    await page.keyboard.type(consultant.username!);
    await page.keyboard.press('Tab');
    await page.keyboard.type(consultant.password);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Goedendag, Carla Consulent' }).waitFor();

    // Tab to the menu item and follow it with Enter; focus lands on the new page's heading.
    for (let i = 0; i < 15 && (await focusedElement(page)).text !== 'Personen zoeken'; i++) await page.keyboard.press('Tab');
    expect((await focusedElement(page)).text).toBe('Personen zoeken');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Personen zoeken' }).waitFor();
    await expect.poll(async () => (await focusedElement(page)).tag).toBe('H1');

    // Choose the purpose with the keyboard and search.
    for (let i = 0; i < 10 && (await focusedElement(page)).id !== 'zoek-doel'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel('Doel van de inzage').inputValue()).not.toBe('');
    await page.keyboard.press('Tab'); // the "BSN" radio button
    await page.keyboard.press('Tab'); // the BSN field
    expect((await focusedElement(page)).id).toBe('zoek-bsn');
    await page.keyboard.type('999993653');
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('Geen personen gevonden. Controleer wat u heeft ingevuld.').waitFor();
  });

  it('switches to English: texts, the lang attribute, page title and server errors follow', async () => {
    current = await openPage(browser, server);
    const { page } = current;
    await page.goto('/werkplek/inloggen');
    await page.getByRole('heading', { level: 1, name: 'Inloggen bij de Werkplek' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('nl');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log in to the Workspace' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.title()).toBe('Log in – Workspace – Municipality of Voorbeeldstad');
    await page.getByRole('link', { name: 'Skip to content' }).waitFor({ state: 'attached' });

    // The choice is kept in this browser and sent as Accept-Language: the server answers in English.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Log in to the Workspace' }).waitFor();
    await page.getByLabel('Username', { exact: true }).fill('carla');
    await page.getByLabel('Password', { exact: true }).fill('wrong-password');
    await page.getByRole('button', { name: 'Log in', exact: true }).click();
    await page.getByRole('link', { name: 'Password: The username or password is not correct.' }).waitFor();
    await expectNoAxeViolations(page, 'werkplek: login in English with error');

    // Back to Dutch, also for the message already on screen.
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('link', { name: 'Wachtwoord: De gebruikersnaam of het wachtwoord klopt niet.' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
  });

  it('shows Mijn loket in English after a resident switches', async () => {
    current = await openPage(browser, server);
    const { page } = current;
    await page.goto('/loket');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log in to My counter' }).waitFor();
    await page.getByRole('button', { name: 'Log in as Fatima Yilmaz' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome, Fatima Yilmaz' }).waitFor();
    await page.getByText('No staff member has viewed your data yet.').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expectNoAxeViolations(page, 'loket: home in English');
  });

  it("takes colours and logo from the municipality's theme", async () => {
    current = await openPage(browser, server);
    const { page } = current;
    await page.goto('/loket/inloggen');
    await page.getByRole('heading', { level: 1 }).waitFor();
    // theme.css sets --eenloket-brand-color: #1d5b8f and the header uses it through the tokens.
    const header = await page.evaluate(`getComputedStyle(document.querySelector('header')).backgroundColor`);
    expect(header).toBe('rgb(29, 91, 143)');
    const stylesheets = await page.evaluate<string[]>(`[...document.querySelectorAll('link[rel=stylesheet]')].map((l) => l.getAttribute('href'))`);
    expect(stylesheets.at(-1)).toBe('/theme/theme.css');
    expect(await page.getAttribute('html', 'class')).toContain('eenloket-theme');
    const logo = await page.request.get('/theme/logo.svg');
    expect(logo.status()).toBe(200);
  });
});
