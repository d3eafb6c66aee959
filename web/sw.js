// Opens the garden offline: the whole site is cached when it is installed,
// and answered from the cache first. A new build (another VERSION, set by
// scripts/web.sh from the wasm's checksum) caches itself afresh and drops the
// old cache once it takes over. The couple's save is not here: it is in
// IndexedDB, which no cache update touches.

const VERSION = "__VERSION__";
const FILES = __FILES__;
const CACHE = "trust-garden-" + VERSION;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys().then((names) =>
      Promise.all(names.filter((name) => name.startsWith("trust-garden-") && name !== CACHE)
        .map((name) => caches.delete(name)))
    ).then(() => self.clients.claim())
  );
});

self.addEventListener("fetch", (event) => {
  if (event.request.method !== "GET") return;
  event.respondWith(
    caches.match(event.request, { ignoreSearch: true })
      .then((cached) => cached || fetch(event.request))
  );
});
