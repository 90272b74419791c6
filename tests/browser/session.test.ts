import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '../../src/server/modules/auth/auth.tables.js';
import { createPerson, createStaff } from '../support/factories.js';
import { afterTwoFrames, expectNoAxeViolations, expectNoPageProblems, focusedElement, launchBrowser, loginAsStaff, openPage, type TestPage } from './support/playwright-utils.js';
import { startTestServer, type TestServer } from './support/test-server.js';

// Sessions that end: removed on the server, idle too long, and the warning before the idle
// time runs out (with a way to stay logged in).

let server: TestServer;
let browser: Browser;
let current: TestPage | undefined;
let consultant: Awaited<ReturnType<typeof createStaff>>;
let person: Awaited<ReturnType<typeof createPerson>>;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer({ env: { SESSION_IDLE_MINUTES: '15' } }), launchBrowser()]);
  consultant = await createStaff(server.db, { roles: ['consulent'], username: 'carla', displayName: 'Carla Consulent' });
  person = await createPerson(server.db);
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

const expiredMessage = 'Uw sessie is verlopen. Log opnieuw in.';

describe('sessions', () => {
  it('sends the person to the login page with a message when the session is gone, and back after logging in', async () => {
    current = await openPage(browser, server);
    const { page } = current;
    await loginAsStaff(page, consultant.username!, consultant.password, 'Carla Consulent');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Personen zoeken' }).click();
    await page.getByLabel('Doel van de inzage').selectOption('aanvraag');
    await page.getByLabel('Burgerservicenummer (BSN)').fill(person.bsn);

    await server.db.delete(sessions);
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.getByRole('alert').getByText(expiredMessage).waitFor();
    expect(page.url()).toBe(`${server.url}/werkplek/inloggen`);
    await expectNoAxeViolations(page, 'werkplek: login after session ended');

    // Logging in again returns to the page the person was on.
    await page.getByLabel('Gebruikersnaam', { exact: true }).fill(consultant.username!);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(consultant.password);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Personen zoeken' }).waitFor();
  });

  it('treats a session idle for longer than SESSION_IDLE_MINUTES as expired', async () => {
    current = await openPage(browser, server);
    const { page } = current;
    await loginAsStaff(page, consultant.username!, consultant.password, 'Carla Consulent');
    await server.db.update(sessions).set({ lastSeenAt: new Date(Date.now() - 16 * 60_000) });
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Personen zoeken' }).click();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Start' }).click();
    await page.getByRole('alert').getByText(expiredMessage).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Inloggen bij de Werkplek' }).waitFor();
  });

  it('warns before the idle time runs out, lets the person stay logged in, and logs out when it does run out', async () => {
    current = await openPage(browser, server);
    const { page } = current;
    // The browser's clock is ours to move; the server keeps real time (the app corrects for the difference).
    await page.clock.install();
    await server.db.delete(sessions);
    await loginAsStaff(page, consultant.username!, consultant.password, 'Carla Consulent');

    await page.clock.fastForward('13:30');
    const dialog = page.getByRole('alertdialog', { name: 'U wordt bijna uitgelogd' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Over 2 minuten wordt u automatisch uitgelogd.');
    // Modal (the rest of the page is inert); focus is inside the dialog, on its first button.
    expect(await page.evaluate(`document.querySelector('dialog').matches(':modal')`)).toBe(true);
    expect((await focusedElement(page)).text).toBe('Ingelogd blijven');
    await expectNoAxeViolations(page, 'werkplek: idle warning dialog');

    // The dialog closes at once; the session's new end comes with the answer to the keep-alive. Time
    // moved on before that would still count towards the old end (on a busy machine it did).
    const keptAlive = page.waitForResponse((r) => r.request().method() === 'GET' && new URL(r.url()).pathname === '/api/auth/session');
    await dialog.getByRole('button', { name: 'Ingelogd blijven' }).click();
    await dialog.waitFor({ state: 'detached' });
    await keptAlive;
    await afterTwoFrames(page);
    await page.getByRole('heading', { level: 1, name: 'Goedendag, Carla Consulent' }).waitFor();

    // Nobody answers the next warning: the session ends and the login page says why.
    await page.clock.fastForward('13:30');
    await dialog.waitFor();
    await page.clock.fastForward('02:30');
    await page.getByRole('alert').getByText(expiredMessage).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Inloggen bij de Werkplek' }).waitFor();
    // The app also ended the session on the server.
    await expect.poll(async () => (await server.db.select().from(sessions)).length).toBe(0);
  });
});
