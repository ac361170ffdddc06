/* The page's boot script. scripts/postbuild.mjs fills in the two bundles' files below and
 * writes it as boot-<hash>.js, which every page loads as its only module script (the strict
 * CSP allows no inline script). See DEVELOPERS.md, "The live page".
 *
 * The prerendered page is the product: nothing here competes with its first screen. The
 * default view's bundle (LIVE) is fetched once the page has first painted, and brings the
 * parts that need code to life where they stand. The full app (FULL) is fetched only when
 * the live bundle asks for it with the `bac-ninh:full-app` event: for a page whose every
 * text must follow something the build did not know (a `?data=` file, another language or
 * view in the address, a previewed file, handed over as the event's detail). */
const LIVE = { glue: '__LIVE_GLUE__', wasm: '__LIVE_WASM__' };
const FULL = { glue: '__FULL_GLUE__', wasm: '__FULL_WASM__' };

/** Loads and starts a bundle; its bindings are `window.wasmBindings` (for diagnostics). */
async function start(bundle) {
  const bindings = await import(bundle.glue);
  await bindings.default({ module_or_path: bundle.wasm });
  window.wasmBindings = bindings;
  return bindings;
}

let full = null;
window.addEventListener('bac-ninh:full-app', (event) => {
  full ??= start(FULL);
  const file = event.detail;
  if (file) full.then((bindings) => bindings.preview_file(file));
});

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

// A task of its own after the paint, so that starting is never part of the paint's task.
firstPaint().then(() => setTimeout(() => start(LIVE), 0));
