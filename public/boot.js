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

/** On the page: starts the live bundle after the first paint, and the full app when asked. */
function bootPage() {
  let full = null;
  window.addEventListener('bac-ninh:full-app', (event) => {
    full ??= start(FULL);
    const file = event.detail;
    if (file) full.then((bindings) => bindings.preview_file(file));
  });
  // A task of its own after the paint, so that starting is never part of the paint's task.
  firstPaint().then(() => setTimeout(() => start(LIVE), 0));
}

// The same script is the page's boot and, in a worker, its wasm compiler.
if (typeof document === 'undefined') compileWhenAsked();
else bootPage();
