/**
 * oEmbed as a platform meets it: the discovery page read without running scripts advertises a
 * document; the document is valid JSON whose HTML, put in another page, plays the scenario; a
 * person who opens the pasted link lands on the player. The build under test published oEmbed
 * for the preview server's address (`test:e2e` sets VITE_SITE_URL); addresses are checked by
 * path and rebased onto the server the tests actually got.
 */
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser, type TestBrowser } from './browser.ts';
import { screenshot } from './helpers.ts';

let browser: TestBrowser;
let page: Page;
const base = (): string => inject('baseUrl');
/** An address the build wrote, on the server the tests got. */
const rebased = (href: string): string => {
  const url = new URL(href);
  return new URL(`${url.pathname}${url.search}`, base()).href;
};

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser.close();
});

describe('oEmbed', () => {
  it('is discovered without scripts, and its document is valid JSON with the player', async () => {
    const pageResponse = await fetch(new URL('embed/lost-syn.ko.html', base()));
    expect(pageResponse.status).toBe(200);
    const html = await pageResponse.text();
    const links = [
      ...html.matchAll(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/g),
    ];
    expect(links).toHaveLength(1);
    const href = links[0]?.[1] ?? '';
    expect(new URL(href).pathname).toBe('/oembed/lost-syn.ko.json');

    const docResponse = await fetch(rebased(href));
    expect(docResponse.status).toBe(200);
    const doc = JSON.parse(await docResponse.text()) as Record<string, unknown>;
    expect(doc).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: '첫 SYN이 사라짐',
      provider_name: 'Handshake Lab',
      width: 720,
      height: 680,
    });
    const iframe = String(doc.html);
    const src = /^<iframe src="([^"]+)"[^>]*><\/iframe>$/.exec(iframe)?.[1]?.replace(/&amp;/g, '&');
    expect(src).toBeDefined();
    expect(new URL(src ?? '').search).toBe('?scenario=lost-syn&lang=ko');

    // A platform puts the HTML in its page: the player plays there.
    await page.setViewportSize({ width: 800, height: 760 });
    await page.setContent(
      `<h1>A post</h1>${iframe.replace(src?.replace(/&/g, '&amp;') ?? '', rebased(src ?? '').replace(/&/g, '&amp;'))}`,
    );
    const frame = page.frameLocator('iframe');
    await frame.locator('svg.ladder').waitFor();
    await expect.poll(() => frame.locator('html').getAttribute('lang')).toBe('ko');
    await screenshot(page, 'oembed-player-in-a-post');
  });

  it('sends a person who opens the pasted link on to the player', async () => {
    await page.goto(new URL('embed/lost-syn.en.html', base()).href);
    await page.waitForURL(/\/embed\.html\?scenario=lost-syn&lang=en$/);
    await page.locator('svg.ladder').waitFor();
  });

  it('has the embed page advertise the document too, for platforms that run scripts', async () => {
    await page.goto(new URL('embed.html?scenario=lost-syn&lang=en', base()).href);
    await page.locator('svg.ladder').waitFor();
    const href = await page
      .locator('head link[rel="alternate"][type="application/json+oembed"]')
      .getAttribute('href');
    expect(new URL(href ?? '').pathname).toBe('/oembed/lost-syn.en.json');
  });

  it('offers the link in the Embed dialog of a built-in scenario', async () => {
    await page.goto(`${base()}?scenario=lost-syn`);
    await page.locator('svg.ladder').waitFor();
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    const field = page.getByRole('textbox', { name: 'A link that becomes the player (oEmbed)' });
    expect(new URL(await field.inputValue()).pathname).toBe('/embed/lost-syn.en.html');
    await page.keyboard.press('Escape');
  });
});
