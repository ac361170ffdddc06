/* The page's boot script. scripts/postbuild.mjs fills in the two bundles' files below and
 * writes it as boot-<hash>.js, which every page loads as its only module script (the strict
 * CSP allows no inline script). See DEVELOPERS.md, "The live page".
 *
 * The prerendered page is the product: nothing here competes with its first screen. The
 * default view's bundle (LIVE) is fetched once the page has first painted and needs it (see
 * `needed`), and brings the parts that need code to life where they stand. A reader who only
 * reads the first screen downloads no wasm at all. The full app (FULL) is fetched only when
 * the live bundle asks for it with the `bac-ninh:full-app` event: for a page whose every
 * text must follow something the build did not know (a `?data=` file, another language or
 * view in the address, a previewed file, handed over as the event's detail). */
const LIVE = { glue: '__LIVE_GLUE__', wasm: '__LIVE_WASM__' };
const FULL = { glue: '__FULL_GLUE__', wasm: '__FULL_WASM__' };

/** Loads and starts a bundle; its bindings are `window.wasmBindings` (for diagnostics). */
async function start(bundle) {
  // The glue and the wasm download together; the wasm is compiled off the main thread.
  const [bindings, module] = await Promise.all([import(bundle.glue), compiledOffThread(bundle.wasm)]);
  await bindings.default({ module_or_path: module });
  window.wasmBindings = bindings;
  return bindings;
}

/**
 * The wasm at `path`, compiled by a worker running this very script, so that decoding the
 * module (tens of milliseconds on a slow phone, in chunks as it downloads) never holds the
 * page's main thread. Where a module worker cannot do it, `path` itself: the glue then
 * compiles it on the main thread, as it would have anyway.
 */
function compiledOffThread(path) {
  return new Promise((resolve) => {
    let worker;
    try {
      worker = new Worker(import.meta.url, { type: 'module', name: 'wasm-compiler' });
    } catch {
      return resolve(path);
    }
    const done = (module) => {
      worker.terminate();
      resolve(module instanceof WebAssembly.Module ? module : path);
    };
    worker.addEventListener('message', (event) => done(event.data));
    worker.addEventListener('error', () => done(null));
    worker.addEventListener('messageerror', () => done(null));
    worker.postMessage(new URL(path, import.meta.url).href);
  });
}

/** In the worker: compiles the wasm each message names, and answers with the module (or null). */
function compileWhenAsked() {
  self.addEventListener('message', async (event) => {
    try {
      self.postMessage(await WebAssembly.compileStreaming(fetch(event.data)));
    } catch {
      self.postMessage(null);
    }
  });
}

/** Resolves once the page has painted for the first time, or has loaded, whichever is first. */
function firstPaint() {
  return new Promise((resolve) => {
    if (document.readyState === 'complete') return resolve();
    window.addEventListener('load', resolve, { once: true });
    try {
      new PerformanceObserver((_, observer) => {
        observer.disconnect();
        resolve();
      }).observe({ type: 'paint', buffered: true });
    } catch {
      // No paint timing in this browser: the load event starts it.
    }
  });
}

/**
 * Whether the page in its first state needs code: one that must show more than it was
 * written with. A page restored scrolled does too, but its scroll position is read once it
 * has first painted (`needed`): reading it now would lay the whole page out in this
 * script's task (the task grew to 60-80 ms on a phone at 4×), where the first frame does it anyway.
 */
function neededAtOnce() {
  const options = document.querySelector('meta[name="page-options"]')?.content ?? '';
  return (
    // The full app's page (`?data=`, another language or view), or one opened at a section,
    // whose links mark it and whose language switch keeps it.
    location.search !== '' ||
    location.hash !== '' ||
    // An embed tells its host page its height.
    /(^|&)embed=1(&|$)/.test(options) ||
    // The banners: running offline, or a new version waiting.
    !navigator.onLine ||
    document.documentElement.classList.contains('update-ready')
  );
}

/** Parts the reader can reach for; a chart is drawn once it comes within a screen of the viewport. */
const PART = '[data-island]';
const CHART = '[data-chart]';
// The live page's own nearness (NEAR_MARGIN in src/browser/observe.rs): the code starts when
// the first chart would wake, not later.
const NEAR_MARGIN = '100% 0px';

/**
 * Marks the page as starting its code, as soon as that is known (for a page that needs it
 * at once, while this script runs, before the load): sw-register.js then holds the worker's
 * precache back until the page is live.
 */
function markStarting() {
  document.documentElement.dataset.code = 'starting';
}

/**
 * Resolves once the page needs its code: after the first paint for a page that does
 * (`neededAtOnce`), else when the reader scrolls, reaches for a part that needs code (a
 * pointer over it, a press, focus), when a chart comes near, or when the banners have
 * something to say. A browser that cannot tell when a chart comes near starts after the
 * first paint.
 *
 * A chart near at load is seen in the first frame rendered after this script runs: the
 * code does not also wait for the first paint to be on screen, which costs a tall screen
 * hundreds of milliseconds of rastering. Nothing here reads the layout before that paint.
 */
function needed() {
  if (neededAtOnce() || !('IntersectionObserver' in window)) {
    markStarting();
    return firstPaint();
  }
  return new Promise((resolve) => {
    const stop = new AbortController();
    const near = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && go(), { rootMargin: NEAR_MARGIN });
    function go() {
      markStarting();
      stop.abort();
      near.disconnect();
      resolve();
    }
    const options = { signal: stop.signal, passive: true, capture: true };
    for (const name of ['scroll', 'offline', 'bac-ninh:update-ready']) window.addEventListener(name, go, options);
    for (const name of ['pointerover', 'pointerdown', 'touchstart', 'focusin']) {
      document.addEventListener(name, (event) => event.target.closest?.(PART) && go(), options);
    }
    for (const chart of document.querySelectorAll(CHART)) near.observe(chart);
    // A page restored scrolled must show where its reader is.
    firstPaint().then(() => window.scrollY > 0 && go());
  });
}

/**
 * A press on a part's button that came before the code: the button did nothing then, so it
 * is pressed again once the page is live, in the part as it is by then (its live copy, or
 * the prerendered part, whose own listener brings it to life and passes the press on).
 */
function keepEarlyPresses() {
  const early = [];
  // The live page marks its `#app`, or puts the full app's, marked, in its place (takeover.rs).
  const isLive = () => document.querySelector('#app[data-live]') !== null;
  const done = new AbortController();
  document.addEventListener('click', (event) => {
    const button = event.target.closest?.('button');
    const part = button?.closest(PART);
    if (part) early.push([part.dataset.island, button.textContent, event]);
  }, { capture: true, signal: done.signal });
  new MutationObserver((_, observer) => {
    if (!isLive()) return;
    observer.disconnect();
    done.abort();
    // A press the live page's own listener took (it prevents the default) is not pressed again.
    for (const [island, text] of early.filter(([, , event]) => !event.defaultPrevented)) {
      const part = document.querySelector(`${PART}[data-island="${island}"]`);
      const buttons = part ? [part, ...part.querySelectorAll('button')] : [];
      buttons.find((b) => b.matches('button') && b.textContent === text)?.click();
    }
  }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-live'] });
}

/** On the page: starts the live bundle once needed, and the full app when asked. */
function bootPage() {
  let full = null;
  window.addEventListener('bac-ninh:full-app', (event) => {
    full ??= start(FULL);
    const file = event.detail;
    if (file) full.then((bindings) => bindings.preview_file(file));
  });
  keepEarlyPresses();
  // A task of its own, so that starting is never part of the task that found it needed.
  needed().then(() => setTimeout(() => start(LIVE), 0));
}

// The same script is the page's boot and, in a worker, its wasm compiler.
if (typeof document === 'undefined') compileWhenAsked();
else bootPage();
