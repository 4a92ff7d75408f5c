/**
 * Expensive but valid scenarios never freeze the page (issue 16): the quoted share link shows its
 * message, and a Lab session that passes the budget is simulated in a worker and says why, while
 * the page keeps answering clicks. Responsiveness is measured by the browser itself (long tasks
 * via PerformanceObserver), not by wall-clock sleeps. Screenshots under
 * test-results/screenshots/budget-*.png.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { packScenario } from '../../src/links/scenarioCodec.ts';
import { launchBrowser, type TestBrowser } from './browser.ts';
import { openApp, screenshot } from './helpers.ts';

/** The longest a task may hold the main thread: a click is answered within this. */
const MAX_TASK_MS = 200;

let browser: TestBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.context.newPage();
  page.on('pageerror', (e) => {
    throw e;
  });
  // Runs before the page's own scripts (through the driver, so the page's CSP does not apply).
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
});

afterAll(async () => {
  await browser.close();
});

/** Forgets the long tasks so far (page load), to measure what comes next. */
async function resetLongTasks(): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { longTasks: number[] }).longTasks = [];
  });
}

async function longestTask(): Promise<number> {
  const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  return Math.max(0, ...tasks);
}

describe('expensive scenarios', () => {
  it('refuses the quoted 64 MiB, 1-byte-window link with its reason, and stays responsive', async () => {
    const quoted = {
      server: { window: 1, windowScale: null, mss: 65495 },
      client: { mss: 65495 },
      events: [
        { t: 0, endpoint: 'server', call: 'listen' },
        { t: 10, endpoint: 'client', call: 'connect' },
        { t: 500, endpoint: 'client', call: 'send', bytes: 67_108_864 },
      ],
    };
    await page.goto(`${inject('baseUrl')}#s=${packScenario(quoted)}`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('would send about 134,217,742 segments');
    expect(text).toContain(
      "the server's receive window of 1 byte makes every byte its own segment",
    );
    await page.locator('svg.ladder').waitFor();
    await resetLongTasks();
    // The page answers: step through the default scenario and switch views.
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Step forward' }).click();
    await page.getByRole('link', { name: 'Lab' }).click();
    await page.getByRole('region', { name: /^Your move/ }).waitFor();
    expect(await longestTask()).toBeLessThan(MAX_TASK_MS);
    await screenshot(page, 'budget-link');
  });

  it('runs a Lab session past its budget in a worker, says why, and keeps the session', async () => {
    await openApp(page, '?view=lab');
    const dir = mkdtempSync(join(tmpdir(), 'lab-budget-'));
    const file = join(dir, 'one-byte-window.json');
    writeFileSync(
      file,
      JSON.stringify({
        server: { window: 1, windowScale: null },
        events: [
          { t: 0, endpoint: 'server', call: 'listen' },
          { t: 10, endpoint: 'client', call: 'connect' },
        ],
      }),
    );
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByText('Opened one-byte-window.json.').waitFor();
    await page.getByRole('button', { name: 'Jump to end' }).click();
    const client = page.locator('.endpoint-card.is-client');
    await client.locator('input').first().fill('5000');
    await resetLongTasks();
    await client.getByRole('button', { name: 'send()', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('This run is too much for the lab');
    expect(text).toContain(
      "the server's receive window of 1 byte makes every byte its own segment",
    );
    expect(await longestTask()).toBeLessThan(MAX_TASK_MS);
    await screenshot(page, 'budget-lab');
    // Undo brings back the session as it was before the send.
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('region', { name: /^Your move/ }).waitFor();
    expect(await page.locator('.action-log li').count()).toBe(2);
  });
});
