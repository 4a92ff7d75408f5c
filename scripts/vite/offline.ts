/**
 * The build's pages and their offline cache. Sets the entries (the app, the iframe embed page and
 * the service worker, emitted as /sw.js) unless a build names its own, then writes into the
 * service worker the list of every file of the build plus public/, and a version that changes
 * whenever any of them does.
 *
 * Written here rather than taken from vite-plugin-pwa: that plugin needs workbox-build and its
 * Babel and Rollup toolchain (well over a hundred packages) for what is a short, tested worker.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

const PLACEHOLDER = /(["'`])__HL_PRECACHE_MANIFEST__\1/;
/** Public files larger than this are left to the network (large sample captures). */
const MAX_PUBLIC_BYTES = 2 * 1024 * 1024;

function publicFiles(dir: string): { file: string; bytes: Buffer }[] {
  const out: { file: string; bytes: Buffer }[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (statSync(path).size <= MAX_PUBLIC_BYTES) {
        out.push({ file: relative(dir, path).split('\\').join('/'), bytes: readFileSync(path) });
      }
    }
  };
  try {
    walk(dir);
  } catch {
    return [];
  }
  return out;
}

export function offline(): Plugin {
  let publicDir = '';
  return {
    name: 'handshake-lab-offline',
    apply: 'build',
    enforce: 'post',
    config(config) {
      const build = config.build;
      // Builds that name their own input (the UI bench, under the deprecated alias) keep it.
      const legacy: unknown = build === undefined ? undefined : Reflect.get(build, 'rollupOptions');
      const legacyInput =
        typeof legacy === 'object' && legacy !== null && 'input' in legacy
          ? legacy.input
          : undefined;
      if (build?.rolldownOptions?.input !== undefined || legacyInput !== undefined) {
        return undefined;
      }
      return {
        build: {
          rolldownOptions: {
            input: { main: 'index.html', embed: 'embed.html', sw: 'src/pwa/serviceWorker.ts' },
            output: {
              entryFileNames: (chunk) =>
                chunk.name === 'sw' ? 'sw.js' : 'assets/[name]-[hash].js',
            },
          },
        },
      };
    },
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle(_options, bundle) {
      const worker = bundle['sw.js'];
      if (worker?.type !== 'chunk') return;
      const hash = createHash('sha256');
      const files: string[] = [];
      for (const [name, item] of Object.entries(bundle)) {
        if (name === 'sw.js' || name.endsWith('.map')) continue;
        files.push(name);
        hash.update(name).update(item.type === 'chunk' ? item.code : item.source);
      }
      for (const { file, bytes } of publicFiles(publicDir)) {
        files.push(file);
        hash.update(file).update(bytes);
      }
      files.sort();
      const manifest = { version: hash.digest('hex').slice(0, 16), files };
      if (!PLACEHOLDER.test(worker.code)) {
        this.error('the service worker lost its precache placeholder');
      }
      worker.code = worker.code.replace(PLACEHOLDER, JSON.stringify(JSON.stringify(manifest)));
    },
  };
}
