import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createStaff } from '../support/factories.js';
import { installShippedRegelingen } from '../support/regelingen.js';
import { expectNoAxeViolations, expectNoPageProblems, launchBrowser, loginAsStaff, openPage, type TestPage } from './support/playwright-utils.js';
import { startTestServer, type TestServer } from './support/test-server.js';

// The functioneel beheerder reads a regeling's decision model as decision tables (the bpmn.io
// viewer), puts a changed model into a draft, sees the example case it breaks, cannot publish
// until the model is right again, and then publishes.

let server: TestServer;
let browser: Browser;
let current: TestPage | undefined;
let admin: Awaited<ReturnType<typeof createStaff>>;

const modelFile = 'decisions/beoordeling-v1.dmn';
const original = readFileSync('regelingen/energietoeslag/decisions/beoordeling-v1.dmn', 'utf8');
// The reason a resident outside the municipality reads: the example case expecting it no longer holds.
const changed = original.replace('"U woont niet in onze gemeente. U vraagt', '"U woont ergens anders. U vraagt');
const examples = (JSON.parse(readFileSync('regelingen/energietoeslag/examples/beoordeling-v1.json', 'utf8')) as { cases: { id: string; expected: { reasons?: string[] } }[] }).cases;
const cases = examples.length;
const outsider = examples.find((c) => c.expected.reasons?.includes('U woont niet in onze gemeente'))!.id;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  await installShippedRegelingen(server.db);
  admin = await createStaff(server.db, { roles: ['functioneel-beheerder'], username: 'femke', displayName: 'Femke Beheer' });
  expect(changed).not.toBe(original);
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

async function showDecision(page: Page, name: string) {
  await page.getByLabel('Beslissing', { exact: true }).selectOption({ label: `${name} (beslistabel)` });
  return page.getByRole('region', { name: `Beslissing ${name}`, exact: true });
}

async function uploadModel(page: Page, xml: string) {
  await page.getByLabel(`Nieuw beslismodel voor ${modelFile}`).setInputFiles({ name: 'beoordeling-v1.dmn', mimeType: 'application/xml', buffer: Buffer.from(xml) });
  await page.getByRole('button', { name: 'Beslismodel vervangen' }).click();
}

describe('Werkplek: beslismodellen (functioneel beheerder)', () => {
  it('shows the decision tables, tests the examples of a changed model and publishes only when they hold', async () => {
    current = await openPage(browser, server);
    const { page } = current;
    await loginAsStaff(page, admin.username!, admin.password, 'Femke Beheer');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Regelingen' }).click();
    await page.getByRole('table', { name: 'Alle regelingen' }).getByRole('link', { name: 'Energietoeslag 2022' }).click();
    await page.getByRole('table', { name: 'Versies van de regeling' }).getByRole('link', { name: 'Versie 1' }).click();
    await page.getByRole('heading', { level: 1, name: 'Versie 1: Energietoeslag 2022' }).waitFor();

    // The published model, read as decision tables drawn by dmn-js.
    await page.getByRole('heading', { level: 2, name: 'Beslismodellen' }).waitFor();
    const redenen = await showDecision(page, 'Redenen');
    await redenen.getByRole('cell', { name: /U woont niet in onze gemeente\. U vraagt/ }).waitFor();
    expect(await redenen.getAttribute('tabindex')).toBe('0');
    // The text of the model is there too, for whoever cannot use the table.
    await page.getByText(`Tekst van het model (${modelFile})`).click();
    await page.getByRole('region', { name: `Tekst van ${modelFile}` }).getByText('Decision_Redenen', { exact: false }).first().waitFor();
    // …and as a file, to open in a DMN modeler.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `${modelFile} downloaden` }).click()]);
    expect(download.suggestedFilename()).toBe('beoordeling-v1.dmn');
    expect(readFileSync((await download.path())!, 'utf8')).toBe(original);
    await expectNoAxeViolations(page, 'werkplek: published version with its decision model');

    await page.getByRole('button', { name: 'Voorbeelden testen' }).click();
    await page.getByText(`Alle ${cases} voorbeelden kloppen.`).waitFor();
    expect(await page.getByRole('table', { name: 'Uitkomst per voorbeeld' }).getByRole('row').count()).toBe(cases + 1);
    await expectNoAxeViolations(page, 'werkplek: examples of a published version');
    // A published version takes no new files.
    expect(await page.getByRole('button', { name: 'Beslismodel vervangen' }).count()).toBe(0);

    // A draft: the changed model goes in, and the viewer shows the change.
    await page.getByRole('link', { name: 'Terug naar de regeling' }).click();
    await page.getByRole('form', { name: 'Nieuwe versie' }).getByRole('button', { name: 'Nieuwe versie maken' }).click();
    await page.getByRole('heading', { level: 1, name: /^Versie 2: / }).waitFor();
    await uploadModel(page, changed);
    await page.getByText(`${modelFile} is vervangen. Test de voorbeelden opnieuw`, { exact: false }).waitFor();
    await (await showDecision(page, 'Redenen')).getByRole('cell', { name: /U woont ergens anders\. U vraagt/ }).waitFor();
    await expectNoAxeViolations(page, 'werkplek: draft with a changed decision model');

    // Something that is not a DMN model is refused, with the reason linked to the file input.
    await uploadModel(page, changed.slice(0, 5000));
    const summary = page.getByRole('alert').filter({ hasText: 'Controleer de volgende velden' });
    await summary.getByRole('link', { name: new RegExp(`^Nieuw beslismodel voor ${modelFile}: Het beslismodel kan niet worden gelezen: `) }).click();
    expect(await page.evaluate('document.activeElement?.getAttribute("type")')).toBe('file');
    expect(await page.getByLabel(`Nieuw beslismodel voor ${modelFile}`).getAttribute('aria-invalid')).toBe('true');
    // The notice about the earlier file is gone: it would read as if this one had gone in too.
    expect(await page.getByText(`${modelFile} is vervangen.`, { exact: false }).count()).toBe(0);
    await expectNoAxeViolations(page, 'werkplek: a decision model that cannot be read');

    // The examples show the case that no longer holds.
    await page.getByRole('button', { name: 'Voorbeelden testen' }).click();
    await page.getByText(`1 van de ${cases} voorbeelden kloppen niet.`, { exact: false }).waitFor();
    const wrong = page.getByRole('table', { name: 'Uitkomst per voorbeeld' }).getByRole('row').filter({ hasText: 'Klopt niet' });
    expect(await wrong.count()).toBe(1);
    expect(await wrong.textContent()).toContain('De reden "U woont niet in onze gemeente" ontbreekt');
    await expectNoAxeViolations(page, 'werkplek: examples with a failing case');

    // Publishing is refused, naming the example.
    await page.getByRole('button', { name: 'Versie 2 publiceren' }).click();
    await page.getByRole('button', { name: 'Ja, publiceren' }).click();
    await page.getByRole('alert').getByRole('listitem').filter({ hasText: `${outsider}: De reden "U woont niet in onze gemeente" ontbreekt` }).waitFor();
    await expectNoAxeViolations(page, 'werkplek: publishing refused by an example');

    // The original model back: every example holds, and the version is published.
    await uploadModel(page, original);
    await page.getByText(`${modelFile} is vervangen.`, { exact: false }).waitFor();
    // The earlier results were about the other model: they are gone until the examples run again.
    expect(await page.getByRole('table', { name: 'Uitkomst per voorbeeld' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Voorbeelden testen' }).click();
    await page.getByText(`Alle ${cases} voorbeelden kloppen.`).waitFor();
    // The confirmation is still open after the refusal.
    await page.getByRole('button', { name: 'Ja, publiceren' }).click();
    await page.getByText('Versie 2 is gepubliceerd. Nieuwe aanvragen gebruiken deze versie.').waitFor();
    // One long flow with seven axe scans: about 25 s on an idle machine, more under load.
  }, 120_000);
});
