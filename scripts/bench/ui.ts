/**
 * Browser benches, in Debian's Chromium: Lighthouse 12's mobile preset on the built app
 * (performance and accessibility, with FCP, LCP, TBT and CLS), and the frame rate of the ladder
 * playing a trace of about 1,000 segments at 1920x1080 at 4x with the CPU throttled 4x.
 *
 * Run alone with `npx tsx scripts/bench/ui.ts DIR` (DIR: a build of the app, such as the
 * size bench leaves); `npm run bench` calls `benchUi(dir)` with the build the size bench made.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/browser.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BENCH_DIST = join(ROOT, 'test-results', 'bench-dist');

/** Issue 11: Lighthouse scores, and the frames of the 1,000-segment trace. */
const LIGHTHOUSE_BUDGET = 100;
const FPS_BUDGET = 55;
const LONG_FRAME_MS = 25;
const LONG_FRAMES_BUDGET = 0.02;
const CPU_THROTTLE = 4;

/** A one-line note on how busy the machine is: numbers taken on a busy one read low. */
export function loadNote(): string {
  const load = loadavg()[0] ?? 0;
  const cores = cpus().length;
  return load > cores * 0.75
    ? `load average ${load.toFixed(1)} on ${String(cores)} cores: WARNING, the machine is busy; these numbers read low`
    : `load average ${load.toFixed(1)} on ${String(cores)} cores`;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => {
        done(port);
      });
    });
  });
}

async function serve(outDir: string): Promise<{ server: PreviewServer; base: string }> {
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: await freePort(), strictPort: true },
  });
  return { server, base: server.resolvedUrls?.local[0] ?? 'http://127.0.0.1/' };
}

const verdict = (ok: boolean): string => (ok ? 'within' : 'OVER');

/** Lighthouse 12, mobile preset (its default), over the built app's first view. */
async function benchLighthouse(appDir: string): Promise<void> {
  const { server, base } = await serve(appDir);
  const port = await freePort();
  const userDataDir = mkdtempSync(join(tmpdir(), 'handshake-lab-lighthouse-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${String(port)}`],
    headless: true,
  });
  try {
    const result = await lighthouse(base, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    });
    if (result === undefined) throw new Error('lighthouse gave no result');
    const { categories, audits } = result.lhr;
    const score = (id: string): number => Math.round((categories[id]?.score ?? 0) * 100);
    const value = (id: string): number => audits[id]?.numericValue ?? NaN;
    const performance = score('performance');
    const accessibility = score('accessibility');
    console.log(
      `  Lighthouse ${result.lhr.lighthouseVersion} mobile: performance ${String(performance)} — ${verdict(performance >= LIGHTHOUSE_BUDGET)} its budget of ${String(LIGHTHOUSE_BUDGET)}; ` +
        `accessibility ${String(accessibility)} — ${verdict(accessibility >= LIGHTHOUSE_BUDGET)} its budget of ${String(LIGHTHOUSE_BUDGET)}`,
    );
    console.log(
      `    FCP ${(value('first-contentful-paint') / 1000).toFixed(2)} s, LCP ${(value('largest-contentful-paint') / 1000).toFixed(2)} s, ` +
        `TBT ${value('total-blocking-time').toFixed(0)} ms, CLS ${value('cumulative-layout-shift').toFixed(3)}`,
    );
    for (const [id, audit] of Object.entries(audits)) {
      const weight = audit.score;
      if (weight !== null && weight < 1 && audit.scoreDisplayMode === 'binary') {
        console.log(`    failing: ${id} (${audit.title})`);
      }
    }
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
    await server.close();
  }
}

/** Frames of the ladder playing the 1,000-segment trace at 4x, the CPU throttled 4x. */
async function benchFrames(): Promise<void> {
  await build({
    root: ROOT,
    logLevel: 'silent',
    build: {
      outDir: BENCH_DIST,
      emptyOutDir: true,
      rollupOptions: { input: join(ROOT, 'scripts/bench/ui-bench.html') },
    },
  });
  const { server, base } = await serve(BENCH_DIST);
  const userDataDir = mkdtempSync(join(tmpdir(), 'handshake-lab-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 1920, height: 1080 },
  });
  try {
    const page = await context.newPage();
    await page.goto(`${base}scripts/bench/ui-bench.html`);
    await page.waitForSelector('.player-bar[aria-busy="false"]');
    const segments = Number(await page.evaluate(() => document.documentElement.dataset.segments));
    // Start half-way, so about 500 segments are already drawn, then play on from there.
    const total = await page.evaluate(() => {
      const text = document.querySelector('.step-count')?.textContent ?? '';
      return Number(/(\d+)\D*$/.exec(text)?.[1] ?? '0');
    });
    await page.goto(`${base}scripts/bench/ui-bench.html?step=${String(Math.floor(total / 2))}`);
    await page.waitForSelector('.ladder .segment');
    await page.waitForSelector('.player-bar[aria-busy="false"]');
    await page.selectOption('.speed select', '4');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
    await page.getByRole('button', { name: 'Play' }).click();
    const seconds = 8;
    // A string, not a function: tsx would wrap a function's inner names in a helper the page lacks.
    const result = await page.evaluate<{ deltas: number[]; drawn: number; playing: boolean }>(
      `new Promise((done) => {
      const deltas = [];
      const start = performance.now();
      let last = start;
      function tick(now) {
        deltas.push(now - last);
        last = now;
        if (now - start < ${String(seconds * 1000)}) requestAnimationFrame(tick);
        else done({
          deltas: deltas.slice(1),
          drawn: document.querySelectorAll('.ladder .segment').length,
          playing: document.querySelector('.transport [aria-pressed="true"], button[aria-label="Pause"]') !== null,
        });
      }
      requestAnimationFrame(tick);
    })`,
    );
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const mean = result.deltas.reduce((s, d) => s + d, 0) / Math.max(1, result.deltas.length);
    const fps = 1000 / mean;
    const long = result.deltas.filter((d) => d > LONG_FRAME_MS).length;
    const share = long / Math.max(1, result.deltas.length);
    console.log(
      `  frames, ${String(segments)}-segment trace at 1920×1080, 4× speed, CPU throttled ${String(CPU_THROTTLE)}×: ` +
        `${fps.toFixed(1)} fps — ${verdict(fps >= FPS_BUDGET)} its budget of ${String(FPS_BUDGET)}; ` +
        `${(share * 100).toFixed(1)}% of ${String(result.deltas.length)} frames over ${String(LONG_FRAME_MS)} ms — ` +
        `${verdict(share < LONG_FRAMES_BUDGET)} its budget of ${String(LONG_FRAMES_BUDGET * 100)}% ` +
        `(${String(result.drawn)} segments drawn at the end${result.playing ? ', still playing' : ''})`,
    );
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
    await server.close();
  }
}

/** Prints Lighthouse's and the frame rate's numbers; `appDir` is a build of the app. */
export async function benchUi(appDir: string): Promise<void> {
  console.log(`browser (${loadNote()})`);
  await benchLighthouse(appDir);
  await benchFrames();
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (dir === undefined) throw new Error('usage: tsx scripts/bench/ui.ts BUILT_APP_DIR');
  await benchUi(resolve(dir));
}
