/**
 * Sharing what the Lab shows, in real Chromium: a driven session shared by link reopens the same
 * screen in a fresh browser; the flood and quiz addresses open at their step; the Lab's Embed
 * dialog gives an iframe and a custom element that play the session; a custom scenario plays in
 * the embed page and in the custom element on another site's page. Screenshots under
 * test-results/screenshots/labshare-*.png.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { packScenario } from '../../src/links/scenarioCodec.ts';
import { launchBrowser, type TestBrowser } from './browser.ts';
import { laneState, narration, openApp, screenshot, stepCount } from './helpers.ts';

const base = (): string => inject('baseUrl');
const CUSTOM = {
  name: 'two-sends',
  title: 'Two sends and a close',
  client: { isn: 100 },
  server: { isn: 300 },
  events: [
    { t: 0, endpoint: 'server', call: 'listen' },
    { t: 10, endpoint: 'client', call: 'connect' },
    { t: 400, endpoint: 'client', call: 'send', bytes: 50 },
    { t: 800, endpoint: 'client', call: 'close' },
  ],
};

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

/** Runs `fn` in a browser of its own: no storage, no history shared with `page`. */
async function fresh<T>(fn: (p: Page) => Promise<T>): Promise<T> {
  const other = await launchBrowser();
  try {
    const p = await other.context.newPage();
    p.on('pageerror', (e) => {
      throw e;
    });
    return await fn(p);
  } finally {
    await other.close();
  }
}

async function call(p: Page, endpoint: 'client' | 'server', label: string): Promise<void> {
  await p
    .locator(`.endpoint-card.is-${endpoint}`)
    .getByRole('button', { name: label, exact: true })
    .click();
}

/** What the lab shows, in words: enough to tell two screens apart. */
async function labScreen(p: Page) {
  return {
    step: await stepCount(p),
    narration: await narration(p),
    states: await p
      .locator('.state-badge[data-state]')
      .evaluateAll((badges) => badges.map((b) => b.getAttribute('data-state'))),
    segments: await p.locator('svg.ladder .seg-flags').count(),
    drops: await p.locator('svg.ladder .drop-mark').count(),
    log: await p.locator('.action-log li').allTextContents(),
  };
}

async function dialogValue(p: Page, button: string, field: string | RegExp): Promise<string> {
  await p.getByRole('button', { name: button, exact: true }).click();
  const dialog = p.getByRole('dialog');
  await dialog.waitFor();
  const value = await dialog
    .getByRole('textbox', { name: field, exact: typeof field === 'string' })
    .inputValue();
  await p.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  return value;
}

describe('sharing the Lab', () => {
  it('reopens a driven session identically from its share link in a fresh browser', async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openApp(page, '?view=lab');
    await page.evaluate(() => {
      localStorage.clear();
    });
    await openApp(page, '?view=lab');
    await call(page, 'server', 'listen()');
    await call(page, 'client', 'connect()');
    await page.getByRole('button', { name: 'Jump to end' }).click();
    await call(page, 'client', 'send()');
    await page.getByRole('button', { name: 'Jump to end' }).click();
    await page.getByRole('button', { name: 'Step back' }).click();
    await page.getByRole('radio', { name: 'Relative' }).check();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
    await page.getByRole('button', { name: '공유', exact: true }).waitFor();
    const before = await labScreen(page);
    expect(before.states).toContain('ESTABLISHED');
    expect(page.url()).toMatch(/[?&]view=lab\b.*#s=1\./);

    const link = await dialogValue(page, '공유', '링크');
    expect(link).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/\?view=lab&step=\d+&lang=ko&numbers=relative#s=1\./,
    );
    await screenshot(page, 'labshare-drive-laptop-ko');

    await fresh(async (p) => {
      await p.setViewportSize({ width: 1366, height: 768 });
      await p.goto(link);
      await p.locator('.endpoint-card.is-client').waitFor();
      await p.getByRole('button', { name: '공유', exact: true }).waitFor();
      expect(await labScreen(p)).toEqual(before);
      expect(await p.getByRole('radio', { name: '상대값' }).isChecked()).toBe(true);
      // Nothing replaced a session of this browser's own, so nothing to say.
      expect(await p.locator('.lab-notice').count()).toBe(0);
      expect(p.url()).toBe(link);
      await p.setViewportSize({ width: 360, height: 740 });
      await screenshot(p, 'labshare-drive-reopened-phone-ko');
    });
  });

  it('embeds the session: the iframe and the custom element play the same run', async () => {
    await page.getByRole('combobox', { name: /^(Language|언어)$/ }).selectOption('en');
    const iframe = await dialogValue(page, 'Embed', 'The iframe');
    const src = /src="([^"]+)"/.exec(iframe)?.[1]?.replace(/&amp;/g, '&') ?? '';
    expect(src).toMatch(/embed\.html\?lang=en#s=1\./);
    const element = await dialogValue(page, 'Embed', /custom element/);
    expect(element).toMatch(/<handshake-lab scenario-data="1\.[\w.-]+" lang="en">/);
    const segments = await page.locator('svg.ladder .seg-flags').count();
    await fresh(async (p) => {
      await p.goto(src);
      await p.locator('svg.ladder').waitFor();
      await p.getByRole('button', { name: 'Jump to end' }).click();
      expect(await p.locator('svg.ladder .seg-flags').count()).toBe(segments);
      expect(await p.locator('[role="alert"]').count()).toBe(0);
    });
  });

  it('presents the Lab on a projector', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.getByRole('combobox', { name: /^(Language|언어)$/ }).selectOption('en');
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await page.getByRole('button', { name: 'Exit presentation' }).waitFor();
    expect(page.url()).toContain('present=1');
    await screenshot(page, 'labshare-drive-present');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Share', exact: true }).waitFor();
    expect(page.url()).not.toContain('present=1');
  });

  it('opens the SYN flood and the quiz at the step and settings their address names', async () => {
    await fresh(async (p) => {
      await p.setViewportSize({ width: 360, height: 740 });
      await p.goto(`${base()}?view=lab&lab=flood&step=44&backlog=2&cookies=1&lang=ko`);
      await p.getByRole('region', { name: '서버 SYN 큐' }).waitFor();
      expect(await stepCount(p)).toMatch(/ 44단계$/);
      expect(await p.getByRole('checkbox', { name: 'SYN 쿠키' }).isChecked()).toBe(true);
      await screenshot(p, 'labshare-flood-phone-ko');
      const link = await dialogValue(p, '공유', '링크');
      expect(new URL(link).search).toBe('?view=lab&lab=flood&step=44&lang=ko&backlog=2&cookies=1');

      await p.setViewportSize({ width: 1366, height: 768 });
      await p.goto(`${base()}?view=lab&lab=quiz&scenario=lost-syn&step=3`);
      const picker = p.getByRole('combobox', { name: 'Quiz on' });
      await picker.waitFor();
      expect(await picker.inputValue()).toBe('lost-syn');
      expect(await stepCount(p)).toMatch(/^Step 3 of /);
      await screenshot(p, 'labshare-quiz-laptop');
      const quiz = await dialogValue(p, 'Share', 'Link');
      expect(new URL(quiz).search).toBe('?view=lab&lab=quiz&scenario=lost-syn&step=3&lang=en');
    });
  });
});

describe('a captured conversation', () => {
  it('is presented and exported, and offers no link that could not bring the file back', async () => {
    await fresh(async (p) => {
      await p.setViewportSize({ width: 1366, height: 768 });
      await p.goto(`${base()}?view=capture&sample=client-close`);
      await p.locator('.capture-player svg.ladder').waitFor();
      const tools = p.getByRole('group', { name: 'Share and present' });
      expect(await tools.getByRole('button').allTextContents()).toEqual([
        'Present',
        'Export',
        'Glossary',
      ]);
      await tools.getByRole('button', { name: 'Export' }).click();
      const mermaid = await p
        .getByRole('dialog')
        .getByRole('textbox', { name: 'Mermaid sequence diagram', exact: true })
        .inputValue();
      expect(mermaid).toMatch(/^sequenceDiagram/m);
      await p.keyboard.press('Escape');
      await tools.getByRole('button', { name: 'Present' }).click();
      await p.getByRole('button', { name: 'Exit presentation' }).waitFor();
      await screenshot(p, 'labshare-capture-present');
      await p.keyboard.press('Escape');
      // The address names the sample on screen, so a reload or a link opens it again.
      await p.getByRole('button', { name: 'Half-close', exact: true }).click();
      await p.waitForURL(/[?&]sample=half-close\b/);
      await p.reload();
      await p.locator('.capture-file', { hasText: 'half-close.pcap' }).waitFor();
    });
  });
});

describe('a bundled sample’s address', () => {
  it('reopens the conversation at its step in a fresh browser', async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${base()}?view=capture`);
    // Before a capture is open, a sample's button also reads out its description.
    await page.getByRole('button', { name: /^Half-close/ }).click();
    await page.locator('.capture-player svg.ladder').waitFor();
    const table = page.getByRole('table', { name: 'TCP conversations' });
    await table.getByRole('button', { name: /^Stream 0$/ }).click();
    await page.locator('.capture-player svg.ladder').waitFor();
    for (let i = 0; i < 5; i++) {
      await page.getByRole('button', { name: 'Step forward' }).click();
    }
    await page.waitForURL(/\?view=capture&sample=half-close&stream=0&step=5$/);
    const screenOf = async (p: Page) => ({
      file: await p.locator('.capture-file').textContent(),
      playing: await p.locator('.capture-player-title').textContent(),
      step: await stepCount(p),
      narration: await narration(p),
      client: await laneState(p, 'Client'),
      server: await laneState(p, 'Server'),
    });
    const shown = await screenOf(page);
    expect(shown.step).toMatch(/^Step 5 of /);
    const address = page.url();
    await fresh(async (p) => {
      await p.setViewportSize({ width: 360, height: 740 });
      await p.goto(address);
      await p.locator('.capture-player svg.ladder').waitFor();
      await p.locator('.step-count', { hasText: /^Step 5 of / }).waitFor();
      expect(
        await p
          .getByRole('table', { name: 'TCP conversations' })
          .getByRole('button', { name: /^Stream 0$/ })
          .getAttribute('aria-current'),
      ).toBe('true');
      expect(await screenOf(p)).toEqual(shown);
      expect(p.url()).toBe(address);
      await screenshot(p, 'labshare-capture-address-phone');
    });
  });
});

describe('custom scenarios in embeds', () => {
  const pages = new Map<string, string>();
  let blog: Server;
  let BLOG = '';
  beforeAll(async () => {
    blog = createServer((req, res) => {
      const body = pages.get(req.url ?? '');
      res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body ?? 'not found');
    });
    await new Promise<void>((resolve) => blog.listen(0, '127.0.0.1', resolve));
    BLOG = `http://127.0.0.1:${String((blog.address() as AddressInfo).port)}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) =>
      blog.close(() => {
        resolve();
      }),
    );
  });

  it('plays a custom scenario from the embed page’s fragment', async () => {
    await fresh(async (p) => {
      await p.goto(`${base()}embed.html?from=2&lang=en#s=${packScenario(CUSTOM)}`);
      await p.locator('.embed-title', { hasText: 'Two sends and a close' }).waitFor();
      expect(await stepCount(p)).toMatch(/^Step 2 of /);
      const back = await p
        .getByRole('link', { name: /Open in Handshake Lab/ })
        .getAttribute('href');
      expect(back).toMatch(/\?step=2&lang=en#s=1\./);
    });
  });

  it('plays a custom scenario in the custom element, and says what is wrong with a broken one', async () => {
    pages.set(
      '/custom.html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title></head><body>
<handshake-lab id="good" scenario-data="${packScenario(CUSTOM)}" lang="en"></handshake-lab>
<handshake-lab id="bad" scenario-data="1.AAAA" lang="en"></handshake-lab>
<script src="${base()}embed/handshake-lab.js" defer></script></body></html>`,
    );
    await fresh(async (p) => {
      await p.setViewportSize({ width: 1000, height: 1400 });
      await p.goto(`${BLOG}/custom.html`);
      await p.locator('#good .embed-title', { hasText: 'Two sends and a close' }).waitFor();
      await p.locator('#good').getByRole('button', { name: 'Jump to end' }).click();
      expect(await p.locator('#good svg.ladder .seg-flags').count()).toBeGreaterThan(6);
      await p.locator('#bad [role="alert"]').waitFor();
      expect(await p.locator('#bad [role="alert"]').textContent()).toMatch(
        /the link was cut short.*Showing the default scenario instead\./,
      );
      await screenshot(p, 'labshare-custom-element');
    });
  });
});
