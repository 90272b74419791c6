import { existsSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import type { TestServer } from './test-server.js';

// A thin layer over playwright-core for the browser tests, in the spirit of the Epic Stack's
// playwright-utils: one browser per file, a fresh context (cookies, storage) per test, an axe
// scan helper and login helpers that go through the UI like a person would.

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const launchArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) throw new Error(`Chromium not found at ${chromiumPath}: install the Debian package "chromium" or set CHROMIUM_PATH`);
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: launchArgs });
}

export interface TestPage {
  context: BrowserContext;
  page: Page;
  /** Console errors, failed requests' CSP reports and uncaught exceptions seen in the page. */
  problems: string[];
}

/** A new browser context for one test: no shared cookies or storage with other tests. */
export async function openPage(browser: Browser, server: TestServer, options: { locale?: string } = {}): Promise<TestPage> {
  const context = await browser.newContext({ baseURL: server.url, locale: options.locale ?? 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // 401/403/404 responses the app handles show up as "Failed to load resource"; they are expected.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console: ${message.text()}`);
  });
  return { context, page, problems };
}

/** Fails on script errors and Content Security Policy violations (e.g. an inline style block). */
export function expectNoPageProblems(testPage: TestPage): void {
  expect(testPage.problems, 'console errors, CSP violations or uncaught exceptions').toEqual([]);
}

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let axeOffNoticeShown = false;

/**
 * Runs axe on the page as it is now (WCAG 2.2 AA rules) and fails with a readable list.
 * AXE_SCANS=off skips the scans with a notice: CI runs the browser tests on both databases and the
 * pages are the same on both, so it scans in one run only (each scan costs 1–3 s of CPU).
 */
export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  if (process.env.AXE_SCANS === 'off') {
    if (!axeOffNoticeShown) console.warn('NOTICE: axe accessibility scans are off in this run (AXE_SCANS=off)');
    axeOffNoticeShown = true;
    return;
  }
  const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  const violations = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`);
  expect(violations, `axe violations in "${state}"`).toEqual([]);
  axeLog.push({ state, url: page.url(), passes: results.passes.length, violations: results.violations.length });
}

/** Every axe scan of the run, so a report can show which states were scanned. */
export const axeLog: { state: string; url: string; passes: number; violations: number }[] = [];

export interface FocusedElement {
  tag: string | undefined;
  id: string | undefined;
  text: string | undefined;
  role: string | null | undefined;
  /** Computed outline-style: "none" means no visible focus indicator from an outline. */
  outline: string | undefined;
}

/**
 * What has focus in the page. Page-side code is passed as a string: the tests are type-checked
 * with the server's settings, without DOM types.
 */
export async function focusedElement(page: Page): Promise<FocusedElement> {
  return page.evaluate(`(() => {
    const el = document.activeElement;
    const style = el ? getComputedStyle(el) : undefined;
    return { tag: el?.tagName, id: el?.id, text: el?.textContent?.trim(), role: el?.getAttribute('role'), outline: style?.outlineStyle };
  })()`);
}

/**
 * Waits two animation frames, by which time React has rendered what the last event or response
 * changed and run its effects. E.g. after a route change the app moves focus to the new h1 in the
 * next frame: a person cannot press Tab before that; a test on a busy machine can, and then lands on the h1.
 */
export async function afterTwoFrames(page: Page): Promise<void> {
  await page.evaluate(`new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))`);
}

/** Mijn loket: log in through the DigiD test login by choosing a demo resident. */
export async function loginAsResident(page: Page, name: string): Promise<void> {
  await page.goto('/loket');
  await page.getByRole('button', { name: `Inloggen als ${name}` }).click();
  await page.getByRole('heading', { level: 1, name: `Welkom, ${name}` }).waitFor();
}

/** Werkplek: log in with a local account through the login form. */
export async function loginAsStaff(page: Page, username: string, password: string, displayName: string): Promise<void> {
  await page.goto('/werkplek');
  await page.getByLabel('Gebruikersnaam', { exact: true }).fill(username);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: `Goedendag, ${displayName}` }).waitFor();
}
