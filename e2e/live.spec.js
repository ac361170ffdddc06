// The default view stays the prerendered page: the wasm brings its parts to life where they
// stand, never builds the page again, and draws each chart only once it comes near. A page
// whose texts must follow another dataset is still rendered whole, by the full app.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { card, holdWasm, takenOver } from './helpers.js';

// Routed data files reach the app only without the service worker: requests it makes are
// not routed, and by the time the full app asks for a file it may control the page.
test.use({ serviceWorkers: 'block' });

/** Keeps, before any of the page's scripts runs, the nodes a test compares later. */
async function rememberPrerendered(page) {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      window.prerendered = {
        title: document.querySelector('h1'),
        cards: [...document.querySelectorAll('[data-figure]')],
        summary: document.querySelector('#summary'),
        summaryText: document.querySelector('#summary .summary__text')?.textContent,
      };
    });
  });
}

/** Whether the remembered nodes are the page's nodes now, and how many cards there are. */
const sameNodes = (page) =>
  page.evaluate(() => {
    const { title, cards, summary } = window.prerendered;
    const now = [...document.querySelectorAll('[data-figure]')];
    return {
      title: title === document.querySelector('h1') && title.isConnected,
      summary: summary === document.querySelector('#summary'),
      cards: cards.length > 0 && cards.length === now.length && cards.every((c, i) => c === now[i] && c.isConnected),
    };
  });

for (const path of ['./', './en.html']) {
  test(`the title, the headline cards and the summary stay the prerendered nodes once live (${path})`, async ({ page }) => {
    await rememberPrerendered(page);
    await page.goto(path);
    await takenOver(page);
    // Live: the sections bar answers, and a chart draws when brought near.
    await page.locator('[data-chart="growth"]').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-chart="growth"] canvas.chart-canvas[data-drawn-at]')).toBeAttached();
    expect(await sameNodes(page)).toEqual({ title: true, summary: true, cards: true });
  });
}

test('a chart far below is still the prerendered picture, and is drawn once it scrolls near', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('./');
  await takenOver(page);
  const budget = page.locator('[data-chart="budget"]');
  // Not drawn, and its image not even fetched, while the reader is at the top.
  await expect(budget.locator('canvas')).toHaveCount(0);
  await expect(budget.locator('picture.chart-svg img')).toHaveAttribute('loading', 'lazy');
  await budget.scrollIntoViewIfNeeded();
  const canvas = budget.locator('canvas.chart-canvas[data-drawn-at]');
  await expect(canvas).toBeAttached();
  // Pixels, not an empty box: the canvas has ink of more than one colour.
  const colours = await canvas.evaluate((c) => {
    const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    const seen = new Set();
    for (let i = 0; i < data.length; i += 4 * 97) seen.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
    return seen.size;
  });
  expect(colours).toBeGreaterThan(3);
  // The drawing that stood in is gone once the canvas is drawn.
  await expect(budget.locator('.chart-svg')).toHaveCount(0);
});

test('the page loads only the default view’s bundle, after its first paint, and no wasm preload', async ({ page }) => {
  const wasm = [];
  const scripts = [];
  page.on('request', (r) => {
    const file = r.url().split('/').pop();
    if (file.endsWith('.wasm')) wasm.push(file);
    if (file.endsWith('.js')) scripts.push(file);
  });
  await page.goto('./');
  await takenOver(page);
  await page.waitForLoadState('networkidle');
  expect(await page.locator('link[rel="preload"], link[rel="modulepreload"]').count()).toBe(0);
  expect(wasm).toHaveLength(1);
  expect(wasm[0]).toMatch(/^dashboard-live-/);
  // The script that sizes embeds waits for the embed panel's preview (e2e/embed.spec.js).
  expect(scripts.filter((file) => file === 'embed.js')).toHaveLength(0);
});

// A reader who only reads the first screen needs no code: the page fetches its wasm once the
// reader scrolls or reaches for a part that needs code, or once a chart comes near.
test('a page opened at its top fetches no wasm until its reader scrolls', async ({ page }) => {
  const wasm = [];
  page.on('request', (r) => r.url().endsWith('.wasm') && wasm.push(r.url()));
  await page.goto('./');
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  expect(wasm).toEqual([]);
  await expect(page.locator('#app[data-live]')).toHaveCount(0);
  await page.mouse.wheel(0, 200);
  await expect(page.locator('#app[data-live]')).toBeAttached();
  expect(wasm).toHaveLength(1);
});

test('a page whose first screen has a chart near comes to life on its own', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 1200 });
  await page.goto('./');
  await expect(page.locator('#app[data-live]')).toBeAttached();
  await expect(page.locator('[data-chart="growth"] canvas[data-drawn-at]')).toHaveCount(1);
});

// Share is a button that needs code: a press before the code is there brings it, and is
// given to the live button once it is.
test('a press on Share before the code is there still shares', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => {
    delete Navigator.prototype.share;
  });
  const release = await holdWasm(page);
  await page.goto('./');
  await page.locator('[data-action="share"]').click();
  await expect(page.locator('#app[data-live]')).toHaveCount(0);
  release();
  await expect(page.locator('[data-action="share"]')).toHaveText('Đã sao chép liên kết');
  expect(new URL(await page.evaluate(() => navigator.clipboard.readText())).searchParams.get('lang')).toBe('vi');
});

test('the wasm is compiled by a worker, off the page’s main thread', async ({ page }) => {
  const workers = [];
  page.on('worker', (worker) => workers.push(worker.url().split('/').pop()));
  await page.goto('./');
  await takenOver(page);
  expect(workers).toEqual([expect.stringMatching(/^boot-[0-9a-f]+\.js$/)]);
});

// A browser with no module worker, or one whose worker cannot compile, still gets a live page:
// the glue compiles the wasm on the main thread.
for (const [what, noWorker] of [
  ['no worker at all', () => { window.Worker = undefined; }],
  ['a worker that fails', () => {
    window.Worker = class extends EventTarget {
      postMessage() { setTimeout(() => this.dispatchEvent(new Event('error'))); }
      terminate() {}
    };
  }],
]) {
  test(`with ${what}, the page still comes to life and draws its charts`, async ({ page }) => {
    await page.addInitScript(noWorker);
    await page.goto('./');
    await takenOver(page);
    await page.locator('[data-chart="growth"]').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-chart="growth"] canvas[data-drawn-at]')).toHaveCount(1);
  });
}

test('?data= still renders every text again, from the other file, in the full app', async ({ page }) => {
  const dataset = JSON.parse(await readFile('public/data/bac-ninh.json', 'utf8'));
  dataset.title = { vi: 'Bắc Ninh — bản cập nhật thử', en: 'Bắc Ninh — a trial update' };
  dataset.summary = dataset.summary.slice(0, 1);
  await page.route('**/data/trial.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(dataset) }));
  const wasm = [];
  page.on('request', (r) => r.url().endsWith('.wasm') && wasm.push(r.url().split('/').pop()));
  await rememberPrerendered(page);
  await page.goto('./?data=trial.json');
  await expect(page.locator('#app[data-live][data-full]')).toBeAttached();
  await expect(page.locator('h1')).toHaveText('Bắc Ninh — bản cập nhật thử');
  // One sentence left of the summary: shorter than the prerendered one, and its start.
  const summaries = await page.evaluate(() => [window.prerendered.summaryText, document.querySelector('#summary .summary__text').textContent]);
  expect(summaries[1].length).toBeGreaterThan(20);
  expect(summaries[1].length).toBeLessThan(summaries[0].length);
  expect(summaries[0].startsWith(summaries[1])).toBe(true);
  await expect(page.locator('[data-role="dataset-notice"]')).toContainText('trial.json');
  expect((await sameNodes(page)).title).toBe(false);
  expect(wasm.some((name) => name.startsWith('dashboard-app-'))).toBe(true);
  await expect(card(page, 'exports_2022')).toBeVisible();
});

// At the top the reader is in no section, as the prerendered links say: the links come to
// life when the page first scrolls. A page opened at a section has scrolled already.
test('the sections’ links come to life on the first scroll, or at once on a page opened at a section', async ({ page }) => {
  const links = page.locator('[data-island="section-nav"]');
  await page.goto('./');
  await takenOver(page);
  await expect(links).not.toHaveAttribute('data-live', '');
  await page.locator('#charts').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-island="section-nav"][data-live]')).toBeAttached();
  await expect(links.locator('[aria-current="location"]')).toHaveAttribute('data-section', 'charts');
  await page.goto('./en.html#compare');
  await takenOver(page);
  await expect(page.locator('[data-island="section-nav"][data-live]')).toBeAttached();
  await expect(links.locator('[aria-current="location"]')).toHaveAttribute('data-section', 'compare');
});

// The chart cards above a section the address opens at are off screen, so the browser has
// not laid them out and keeps each at the height it last had; their live copies, new
// elements, must keep it too. Were they to stand at the stylesheet's guess, the page above
// the reader would grow and shrink back, moving the section, with no scroll to tell the
// sections bar, which would then mark the section above.
test('a page opened at a section stays there while the charts above it come to life', async ({ page }) => {
  await page.addInitScript(() => {
    window.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('./en.html#compare');
  await takenOver(page);
  for (const chart of ['fdi', 'budget', 'ranks', 'pci']) await expect(page.locator(`[data-island="chart-${chart}"][data-live]`)).toBeAttached();
  await expect(page.locator('[data-island="compare"][data-live] canvas.chart-canvas[data-draw-ms]')).toBeAttached();
  // Long enough for the live cards to be laid out.
  await page.waitForTimeout(500);
  const links = page.locator('[data-island="section-nav"]');
  await expect(links.locator('[aria-current="location"]')).toHaveAttribute('data-section', 'compare');
  expect(await page.evaluate(() => location.hash)).toBe('#compare');
  expect(await page.evaluate(() => window.layoutShift)).toBe(0);
});
