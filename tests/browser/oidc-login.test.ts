import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createPerson } from '../support/factories.js';
import { startTestIdentityProvider, type TestIdentityProvider } from '../support/oidc-test-provider.js';
import { expectNoAxeViolations, expectNoPageProblems, launchBrowser, openPage, type TestPage } from './support/playwright-utils.js';
import { startTestServer, type TestServer } from './support/test-server.js';

// The login buttons for DigiD (through an OpenID Connect broker) and for the municipality's own
// identity provider, against a real OpenID Connect provider (oidc-provider) on a loopback port.

let server: TestServer;
let browser: Browser;
let current: TestPage | undefined;
const providers: TestIdentityProvider[] = [];
const digidAccounts: Record<string, Record<string, unknown>> = {};

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startTestServer({
      env: async (url) => {
        const digid = await startTestIdentityProvider({ publicUrl: url, callbackPath: '/api/auth/digid/callback', accounts: digidAccounts, claims: ['burgerservicenummer'] });
        const staff = await startTestIdentityProvider({
          publicUrl: url,
          callbackPath: '/api/auth/staff/callback',
          accounts: { 'emp-1': { name: 'Sanne de Boer', groups: ['SD-Consulenten'] }, 'emp-2': { name: 'Piet Zonderrol', groups: ['Facilitair'] } },
          claims: ['name', 'groups'],
        });
        providers.push(digid, staff);
        return {
          DIGID_OIDC_ISSUER: digid.issuer,
          DIGID_OIDC_CLIENT_ID: digid.clientId,
          DIGID_OIDC_CLIENT_SECRET: digid.clientSecret,
          DIGID_OIDC_BSN_CLAIM: 'burgerservicenummer',
          DIGID_TEST_LOGIN: 'false',
          STAFF_OIDC_ISSUER: staff.issuer,
          STAFF_OIDC_CLIENT_ID: staff.clientId,
          STAFF_OIDC_CLIENT_SECRET: staff.clientSecret,
          STAFF_OIDC_ROLES_CLAIM: 'groups',
          STAFF_OIDC_ROLE_MAP: JSON.stringify({ 'SD-Consulenten': 'consulent' }),
        };
      },
    }),
    launchBrowser(),
  ]);
  const person = await createPerson(server.db, { givenNames: 'Fatima', familyName: 'El Amrani' });
  digidAccounts['digid-user-1'] = { burgerservicenummer: `s00000000:${person.bsn}` };
  digidAccounts['digid-user-2'] = { burgerservicenummer: '123' };
});

afterEach(async () => {
  if (current) expectNoPageProblems(current);
  await current?.context.close();
  current = undefined;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await Promise.all(providers.map((p) => p.close()));
});

/** Plays the person's part on the provider's own (development) login page. */
async function signInAtProvider(page: Page, subject: string) {
  await page.getByPlaceholder('Enter any login').fill(subject);
  await page.getByPlaceholder('and password').fill('irrelevant');
  await page.getByRole('button', { name: 'Sign-in' }).click();
}

async function openTestPage(): Promise<TestPage> {
  const testPage = await openPage(browser, server);
  // The provider's page loads a web font from the internet; tests stay offline.
  await testPage.page.route('https://fonts.googleapis.com/**', (route) => route.abort());
  return testPage;
}

describe('OpenID Connect login buttons', () => {
  it('logs a resident in with DigiD and out again at the broker', async () => {
    current = await openTestPage();
    const { page } = current;
    await page.goto('/loket');
    await page.getByRole('heading', { level: 1, name: 'Inloggen bij Mijn loket' }).waitFor();
    expect(await page.getByRole('heading', { name: 'DigiD-testlogin (alleen voor de demo)' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'loket: login with DigiD button');

    await page.getByRole('link', { name: 'Inloggen met DigiD' }).click();
    await signInAtProvider(page, 'digid-user-1');
    await page.getByRole('heading', { level: 1, name: 'Welkom, Fatima El Amrani' }).waitFor();
    expect(page.url()).toBe(`${server.url}/loket`);

    // Single logout: the broker's session ends too, then the broker sends the person back.
    await page.getByRole('banner').getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggen bij Mijn loket' }).waitFor();
  });

  it('explains a refused DigiD login on the login page', async () => {
    current = await openTestPage();
    const { page } = current;
    await page.goto('/loket/inloggen');
    await page.getByRole('link', { name: 'Inloggen met DigiD' }).click();
    await signInAtProvider(page, 'digid-user-2');
    await page.getByRole('alert').getByText('We hebben uw burgerservicenummer (BSN) niet ontvangen.', { exact: false }).waitFor();
    expect(page.url()).toBe(`${server.url}/loket/inloggen?fout=oidc.bsn_missing`);
    await expectNoAxeViolations(page, 'loket: login after refused DigiD login');
  });

  it("logs a staff member in with the organisation's account, and refuses one without a role", async () => {
    current = await openTestPage();
    const { page } = current;
    await page.goto('/werkplek');
    await page.getByRole('link', { name: 'Inloggen met uw organisatie-account' }).click();
    await signInAtProvider(page, 'emp-1');
    await page.getByRole('heading', { level: 1, name: 'Goedendag, Sanne de Boer' }).waitFor();
    await page.getByText('Uw rollen: Consulent.').waitFor();
    await expectNoAxeViolations(page, 'werkplek: home after organisation login');

    const other = await openTestPage();
    try {
      await other.page.goto('/werkplek/inloggen');
      await other.page.getByRole('link', { name: 'Inloggen met uw organisatie-account' }).click();
      await signInAtProvider(other.page, 'emp-2');
      await other.page.getByRole('alert').getByText('Uw account heeft geen rol in de Werkplek.', { exact: false }).waitFor();
      expectNoPageProblems(other);
    } finally {
      await other.context.close();
    }
  });
});
