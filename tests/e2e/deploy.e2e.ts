/**
 * A deploy while a page is open, in real Chromium: the page was opened on dist/, then the next
 * release (every chunk renamed) replaces the files the server serves, and the page goes on to use
 * every part it loads lazily: Korean, the segment inspector, the four dialogs, the capture view
 * (its worker and a sample) and the Lab's three modes.
 *
 * With the service worker, the page keeps working (the new worker still serves the old build's
 * chunks) and is told a new version is ready; its reload opens the new release where the user
 * was, and the old build's cache goes once no page of it is left. Without one (a browser with
 * service workers off, or a page opened before the first install), the old chunks are gone: each
 * part that needs one shows the reload offer instead of a blank page, and the reload keeps the
 * user's work.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { labCall, laneState, screenshot, stepCount } from './helpers.ts';
import { buildNextRelease, deploy, serveSite, type Site } from './site.ts';

const LOAD_FAILED = 'Part of Handshake Lab could not be loaded';
const UPDATE_READY = 'A new version of Handshake Lab is ready.';

let nextRelease = '';

beforeAll(async () => {
  nextRelease = await buildNextRelease('next-release');
}, 120_000);

/** The entry script an index.html names, as an absolute address under `base`. */
function entryOf(dir: string, base: string): string {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const src = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1];
  if (src === undefined) throw new Error(`${dir}/index.html names no entry script`);
  return new URL(src, base).href;
}

async function runningEntry(p: Page): Promise<string> {
  return p.evaluate(
    () => document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.src ?? '',
  );
}

type Outcome = 'works' | 'reload offered';

/** Waits for the part to work or for the offer to reload, whichever shows. */
async function outcome(works: Locator, offer: Locator): Promise<Outcome> {
  await works
    .or(offer)
    .first()
    .waitFor({ timeout: 20_000 })
    .catch(async (e: unknown) => {
      await works.page().screenshot({ path: 'test-results/deploy-debug.png' });
      throw e;
    });
  return (await works.first().isVisible()) ? 'works' : 'reload offered';
}

/** The page is never blank: the header and its tabs are there whatever failed. */
async function expectNotBlank(p: Page): Promise<void> {
  expect(await p.locator('.app-header h1').textContent()).toBe('Handshake Lab');
  expect(await p.locator('.view-tabs a[href]').count()).toBe(3);
}

/** The app-wide banner for a failed load. */
const failureBanner = (p: Page): Locator => p.locator('.update-banner.is-failed[role="alert"]');

/** Puts the failure banner away (if shown), so that the next part's failure raises it anew. */
async function putFailureAway(p: Page): Promise<void> {
  const later = failureBanner(p).getByRole('button', { name: 'Not now' });
  if (await later.isVisible()) await later.click();
}

const offerIn = (scope: Page | Locator): Locator =>
  scope.getByRole('alert').filter({ hasText: LOAD_FAILED });

/** Every lazily loaded part of the app, used as a user would, from the scenario view. */
async function useEveryLazyPart(p: Page): Promise<Record<string, Outcome>> {
  const seen: Record<string, Outcome> = {};

  await p.getByRole('combobox', { name: 'Language' }).selectOption('ko');
  seen.korean = await outcome(p.getByRole('link', { name: '실습실' }), offerIn(p));
  await expectNotBlank(p);
  await p.getByRole('combobox', { name: /^(Language|언어)$/ }).selectOption('en');
  await p.getByRole('link', { name: 'Lab' }).waitFor();
  await putFailureAway(p);

  await p.getByRole('button', { name: /— segment 1,/ }).click();
  const inspector = p.getByRole('region', { name: 'Segment inspector' });
  seen.inspector = await outcome(inspector.getByText(/^Segment 1: /), offerIn(inspector));
  await expectNotBlank(p);

  for (const [tool, title] of [
    ['Share', 'Share this view'],
    ['Embed', 'Embed in a blog post'],
    ['Export', 'Export this run'],
    ['Glossary', 'Glossary'],
  ] as const) {
    await p.getByRole('button', { name: tool, exact: true }).click();
    const dialog = p.getByRole('dialog', { name: title });
    seen[tool] = await outcome(dialog, failureBanner(p));
    if (seen[tool] === 'works') {
      await p.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    }
    await expectNotBlank(p);
    await putFailureAway(p);
  }

  // Presentation mode's controls are a chunk of their own, loaded when it is entered.
  await p.getByRole('button', { name: 'Present', exact: true }).click();
  seen.present = await outcome(p.getByRole('group', { name: 'Presentation' }), failureBanner(p));
  // A failed load leaves the mode by itself; loaded, the mode's Escape leaves it.
  if (seen.present === 'works') await p.keyboard.press('Escape');
  await p.getByRole('button', { name: 'Present', exact: true }).waitFor();
  await expectNotBlank(p);
  await putFailureAway(p);

  await p.getByRole('link', { name: 'Open a capture' }).click();
  const main = p.getByRole('main');
  seen.capture = await outcome(
    p.getByRole('button', { name: /^Normal close, client first/ }),
    offerIn(main),
  );
  if (seen.capture === 'works') {
    await p.getByRole('button', { name: /^Normal close, client first/ }).click();
    // The sample is read by the capture worker, a chunk of its own.
    await p.locator('svg.ladder').waitFor();
    expect(await stepCount(p)).toMatch(/^Step 0 of \d+$/);
  }
  await expectNotBlank(p);

  await p.getByRole('link', { name: 'Lab' }).click();
  seen.lab = await outcome(p.getByRole('navigation', { name: 'Lab modes' }), offerIn(main));
  if (seen.lab === 'works') {
    // The SYN flood and the quiz are chunks of their own, loaded when chosen.
    const failed = offerIn(main).or(failureBanner(p));
    await p.getByRole('link', { name: 'SYN flood' }).click();
    seen.flood = await outcome(p.getByRole('region', { name: 'Server SYN queue' }), failed);
    await putFailureAway(p);
    await p.getByRole('link', { name: 'Predict, then reveal' }).click();
    seen.quiz = await outcome(p.locator('.quiz'), failed);
    await putFailureAway(p);
    await p.getByRole('link', { name: 'Drive both ends' }).click();
    await p.locator('.endpoint-card.is-server').waitFor();
  }
  await expectNotBlank(p);
  await p.getByRole('link', { name: 'Scenarios' }).click();
  await p.locator('svg.ladder').waitFor();
  return seen;
}

/** Some work in the Lab that only its autosave can bring back: the two ends connected. */
async function connectInTheLab(p: Page): Promise<void> {
  await p.getByRole('link', { name: 'Lab' }).click();
  await p.evaluate(() => {
    localStorage.clear();
  });
  await labCall(p, 'server', 'listen()');
  await labCall(p, 'client', 'connect()');
  await p.getByRole('button', { name: 'Jump to end' }).click();
  expect(await laneState(p, 'Client')).toBe('ESTABLISHED');
  await p.getByRole('link', { name: 'Scenarios' }).click();
  await p.locator('svg.ladder').waitFor();
}

/** After the reload: the new release, on the same scenario and step, with the Lab session. */
async function expectWorkKept(p: Page, site: Site): Promise<void> {
  await p.locator('svg.ladder').waitFor();
  expect(await runningEntry(p)).toBe(entryOf(site.dir, site.url));
  expect(await stepCount(p)).toMatch(/^Step 6 of /);
  expect(await p.locator('.scenario-title').textContent()).toBe('The first SYN is lost');
  // The Lab comes back as it was saved: at its end, both ends connected.
  await p.getByRole('link', { name: 'Lab' }).click();
  await p.locator('.endpoint-card.is-server').waitFor();
  expect(await laneState(p, 'Client')).toBe('ESTABLISHED');
  expect(await laneState(p, 'Server')).toBe('ESTABLISHED');
  await p.getByRole('link', { name: 'Scenarios' }).click();
  await p.locator('svg.ladder').waitFor();
}

async function openPage(context: BrowserContext, errors: Error[]): Promise<Page> {
  const p = await context.newPage();
  await p.setViewportSize({ width: 1366, height: 768 });
  p.on('pageerror', (e) => errors.push(e));
  return p;
}

describe('a deploy while the page is open', () => {
  it('with the service worker: keeps working, says a new version is ready, reloads into it', async () => {
    const site = await serveSite('deploy-with-worker');
    const browser = await launchBrowser();
    const errors: Error[] = [];
    try {
      const page = await openPage(browser.context, errors);
      await page.goto(`${site.url}?scenario=lost-syn&step=6`);
      await page.locator('svg.ladder').waitFor();
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      const oldEntry = await runningEntry(page);
      await connectInTheLab(page);

      deploy(nextRelease, site.dir);
      expect(entryOf(site.dir, site.url)).not.toBe(oldEntry);
      // Another tab opens the app: the browser finds the new worker, which takes over both.
      const other = await openPage(browser.context, errors);
      await other.goto(site.url);
      // Back to the first tab (a background tab gets no animation frames).
      await page.bringToFront();
      const ready = page.getByRole('status').filter({ hasText: UPDATE_READY });
      await ready.waitFor({ timeout: 30_000 });
      await screenshot(page, 'deploy-worker-update-ready');

      // Still the old build, and every lazy part of it still loads.
      expect(await runningEntry(page)).toBe(oldEntry);
      expect(await useEveryLazyPart(page)).toEqual({
        korean: 'works',
        inspector: 'works',
        Share: 'works',
        Embed: 'works',
        Export: 'works',
        Glossary: 'works',
        present: 'works',
        capture: 'works',
        lab: 'works',
        flood: 'works',
        quiz: 'works',
      });

      // The offer stayed up meanwhile; its reload opens the new release where the user was.
      await ready.getByRole('button', { name: 'Reload' }).click();
      await expectWorkKept(page, site);
      expect(await useEveryLazyPart(page)).toEqual(
        expect.objectContaining({ korean: 'works', capture: 'works', lab: 'works' }),
      );

      // The old build's cache stays while the other tab (opened on the old build) is open.
      const cacheNames = (p: Page) =>
        p.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('handshake-lab')));
      expect((await cacheNames(page)).length).toBeGreaterThan(1);
      await other.close();
      await page.reload();
      await page.locator('svg.ladder').waitFor();
      await expect.poll(() => cacheNames(page), { timeout: 20_000 }).toHaveLength(1);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      await site.close();
    }
  }, 180_000);

  it('without a service worker: offers a reload wherever a chunk is gone, and the reload keeps the work', async () => {
    const site = await serveSite('deploy-without-worker');
    const browser = await launchBrowser({ serviceWorkers: 'block' });
    const errors: Error[] = [];
    try {
      const page = await openPage(browser.context, errors);
      await page.goto(`${site.url}?scenario=lost-syn&step=6`);
      await page.locator('svg.ladder').waitFor();
      expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
      await connectInTheLab(page);

      deploy(nextRelease, site.dir);

      const seen = await useEveryLazyPart(page);
      // Everything not yet loaded is gone from the server; the Lab's chunk (drive mode) was loaded
      // before, its flood and quiz were not.
      expect(seen).toEqual({
        korean: 'reload offered',
        inspector: 'reload offered',
        Share: 'reload offered',
        Embed: 'reload offered',
        Export: 'reload offered',
        Glossary: 'reload offered',
        present: 'reload offered',
        capture: 'reload offered',
        lab: 'works',
        flood: 'reload offered',
        quiz: 'reload offered',
      });

      await page.getByRole('link', { name: 'Open a capture' }).click();
      const offer = offerIn(page.getByRole('main'));
      await offer.waitFor();
      await screenshot(page, 'deploy-no-worker-reload-offer');
      await offer.getByRole('button', { name: 'Reload' }).click();
      // The reload opens the new release on the same view: the capture view works now.
      await page.getByRole('button', { name: /^Normal close, client first/ }).waitFor();
      expect(await runningEntry(page)).toBe(entryOf(site.dir, site.url));
      await page.getByRole('link', { name: 'Scenarios' }).click();
      await expectWorkKept(page, site);
      expect(Object.values(await useEveryLazyPart(page))).toEqual(Array(11).fill('works'));
      await screenshot(page, 'deploy-no-worker-after-reload');
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      await site.close();
    }
  }, 180_000);
});
