/**
 * Share links, hostile links, the embed (in an iframe of another site's page, and as a custom
 * element on a plain page), presentation mode, language switching, exports and offline use, in
 * real Chromium, with screenshots under test-results/screenshots/share-*.png.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { deflateSync } from 'fflate';
import { builtInScenarios, DEFAULT_SCENARIO_NAME } from '../../src/scenarios/index.ts';
import { buildRunModel } from '../../src/layout/index.ts';
import { simulate } from '../../src/sim/index.ts';
import { packScenario } from '../../src/links/scenarioCodec.ts';
import { toBase64Url } from '../../src/links/base64url.ts';
import { resizeScript } from '../../src/links/embedSnippets.ts';
import { launchBrowser, type TestBrowser } from './browser.ts';
import {
  narration,
  openApp,
  SCREENSHOT_DIR,
  screenshot,
  seriousViolations,
  stepCount,
} from './helpers.ts';

const DEFAULT_TITLE =
  builtInScenarios.find((s) => s.name === DEFAULT_SCENARIO_NAME)?.title.en ?? '(missing)';
const CUSTOM = {
  name: 'two-sends',
  title: { en: 'Two sends and a close', ko: '두 번 보내고 닫기' },
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
const base = (): string => inject('baseUrl');

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

async function fresh<T>(fn: (p: Page, context: BrowserContext) => Promise<T>): Promise<T> {
  const other = await launchBrowser();
  try {
    const p = await other.context.newPage();
    p.on('pageerror', (e) => {
      throw e;
    });
    return await fn(p, other.context);
  } finally {
    await other.close();
  }
}

async function openLink(p: Page, link: string): Promise<void> {
  await p.goto(link);
  await p.locator('svg.ladder').waitFor();
}

async function sharedLink(p: Page, shareName: RegExp): Promise<string> {
  await p.getByRole('button', { name: shareName }).click();
  const dialog = p.getByRole('dialog');
  await dialog.waitFor();
  const link = await dialog.locator('input').inputValue();
  await p.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  return link;
}

describe('share links', () => {
  it('round-trips the scenario, step, language and number mode into a fresh browser', async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openApp(page, '?scenario=lost-syn');
    for (let i = 0; i < 7; i++) await page.getByRole('button', { name: 'Step forward' }).click();
    await page.getByRole('radio', { name: 'Relative' }).check();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
    await page.getByRole('button', { name: '공유' }).waitFor();
    const before = { step: await stepCount(page), text: await narration(page) };
    expect(before.step).toMatch(/단계 중 7단계$/);
    const link = await sharedLink(page, /^공유$/);
    expect(link).toContain('scenario=lost-syn');
    expect(link).toContain('step=7');
    expect(link).toContain('lang=ko');
    expect(link).toContain('numbers=relative');
    await screenshot(page, 'share-laptop-ko');

    await fresh(async (p) => {
      await p.setViewportSize({ width: 1366, height: 768 });
      await openLink(p, link);
      await p.getByRole('button', { name: '공유' }).waitFor();
      expect(await stepCount(p)).toBe(before.step);
      expect(await narration(p)).toBe(before.text);
      expect(await p.getByRole('radio', { name: '상대값' }).isChecked()).toBe(true);
      expect(await p.locator('.scenario-title').textContent()).toBe('첫 SYN이 사라짐');
    });
  });

  it('carries a whole custom scenario in the fragment, and shares it again', async () => {
    const link = `${base()}?step=4#s=${packScenario(CUSTOM)}`;
    await openLink(page, link);
    expect(await page.locator('.scenario-title').textContent()).toBe('Two sends and a close');
    expect(await stepCount(page)).toMatch(/^Step 4 of /);
    await page.getByRole('button', { name: 'Step forward' }).click();
    expect(page.url()).toContain('#s=1.');
    expect(page.url()).not.toContain('scenario=');
    const shared = await sharedLink(page, /^Share$/);
    const before = await narration(page);
    await fresh(async (p) => {
      await openLink(p, shared);
      expect(await p.locator('.scenario-title').textContent()).toBe('Two sends and a close');
      expect(await stepCount(p)).toMatch(/^Step 5 of /);
      expect(await narration(p)).toBe(before);
    });
    // Picking a built-in scenario drops the fragment: the address names what is on screen.
    await page.getByRole('button', { name: /Scenario/ }).click();
    await page
      .getByRole('list', { name: 'Choose a scenario' })
      .getByRole('button', { name: /^The 3-way handshake/ })
      .click();
    await page.getByRole('button', { name: 'Step forward' }).click();
    expect(page.url()).toContain('scenario=basic-handshake');
    expect(page.url()).not.toContain('#s=');
  });

  it('opens hostile links with a clear message, the default scenario, and nothing run', async () => {
    const bomb = `1.${toBase64Url(deflateSync(new TextEncoder().encode(' '.repeat(3_000_000))))}`;
    const cases: { hash: string; search?: string; message: RegExp }[] = [
      { hash: '', search: '?scenario=no-such-thing', message: /no built-in scenario called/ },
      {
        hash: `#s=1.${toBase64Url(new Uint8Array([255, 1, 2, 3, 4, 5]))}`,
        message: /does not decompress/,
      },
      { hash: '#s=1.abc!def', message: /is one a share link never has/ },
      { hash: '#s=7.abcdef', message: /format this version does not know/ },
      { hash: `#s=1.${'A'.repeat(300_000)}`, message: /at most 16000 are accepted/ },
      { hash: `#s=${bomb}`, message: /unpacks to more than 262144 bytes/ },
      {
        hash: `#s=1.${toBase64Url(deflateSync(new TextEncoder().encode('{"events": [')))}`,
        message: /not valid JSON/,
      },
      {
        hash: `#s=${packScenario({ events: [{ t: 0, endpoint: 'client', call: 'explode' }] })}`,
        message: /events\[0\]\.call: expected one of listen, connect, send, close, abort/,
      },
      {
        hash: `#s=${packScenario({ client: { mss: 1 }, server: { mss: 1 }, events: [{ t: 0, endpoint: 'client', call: 'send', bytes: 10_000_000 }] })}`,
        message: /a link may send at most 10,000/,
      },
    ];
    for (const c of cases) {
      await openLink(page, `${base()}${c.search ?? ''}${c.hash}`);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(c.message);
      expect(await alert.textContent()).toContain('Showing the default scenario instead.');
      expect(await page.locator('.scenario-title').textContent()).toBe(DEFAULT_TITLE);
    }
    await screenshot(page, 'share-hostile-laptop');
    await page.getByRole('button', { name: 'Dismiss' }).click();
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('shows markup in a linked title as text and never runs it', async () => {
    const title = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const hostile = { ...CUSTOM, title: { en: title } };
    await openLink(page, `${base()}#s=${packScenario(hostile)}`);
    expect(await page.locator('.scenario-title').textContent()).toBe(title);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBe(
      undefined,
    );
    expect(await page.locator('main img, header img, main script').count()).toBe(0);
  });
});

describe('embedding', () => {
  // Another site: a plain server on another port of the loopback address (another origin).
  const pages = new Map<string, string>();
  let blog: Server;
  let BLOG = '';
  const hostPage = (path: string, body: string): string => {
    pages.set(
      path,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blog post</title></head><body>${body}</body></html>`,
    );
    return `${BLOG}${path}`;
  };
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

  it('sizes an iframe on another site from its height messages, and takes the parent’s requests', async () => {
    const requests: string[] = [];
    const origin = new URL(base()).origin;
    const post = hostPage(
      '/post.html',
      `<h1>My post about TCP</h1><p>Here is the handshake:</p>
<script>window.__messages=[];addEventListener("message",function(e){window.__messages.push({origin:e.origin,data:e.data})});</script>
<iframe id="lab" src="${base()}embed.html?scenario=lost-syn&from=2&to=8&compact=1&id=post-1&lang=ko" title="Handshake Lab" style="border:0;width:100%" height="150"></iframe>
${resizeScript(origin)}
<p>And that was it.</p>`,
    );
    await fresh(async (p, context) => {
      p.on('request', (r) => requests.push(r.url()));
      await p.setViewportSize({ width: 900, height: 900 });
      await p.goto(post);
      const frame = p.frameLocator('#lab');
      await frame.locator('svg.ladder').waitFor();
      await p.waitForFunction(() => {
        const m = (window as unknown as { __messages: { data: { type?: string } }[] }).__messages;
        return m.some((x) => x.data.type === 'handshake-lab:height');
      });
      const heights = await p.evaluate(() =>
        (
          window as unknown as { __messages: { origin: string; data: Record<string, unknown> }[] }
        ).__messages.filter((m) => m.data.type === 'handshake-lab:height'),
      );
      const last = heights.at(-1);
      expect(last?.origin).toBe(origin);
      expect(last?.data).toMatchObject({ type: 'handshake-lab:height', version: 1, id: 'post-1' });
      const height = Number(last?.data.height);
      expect(height).toBeGreaterThan(300);
      await p.waitForFunction(
        (h) => document.getElementById('lab')?.style.height === `${String(h)}px`,
        height,
      );
      // The iframe now shows all of its content: no scrollbar inside.
      const inner = await frame
        .locator('body')
        .evaluate((b) => b.scrollHeight - window.innerHeight);
      expect(inner).toBeLessThanOrEqual(1);
      expect(await frame.locator('.step-count').textContent()).toBe('19단계 중 2단계');

      const send = (message: unknown): Promise<void> =>
        p.evaluate((m) => {
          (document.getElementById('lab') as HTMLIFrameElement).contentWindow?.postMessage(m, '*');
        }, message);
      await send({ type: 'handshake-lab:go-to-step', step: 5 });
      await frame.locator('.step-count', { hasText: '19단계 중 5단계' }).waitFor();
      // Malformed or foreign messages are ignored; a step past the range snaps back into it.
      await send({ type: 'handshake-lab:go-to-step', step: 'x' });
      await send({ type: 'handshake-lab:go-to-step', step: -3 });
      await send('<img src=x onerror=alert(1)>');
      await p.waitForTimeout(150);
      expect(await frame.locator('.step-count').textContent()).toBe('19단계 중 5단계');
      await send({ type: 'handshake-lab:go-to-step', step: 40 });
      await frame.locator('.step-count', { hasText: '19단계 중 8단계' }).waitFor();
      const count = heights.length;
      await send({ type: 'handshake-lab:request-height' });
      await p.waitForFunction(
        (n) =>
          (window as unknown as { __messages: { data: { type?: string } }[] }).__messages.filter(
            (m) => m.data.type === 'handshake-lab:height',
          ).length > n,
        count,
      );
      await screenshot(p, 'share-embed-iframe');
      expect(
        await frame.locator('a', { hasText: 'Handshake Lab에서 열기' }).getAttribute('href'),
      ).toMatch(/\?scenario=lost-syn&step=2&lang=ko$/);

      // Nothing phones home and nothing is stored.
      expect(requests.every((u) => u.startsWith(BLOG) || u.startsWith(origin))).toBe(true);
      expect(requests.some((u) => u.startsWith(`${origin}/embed.html`))).toBe(true);
      expect(await frame.locator('body').evaluate(() => document.cookie)).toBe('');
      expect(await context.cookies()).toEqual([]);
    });
  });

  it('has no serious accessibility problems on the embed page, light and dark', async () => {
    await fresh(async (p) => {
      await p.setViewportSize({ width: 700, height: 900 });
      for (const theme of ['light', 'dark']) {
        await p.goto(`${base()}embed.html?scenario=client-closes-first&from=8&theme=${theme}`);
        await p.locator('svg.ladder').waitFor();
        expect(await seriousViolations(p)).toEqual([]);
        await screenshot(p, `share-embed-page-${theme}`);
      }
      await p.setViewportSize({ width: 360, height: 740 });
      await p.goto(`${base()}embed.html?scenario=simultaneous-close&lang=ko&to=9`);
      await p.locator('svg.ladder').waitFor();
      await screenshot(p, 'share-embed-page-phone-ko');
    });
  });

  it('renders the custom element on a plain page, styles isolated, keys its own', async () => {
    const url = hostPage(
      '/element.html',
      `<style>svg{display:none}.player-bar{color:rgb(255,0,0)}</style>
<h1>A plain page</h1><div class="player-bar" id="outside">not the player</div>
<handshake-lab id="el" scenario="lost-syn" lang="ko" from="1"></handshake-lab>
<script src="${base()}embed/handshake-lab.js" defer></script>`,
    );
    await fresh(async (p) => {
      await p.setViewportSize({ width: 1000, height: 1100 });
      await p.goto(url);
      const ladder = p.locator('#el svg.ladder');
      await ladder.waitFor();
      // The page's `svg{display:none}` does not reach into the shadow root…
      expect(await ladder.isVisible()).toBe(true);
      expect(await p.locator('#el').getByRole('button', { name: '재생' }).count()).toBe(1);
      // …and the element's styles do not reach out.
      const outside = await p
        .locator('#outside')
        .evaluate((el) => [getComputedStyle(el).borderTopWidth, getComputedStyle(el).position]);
      expect(outside).toEqual(['0px', 'static']);
      expect(await p.locator('#el .step-count').textContent()).toBe('19단계 중 1단계');
      // Keys on the host page are the page's own; keys inside the element drive its player.
      await p.locator('h1').click();
      await p.keyboard.press('ArrowRight');
      expect(await p.locator('#el .step-count').textContent()).toBe('19단계 중 1단계');
      await p.locator('#el').getByRole('button', { name: '한 단계 앞으로' }).focus();
      await p.keyboard.press('ArrowRight');
      expect(await p.locator('#el .step-count').textContent()).toBe('19단계 중 2단계');
      // Attributes are live.
      await p.locator('#el').evaluate((el) => {
        el.setAttribute('scenario', 'basic-handshake');
        el.setAttribute('lang', 'en');
      });
      await p.locator('#el .embed-title', { hasText: 'The 3-way handshake' }).waitFor();
      await screenshot(p, 'share-custom-element');
    });
  });
});

describe('presentation mode', () => {
  it('goes fullscreen with large type, hides the side panels, and answers a clicker', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openApp(page, '?scenario=client-closes-first&step=4');
    const n = (await stepCount(page)).replace(/^Step \d+ of /, '');
    const bodyFont = (): Promise<number> =>
      page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const normalFont = await bodyFont();
    await page.bringToFront();
    await page.getByRole('button', { name: 'Present' }).click();
    await page.locator('html[data-presenting]').waitFor({ state: 'attached' });
    await page.waitForFunction(() => document.fullscreenElement !== null);
    expect(await bodyFont()).toBeGreaterThan(normalFont * 1.3);
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.locator('.side').isVisible()).toBe(false);
    expect(page.url()).toContain('present=1');
    const caption = page.locator('.presentation-caption .caption-headline');
    expect(await caption.textContent()).toBe(
      await page.locator('.narration-headline').textContent(),
    );
    // The projector palette: black text on white.
    expect(
      await page.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--text'),
      ),
    ).toBe('#000000');
    await screenshot(page, 'share-present-projector');

    await page.locator('.presentation-caption').click();
    await page.keyboard.press('PageDown');
    expect(await stepCount(page)).toBe(`Step 5 of ${n}`);
    await page.keyboard.press('ArrowDown');
    expect(await stepCount(page)).toBe(`Step 6 of ${n}`);
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowLeft');
    expect(await stepCount(page)).toBe(`Step 4 of ${n}`);
    expect(await caption.textContent()).toBe(
      await page.locator('.narration-headline').textContent(),
    );

    // B blanks; the next key only brings the screen back.
    await page.keyboard.press('b');
    await page.locator('.presentation-blank').waitFor();
    await screenshot(page, 'share-present-blank');
    await page.keyboard.press('PageDown');
    await page.locator('.presentation-blank').waitFor({ state: 'detached' });
    expect(await stepCount(page)).toBe(`Step 4 of ${n}`);

    // ? shows the shortcut sheet; Escape closes it, then leaves presentation mode.
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.waitFor();
    expect(await sheet.textContent()).toContain('Blank the screen');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
    expect(await page.locator('html[data-presenting]').count()).toBe(1);

    // F leaves and re-enters fullscreen.
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement === null);
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement !== null);
    await page.keyboard.press('Escape');
    await page.locator('html[data-presenting]').waitFor({ state: 'detached' });
    expect(await page.locator('.app-header').isVisible()).toBe(true);
    expect(page.url()).not.toContain('present=1');
  });

  it('survives a reload, and fits a laptop and a phone, in Korean too', async () => {
    for (const size of [
      { name: 'laptop', width: 1366, height: 768, lang: 'en' },
      { name: 'phone', width: 360, height: 740, lang: 'ko' },
    ]) {
      await page.setViewportSize({ width: size.width, height: size.height });
      await openApp(page, `?scenario=lost-syn&step=9&lang=${size.lang}&present=1`);
      await page.locator('html[data-presenting]').waitFor({ state: 'attached' });
      await page.locator('.presentation-caption').waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, `share-present-${size.name}-${size.lang}`);
      await page
        .getByRole('button', { name: size.lang === 'ko' ? '발표 끝내기' : 'Exit presentation' })
        .click();
      await page.locator('html[data-presenting]').waitFor({ state: 'detached' });
    }
  });
});

describe('languages, the toolbar and its dialogs', () => {
  it('switches every part of the toolbar and the glossary between English and Korean', async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openApp(page, '?scenario=simultaneous-close&step=6&lang=en');
    const names = ['Share', 'Embed', 'Present', 'Export', 'Glossary'];
    const tools = page.getByRole('group', { name: 'Share and present' });
    expect(await tools.getByRole('button').allTextContents()).toEqual(names);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
    const koTools = page.getByRole('group', { name: '공유와 발표' });
    await koTools.waitFor();
    expect(await koTools.getByRole('button').allTextContents()).toEqual([
      '공유',
      '임베드',
      '발표',
      '내보내기',
      '용어집',
    ]);
    expect(await page.locator('html').getAttribute('lang')).toBe('ko');
    await page.getByRole('button', { name: '용어집' }).click();
    const glossary = page.getByRole('dialog', { name: '용어집' });
    await glossary.waitFor();
    for (const state of ['CLOSED', 'SYN-RECEIVED', 'TIME-WAIT', 'CLOSING']) {
      expect(await glossary.getByText(state, { exact: true }).count()).toBe(1);
    }
    expect(await glossary.textContent()).toContain('순서 번호 하나를 차지합니다');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'share-glossary-laptop-ko');
    await page.setViewportSize({ width: 360, height: 740 });
    await screenshot(page, 'share-glossary-phone-ko');
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: '언어' }).selectOption('en');
    await tools.waitFor();
    expect(page.url()).toContain('lang=en');
  });

  it('fits the toolbar and dialogs at phone size in both languages, with nothing sideways', async () => {
    for (const lang of ['en', 'ko'] as const) {
      await page.setViewportSize({ width: 360, height: 740 });
      await openApp(page, `?scenario=client-closes-first&step=12&lang=${lang}`);
      await screenshot(page, `share-toolbar-phone-${lang}`);
      for (const [button, file] of [
        [lang === 'en' ? 'Share' : '공유', 'share'],
        [lang === 'en' ? 'Embed' : '임베드', 'embed'],
        [lang === 'en' ? 'Export' : '내보내기', 'export'],
      ] as const) {
        await page.getByRole('button', { name: button, exact: true }).click();
        const dialog = page.getByRole('dialog');
        await dialog.waitFor();
        const box = await dialog.boundingBox();
        expect(box?.width ?? 999).toBeLessThanOrEqual(360);
        expect(await seriousViolations(page)).toEqual([]);
        await screenshot(page, `share-dialog-${file}-phone-${lang}`);
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'detached' });
      }
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    }
    await page.setViewportSize({ width: 1366, height: 768 });
    await openApp(page, '?scenario=lost-syn&step=14');
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    await page.getByRole('dialog').waitFor();
    await page.getByLabel('To step').fill('8');
    const iframe = await page.getByLabel('The iframe', { exact: true }).inputValue();
    expect(iframe).toMatch(
      /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html\?scenario=lost-syn&amp;to=8&amp;lang=en"/,
    );
    expect(iframe).toContain('title="Handshake Lab: The first SYN is lost"');
    await screenshot(page, 'share-dialog-embed-laptop');
    await page.keyboard.press('Escape');
  });
});

describe('export', () => {
  it('downloads the whole run as SVG and PNG that open and show both lanes', async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openApp(page, '?scenario=lost-syn&step=3');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export this run' });
    await dialog.waitFor();
    await screenshot(page, 'share-dialog-export-laptop');
    const save = async (name: string): Promise<string> => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        dialog.getByRole('button', { name }).click(),
      ]);
      const path = join(SCREENSHOT_DIR, `share-export-${download.suggestedFilename()}`);
      await download.saveAs(path);
      return path;
    };
    const svgPath = await save('Download SVG');
    expect(svgPath).toMatch(/lost-syn-ladder\.svg$/);
    const svg = readFileSync(svgPath, 'utf8');
    expect(svg).toContain('<line class="lane-line lane-client"');
    expect(svg).toContain('<line class="lane-line lane-server"');
    // The whole run, not just the steps shown so far: every segment is drawn.
    const lostSyn = builtInScenarios.find((s) => s.name === 'lost-syn');
    if (lostSyn === undefined) throw new Error('missing scenario');
    const segments = buildRunModel(simulate(lostSyn)).timeline.segments.length;
    expect(svg.match(/<g class="segment /g)?.length).toBe(segments);

    await dialog.getByLabel('Colours').selectOption('dark');
    const pngPath = await save('Download PNG');
    const png = readFileSync(pngPath);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    const svgWidth = Number(/width="(\d+)"/.exec(svg)?.[1]);
    const svgHeight = Number(/height="(\d+)"/.exec(svg)?.[1]);
    expect([width, height]).toEqual([svgWidth * 2, svgHeight * 2]);
    await page.keyboard.press('Escape');

    // Open both files as a person would, and look at the lanes' pixels in the PNG.
    const viewer = await browser.context.newPage();
    await viewer.goto(`file://${join(process.cwd(), svgPath)}`);
    expect(await viewer.locator('.lane-line').count()).toBe(2);
    await viewer.screenshot({ path: join(SCREENSHOT_DIR, 'share-export-svg-opened.png') });
    const laneX = [...svg.matchAll(/class="lane-line lane-\w+" x1="([\d.]+)"/g)].map((m) =>
      Number(m[1]),
    );
    const header = Number(/<g transform="translate\(0 (\d+)\)">/.exec(svg)?.[1]);
    await viewer.goto('about:blank');
    await viewer.setContent(`<img id="png" src="data:image/png;base64,${png.toString('base64')}">`);
    const shares = await viewer.evaluate(
      async ({ lanes, top }) => {
        const img = document.getElementById('png') as HTMLImageElement;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const ctx = canvas.getContext('2d');
        if (ctx === null) return [];
        ctx.drawImage(img, 0, 0);
        const bg = Array.from(ctx.getImageData(2, canvas.height - 2, 1, 1).data);
        return lanes.map((x) => {
          let differs = 0;
          let total = 0;
          for (let y = top * 2 + 4; y < canvas.height - 4; y += 7) {
            const px = Array.from(ctx.getImageData(Math.round(x * 2), y, 1, 1).data);
            total++;
            if (px.some((v, i) => Math.abs(v - (bg[i] ?? 0)) > 12)) differs++;
          }
          return differs / total;
        });
      },
      { lanes: laneX, top: header },
    );
    expect(shares).toHaveLength(2);
    for (const share of shares) expect(share).toBeGreaterThan(0.9);
    await viewer.close();
  });

  it('gives the run as Mermaid and as an RFC 9293 listing with the core’s numbers', async () => {
    await openApp(page, '?scenario=basic-handshake&numbers=relative');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export this run' });
    const mermaid = await dialog.getByLabel('Mermaid sequence diagram').inputValue();
    expect(mermaid).toContain('  C->>S: SYN seq=0 len=0\n');
    expect(mermaid).toContain('  S->>C: SYN+ACK seq=0 ack=1 len=0\n');
    const listing = await dialog.getByLabel('RFC 9293-style listing').inputValue();
    expect(listing.replace(/ +/g, ' ')).toContain(
      '3. ESTABLISHED <-- <SEQ=0><ACK=1><CTL=SYN,ACK> <-- SYN-RECEIVED',
    );
    await page.keyboard.press('Escape');
  });
});

describe('offline', () => {
  it('installs, then reloads and keeps working with the network gone', async () => {
    await fresh(async (p, context) => {
      await p.setViewportSize({ width: 1366, height: 768 });
      await openLink(p, `${base()}?scenario=lost-syn&step=5`);
      const manifest = await p.evaluate(async () => {
        const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
        return link === null
          ? null
          : ((await (await fetch(link.href)).json()) as { icons: unknown[] });
      });
      expect(manifest?.icons.length).toBeGreaterThanOrEqual(3);
      await p.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
        timeout: 20_000,
      });
      await context.setOffline(true);
      expect(await p.evaluate(() => navigator.onLine)).toBe(false);
      await p.reload();
      await p.locator('svg.ladder').waitFor();
      expect(await stepCount(p)).toMatch(/^Step 5 of /);
      // Lazily loaded parts come from the cache too: Korean, a dialog, another page.
      await p.getByRole('combobox', { name: 'Language' }).selectOption('ko');
      await p.getByRole('button', { name: '내보내기' }).click();
      await p.getByRole('dialog').waitFor();
      await p.keyboard.press('Escape');
      await openLink(p, `${base()}?scenario=half-close&step=3`);
      await openLink(p, `${base()}embed.html?scenario=lost-syn`);
      await screenshot(p, 'share-offline-embed');
      await context.setOffline(false);
    });
  });
});
