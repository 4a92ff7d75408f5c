/**
 * UI bench: the gzipped JavaScript of the first load (and in total) of `npm run build`, set
 * against the same libraries bundled alone, and the frame rate of the ladder animating a trace
 * of about 200 segments in headless Chromium.
 *
 * Run alone with `npx tsx scripts/bench/ui.ts`; `npm run bench` calls `benchUi()`.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/browser.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = join(ROOT, 'dist');
const BENCH_DIST = join(ROOT, 'test-results', 'bench-dist');

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

async function buildAppIfNeeded(): Promise<void> {
  const index = join(DIST, 'index.html');
  const sources = Math.max(
    newestMtime(join(ROOT, 'src')),
    statSync(join(ROOT, 'index.html')).mtimeMs,
  );
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  console.log('  building the app (dist/ is missing or older than src/)…');
  await build({ root: ROOT, logLevel: 'warn' });
}

/** The chunks an HTML page loads before anything is lazily imported: its entry and static imports. */
function firstLoadChunks(htmlFile: string, baseDir: string): string[] {
  const html = readFileSync(htmlFile, 'utf8');
  const queue = [
    ...html.matchAll(
      /<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g,
    ),
  ].map((m) => join(baseDir, (m[1] ?? '').replace(/^\//, '')));
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop();
    if (file === undefined || seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // Static imports only: `import … from "./x.js"` and `import "./x.js"`, not `import("./x.js")`.
    for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.\.?\/[^"']+\.js)["']/g)) {
      queue.push(join(dirname(file), m[1] ?? ''));
    }
  }
  return [...seen];
}

function allJs(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...allJs(path));
    else if (entry.name.endsWith('.js')) out.push(path);
  }
  return out;
}

/** The libraries the first view uses, bundled alone with the same bundler, for comparison. */
async function librariesAloneGz(): Promise<number> {
  // Inside the project, so the bundler resolves the same installed packages.
  const cache = join(ROOT, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'handshake-lab-libs-'));
  try {
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><div id="root"></div><script type="module" src="./main.tsx"></script>',
    );
    writeFileSync(
      join(dir, 'main.tsx'),
      `import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { setup, assign } from 'xstate';
import { useActorRef, useSelector } from '@xstate/react';
import { LazyMotion, MotionConfig, frame, useMotionValue, useTransform, useReducedMotion } from 'framer-motion';
const machine = setup({}).createMachine({ context: { n: 0 }, on: { go: { actions: assign({ n: ({ context }) => context.n + 1 }) } } });
function Demo() {
  const actor = useActorRef(machine);
  const n = useSelector(actor, (s) => s.context.n);
  const v = useMotionValue(n);
  const w = useTransform(v, (x) => x * 2);
  const [r] = useState(useReducedMotion());
  frame.render(() => undefined);
  return <button onClick={() => actor.send({ type: 'go' })}>{String(w.get()) + String(r)}</button>;
}
createRoot(document.getElementById('root')!).render(
  <StrictMode><MotionConfig reducedMotion="user"><LazyMotion features={() => import('framer-motion').then((m) => m.domAnimation)}><Demo /></LazyMotion></MotionConfig></StrictMode>,
);
`,
    );
    const { default: react } = await import('@vitejs/plugin-react');
    await build({
      root: dir,
      configFile: false,
      logLevel: 'silent',
      plugins: [react()],
      build: { outDir: join(dir, 'dist') },
    });
    return firstLoadChunks(join(dir, 'dist', 'index.html'), join(dir, 'dist')).reduce(
      (s, f) => s + gz(f),
      0,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measureSizes(): Promise<void> {
  await buildAppIfNeeded();
  const first = firstLoadChunks(join(DIST, 'index.html'), DIST);
  const firstGz = first.reduce((s, f) => s + gz(f), 0);
  const all = allJs(DIST);
  const totalGz = all.reduce((s, f) => s + gz(f), 0);
  const libs = await librariesAloneGz();
  console.log(`  first load JS (gzip): ${kb(firstGz)} in ${first.length} file(s)`);
  console.log(
    `  all JS (gzip):        ${kb(totalGz)} in ${all.length} file(s); lazy: ${kb(totalGz - firstGz)}`,
  );
  console.log(`  React + XState + framer-motion alone (same APIs, same bundler): ${kb(libs)}`);
  console.log(
    `  first load over the libraries: ${kb(firstGz - libs)} (simulator, scenarios, layout, UI)`,
  );
  for (const f of first) console.log(`    ${relative(ROOT, f)}  ${kb(gz(f))}`);
}

async function measureFrames(): Promise<void> {
  console.log('  building the bench page…');
  await build({
    root: ROOT,
    logLevel: 'warn',
    build: {
      outDir: BENCH_DIST,
      emptyOutDir: true,
      rollupOptions: { input: join(ROOT, 'scripts/bench/ui-bench.html') },
    },
  });
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: BENCH_DIST },
    preview: { host: '127.0.0.1', port: 4199, strictPort: false },
  });
  const base = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4199/';
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
    await page.waitForSelector('.ladder .segment, .ladder');
    const segments = Number(await page.evaluate(() => document.documentElement.dataset.segments));
    // Start half-way, so about a hundred segments are already drawn, then play through the rest.
    const total = await page.evaluate(() => {
      const text = document.querySelector('.step-count')?.textContent ?? '';
      return Number(/(\d+)\D*$/.exec(text)?.[1] ?? '0');
    });
    await page.goto(`${base}scripts/bench/ui-bench.html?step=${String(Math.floor(total / 2))}`);
    await page.waitForSelector('.ladder .segment');
    await page.selectOption('.speed select', '4');
    await page.getByRole('button', { name: 'Play' }).click();
    // Let the lazily loaded animation features arrive and the JIT warm up before measuring.
    await page.waitForTimeout(1000);
    const seconds = 6;
    // A string, not a function: tsx would wrap a function's inner names in a helper the page lacks.
    const result = await page.evaluate<{
      deltas: number[];
      drawn: number;
      flying: number;
    }>(`new Promise((done) => {
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
          flying: document.querySelectorAll('.ladder .segment.in-flight').length,
        });
      }
      requestAnimationFrame(tick);
    })`);
    const sorted = [...result.deltas].sort((a, b) => a - b);
    const mean = result.deltas.reduce((s, d) => s + d, 0) / Math.max(1, result.deltas.length);
    const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? 0;
    const long = result.deltas.filter((d) => d > 25).length;
    console.log(
      `  frame rate, ${String(segments)}-segment trace at 1920×1080, playing at 4×: ${(1000 / mean).toFixed(1)} fps ` +
        `(mean frame ${mean.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, ${String(long)} of ${String(result.deltas.length)} frames over 25 ms; ` +
        `${String(result.drawn)} segments drawn at the end, ${String(result.flying)} in flight)`,
    );
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
    await server.close();
  }
}

/** Prints the first-load size and the frame rate. */
export async function benchUi(): Promise<void> {
  console.log('UI');
  await measureSizes();
  await measureFrames();
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await benchUi();
}
