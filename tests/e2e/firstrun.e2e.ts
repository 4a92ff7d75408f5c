/**
 * The first run in real Chromium: the tour on a phone (every card inside the viewport, in both
 * languages, light and dark), Escape, remembered across reloads, the help button, and not on a
 * shared link, in present mode or in the embed.
 */
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser, type TestBrowser } from './browser.ts';
import { openApp, screenshot, seriousViolations } from './helpers.ts';

let browser: TestBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.context.newPage();
  page.on('pageerror', (e) => {
    throw e;
  });
});

afterAll(async () => {
  await browser.close();
});

const NEXT = /^(Next|다음)$/;

/** The tour's box, and whether it lies wholly inside the viewport. */
async function tourInsideViewport(p: Page): Promise<boolean> {
  const box = await p.locator('dialog.tour').boundingBox();
  const size = p.viewportSize();
  if (box === null || size === null) return false;
  return (
    box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width && box.y + box.height <= size.height
  );
}

/** Walks the four cards, checking each fits, with a screenshot of each. */
async function walkTour(p: Page, name: string): Promise<void> {
  const dialog = p.locator('dialog.tour');
  await dialog.waitFor();
  for (let card = 1; card <= 4; card++) {
    expect(await tourInsideViewport(p)).toBe(true);
    // Focus stays inside the tour, on its main button.
    expect(await p.evaluate(() => document.activeElement?.closest('dialog.tour') !== null)).toBe(
      true,
    );
    await screenshot(p, `${name}-${String(card)}`);
    if (card < 4) await dialog.getByRole('button', { name: NEXT }).click();
  }
}

describe('first run', () => {
  it('opens on the 3-way handshake with the tour, which fits a 360x740 phone', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await openApp(page);
    expect(await page.locator('.scenario-title').textContent()).toBe('The 3-way handshake');
    expect(await seriousViolations(page)).toEqual([]);
    await walkTour(page, 'phone-tour');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.locator('dialog.tour').waitFor({ state: 'detached' });
  });

  it('never comes back on its own, and the Tour button brings it back', async () => {
    await openApp(page);
    expect(await page.locator('dialog.tour').count()).toBe(0);
    await page.getByRole('button', { name: 'Tour' }).click();
    await page.locator('dialog.tour').waitFor();
    expect(await tourInsideViewport(page)).toBe(true);
    await page.keyboard.press('Escape');
    await page.locator('dialog.tour').waitFor({ state: 'detached' });
    // Focus goes back to the button that opened it.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Tour');
    // The player's keys work again.
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('.step-count').textContent()).toMatch(/^Step 1 of/);
  });

  it('speaks Korean at phone size, in light and dark, and fits a laptop', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const fresh = await launchBrowser({ colorScheme: scheme, locale: 'ko-KR' });
      try {
        const p = await fresh.context.newPage();
        await p.setViewportSize({ width: 360, height: 740 });
        await openApp(p);
        await p.getByRole('heading', { name: '두 개의 레인, 아래로 흐르는 시간' }).waitFor();
        await walkTour(p, `phone-tour-ko-${scheme}`);
        await p.getByRole('button', { name: '이전' }).click();
        await p.setViewportSize({ width: 1280, height: 800 });
        expect(await tourInsideViewport(p)).toBe(true);
        await screenshot(p, `laptop-tour-ko-${scheme}`);
      } finally {
        await fresh.close();
      }
    }
  });

  it('stays away from shared links, present mode and the embed', async () => {
    const fresh = await launchBrowser();
    try {
      const p = await fresh.context.newPage();
      for (const query of ['?scenario=lost-syn&step=4', '?present=1', '?view=capture']) {
        await p.goto(`${inject('baseUrl')}${query}`);
        await p.locator('.view-tabs').waitFor({ state: 'attached' });
        expect(await p.locator('dialog.tour').count()).toBe(0);
      }
      await p.goto(`${inject('baseUrl')}embed.html`);
      await p.locator('svg.ladder').waitFor();
      expect(await p.locator('dialog.tour').count()).toBe(0);
      // None of these used up the first run: the bare address still gets it.
      await openApp(p);
      await p.locator('dialog.tour').waitFor();
    } finally {
      await fresh.close();
    }
  });
});
