/**
 * Source of the service worker (written to dist/sw.js at build time, see vite.config.ts): the
 * app works offline after a first visit. Every built file is precached under a versioned cache;
 * a new version waits until the page asks it to take over (update prompt).
 */
export function sourceServiceWorker(fichiers: readonly string[], version: string): string {
  return `/* Généré à la construction : ne pas modifier. */
const CACHE = ${JSON.stringify(`simulateur-${version}`)};
const FICHIERS = ${JSON.stringify(['./', ...fichiers])};
self.addEventListener('install', (e) => {
  e.waitUntil(caches.open(CACHE).then((c) => c.addAll(FICHIERS)));
});
self.addEventListener('activate', (e) => {
  e.waitUntil(
    caches.keys()
      .then((cles) => Promise.all(cles.filter((c) => c.startsWith('simulateur-') && c !== CACHE).map((c) => caches.delete(c))))
      .then(() => self.clients.claim()),
  );
});
self.addEventListener('message', (e) => {
  if (e.data === 'activer') self.skipWaiting();
});
self.addEventListener('fetch', (e) => {
  const url = new URL(e.request.url);
  if (e.request.method !== 'GET' || url.origin !== self.location.origin) return;
  e.respondWith(
    caches.open(CACHE)
      .then((c) => c.match(e.request, { ignoreSearch: true, ignoreVary: true }))
      .then((r) => r || fetch(e.request)),
  );
});
`;
}
