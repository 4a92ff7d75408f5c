/**
 * The built pages' Content-Security-Policy (scripts/vite/csp.ts) in real Chromium: it is there
 * and enforced (an inline script and eval are refused), and every view runs under it without a
 * single violation or console error: the scenario player and its inspector, Korean, the four
 * dialogs with both image exports, presentation mode, a custom scenario from a link (the schema
 * runs: zod without eval), the Lab's three modes with its autosave read back and a file import,
 * a capture read by the worker, and the embed page on its own and inside another site's page.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../scripts/vite/csp.ts';
import { packScenario } from '../../src/links/scenarioCodec.ts';
import { launchBrowser, type TestBrowser } from './browser.ts';
import { labCall, screenshot } from './helpers.ts';
import { serveOtherSite, type OtherSite } from './site.ts';

/** A custom scenario, as an instructor would adapt one: a built-in file under another name. */
const CUSTOM = {
  ...(JSON.parse(readFileSync('src/scenarios/library/half-close.json', 'utf8')) as {
    events: unknown[];
  }),
  name: 'my-half-close',
  title: { en: 'My half-close', ko: '나의 반닫기' },
};

/** Runs in every page and frame before its own scripts: reports each violation on the console. */
const WATCH_VIOLATIONS = `addEventListener('securitypolicyviolation', (e) => {
  console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber);
});`;

let browser: TestBrowser;
let page: Page;
/** Console errors (violations among them) and uncaught errors since the last check. */
let problems: string[] = [];
const base = (): string => inject('baseUrl');

beforeAll(async () => {
  browser = await launchBrowser();
  await browser.context.addInitScript({ content: WATCH_VIOLATIONS });
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1366, height: 768 });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
});

afterAll(async () => {
  await browser.close();
});

function expectClean(): void {
  const seen = problems;
  problems = [];
  expect(seen).toEqual([]);
}

async function open(query: string): Promise<void> {
  await page.goto(`${base()}${query}`);
  await page.locator('svg.ladder').waitFor();
}

async function dialog(tool: string, title: string, inside?: () => Promise<void>): Promise<void> {
  await page.getByRole('button', { name: tool, exact: true }).click();
  const d = page.getByRole('dialog', { name: title });
  await d.waitFor();
  await inside?.();
  await page.keyboard.press('Escape');
  await d.waitFor({ state: 'detached' });
}

describe('the Content-Security-Policy', () => {
  it('ships in both pages and is enforced: no inline script, no eval', async () => {
    for (const file of ['', 'embed.html']) {
      const html = await (await fetch(`${base()}${file}`)).text();
      expect(html).toContain(
        `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      );
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    }
    await open('?scenario=lost-syn');
    expectClean();
    // The controls: what the policy must refuse is refused, and the watch above reports it.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.head.append(script);
      // A string timer is eval, run by the page itself (the test's own evaluate is exempt).
      // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the refusal is the point
      setTimeout('window.evalRan = true', 0);
    });
    await expect
      .poll(() => problems.filter((p) => p.startsWith('CSP violation: ')).sort())
      .toEqual([
        expect.stringMatching(/^CSP violation: script-src blocked eval /),
        expect.stringMatching(/^CSP violation: script-src-elem blocked inline /),
      ]);
    expect(await page.evaluate(() => 'inlineRan' in window || 'evalRan' in window)).toBe(false);
    problems = [];
  });

  it('lets the scenario player, Korean, the dialogs, both exports and presenting run', async () => {
    await open('?scenario=lost-syn&step=6');
    await page.getByRole('button', { name: 'Play' }).click();
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: /— segment 1,/ }).click();
    await page
      .getByRole('region', { name: 'Segment inspector' })
      .getByText(/^Segment 1: /)
      .waitFor();
    await dialog('Share', 'Share this view');
    await dialog('Embed', 'Embed in a blog post', async () => {
      await page.getByRole('textbox', { name: /Your site’s address/ }).fill('https://blog.example');
    });
    await dialog('Export', 'Export this run', async () => {
      for (const name of ['Download SVG', 'Download PNG']) {
        await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('dialog').getByRole('button', { name }).click(),
        ]);
      }
    });
    await dialog('Glossary', 'Glossary');
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await page.locator('html[data-presenting]').waitFor();
    // The mode's keys come with its controls, a chunk of their own (loaded under the policy too).
    await page.getByRole('group', { name: 'Presentation' }).waitFor();
    await page.keyboard.press('PageDown');
    await page.keyboard.press('Escape');
    await page.locator('html[data-presenting]').waitFor({ state: 'detached' });
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
    await page.getByRole('link', { name: '실습실' }).waitFor();
    await screenshot(page, 'csp-scenarios-ko');
    expectClean();
  });

  it('lets a custom scenario from a link be validated and played (zod without eval)', async () => {
    await open(`?step=4#s=${packScenario(CUSTOM)}`);
    expect(await page.locator('.scenario-title').textContent()).toBe('My half-close');
    expectClean();
  });

  it('lets the Lab run in its three modes, read its autosave back and import a file', async () => {
    await open('?view=lab');
    await page.evaluate(() => {
      localStorage.clear();
    });
    await open('?view=lab');
    await labCall(page, 'server', 'listen()');
    await labCall(page, 'client', 'connect()');
    // The autosave is read back through its schema.
    await open('?view=lab');
    expect(await page.locator('.action-log li').count()).toBe(2);
    const dir = mkdtempSync(join(tmpdir(), 'csp-import-'));
    const file = join(dir, 'custom.json');
    writeFileSync(file, JSON.stringify(CUSTOM));
    await page.locator('input[type="file"]').setInputFiles(file);
    await expect.poll(() => page.locator('.action-log li').count()).toBe(CUSTOM.events.length);
    await page.getByRole('link', { name: 'SYN flood' }).click();
    await page.getByRole('region', { name: 'Server SYN queue' }).waitFor();
    await page.getByRole('button', { name: 'Step forward' }).click();
    await page.getByRole('link', { name: 'Predict, then reveal' }).click();
    await page.locator('.quiz').waitFor();
    await screenshot(page, 'csp-lab-quiz');
    expectClean();
  });

  it('lets the capture worker read a sample, with the textbook notes', async () => {
    await page.goto(`${base()}?view=capture`);
    await page.getByRole('button', { name: /^Normal close, client first/ }).click();
    await page.locator('svg.ladder').waitFor();
    await page.getByRole('button', { name: 'Step forward' }).click();
    await screenshot(page, 'csp-capture');
    expectClean();
  });

  describe('the embed page', () => {
    let blog: OtherSite;
    beforeAll(async () => {
      blog = await serveOtherSite();
    });
    afterAll(() => blog.close());

    it('runs on its own, with a custom scenario, and inside another site’s page', async () => {
      await open(`embed.html?scenario=lost-syn&from=2&to=8`);
      await page.getByRole('button', { name: 'Step forward' }).click();
      await open(`embed.html#s=${packScenario(CUSTOM)}`);
      await page.goto(
        blog.page(
          '/post',
          `<!doctype html><meta charset="utf-8"><title>A post</title><h1>A post</h1>` +
            `<iframe id="lab" src="${base()}embed.html?scenario=lost-syn&autoplay=1&lang=ko" title="Handshake Lab" style="border:0;width:100%" height="600"></iframe>`,
        ),
      );
      const frame = page.frameLocator('#lab');
      await frame.locator('svg.ladder').waitFor();
      await frame.getByRole('button', { name: '한 단계 앞으로' }).click();
      await screenshot(page, 'csp-embed-framed');
      expectClean();
    });
  });
});
