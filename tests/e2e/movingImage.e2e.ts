/**
 * The moving picture as a reader meets it: the animated SVG and GIF downloaded from the Export
 * dialog, shown in a plain <img> on a phone-wide page (where scripts never run), move by
 * themselves; the SVG needs nothing outside itself, and stands still for readers who ask for
 * reduced motion. Screenshots: test-results/screenshots/moving-*.png.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchBrowser, type TestBrowser } from './browser.ts';
import { openApp, SCREENSHOT_DIR } from './helpers.ts';

let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/** Downloads one of the Export dialog's files and returns where it was saved. */
async function download(page: Page, button: string): Promise<string> {
  const dialog = page.getByRole('dialog', { name: 'Export this run' });
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    dialog.getByRole('button', { name: button }).click(),
  ]);
  const path = join(SCREENSHOT_DIR, `moving-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return path;
}

/** A phone-wide page with nothing but the picture, as a README or blog shows it. */
async function showInImage(page: Page, type: string, bytes: Buffer): Promise<void> {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.setContent(
    `<body style="margin:0;background:#fff"><img id="pic" alt="run" style="display:block;width:100%" src="data:${type};base64,${bytes.toString('base64')}"></body>`,
  );
  await page.evaluate(() => (document.getElementById('pic') as HTMLImageElement).decode());
}

async function shot(page: Page, name?: string): Promise<Buffer> {
  return page.screenshot(name === undefined ? {} : { path: join(SCREENSHOT_DIR, `${name}.png`) });
}

/** Takes screenshots until one differs from `first`: the picture moved. */
async function expectToMove(page: Page, first: Buffer, name: string): Promise<void> {
  await expect
    .poll(async () => (await shot(page)).equals(first), { timeout: 20_000, interval: 250 })
    .toBe(false);
  await shot(page, name);
}

describe('the moving picture of a run', () => {
  let svgPath = '';
  let gifPath = '';

  beforeAll(async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await openApp(page, '?scenario=lost-syn');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    svgPath = await download(page, 'Download animated SVG');
    gifPath = await download(page, 'Download animated GIF');
    await page.close();
  });

  it('is an SVG with no script, no event handler and no outside reference', () => {
    const svg = readFileSync(svgPath, 'utf8');
    expect(svgPath).toMatch(/lost-syn-animated\.svg$/);
    expect(svg).not.toMatch(/<script|<foreignObject|<image|<iframe|<a[\s>]|@import/i);
    expect(svg).not.toMatch(/\son[a-z]+\s*=/i);
    expect(svg).not.toMatch(/(xlink:)?href\s*=/i);
    expect(svg).not.toMatch(/url\((?!#)/);
    expect(svg).toContain('>The first SYN is lost</text>');
    expect(svg).toMatch(/>▶ Step through it live: 127\.0\.0\.1:\d+\/\?scenario=lost-syn<\/text>/);
  });

  it('plays by itself inside a plain <img>, at phone width', async () => {
    const page = await browser.context.newPage();
    await showInImage(page, 'image/svg+xml', readFileSync(svgPath));
    const first = await shot(page, 'moving-svg-phone-a');
    await expectToMove(page, first, 'moving-svg-phone-b');
    await page.close();
  });

  it('stands still, the whole run shown, for readers who ask for reduced motion', async () => {
    // The preference as the system gives it: an <img>'s SVG is a document of its own, which
    // DevTools' media emulation of the page does not reach.
    const profile = mkdtempSync(join(tmpdir(), 'handshake-lab-chromium-'));
    const still = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS, '--force-prefers-reduced-motion'],
      headless: true,
    });
    try {
      const page = await still.newPage();
      await showInImage(page, 'image/svg+xml', readFileSync(svgPath));
      const shown = await shot(page, 'moving-svg-reduced-motion');
      // The same file with its curtain taken out is what the reader sees.
      const bare = readFileSync(svgPath, 'utf8').replace(
        /<g clip-path="url\(#reveal-clip\)">[\s\S]*?<\/g><\/g>/,
        '',
      );
      await showInImage(page, 'image/svg+xml', Buffer.from(bare));
      expect((await shot(page)).equals(shown)).toBe(true);
    } finally {
      await still.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it('is also an animated GIF, twice the size, that plays by itself', async () => {
    const gif = readFileSync(gifPath);
    expect(gifPath).toMatch(/lost-syn-animated\.gif$/);
    expect(gif.subarray(0, 6).toString('ascii')).toBe('GIF89a');
    const svg = readFileSync(svgPath, 'utf8');
    const svgWidth = Number(/width="(\d+)"/.exec(svg)?.[1]);
    const svgHeight = Number(/height="(\d+)"/.exec(svg)?.[1]);
    expect([gif.readUInt16LE(6), gif.readUInt16LE(8)]).toEqual([svgWidth * 2, svgHeight * 2]);
    process.stdout.write(`moving picture: SVG ${svg.length} bytes, GIF ${gif.length} bytes\n`);
    const page = await browser.context.newPage();
    await showInImage(page, 'image/gif', gif);
    const first = await shot(page, 'moving-gif-phone-a');
    await expectToMove(page, first, 'moving-gif-phone-b');
    await page.close();
  });
});
