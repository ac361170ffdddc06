// Steps shared by the journeys, in WebDriver through webdriverio (BiDi where the engine has it,
// classic in WebKit): nothing here depends on the engine.
import assert from 'node:assert/strict';
import { drawnPixelsOf, sweepUntil, tooltipOf } from '../e2e/shared.js';

/** Retries `check` (which throws or returns false while not yet true) until it passes or `timeout` ms go by; returns its value. */
export async function eventually(check, { timeout = 10_000, interval = 100, message = 'condition not met' } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const value = await check();
      if (value !== false) return value;
      last = new Error(message);
    } catch (err) {
      last = err;
    }
    if (Date.now() > end) throw new Error(last.message === message ? message : `${message}: ${last.message}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** Asserts that `haystack` contains every one of `needles`. */
export function assertContains(haystack, needles, what) {
  for (const needle of needles) assert.ok(haystack.includes(needle), `${what} lacks “${needle}”: ${JSON.stringify(haystack.slice(0, 400))}`);
}

/**
 * Opens the app at `path` (relative to the app's origin) and waits until every chart on the page
 * (the six series charts, and any other) has been drawn. Installs listeners that record errors
 * raised in the page from then on (the engines that expose the console through WebDriver BiDi
 * report earlier ones too).
 */
export async function openDashboard(ctx, path = '', address = ctx.app + path) {
  await ctx.browser.url(address);
  await whenDrawn(ctx);
}

/** Waits until the page open in `ctx` is live and every chart on it has been drawn, bringing each near. */
export async function whenDrawn(ctx) {
  const { browser } = ctx;
  await eventually(async () => (await browser.$$('.card').length) > 0, { timeout: 20_000, message: 'no figure card appeared' });
  // The prerendered page shows first, and comes to life once its reader reaches for it: here
  // a pointer over one of its parts (public/boot.js).
  await eventually(async () => browser.execute(() => {
    document.querySelector('[data-island]')?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    return Boolean(document.querySelector('#app[data-live]'));
  }), {
    timeout: 20_000,
    message: 'the app did not take over the prerendered page',
  });
  // Charts are drawn as they come near the viewport: bring each near, and wait until it is
  // drawn before the next. An engine that renders its first frame late (WebKitGTK, up to
  // 1,4 s after the takeover) only reports the position the page is at by then, so
  // scrolling on at a fixed pace left charts the observer never saw.
  const frames = await browser.execute(() => document.querySelectorAll('.chart-frame').length);
  for (let i = 0; i < frames; i++) {
    await browser.execute((n) => document.querySelectorAll('.chart-frame')[n].scrollIntoView(), i);
    await eventually(
      async () => browser.execute((n) => Boolean(document.querySelectorAll('.chart-frame')[n].querySelector('canvas[data-draw-ms]')), i),
      { timeout: 20_000, message: `chart ${i + 1} of ${frames} was not drawn once in view` },
    );
  }
  await eventually(
    async () => {
      const { all, drawn } = await browser.execute(() => ({
        all: document.querySelectorAll('canvas.chart-canvas').length,
        drawn: document.querySelectorAll('canvas.chart-canvas[data-draw-ms]').length,
      }));
      assert.ok(all >= 6 && drawn === all, `${drawn} of ${all} charts drawn`);
    },
    { timeout: 20_000, message: 'the charts were not all drawn' },
  );
  await browser.execute(() => window.scrollTo(0, 0));
  await recordPageErrors(browser);
}

/** From now on, uncaught errors, rejected promises and console.error calls in the page are kept in window.__pageErrors. */
export async function recordPageErrors(browser) {
  await browser.execute(() => {
    if (window.__pageErrors) return;
    window.__pageErrors = [];
    window.addEventListener('error', (e) => window.__pageErrors.push(`error: ${e.message}`));
    window.addEventListener('unhandledrejection', (e) => window.__pageErrors.push(`unhandled rejection: ${e.reason}`));
    const original = console.error;
    console.error = (...args) => {
      window.__pageErrors.push(`console.error: ${args.join(' ')}`);
      original.apply(console, args);
    };
  });
}

/**
 * Fails if the page or the engine's console (where WebDriver can read it) reported an error, or
 * the app showed its panic notice (#crash-notice, from crash.rs) or a chart that could not be drawn: those
 * two are seen in every engine, even where errors before load cannot be read.
 */
export async function assertNoErrors(ctx) {
  const inPage = await ctx.browser.execute(() => [
    ...(window.__pageErrors ?? []),
    ...[...document.querySelectorAll('#crash-notice, .chart-failed')].map((e) => `shown: ${e.textContent}`),
  ]);
  const console = ctx.console.read();
  assert.deepEqual([...console, ...inPage], [], 'errors were reported');
}

/** The text content of the first element matching `selector` (also when it is visually hidden). */
export async function text(browser, selector) {
  return browser.execute((s) => document.querySelector(s)?.textContent ?? null, selector);
}

/**
 * For every chart canvas on the page, its chart's id and how many of its pixels differ from its
 * top-left (background) pixel, read back with getImageData.
 */
export async function drawnPixels(browser) {
  const canvases = await browser.$$('canvas.chart-canvas');
  const counts = [];
  for (const canvas of canvases) counts.push(await browser.execute(drawnPixelsOf, canvas));
  return counts;
}

/**
 * Moves the pointer across a chart's canvas, left to right at mid-height, until its tooltip shows
 * `value`; returns the tooltip's text, or null.
 */
export async function hoverUntil(browser, chartId, value) {
  const canvas = await browser.$(`[data-chart="${chartId}"] canvas`);
  await browser.execute((el) => el.scrollIntoView({ block: 'center' }), canvas);
  const width = await browser.execute((el) => el.getBoundingClientRect().width, canvas);
  // Pointer positions are relative to the element's centre in WebDriver.
  const moveTo = (x) =>
    browser.action('pointer', { parameters: { pointerType: 'mouse' } }).move({ origin: canvas, x: Math.round(x - width / 2), y: 0 }).perform();
  return sweepUntil(width, moveTo, () => browser.execute(tooltipOf, chartId), value);
}

/** Presses keys (WebDriver key names such as 'ArrowRight', 'Home', 'End') on the focused element. */
export async function press(browser, ...keys) {
  await browser.keys(keys);
}
