/**
 * Modules evaluated at build time. The build replaces each listed module with its own exports'
 * values, as data: a plain value becomes `JSON.parse("...")` (parsed faster than a literal), and
 * a record of async loaders becomes loaders of data chunks, one per key, each holding its
 * loader's awaited value. The development server and the tests use the modules as written, so
 * the data can never go stale: it is what the module computes, at every build.
 *
 * The built-in scenarios' traces (src/scenarios/built-in-data.ts) and the state diagram's edges
 * (src/layout/endpoint-edges.ts) go this way, so the first view needs neither the simulator nor
 * XState (README, "Budgets"). The custom element, one classic script, gets its data chunks as
 * classic scripts beside it (`kind: 'scripts'`), each handing its value to the script element
 * that loaded it.
 */
import { createHash } from 'node:crypto';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** A module's path from the project root, and its exports as the module itself computes them. */
export type PrecomputedModules = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

const CHUNK_PREFIX = 'virtual:precomputed/';

type Loader = () => Promise<unknown>;

function isLoaderRecord(value: unknown): value is Readonly<Record<string, Loader>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.values(value);
  return entries.length > 0 && entries.every((v) => typeof v === 'function');
}

/** `JSON.parse("...")` of the value, as code. (JSON.stringify gives undefined for some values.) */
function parseExpression(value: unknown, what: string): string {
  const json = JSON.stringify(value) as string | undefined;
  if (json === undefined) throw new Error(`precomputed: ${what} has no JSON form`);
  return `JSON.parse(${JSON.stringify(json)})`;
}

/** A module whose default export is `value`, read back with JSON.parse. */
export function dataModule(value: unknown): string {
  return `export default ${parseExpression(value, 'a data chunk')};\n`;
}

/**
 * A classic script that hands `value` to whoever added it: the custom element's data files,
 * loaded with a `<script>` element (no module, so no CORS setup on the host).
 */
export function dataScript(value: unknown): string {
  return `document.currentScript.dispatchEvent(new CustomEvent(${JSON.stringify(DATA_EVENT)},{detail:${parseExpression(value, 'a data script')}}));\n`;
}

/** The event a classic script beside the element's hands its value with. */
export const DATA_EVENT = 'handshake-lab:data';

/** In the script build: loads a data script next to the running script. */
export const SCRIPT_LOADER = `const dataBase = document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : location.href;
function loadDataScript(file) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL(file, dataBase).href;
    script.addEventListener(${JSON.stringify(DATA_EVENT)}, (event) => resolve(event.detail), { once: true });
    script.addEventListener('error', () => reject(new Error('could not load ' + script.src)), { once: true });
    script.addEventListener('load', () => script.remove(), { once: true });
    document.head.append(script);
  });
}`;

/** How a loader record's entries ship: as module chunks (the app), or as data scripts. */
export type ChunkKind = 'modules' | 'scripts';

/**
 * The source that replaces a module: its exports as data, and `chunks` filled with the value of
 * each data chunk its loaders import (by id), or each data script they load (by file name).
 */
export async function precomputedSource(
  path: string,
  values: Readonly<Record<string, unknown>>,
  chunks: Map<string, unknown>,
  kind: ChunkKind = 'modules',
): Promise<string> {
  const lines = [`// ${path}, evaluated at build time (scripts/vite/precomputed.ts)`];
  for (const [name, value] of Object.entries(values)) {
    if (isLoaderRecord(value)) {
      const loaders: string[] = [];
      for (const [key, load] of Object.entries(value)) {
        const data = await load();
        if (kind === 'scripts') {
          const hash = createHash('sha256').update(dataScript(data)).digest('hex').slice(0, 8);
          const file = `data/${key}-${hash}.js`;
          chunks.set(file, data);
          loaders.push(`${JSON.stringify(key)}: () => loadDataScript(${JSON.stringify(file)})`);
          continue;
        }
        const id = `${CHUNK_PREFIX}${name}/${key}`;
        chunks.set(id, data);
        loaders.push(
          `${JSON.stringify(key)}: () => import(${JSON.stringify(id)}).then((m) => m.default)`,
        );
      }
      if (kind === 'scripts' && !lines.includes(SCRIPT_LOADER)) lines.push(SCRIPT_LOADER);
      lines.push(`export const ${name} = {\n  ${loaders.join(',\n  ')}\n};`);
    } else {
      lines.push(`export const ${name} = ${parseExpression(value, `${path}: ${name}`)};`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** A data chunk a page of the build preloads: the key of a loader record's entry. */
export interface Preload {
  /** The page, as its path from the root (`/index.html`). */
  page: string;
  /** The loader record's export name. */
  record: string;
  key: string;
}

/**
 * The build plugin: replaces each of `modules` (paths from the project root) with its values,
 * and has each page preload its `preload` data chunks (the ones it opens with), so they are
 * fetched with the page's scripts rather than after them.
 */
export function precomputed(
  modules: PrecomputedModules,
  options: { preload?: readonly Preload[]; kind?: ChunkKind } = {},
): Plugin {
  const { preload = [], kind = 'modules' } = options;
  let root = process.cwd();
  const chunks = new Map<string, unknown>();
  return {
    name: 'handshake-lab-precomputed',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle;
        if (bundle === undefined) return [];
        return preload
          .filter((p) => p.page === context.path)
          .flatMap(({ record, key }) => {
            const facade = `\0${CHUNK_PREFIX}${record}/${key}`;
            const chunk = Object.values(bundle).find(
              (item) => item.type === 'chunk' && item.facadeModuleId === facade,
            );
            if (chunk === undefined) return [];
            return [
              {
                tag: 'link',
                attrs: { rel: 'modulepreload', crossorigin: true, href: `./${chunk.fileName}` },
                injectTo: 'head' as const,
              },
            ];
          });
      },
    },
    resolveId(source) {
      return source.startsWith(CHUNK_PREFIX) ? `\0${source}` : null;
    },
    async load(id) {
      if (id.startsWith(`\0${CHUNK_PREFIX}`)) {
        const key = id.slice(1);
        if (!chunks.has(key)) this.error(`precomputed: no data chunk ${key}`);
        return dataModule(chunks.get(key));
      }
      const file = id.split('?')[0] ?? id;
      if (!isAbsolute(file)) return null;
      const path = relative(root, resolve(file)).split('\\').join('/');
      const values = modules[path];
      if (values === undefined) return null;
      const scripts = new Map<string, unknown>();
      const source = await precomputedSource(
        path,
        values,
        kind === 'scripts' ? scripts : chunks,
        kind,
      );
      for (const [fileName, data] of scripts) {
        this.emitFile({ type: 'asset', fileName, source: dataScript(data) });
      }
      return source;
    },
  };
}
