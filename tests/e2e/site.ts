/**
 * A copy of the built app served by `vite preview` from a directory of its own, under any base
 * path, where a test can deploy another build while pages are open (as a static host is updated:
 * the directory's files are replaced, the old chunks are gone).
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { build, preview, type Plugin, type PreviewServer } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');
const SITES = join(ROOT, 'test-results', 'sites');

export interface Site {
  /** The app's address, ending in the base path (`http://127.0.0.1:4300/a/b/`). */
  url: string;
  /** The directory served. */
  dir: string;
  close: () => Promise<void>;
}

/** Serves a fresh copy of dist/ from test-results/sites/<name>, under `base`. */
export async function serveSite(name: string, base = '/'): Promise<Site> {
  const dir = join(SITES, name);
  deploy(join(ROOT, 'dist'), dir);
  const server: PreviewServer = await preview({
    root: ROOT,
    base,
    // A missing file is a 404, as on GitHub Pages (not the page, as under an SPA fallback).
    appType: 'mpa',
    logLevel: 'warn',
    build: { outDir: dir },
    preview: { host: '127.0.0.1', port: 4300, strictPort: false },
  });
  const local = server.resolvedUrls?.local[0];
  if (local === undefined) throw new Error('vite preview did not report a URL');
  return { url: new URL(base, local).href, dir, close: () => server.close() };
}

/** Replaces what `dir` holds with the build in `from`, as a deploy to a static host does. */
export function deploy(from: string, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(from, dir, { recursive: true });
}

/**
 * Every module of the app gets one more statement, so every chunk (and so its hashed name, and
 * the service worker's list and version) differs from dist/'s: a new release of the same app.
 */
function nextRelease(): Plugin {
  return {
    name: 'handshake-lab-e2e-next-release',
    enforce: 'post',
    transform(code, id) {
      if (!id.startsWith(join(ROOT, 'src')) || !/\.tsx?$/.test(id)) return undefined;
      return { code: `${code}\nglobalThis.__handshakeLabRelease = 2;\n`, map: null };
    },
  };
}

/** Builds the next release of the app into `outDir` (test-results/sites/<name>). */
export async function buildNextRelease(name: string): Promise<string> {
  const outDir = join(SITES, name);
  // Vitest runs with NODE_ENV=test, which would make this a development build of React.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: ROOT,
      mode: 'production',
      logLevel: 'error',
      plugins: [nextRelease()],
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  return outDir;
}

/** Another site (a blog) on its own origin, serving the pages a test puts on it. */
export interface OtherSite {
  /** Its origin, `http://127.0.0.1:<port>`. */
  origin: string;
  /** Puts a page at `path` (`/posts/1`). */
  page: (path: string, html: string) => string;
  close: () => Promise<void>;
}

export async function serveOtherSite(): Promise<OtherSite> {
  const pages = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    // The browser asks every site for its icon; a 404 would be a console error in the page.
    if (req.url === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const body = pages.get(req.url ?? '');
    res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  return {
    origin,
    page: (path, html) => {
      pages.set(path, html);
      return `${origin}${path}`;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      );
    },
  };
}
