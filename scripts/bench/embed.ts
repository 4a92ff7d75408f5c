/**
 * Embed bench: the gzipped size of the custom element's script (everything inlined: React, the
 * simulator, both languages, the styles) against its budget, and what the iframe embed page
 * loads first. Builds the app first if dist/ is missing or older than the sources.
 *
 * Run alone with `npx tsx scripts/bench/embed.ts`; `npm run bench` calls `benchEmbed()`.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = join(ROOT, 'dist');
const ELEMENT = join(DIST, 'embed', 'handshake-lab.js');
/**
 * The element's budget, gzipped: about what a blog's hero image weighs. 235 KB since it plays
 * custom scenarios (`scenario-data`), which need the scenario schema (zod) and the decompressor
 * (fflate): about 25 KB more.
 */
export const ELEMENT_BUDGET_GZ = 235 * 1024;

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newest(join(path, entry))));
}

async function buildIfNeeded(): Promise<void> {
  const sources = Math.max(newest(join(ROOT, 'src')), newest(join(ROOT, 'embed.html')));
  const stale = (file: string): boolean => !existsSync(file) || statSync(file).mtimeMs < sources;
  if (stale(join(DIST, 'embed.html'))) {
    console.log('  building the app…');
    await build({ root: ROOT, logLevel: 'warn' });
  }
  if (stale(ELEMENT)) {
    console.log('  building the custom element…');
    await build({ configFile: join(ROOT, 'scripts/vite/element.config.ts'), logLevel: 'warn' });
  }
}

/** The JavaScript a page loads before anything lazy: its entry script and static imports. */
function firstLoad(htmlFile: string): string[] {
  const html = readFileSync(htmlFile, 'utf8');
  const queue = [
    ...html.matchAll(
      /<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g,
    ),
  ].map((m) => join(DIST, (m[1] ?? '').replace(/^\//, '')));
  const seen = new Set<string>();
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.\.?\/[^"']+\.js)["']/g)) {
      queue.push(join(dirname(file), m[1] ?? ''));
    }
  }
  return [...seen];
}

export async function benchEmbed(): Promise<void> {
  console.log('embed');
  await buildIfNeeded();
  const element = gz(ELEMENT);
  const verdict = element <= ELEMENT_BUDGET_GZ ? 'within' : 'OVER';
  console.log(
    `  <handshake-lab> script (gzip): ${kb(element)} — ${verdict} its budget of ${kb(ELEMENT_BUDGET_GZ)}`,
  );
  const page = firstLoad(join(DIST, 'embed.html'));
  console.log(
    `  embed.html first load JS (gzip): ${kb(page.reduce((s, f) => s + gz(f), 0))} in ${page.length} file(s)`,
  );
  const sw = join(DIST, 'sw.js');
  if (existsSync(sw)) {
    const files =
      /\\"files\\":\[(.*?)\]/.exec(readFileSync(sw, 'utf8'))?.[1]?.split(',').length ?? 0;
    console.log(`  offline: sw.js precaches ${files} file(s)`);
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await benchEmbed();
}
