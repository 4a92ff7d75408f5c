/** Page helpers for the e2e tests: open the app, read what it shows, run axe. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { AUTOSAVE_KEY } from '../../src/lab/index.ts';

export const SCREENSHOT_DIR = join('test-results', 'screenshots');

/** Opens the app with a query string and waits for the diagram. */
export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(`${inject('baseUrl')}${query}`);
  await page.locator('svg.ladder').waitFor();
}

export async function stepCount(page: Page): Promise<string> {
  return (await page.locator('.step-count').textContent()) ?? '';
}

export async function narration(page: Page): Promise<string> {
  return (await page.locator('[aria-live="polite"]').textContent()) ?? '';
}

/** The state badge of a lane, as its visible text. */
export async function laneState(page: Page, lane: 'Client' | 'Server'): Promise<string> {
  const region = page.getByRole('region', { name: new RegExp(`^${lane}`) });
  return (await region.locator('.state-badge').getAttribute('data-state')) ?? '';
}

/** Runs axe-core in the page and returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<{ id: string; nodes: string[] }[]> {
  // Evaluated by the test driver, which the page's Content-Security-Policy does not cover (an
  // inline <script> tag would be refused).
  await page.evaluate(axe.source);
  const result = await page.evaluate<{
    violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
  }>(`axe.run(document, { resultTypes: ['violations'] })`);
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

/** Saves a full-viewport screenshot under test-results/screenshots/. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}

/**
 * In the Lab's "Drive both ends": an endpoint's application makes a socket call, and the run it
 * starts (in a worker) completes; the Lab autosaves only completed runs, so the save holding as
 * many actions as the log shows is the sign.
 */
export async function labCall(
  page: Page,
  endpoint: 'client' | 'server',
  call: 'listen()' | 'connect()',
): Promise<void> {
  const before = await page.locator('.action-log li').count();
  await page
    .locator(`.endpoint-card.is-${endpoint}`)
    .getByRole('button', { name: call, exact: true })
    .click();
  await expect.poll(() => page.locator('.action-log li').count()).toBe(before + 1);
  await expect
    .poll(() =>
      page.evaluate((key) => {
        const saved: unknown = JSON.parse(localStorage.getItem(key) ?? '{}');
        return typeof saved === 'object' &&
          saved !== null &&
          'actions' in saved &&
          Array.isArray(saved.actions)
          ? saved.actions.length
          : 0;
      }, AUTOSAVE_KEY),
    )
    .toBe(before + 1);
}
