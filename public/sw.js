/* Service worker of the Bắc Ninh economic dashboard. The build (scripts/postbuild.mjs)
 * replaces the two placeholders below with the version and the list of every file of
 * dist/, so nothing here is maintained by hand.
 *
 * Cache first: after one online visit the whole app, its data and its downloads work
 * with the network off. A new version installs beside the old one and waits; the page
 * offers a reload (see sw-register.js), so one page never mixes two versions.
 *
 * Except the data folder: a file there can change on the server without a new version
 * (an update published for ?data=), so it comes from the network first, and is kept for
 * offline use. With the network down, the kept copy answers, marked with the header
 * SAVED_COPY (the Date the server sent it on), so that the page says it is a saved copy. */
'use strict';
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const PREFIX = 'bac-ninh-dashboard-';
const CACHE = PREFIX + VERSION;
const DATA = new URL('data/', self.location).href;
// Read by the app (src/browser.rs, fetch_json_file).
const SAVED_COPY = 'Bac-Ninh-Saved-Copy';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.url.startsWith(DATA)) {
    event.respondWith(networkFirst(event));
    return;
  }
  if (request.mode === 'navigate') {
    // Each page is its own prerendered file (index.html, en.html, embed-growth-vi.html…);
    // the query (?lang=, ?id=, ?theme=) only adjusts it once the app runs.
    const url = new URL(request.url);
    const page = url.pathname.endsWith('/') ? new URL('index.html', url).href : url.href;
    event.respondWith(
      caches.open(CACHE).then((cache) => cache.match(page, { ignoreSearch: true }).then((hit) => hit || fetch(request))),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request))),
  );
});

/** A data file from the network, kept for offline use; offline, the kept copy, marked. */
async function networkFirst(event) {
  const cache = await caches.open(CACHE);
  const key = new URL(event.request.url);
  key.search = '';
  try {
    const response = await fetch(event.request);
    if (response.ok) event.waitUntil(cache.put(key.href, response.clone()));
    return response;
  } catch (failure) {
    const saved = await cache.match(key.href);
    if (!saved) throw failure;
    const headers = new Headers(saved.headers);
    headers.set(SAVED_COPY, saved.headers.get('Date') || '');
    return new Response(saved.body, { status: saved.status, statusText: saved.statusText, headers });
  }
}
