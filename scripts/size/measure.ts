/**
 * Builds the app and the custom element into a scratch folder and measures what each budget
 * names (gzip -9). The first view of a page is its entry script, its modulepreloads and their
 * static imports, plus the data chunk of the scenario it opens with (it loads before the first
 * render, so the first paint has the diagram) and the English titles' data chunk; the element's,
 * its script and the data scripts of the scenario it plays and of the English titles.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { DEFAULT_SCENARIO_NAME } from '../../src/scenarios/index.ts';
import type { BudgetName } from './budgets.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

type Output = Rolldown.RolldownOutput['output'][number][];
type Chunk = Extract<Output[number], { type: 'chunk' }>;

/** One measured file. */
export interface Part {
  file: string;
  gzip: number;
}

export interface Sizes {
  bytes: Record<BudgetName, number>;
  /** The files of each first view, largest first. */
  firstView: Part[];
  embedFirstView: Part[];
  largestLazyChunk: Part;
}

const gz = (code: string | Uint8Array): number => gzipSync(code, { level: 9 }).length;

function outputsOf(result: Awaited<ReturnType<typeof build>>): Output {
  const list = Array.isArray(result) ? result : [result];
  return list.flatMap((r) => ('output' in r ? r.output : []));
}

/** The chunks a page loads before its first render. */
function firstViewOf(output: Output, html: string, trace: string): Chunk[] {
  const chunks = new Map(
    output.filter((o): o is Chunk => o.type === 'chunk').map((c) => [c.fileName, c]),
  );
  const page = output.find((o) => o.type === 'asset' && o.fileName === html);
  if (page === undefined || page.type !== 'asset') throw new Error(`size: no ${html} in the build`);
  const source =
    typeof page.source === 'string' ? page.source : new TextDecoder().decode(page.source);
  const queue = [
    ...source.matchAll(
      /<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g,
    ),
  ].map((m) => (m[1] ?? '').replace(/^\.?\//, ''));
  for (const [record, key] of [
    ['builtInTraces', trace],
    ['builtInTexts', 'en'],
  ]) {
    const data = [...chunks.values()].find(
      (c) => c.facadeModuleId === `\0virtual:precomputed/${record}/${key}`,
    );
    if (data === undefined) throw new Error(`size: no data chunk ${record}/${key}`);
    queue.push(data.fileName);
  }
  const seen = new Map<string, Chunk>();
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    const chunk = chunks.get(file);
    if (chunk === undefined || seen.has(file)) continue;
    seen.set(file, chunk);
    queue.push(...chunk.imports);
  }
  return [...seen.values()];
}

const parts = (chunks: Chunk[]): Part[] =>
  chunks.map((c) => ({ file: c.fileName, gzip: gz(c.code) })).sort((a, b) => b.gzip - a.gzip);
const sum = (list: Part[]): number => list.reduce((s, p) => s + p.gzip, 0);

/**
 * Builds and measures: into `keep` (the app in keep/app, the element in keep/element), or into a
 * scratch folder that is removed afterwards.
 */
export async function measureSizes(keep?: string): Promise<Sizes> {
  const out = keep ?? join(ROOT, 'node_modules', '.cache', 'handshake-lab-size');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  try {
    const app = outputsOf(
      await build({
        root: ROOT,
        logLevel: 'silent',
        build: { outDir: join(out, 'app'), emptyOutDir: true },
      }),
    );
    const element = outputsOf(
      await build({
        configFile: join(ROOT, 'scripts/vite/element.config.ts'),
        logLevel: 'silent',
        build: { outDir: join(out, 'element'), emptyOutDir: true },
      }),
    );
    const elementChunk = element.find((o): o is Chunk => o.type === 'chunk' && o.isEntry);
    if (elementChunk === undefined) throw new Error('size: the element build wrote no script');
    // The element playing a built-in scenario: its script, that scenario's data script and
    // the English titles' data script.
    const dataScript = (name: string): string | Uint8Array => {
      const file = element.find(
        (o) => o.type === 'asset' && o.fileName.startsWith(`data/${name}-`),
      );
      if (file === undefined || file.type !== 'asset') {
        throw new Error(`size: the element build wrote no data script for ${name}`);
      }
      return file.source;
    };
    const elementData = [dataScript(DEFAULT_SCENARIO_NAME), dataScript('en')];

    const firstView = parts(firstViewOf(app, 'index.html', DEFAULT_SCENARIO_NAME));
    const embedFirstView = parts(firstViewOf(app, 'embed.html', DEFAULT_SCENARIO_NAME));
    const initial = new Set([...firstView, ...embedFirstView].map((p) => p.file));
    const lazy = parts(
      app.filter((o): o is Chunk => o.type === 'chunk' && !initial.has(o.fileName)),
    );
    const largestLazyChunk = lazy[0] ?? { file: '(none)', gzip: 0 };
    return {
      bytes: {
        firstView: sum(firstView),
        element: gz(elementChunk.code) + elementData.reduce((s, d) => s + gz(d), 0),
        embedFirstView: sum(embedFirstView),
        largestLazyChunk: largestLazyChunk.gzip,
      },
      firstView,
      embedFirstView,
      largestLazyChunk,
    };
  } finally {
    if (keep === undefined) rmSync(out, { recursive: true, force: true });
  }
}
