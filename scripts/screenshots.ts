/**
 * Takes the README's screenshots (docs/screenshots/) from the built app (`npm run build` first),
 * served by `vite preview` and shown in Debian's Chromium: the phone in Korean with the narration
 * open, the projector in present mode, the 64 KB transfer's bursts, the Lab and a capture at
 * laptop size. Run it after a change to what these screens show: `npm run screenshots`.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { preview } from 'vite';

const OUT = 'docs/screenshots';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Set in the page before the app runs, so the first-run tour stays closed. */
const TOUR_SEEN = "localStorage.setItem('handshake-lab:tour-seen', '1')";

interface Shot {
  file: string;
  width: number;
  height: number;
  query: string;
  colorScheme?: 'light' | 'dark';
  /** What to do once the diagram is drawn. */
  then?: (page: Page) => Promise<void>;
}

const SHOTS: Shot[] = [
  {
    file: 'phone-ko-why.png',
    width: 360,
    height: 740,
    query: '?scenario=basic-handshake&step=7&lang=ko',
    then: async (page) => {
      await page.getByRole('button', { name: '이유', exact: true }).click();
      await page.locator('.sheet-why.is-open').waitFor();
    },
  },
  {
    file: 'projector-present.png',
    width: 1920,
    height: 1080,
    query: '?scenario=client-closes-first&step=30&present=1',
  },
  {
    file: 'laptop-transfer-64k.png',
    width: 1280,
    height: 800,
    query: '?scenario=transfer-64k&step=120&numbers=relative',
  },
  {
    file: 'laptop-lab-flood.png',
    width: 1280,
    height: 800,
    query: '?view=lab&lab=flood&step=44',
  },
  {
    file: 'laptop-dark-lost-syn.png',
    width: 1280,
    height: 800,
    query: '?scenario=lost-syn&step=14',
    colorScheme: 'dark',
  },
];

async function main(): Promise<void> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build`');
  mkdirSync(OUT, { recursive: true });
  const server = await preview({
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 4190, strictPort: false },
  });
  const base = server.resolvedUrls?.local[0];
  if (base === undefined) throw new Error('vite preview did not report a URL');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    for (const shot of SHOTS) {
      const context = await browser.newContext({
        viewport: { width: shot.width, height: shot.height },
        colorScheme: shot.colorScheme ?? 'light',
        reducedMotion: 'reduce',
        serviceWorkers: 'block',
      });
      await context.addInitScript(TOUR_SEEN);
      const page = await context.newPage();
      await page.goto(`${base}${shot.query}`);
      await page.locator('svg.ladder').first().waitFor();
      await shot.then?.(page);
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: join(OUT, shot.file) });
      console.log(`${OUT}/${shot.file}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
