/**
 * The service worker that keeps Handshake Lab working with the network gone (lecture halls have
 * bad Wi-Fi). At install it caches every file of the build, listed at build time by
 * scripts/vite/offline.ts; it answers from that cache first, and a new build (a new list) gets a
 * new cache and deletes the old one. It touches only its own origin's GET requests.
 */

interface PrecacheManifest {
  version: string;
  files: string[];
}

const sw = self as unknown as ServiceWorkerGlobalScope;
// Replaced at build time with the JSON of the precache manifest.
const MANIFEST = JSON.parse('__HL_PRECACHE_MANIFEST__') as PrecacheManifest;
const PREFIX = 'handshake-lab-';
const CACHE = `${PREFIX}${MANIFEST.version}`;

const scoped = (file: string): string => new URL(file, sw.registration.scope).href;

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(MANIFEST.files.map(scoped)))
      .then(() => sw.skipWaiting()),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k)),
        ),
      )
      .then(() => sw.clients.claim()),
  );
});

/** A page load: the cached page (the app or the embed) whatever the query or fragment. */
async function page(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  const path = new URL(request.url).pathname;
  const file = path.endsWith('/embed.html') ? 'embed.html' : 'index.html';
  return (await cache.match(scoped(file))) ?? fetch(request);
}

async function asset(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  // Vary (the preview server sends `Vary: Origin`) must not hide a precached file.
  return (await cache.match(request, { ignoreVary: true })) ?? fetch(request);
}

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== sw.location.origin) return;
  event.respondWith(request.mode === 'navigate' ? page(request) : asset(request));
});
