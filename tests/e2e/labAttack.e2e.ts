/**
 * Staging an attack in the Lab, in real Chromium, on a phone (360x740, from the "Your move"
 * sheet) and on a laptop (1280x800, by keyboard): a blind RST exactly at the server's RCV.NXT,
 * filled in from the server's TCB, resets the connection, and the narration says so.
 * Screenshots under test-results/screenshots/lab-*-attack*.png.
 */
import type { Locator, Page } from 'playwright-core';
import { packScenario } from '../../src/links/scenarioCodec.ts';
import { launchBrowser, type TestBrowser } from './browser.ts';
import { laneState, narration, openApp, screenshot, seriousViolations } from './helpers.ts';

/** ISNs 1000 and 5000, 100 ms each way: the server's RCV.NXT is 1001 once ESTABLISHED. */
const HANDSHAKE = {
  client: { isn: 1000 },
  server: { isn: 5000 },
  oneWayDelayMs: 100,
  events: [
    { t: 0, endpoint: 'server', call: 'listen' },
    { t: 10, endpoint: 'client', call: 'connect' },
  ],
};
const PRESET = 'RST exactly at RCV.NXT (SEQ = 1001)';
const HEADLINE = /Server moves ESTABLISHED → CLOSED/;
const RESET = /A RST arrived with SEQ = RCV\.NXT = 1001 exactly: the connection is reset\./;

let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

async function freshPage(width: number, height: number): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (e) => {
    throw e;
  });
  await page.setViewportSize({ width, height });
  await openApp(page, '?view=lab');
  await page.evaluate(() => {
    localStorage.clear();
  });
  await openApp(page, `?view=lab#s=${packScenario(HANDSHAKE)}`);
  await page.locator('.action-log li').first().waitFor({ state: 'attached' });
  await page.getByRole('button', { name: 'Jump to end' }).click();
  expect(await laneState(page, 'Server')).toBe('ESTABLISHED');
  return page;
}

const attackerCard = (page: Page): Locator =>
  page.locator('details', { has: page.locator('summary', { hasText: /^Attacker$/ }) });

/** Steps on until the narration tells of the server's reset. */
async function stepToReset(page: Page): Promise<void> {
  for (let i = 0; i < 6 && !HEADLINE.test(await narration(page)); i++) {
    await page.getByRole('button', { name: 'Step forward' }).click();
  }
  expect(await narration(page)).toMatch(HEADLINE);
}

/** Nothing inside the card scrolls on its own: the panel is the only scroll box. */
async function noNestedScroll(card: Locator): Promise<void> {
  const scrollers = await card.evaluate(
    (root) =>
      [root, ...root.querySelectorAll('*')].filter((el) => {
        const { overflowY } = getComputedStyle(el);
        return (
          (overflowY === 'auto' || overflowY === 'scroll') && el.scrollHeight > el.clientHeight
        );
      }).length,
  );
  expect(scrollers).toBe(0);
}

async function noSidewaysOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

describe('staging an attack in the Lab', () => {
  it('resets the connection with a blind RST at RCV.NXT, from the phone’s sheet', async () => {
    const page = await freshPage(360, 740);
    try {
      // The "Your move" sheet is open on a phone; the attacker is one of its cards.
      const card = attackerCard(page);
      await card.locator('summary').click();
      await card.getByRole('button', { name: PRESET }).click();
      expect(await card.getByLabel('SEQ').inputValue()).toBe('1001');
      await card.getByText(/^When it arrives/).scrollIntoViewIfNeeded();
      await screenshot(page, 'lab-phone-attack');
      await card
        .getByRole('button', { name: 'Inject the forged segment' })
        .scrollIntoViewIfNeeded();
      await screenshot(page, 'lab-phone-attack-form');
      await noSidewaysOverflow(page);
      await noNestedScroll(card);

      await card.getByRole('button', { name: 'Inject the forged segment' }).click();
      await page
        .locator('.action-log li', { hasText: 'attacker → server, RST SEQ = 1001' })
        .waitFor({ state: 'attached' });
      // The narration lives in the Why sheet on a phone; the ticker shows the headline.
      await stepToReset(page);
      expect(await laneState(page, 'Server')).toBe('CLOSED');
      await page.locator('.sheet-tab[data-panel="why"]').click();
      await page.getByText(RESET).waitFor();
      await screenshot(page, 'lab-phone-attack-reset');
      await noSidewaysOverflow(page);
      const violations = await seriousViolations(page);
      expect(violations, JSON.stringify(violations)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('does the same by keyboard on a laptop, with no scroll box inside the card', async () => {
    const page = await freshPage(1280, 800);
    try {
      const card = attackerCard(page);
      await card.locator('summary').focus();
      await page.keyboard.press('Enter');
      await card.getByRole('button', { name: PRESET }).focus();
      await page.keyboard.press('Enter');
      expect(await card.getByLabel('SEQ').inputValue()).toBe('1001');
      await card
        .getByRole('button', { name: 'Inject the forged segment' })
        .scrollIntoViewIfNeeded();
      await screenshot(page, 'lab-laptop-attack');
      await noNestedScroll(card);

      await card.getByRole('button', { name: 'Inject the forged segment' }).focus();
      await page.keyboard.press('Enter');
      await page
        .locator('.action-log li', { hasText: 'attacker → server, RST SEQ = 1001' })
        .waitFor({ state: 'attached' });
      // Focus is back on the button once the run restarts.
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
        'Inject the forged segment',
      );
      await stepToReset(page);
      expect(await laneState(page, 'Server')).toBe('CLOSED');
      expect(await laneState(page, 'Client')).toBe('ESTABLISHED');
      await page.getByText(RESET).scrollIntoViewIfNeeded();
      await screenshot(page, 'lab-laptop-attack-reset');
      await noSidewaysOverflow(page);
      const violations = await seriousViolations(page);
      expect(violations, JSON.stringify(violations)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
