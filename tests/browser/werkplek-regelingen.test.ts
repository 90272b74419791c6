import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/server/modules/applications/decision-term.js';
import { todayInAmsterdam } from '../../src/shared/forms/formats.js';
import { createStaff } from '../support/factories.js';
import { installShippedRegelingen } from '../support/regelingen.js';
import { expectNoAxeViolations, expectNoPageProblems, launchBrowser, loginAsStaff, openPage, type TestPage } from './support/playwright-utils.js';
import { startTestServer, type TestServer } from './support/test-server.js';

// Werkplek for the functioneel beheerder: parameter periods (a new norm from a date, replacing one
// that starts the same day, withdrawing one), a new version as a draft, its four JSON documents
// with the server's problems named per document, publishing; and a teamleider who only reads.

let server: TestServer;
let browser: Browser;
let current: TestPage | undefined;
let admin: Awaited<ReturnType<typeof createStaff>>;
let teamleider: Awaited<ReturnType<typeof createStaff>>;
const dutch = (iso: string) => iso.split('-').reverse().join('-');
// A date that has come: the new value applies today.
const from = addDays(todayInAmsterdam(), -30);

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  await installShippedRegelingen(server.db);
  admin = await createStaff(server.db, { roles: ['functioneel-beheerder'], username: 'fabian', displayName: 'Fabian Beheer' });
  teamleider = await createStaff(server.db, { roles: ['teamleider'], username: 'tessa', displayName: 'Tessa Teamleider' });
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

async function openRegeling(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Regelingen' }).click();
  await page.getByRole('table', { name: 'Alle regelingen' }).getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

describe('Werkplek: regelingen (functioneel beheerder)', () => {
  it('adds a parameter period that applies today, replaces one starting the same day and withdraws one', async () => {
    current = await openPage(browser, server);
    const { page } = current;
    await loginAsStaff(page, admin.username!, admin.password, 'Fabian Beheer');
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').allTextContents()).toEqual(['Start', 'Regelingen', 'Audittrail', 'Medewerkers']);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Regelingen' }).click();
    const list = page.getByRole('table', { name: 'Alle regelingen' });
    expect(await list.getByRole('row', { name: /Energietoeslag 2022/ }).textContent()).toContain('Versie 1: Energietoeslag 2022');
    await expectNoAxeViolations(page, 'werkplek: regelingen list');

    await list.getByRole('link', { name: 'Energietoeslag 2022' }).click();
    await page.getByRole('heading', { level: 1, name: 'Energietoeslag 2022' }).waitFor();
    const versions = page.getByRole('table', { name: 'Versies van de regeling' });
    expect(await versions.getByRole('row', { name: /Versie 1/ }).textContent()).toMatch(/Gepubliceerd.*Uit de bestanden.*Huidig/);
    const parameters = page.getByRole('table', { name: 'Parameters met de waarde van vandaag' });
    const norm = parameters.getByRole('row', { name: /Norm alleenstaande of alleenstaande ouder, 21 jaar/ });
    // The shipped norms are those of 2022: nothing applies today.
    expect(await norm.textContent()).toContain('Geen waarde voor vandaag');
    await expectNoAxeViolations(page, 'werkplek: regeling with versions and parameters');

    await norm.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: /^Norm alleenstaande of alleenstaande ouder, 21 jaar/ }).waitFor();
    const periods = page.getByRole('table', { name: 'Waarden van deze parameter per periode' });
    expect(await periods.getByRole('row', { name: /01-07-2022/ }).textContent()).toContain('€ 1.101,82 per maand');
    expect(await periods.getByRole('row', { name: /01-07-2022/ }).textContent()).toContain('Onbevestigd');
    await expectNoAxeViolations(page, 'werkplek: parameter periods');

    await page.getByRole('link', { name: 'Nieuwe periode' }).click();
    await page.getByRole('heading', { level: 1, name: /^Nieuwe periode: Norm alleenstaande/ }).waitFor();
    await page.getByRole('button', { name: 'Periode opslaan' }).click();
    expect(await page.getByRole('alert').getByRole('listitem').allTextContents()).toEqual([
      'Geldig vanaf: Vul dit veld in.',
      'Waarde: Vul dit veld in.',
      'Bron: Vul dit veld in.',
      'Heeft u de waarde gecontroleerd in de bron?: Maak een keuze.',
    ]);
    await expectNoAxeViolations(page, 'werkplek: new period with errors');

    await page.getByLabel('Geldig vanaf').fill(dutch(from));
    await page.getByLabel('Waarde (Euro per maand)').fill('1.234,56');
    await page.getByLabel('Bron', { exact: true }).fill('Rijksoverheid, normbedragen (test)');
    await page.getByRole('radio', { name: 'Nee, nog niet gecontroleerd' }).check();
    await page.getByRole('button', { name: 'Periode opslaan' }).click();
    await page.getByText(`De nieuwe waarde vanaf ${dutch(from)} is opgeslagen.`).waitFor();
    // The notice comes before the parameter is read again: wait for the new value itself.
    await page.getByRole('definition').filter({ hasText: `€ 1.234,56 per maand (vanaf ${dutch(from)})` }).waitFor();

    // The same start day again: the server refuses, and the administrator chooses to replace it.
    await page.getByRole('link', { name: 'Nieuwe periode' }).click();
    await page.getByLabel('Geldig vanaf').fill(dutch(from));
    await page.getByLabel('Waarde (Euro per maand)').fill('1240');
    await page.getByLabel('Bron', { exact: true }).fill('Rijksoverheid, normbedragen (gecontroleerd)');
    await page.getByRole('radio', { name: 'Ja, de waarde is gecontroleerd' }).check();
    await page.getByRole('button', { name: 'Periode opslaan' }).click();
    await page.getByRole('link', { name: 'Geldig vanaf: Er is al een waarde vanaf deze datum.' }).waitFor();
    await page.getByText(`Er is al een waarde vanaf ${dutch(from)}: € 1.234,56 per maand.`).waitFor();
    await expectNoAxeViolations(page, 'werkplek: new period conflicts with an existing one');
    await page.getByRole('button', { name: 'Ja, vervang de waarde' }).click();
    await page.getByText(`De waarde vanaf ${dutch(from)} is vervangen.`, { exact: false }).waitFor();
    await page.getByRole('definition').filter({ hasText: `€ 1.240,00 per maand (vanaf ${dutch(from)})` }).waitFor();
    const replaced = periods.getByRole('row', { name: new RegExp(dutch(from)) });
    expect(await replaced.count()).toBe(1);
    expect(await replaced.textContent()).not.toContain('Onbevestigd');

    // The regeling shows it as today's value.
    await page.getByRole('link', { name: 'Terug naar Energietoeslag 2022' }).click();
    await page.getByRole('heading', { level: 1, name: 'Energietoeslag 2022' }).waitFor();
    await parameters.getByRole('row', { name: /Norm alleenstaande of alleenstaande ouder, 21 jaar/ }).getByText('€ 1.240,00 per maand').waitFor();

    // Withdraw the 1 July 2022 period: a reason is required.
    await parameters.getByRole('link', { name: /^Norm alleenstaande of alleenstaande ouder, 21 jaar/ }).click();
    await page.getByRole('button', { name: 'Periode vanaf 01-07-2022 intrekken' }).click();
    await page.getByRole('heading', { level: 2, name: 'Periode intrekken' }).waitFor();
    await page.getByRole('button', { name: 'Periode intrekken' }).click();
    await page.getByRole('link', { name: 'Reden: Vul dit veld in.' }).waitFor();
    await expectNoAxeViolations(page, 'werkplek: withdraw a period with errors');
    await page.getByLabel('Reden').fill('Verkeerde bron ingevoerd');
    await page.getByRole('button', { name: 'Periode intrekken' }).click();
    await page.getByText('De periode vanaf 01-07-2022 is ingetrokken.').waitFor();
    await expect.poll(() => periods.getByRole('row', { name: /01-07-2022/ }).count()).toBe(0);
  });

  it('creates a draft version, names broken JSON per document, saves the fix and publishes it', async () => {
    current = await openPage(browser, server);
    const { page } = current;
    await loginAsStaff(page, admin.username!, admin.password, 'Fabian Beheer');
    await openRegeling(page, 'Hulpmiddel voor thuis (Wmo)');
    await page.getByRole('form', { name: 'Nieuwe versie' }).getByRole('button', { name: 'Nieuwe versie maken' }).click();
    await page.getByRole('heading', { level: 1, name: /^Versie 2: / }).waitFor();
    await page.getByText('Versie 2 is gemaakt als kopie van versie 1.').waitFor();
    await expectNoAxeViolations(page, 'werkplek: draft version editor');

    const meta = page.getByLabel('version.json (stappen, bewijsstukken en termijn)');
    const schema = page.getByLabel('form.schema.json (de vragen)');
    const en = page.getByLabel('form.en.json (Engelse teksten)');
    const save = page.getByRole('button', { name: 'Opslaan', exact: true });
    const original = { meta: await meta.inputValue(), schema: await schema.inputValue(), en: await en.inputValue() };

    // Not JSON at all: named before anything is sent.
    await schema.fill(`${original.schema.slice(0, -2)}`);
    await save.click();
    await page.getByRole('link', { name: /^form\.schema\.json \(de vragen\): Dit is geen geldige JSON/ }).waitFor();
    await expectNoAxeViolations(page, 'werkplek: draft with invalid JSON');

    // Valid JSON, wrong content: the server names the document and the field. version.json is
    // checked first (the request's own schema), then the form and its translations.
    await schema.fill(original.schema);
    const noLabel = JSON.parse(original.meta) as Record<string, unknown>;
    delete noLabel.label;
    await meta.fill(JSON.stringify(noLabel, null, 2));
    await save.click();
    const summary = page.getByRole('alert').filter({ hasText: 'Controleer de volgende velden' });
    await summary.getByRole('link', { name: /^version\.json \(stappen, bewijsstukken en termijn\): label: / }).waitFor();
    expect(await meta.getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'werkplek: draft with a problem in version.json');

    await meta.fill(original.meta);
    const translations = JSON.parse(original.en) as { schema: Record<string, string> };
    const [missing] = Object.keys(translations.schema);
    delete translations.schema[missing!];
    await en.fill(JSON.stringify(translations, null, 2));
    await save.click();
    await summary.getByRole('link', { name: `form.en.json (Engelse teksten): schema:${missing}: Dutch text without an English translation` }).waitFor();
    expect(await en.getAttribute('aria-invalid')).toBe('true');
    expect(await meta.getAttribute('aria-invalid')).toBeNull();
    await expectNoAxeViolations(page, 'werkplek: draft with a missing translation');
    await summary.getByRole('link', { name: /^form\.en\.json/ }).click();
    expect(await page.evaluate('document.activeElement?.id')).toBe('versie-en');

    // Publishing with unsaved changes asks to save first.
    await page.getByRole('button', { name: 'Versie 2 publiceren' }).click();
    await page.getByText('U heeft wijzigingen die nog niet zijn opgeslagen.', { exact: false }).waitFor();

    // The fix: translations back, a new label.
    await en.fill(original.en);
    const fixed = JSON.parse(original.meta) as { label: { nl: string; en: string } };
    fixed.label = { nl: 'Hulpmiddel voor thuis (herzien)', en: 'Aid for at home (revised)' };
    await meta.fill(JSON.stringify(fixed, null, 2));
    await save.click();
    await page.getByText('De conceptversie is opgeslagen.').waitFor();
    const preview = page.getByRole('region', { name: 'Voorbeeld', exact: true });
    await preview.getByText('Hulpmiddel voor thuis (herzien)', { exact: false }).waitFor();
    await preview.getByText('Uw gegevens', { exact: true }).waitFor();
    await expectNoAxeViolations(page, 'werkplek: draft saved with preview');

    await page.getByRole('button', { name: 'Versie 2 publiceren' }).click();
    await page.getByRole('heading', { name: 'Weet u zeker dat u versie 2 wilt publiceren?' }).waitFor();
    await expectNoAxeViolations(page, 'werkplek: publish confirmation');
    await page.getByRole('button', { name: 'Ja, publiceren' }).click();
    await page.getByText('Versie 2 is gepubliceerd. Nieuwe aanvragen gebruiken deze versie.').waitFor();
    const versions = page.getByRole('table', { name: 'Versies van de regeling' });
    expect(await versions.getByRole('row', { name: /Versie 2/ }).textContent()).toMatch(/Hulpmiddel voor thuis \(herzien\).*Gepubliceerd.*In de Werkplek.*Huidig/);
    expect(await versions.getByRole('row', { name: /Versie 1/ }).textContent()).not.toContain('Huidig');
    await expectNoAxeViolations(page, 'werkplek: regeling with the published version');
  });
});

describe('Werkplek: regelingen (teamleider, read only)', () => {
  it('shows versions, parameters and documents without anything to change', async () => {
    current = await openPage(browser, server);
    const { page } = current;
    await loginAsStaff(page, teamleider.username!, teamleider.password, 'Tessa Teamleider');
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').allTextContents()).toEqual(['Start', 'Aanvragen', 'Personen zoeken', 'Steekproef', 'Regelingen']);
    // The sample of automatic grants is in the teamleider's menu, to look at, not to record verdicts.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Steekproef' }).click();
    await page.getByRole('heading', { level: 1, name: 'Steekproef automatische besluiten' }).waitFor();
    await page.getByText('Een kwaliteitsmedewerker legt vast of het besluit klopt.', { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'werkplek: review sample, read only');
    await openRegeling(page, 'Energietoeslag 2022');
    await page.getByText('U kunt dit alleen bekijken.', { exact: false }).first().waitFor();
    expect(await page.getByRole('button', { name: 'Nieuwe versie maken' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'werkplek: regeling, read only');

    await page.getByRole('table', { name: 'Parameters met de waarde van vandaag' }).getByRole('link').first().click();
    await page.getByRole('table', { name: 'Waarden van deze parameter per periode' }).waitFor();
    expect(await page.getByRole('link', { name: 'Nieuwe periode' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /intrekken/ }).count()).toBe(0);
    await expectNoAxeViolations(page, 'werkplek: parameter, read only');

    await page.getByRole('link', { name: 'Terug naar Energietoeslag 2022' }).click();
    await page.getByRole('table', { name: 'Versies van de regeling' }).getByRole('link', { name: 'Versie 1' }).click();
    await page.getByRole('heading', { level: 1, name: 'Versie 1: Energietoeslag 2022' }).waitFor();
    expect(await page.getByRole('textbox', { name: /\.json/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Opslaan', exact: true }).count()).toBe(0);
    await page.getByText('form.schema.json (de vragen)').click();
    await page.getByRole('region', { name: 'form.schema.json', exact: true }).getByText('"aanvrager"', { exact: false }).first().waitFor();
    const preview = page.getByRole('region', { name: 'Voorbeeld', exact: true });
    await preview.getByText('Uw inkomen', { exact: true }).waitFor();
    await expectNoAxeViolations(page, 'werkplek: version, read only');
    // The form itself can be tried out with the browser's checks; nothing is sent.
    await preview.getByText('Stap 1 van 4: Uw gegevens').waitFor();
    await preview.getByLabel('E-mailadres').fill('geen-e-mailadres');
    await preview.getByRole('button', { name: 'Volgende stap' }).click();
    await preview.getByRole('link', { name: /^E-mailadres: / }).waitFor();
    await expectNoAxeViolations(page, 'werkplek: version preview with the browser checks');

    // The form to add a period is not reachable by address either.
    await page.goto('/werkplek/regelingen/energietoeslag/parameters/norm.alleenstaande/nieuw');
    await page.getByRole('heading', { level: 1, name: 'Goedendag, Tessa Teamleider' }).waitFor();
  });
});
