/**
 * Modules evaluated at build time. The build replaces each listed module with its own exports'
 * values, as data: a plain value becomes `JSON.parse("...")` (parsed faster than a literal), and
 * a record of async loaders becomes loaders of data chunks, one per key, each holding its
 * loader's awaited value. The development server and the tests use the modules as written, so
 * the data can never go stale: it is what the module computes, at every build.
 *
 * The built-in scenarios' traces (src/scenarios/built-in-data.ts) and the state diagram's edges
 * (src/layout/endpoint-edges.ts) go this way, so the first view needs neither the simulator nor
 * XState (README, "Budgets").
 */
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
 * The source that replaces a module: its exports as data, and `chunks` filled with the value of
 * each data chunk its loaders import.
 */
export async function precomputedSource(
  path: string,
  values: Readonly<Record<string, unknown>>,
  chunks: Map<string, unknown>,
): Promise<string> {
  const lines = [`// ${path}, evaluated at build time (scripts/vite/precomputed.ts)`];
  for (const [name, value] of Object.entries(values)) {
    if (isLoaderRecord(value)) {
      const loaders: string[] = [];
      for (const [key, load] of Object.entries(value)) {
        const id = `${CHUNK_PREFIX}${name}/${key}`;
        chunks.set(id, await load());
        loaders.push(
          `${JSON.stringify(key)}: () => import(${JSON.stringify(id)}).then((m) => m.default)`,
        );
      }
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
 * and has a page preload the `preload` data chunk (the one it opens with), so that chunk is
 * fetched with the page's scripts rather than after them.
 */
export function precomputed(modules: PrecomputedModules, preload?: Preload): Plugin {
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
        if (preload?.page !== context.path || context.bundle === undefined) return [];
        const facade = `\0${CHUNK_PREFIX}${preload.record}/${preload.key}`;
        const chunk = Object.values(context.bundle).find(
          (item) => item.type === 'chunk' && item.facadeModuleId === facade,
        );
        if (chunk === undefined) return [];
        return [
          {
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${chunk.fileName}` },
            injectTo: 'head',
          },
        ];
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
      return values === undefined ? null : precomputedSource(path, values, chunks);
    },
  };
}
