/**
 * The service worker that keeps Handshake Lab working with the network gone (lecture halls have
 * bad Wi-Fi) and across deploys. At install it caches every file of the build, listed at build
 * time by scripts/vite/offline.ts, and answers from that cache first. It touches only its own
 * origin's GET requests.
 *
 * A new build takes over at once (new page loads get it), but the caches of older builds stay
 * until no page that was open when it took over is left: such a page still asks for its own
 * build's chunks (its Korean messages, the Lab, a dialog) by their old hashed names, which the
 * server no longer has. The page is told a new version is ready (the controller changed; see
 * registerServiceWorker.ts) and may reload when it suits the user.
 */

interface PrecacheManifest {
  version: string;
  files: string[];
}

/** Older builds' caches, and the pages that may still need them. */
interface Retired {
  caches: string[];
  clients: string[];
}

const sw = self as unknown as ServiceWorkerGlobalScope;
// Replaced at build time with the JSON of the precache manifest.
const MANIFEST = JSON.parse('__HL_PRECACHE_MANIFEST__') as PrecacheManifest;
// The scope is in the names: several copies of the app on one origin (/a/ and /b/) keep apart.
const PREFIX = `handshake-lab ${sw.registration.scope} `;
const CACHE = `${PREFIX}${MANIFEST.version}`;
const RETIRED_CACHE = `${PREFIX}retired`;
/** Cache names of builds from before the scope was part of the name. */
const UNSCOPED = /^handshake-lab-[0-9a-f]{16}$/;

const scoped = (file: string): string => new URL(file, sw.registration.scope).href;
const RETIRED_KEY = scoped('handshake-lab-retired.json');

const isOlderBuild = (name: string): boolean =>
  name !== CACHE && name !== RETIRED_CACHE && (name.startsWith(PREFIX) || UNSCOPED.test(name));

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];

async function readRetired(): Promise<Retired> {
  const response = await (await caches.open(RETIRED_CACHE)).match(RETIRED_KEY);
  const data: unknown = response === undefined ? null : await response.json().catch(() => null);
  if (typeof data !== 'object' || data === null) return { caches: [], clients: [] };
  return {
    caches: strings(Reflect.get(data, 'caches')),
    clients: strings(Reflect.get(data, 'clients')),
  };
}

async function writeRetired(retired: Retired): Promise<void> {
  const body = JSON.stringify(retired);
  await (
    await caches.open(RETIRED_CACHE)
  ).put(RETIRED_KEY, new Response(body, { headers: { 'Content-Type': 'application/json' } }));
}

/** Deletes the older builds' caches once none of the pages open at the takeover is left. */
async function dropRetiredCaches(): Promise<void> {
  const retired = await readRetired();
  if (retired.caches.length === 0) return;
  const open = await Promise.all(retired.clients.map((id) => sw.clients.get(id)));
  if (open.some((client) => client !== undefined)) return;
  await Promise.all(retired.caches.filter((name) => name !== CACHE).map((n) => caches.delete(n)));
  await caches.delete(RETIRED_CACHE);
}

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) =>
        // Revalidated, not taken from the HTTP cache: a stale index.html would name the old chunks.
        cache.addAll(
          MANIFEST.files.map((file) => new Request(scoped(file), { cache: 'no-cache' })),
        ),
      )
      .then(() => sw.skipWaiting()),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const retired = await readRetired();
      const older = [...new Set([...retired.caches, ...(await caches.keys())])].filter(
        isOlderBuild,
      );
      if (older.length > 0) {
        // Every page open now was loaded by an older build: its caches stay while one is left.
        const open = await sw.clients.matchAll({ includeUncontrolled: true, type: 'all' });
        await writeRetired({
          caches: older,
          clients: [...new Set([...retired.clients, ...open.map((client) => client.id)])],
        });
      }
      await sw.clients.claim();
      await dropRetiredCaches();
    })(),
  );
});

/** A page load: this build's page (the app or the embed) whatever the query or fragment. */
async function page(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  const path = new URL(request.url).pathname;
  const file = path.endsWith('/embed.html') ? 'embed.html' : 'index.html';
  return (await cache.match(scoped(file))) ?? fetch(request);
}

/** This build's file, else an older build's (a page from before the update asks for it), else the network. */
async function asset(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  // Vary (the preview server sends `Vary: Origin`) must not hide a precached file.
  const cached =
    (await cache.match(request, { ignoreVary: true })) ??
    (await caches.match(request, { ignoreVary: true }));
  return cached ?? fetch(request);
}

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== sw.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(page(request));
    event.waitUntil(dropRetiredCaches());
  } else {
    event.respondWith(asset(request));
  }
});
