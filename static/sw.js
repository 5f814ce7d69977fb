// The service worker: keeps a copy of one release of the site, so that after one visit the app
// opens and analyses text with the network off. Registered by sw-register.js.
//
// scripts/sw-manifest.mjs (a Trunk post_build hook) replaces the null below with this release's
// version (a hash of the files' contents) and the list of its files (everything Trunk wrote to
// dist/ but this file). It stays null under `trunk serve`, where this worker removes itself and
// the copies it kept, so that a cached release never hides a rebuild.
const PRECACHE = /* sw-manifest:precache */ null;

// Caches are shared by the whole origin: each deployment (scope) names its own, and cleans only those.
const PREFIX = `huitan:${self.registration.scope}:`;
const CACHE = PRECACHE && PREFIX + PRECACHE.version;
// The page is kept under the folder's address, as it is opened, not as index.html, which some
// hosts redirect to the folder (a redirected response cannot answer a navigation).
const PAGE = new URL("./", self.location).href;
const address = (file) => new URL(file === "index.html" ? "./" : file, self.location).href;

self.addEventListener("install", (event) => {
  if (!PRECACHE) {
    self.skipWaiting();
    return;
  }
  // Files with a content hash in their name (Trunk's huitan-<hash>.js, _bg.wasm, .css) may come
  // from the HTTP cache, where the page has just put them; the others (index.html, worker.js, the
  // loaders) skip it, as it may still hold the previous release's files under the same names.
  const request = (f) =>
    new Request(address(f), { cache: /-[0-9a-f]{8,}(_bg)?\.[a-z]+$/.test(f) ? "default" : "reload" });
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.files.map(request))));
  // No skipWaiting here: the open page keeps its release until the user asks for the new one
  // (the notice of sw-register.js sends "skip-waiting").
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      if (!PRECACHE) {
        await self.registration.unregister();
        return;
      }
      // Take the first visit's page too, so the workers it starts later come from the copy.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

// Cache first, for everything of this release, the page included. Not network first for the
// page: it and the workers it starts must be the same release, and the workers' files have fixed
// names, so a page from the network beside workers from the copy could mix two releases. A new
// release arrives whole, as a new service worker, and the page says so (sw-register.js).
// Without a copy (under `trunk serve`), no fetch handler: every request goes to the network.
if (PRECACHE) {
  self.addEventListener("fetch", (event) => {
    const request = event.request;
    if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
    // A page's address may carry a query; its #hash (the filters, a shared text) is never sent.
    const navigate = request.mode === "navigate";
    const url = new URL(request.url);
    url.search = "";
    const page = navigate && (url.href === PAGE || url.href === `${PAGE}index.html`);
    const key = page ? PAGE : request;
    event.respondWith(
      caches
        .open(CACHE)
        .then((cache) => cache.match(key, { ignoreVary: true, ignoreSearch: navigate }))
        .then((hit) => hit ?? fetch(request)),
    );
  });
}
