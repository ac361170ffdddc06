/* Registers the service worker (sw.js) for direct and installed visits, and hands a
 * waiting new version to the page instead of mixing versions silently: it announces
 * `bac-ninh:update-ready` (and sets class "update-ready" on <html>); the page's
 * Reload button answers with `bac-ninh:apply-update`, which activates the new
 * worker and reloads once it controls the page. Embeds skip registration: browsers
 * partition or block service workers in third-party frames. */
(function () {
  'use strict';
  // An embed page says so in its options (embed-*.html), an old embed address in its query.
  var EMBED = /(^|[?&])embed=(1|true|yes)(&|$)/;
  var stated = document.querySelector('meta[name="page-options"]');
  var embedded = EMBED.test(location.search) || Boolean(stated && EMBED.test(stated.content));
  if (!('serviceWorker' in navigator) || embedded) return;
  var waiting = null;
  function announce(worker) {
    waiting = worker;
    document.documentElement.classList.add('update-ready');
    window.dispatchEvent(new Event('bac-ninh:update-ready'));
  }
  window.addEventListener('bac-ninh:apply-update', function () {
    if (!waiting) return location.reload();
    navigator.serviceWorker.addEventListener('controllerchange', function () { location.reload(); });
    waiting.postMessage('skip-waiting');
  });
  function register() {
    navigator.serviceWorker.register('sw.js').then(function (registration) {
      if (registration.waiting && navigator.serviceWorker.controller) announce(registration.waiting);
      registration.addEventListener('updatefound', function () {
        var installing = registration.installing;
        if (!installing) return;
        installing.addEventListener('statechange', function () {
          if (installing.state === 'installed' && navigator.serviceWorker.controller) announce(installing);
        });
      });
    }).catch(function () {
      /* No service worker (private mode, blocked): the app works online as usual. */
    });
  }
  // The worker's precache (both bundles, the offline copy: megabytes, and its own thread's
  // work storing them) must not compete with the page: it waits for the load, then, when
  // the page's code is starting by then (boot.js marks <html data-code="starting">), for the
  // page to be live (#app[data-live], takeover.rs), and then for a moment the page is idle.
  // A page whose code never comes to life still registers, a little later.
  var LIVE_WAIT_MS = 5000;
  var html = document.documentElement;
  function whenIdle() {
    if ('requestIdleCallback' in window) window.requestIdleCallback(register, { timeout: 2000 });
    else setTimeout(register, 0);
  }
  function whenLive() {
    var live = function () { return html.dataset.code !== 'starting' || document.querySelector('#app[data-live]') !== null; };
    if (live()) return whenIdle();
    var timeout = setTimeout(done, LIVE_WAIT_MS);
    var observer = new MutationObserver(function () { if (live()) done(); });
    function done() {
      clearTimeout(timeout);
      observer.disconnect();
      whenIdle();
    }
    observer.observe(html, { subtree: true, attributes: true, attributeFilter: ['data-live', 'data-code'] });
  }
  if (document.readyState === 'complete') whenLive();
  else window.addEventListener('load', whenLive, { once: true });
})();
