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
  // Once the page has loaded: the worker's precache then never competes with what the
  // first screen and its live parts fetch.
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
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
})();
