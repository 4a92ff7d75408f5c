/**
 * The same build served under /a/b/ (as GitHub Pages serves a project at /REPO/), in real
 * Chromium: every view and lazy chunk loads from under that path and nothing asks for anything
 * outside it; share links, the embed code and the custom element name the address the app is
 * served from; the embed page works, in another site's page too, telling its height only to
 * that page's origin; and the service worker, scoped to /a/b/, reloads the app offline.
 */
import type { Page } from 'playwright-core';
import { launchBrowser, type TestBrowser } from './browser.ts';
import { labCall, screenshot, stepCount } from './helpers.ts';
import { serveOtherSite, serveSite, type OtherSite, type Site } from './site.ts';

let site: Site;
let browser: TestBrowser;
let page: Page;
/** Every request the page made to the app's host, and each failed answer. */
let requests: string[] = [];
let failures: string[] = [];
let blog: OtherSite;

beforeAll(async () => {
  site = await serveSite('subpath', '/a/b/');
  browser = await launchBrowser();
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1366, height: 768 });
  page.on('pageerror', (e) => failures.push(`uncaught: ${e.message}`));
  browser.context.on('request', (r) => {
    if (r.url().startsWith(new URL(site.url).origin)) requests.push(new URL(r.url()).pathname);
  });
  browser.context.on('response', (r) => {
    const ours = r.url().startsWith(new URL(site.url).origin);
    if (ours && r.status() >= 400) failures.push(`${String(r.status())} ${r.url()}`);
  });
  blog = await serveOtherSite();
});

afterAll(async () => {
  await browser.close();
  await site.close();
  await blog.close();
});

/** Nothing failed, and every request stayed under /a/b/. */
function expectAllUnderThePath(): void {
  expect(failures).toEqual([]);
  expect(requests.filter((path) => !path.startsWith('/a/b/'))).toEqual([]);
  expect(requests.length).toBeGreaterThan(0);
  requests = [];
}

async function copyField(label: string): Promise<string> {
  return page.getByRole('dialog').getByLabel(label, { exact: true }).inputValue();
}

describe('served under /a/b/', () => {
  it('runs every view and lazy part from under the path', async () => {
    await page.goto(`${site.url}?scenario=lost-syn&step=6`);
    await page.locator('svg.ladder').waitFor();
    expect(await stepCount(page)).toMatch(/^Step 6 of /);
    await page.getByRole('button', { name: /— segment 1,/ }).click();
    await page
      .getByRole('region', { name: 'Segment inspector' })
      .getByText(/^Segment 1: /)
      .waitFor();
    for (const [tool, title] of [
      ['Export', 'Export this run'],
      ['Glossary', 'Glossary'],
    ] as const) {
      await page.getByRole('button', { name: tool, exact: true }).click();
      await page.getByRole('dialog', { name: title }).waitFor();
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    }
    await page.getByRole('link', { name: 'Open a capture' }).click();
    await page.getByRole('button', { name: /^Normal close, client first/ }).click();
    await page.locator('svg.ladder').waitFor();
    // The capture view owns the step: the sample's only conversation, at its first step.
    await page.waitForURL(`${site.url}?view=capture&sample=client-close&stream=0&step=0`);
    await page.getByRole('link', { name: 'Lab' }).click();
    await labCall(page, 'server', 'listen()');
    await page.getByRole('link', { name: 'SYN flood' }).click();
    await page.getByRole('region', { name: 'Server SYN queue' }).waitFor();
    await page.getByRole('link', { name: 'Predict, then reveal' }).click();
    await page.locator('.quiz').waitFor();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
    await page.getByRole('link', { name: '시나리오' }).click();
    await page.locator('svg.ladder').waitFor();
    await screenshot(page, 'subpath-ko');
    await page.getByRole('combobox', { name: '언어' }).selectOption('en');
    await page.getByRole('link', { name: 'Lab' }).waitFor();
    expectAllUnderThePath();
  });

  it('gives share links and embed code with the address it is served from', async () => {
    await page.goto(`${site.url}?scenario=lost-syn&step=6`);
    await page.locator('svg.ladder').waitFor();
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    expect(await copyField('Link')).toBe(`${site.url}?scenario=lost-syn&step=6&lang=en`);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    await page.getByRole('textbox', { name: /Your site’s address/ }).fill(`${blog.origin}/posts/1`);
    const iframe = await copyField('The iframe');
    const src = /src="([^"]+)"/.exec(iframe)?.[1]?.replace(/&amp;/g, '&') ?? '';
    expect(src.startsWith(`${site.url}embed.html?scenario=lost-syn&`)).toBe(true);
    expect(new URL(src).searchParams.get('origin')).toBe(blog.origin);
    const resize = await copyField(
      'Optional: this script fits the iframe’s height to its content (no scrollbars)',
    );
    expect(resize).toContain(`e.origin!==${JSON.stringify(new URL(site.url).origin)}`);
    const element = await copyField('Or, where scripts are allowed, the custom element');
    expect(element).toContain(`<script src="${site.url}embed/handshake-lab.js" defer></script>`);
    await page.keyboard.press('Escape');

    // Pasted into another site's page, exactly as copied, both work.
    const post = blog.page(
      '/posts/1',
      `<!doctype html><meta charset="utf-8"><title>A post</title>
<script>window.__messages=[];addEventListener("message",function(e){window.__messages.push({origin:e.origin,data:e.data})});</script>
${iframe.replace('<iframe ', '<iframe id="lab" ')}
${resize}
${element}`,
    );
    await page.goto(post);
    const frame = page.frameLocator('#lab');
    await frame.locator('svg.ladder').waitFor();
    await page.locator('handshake-lab svg.ladder').waitFor();
    await page.waitForFunction(() => {
      const f = document.getElementById('lab');
      return f !== null && f.style.height !== '';
    });
    const back = frame.getByRole('link', { name: /Open in Handshake Lab/ });
    expect(await back.getAttribute('href')).toMatch(new RegExp(`^${site.url}\\?scenario=lost-syn`));
    await screenshot(page, 'subpath-embedded');
    expectAllUnderThePath();
  });

  it('tells its height only to the embedding page’s origin', async () => {
    const src = (origin: string) =>
      `${site.url}embed.html?scenario=lost-syn&compact=1&origin=${encodeURIComponent(origin)}`;
    const post = blog.page(
      '/posts/2',
      `<!doctype html><meta charset="utf-8"><title>Two embeds</title>
<script>window.__messages=[];addEventListener("message",function(e){window.__messages.push({from:e.source===document.getElementById("mine").contentWindow?"mine":"other",data:e.data})});</script>
<iframe id="mine" src="${src(blog.origin)}" title="mine" height="300"></iframe>
<iframe id="other" src="${src('https://elsewhere.example')}" title="other" height="300"></iframe>`,
    );
    await page.goto(post);
    await page.frameLocator('#mine').locator('svg.ladder').waitFor();
    await page.frameLocator('#other').locator('svg.ladder').waitFor();
    const heightsFrom = (who: string) =>
      page.evaluate(
        (w) =>
          (
            window as unknown as { __messages: { from: string; data: { type?: string } }[] }
          ).__messages.filter((m) => m.from === w && m.data.type === 'handshake-lab:height').length,
        who,
      );
    // Both are asked again; the answer from the embed told this page's origin comes back.
    const before = await heightsFrom('mine');
    await page.evaluate(() => {
      for (const id of ['mine', 'other']) {
        (document.getElementById(id) as HTMLIFrameElement).contentWindow?.postMessage(
          { type: 'handshake-lab:request-height' },
          '*',
        );
      }
    });
    await expect.poll(() => heightsFrom('mine')).toBeGreaterThan(before);
    expect(await heightsFrom('other')).toBe(0);
    requests = [];
    failures = [];
  });

  it('installs its service worker at /a/b/ and reloads offline', async () => {
    await page.goto(`${site.url}?view=lab`);
    await page.locator('.endpoint-card.is-server').waitFor();
    const scope = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.scope;
    });
    expect(scope).toBe(site.url);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await browser.context.setOffline(true);
    try {
      await page.reload();
      await page.locator('.endpoint-card.is-server').waitFor();
      // The Lab's session (listen() above) was saved and comes back.
      expect(await page.locator('.action-log li').count()).toBe(1);
      await page.getByRole('link', { name: 'Open a capture' }).click();
      await page.getByRole('button', { name: /^Normal close, client first/ }).click();
      await page.locator('svg.ladder').waitFor();
      await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
      await page.getByRole('link', { name: '실습실' }).waitFor();
      await page.goto(`${site.url}embed.html?scenario=lost-syn&lang=ko`);
      await page.locator('svg.ladder').waitFor();
      await screenshot(page, 'subpath-offline-embed');
    } finally {
      await browser.context.setOffline(false);
    }
    expect(failures).toEqual([]);
  });
});
