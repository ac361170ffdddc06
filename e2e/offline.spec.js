// Offline and updates: after one visit the dashboard works with the network off,
// and a new deployment is offered as a reload instead of being mixed in silently.
import { test, expect } from '@playwright/test';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../scripts/serve-dist.mjs';
import { writeServiceWorker } from '../scripts/postbuild.mjs';
import { openDashboard, drawAllCharts } from './helpers.js';

async function controlledBy(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

test('after one visit the whole dashboard, its charts and downloads work offline', async ({ page, context }) => {
  await openDashboard(page);
  await controlledBy(page);
  await context.setOffline(true);
  await page.reload();
  await drawAllCharts(page);
  await expect(page.locator('[data-figure="exports_2022"]')).toContainText('45,1 tỷ USD');
  await expect(page.locator('[data-role="offline"]')).toBeVisible();
  const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('[data-chart="growth"] [data-download="csv"]').click()]);
  expect((await readFile(await csv.path())).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const json = await page.evaluate(() => fetch('data/bac-ninh.json').then((r) => r.json()));
  expect(json.key_figures).toHaveLength(8);
  await page.goto('./?lang=en');
  await expect(page.locator('[data-figure="exports_2022"]')).toContainText('USD 45.1 billion');
  // Every prerendered page is there too: the English page and each embed view.
  await page.goto('en.html');
  await expect(page.locator('[data-figure="exports_2022"]')).toContainText('USD 45.1 billion');
  for (const view of ['growth', 'compare', 'figures']) {
    await page.goto(`embed-${view}-vi.html?id=x`);
    await expect(page.locator('html')).toHaveClass(/embed/);
    await expect(page.locator('#app[data-live]')).toBeAttached();
  }
  await page.goto('embed-growth-en.html');
  await expect(page.locator('[data-chart="growth"] canvas[data-draw-ms]')).toHaveCount(1);
});

test('a new deployment is offered as a reload and then used alone', async ({ browser }) => {
  // Version 1 is the build; version 2 is the same build with a changed stylesheet under a new name.
  const v2 = await mkdtemp(join(tmpdir(), 'bn-v2-'));
  await cp('dist', v2, { recursive: true });
  const oldCss = (await readdir(v2)).find((f) => f.startsWith('main-') && f.endsWith('.css'));
  const newCss = 'main-0000000000000002.css';
  await writeFile(join(v2, newCss), (await readFile(join(v2, oldCss), 'utf8')) + '\n/* version 2 */\n');
  await rm(join(v2, oldCss));
  const html = (await readFile(join(v2, 'index.html'), 'utf8')).replace(oldCss, newCss).replace(/ integrity="[^"]*"/, '');
  await writeFile(join(v2, 'index.html'), html);
  await writeFile(join(v2, 'sw.js'), await readFile('public/sw.js'));
  const { version } = await writeServiceWorker(v2);

  const server = await startServer({ root: 'dist', port: 4175 });
  const context = await browser.newContext({ baseURL: 'http://127.0.0.1:4175/' });
  const page = await context.newPage();
  try {
    await openDashboard(page);
    await controlledBy(page);
    server.setRoot(v2);
    await page.reload();
    await expect(page.locator('[data-role="update"]')).toBeVisible({ timeout: 20_000 });
    // Until the reader accepts, the page keeps version 1 whole.
    await expect(page.locator(`link[href*="${oldCss}"]`)).toHaveCount(1);
    const requested = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await Promise.all([page.waitForEvent('load'), page.locator('[data-role="update"] button').click()]);
    await drawAllCharts(page);
    await expect(page.locator(`link[href*="${newCss}"]`)).toHaveCount(1);
    expect(requested.some((p) => p.endsWith(oldCss))).toBe(false);
    const caches = await page.evaluate(() => caches.keys());
    expect(caches).toEqual([`bac-ninh-dashboard-${version}`]);
  } finally {
    await context.close();
    await server.close();
    await rm(v2, { recursive: true, force: true });
  }
});

test('the built app works from a sub-path of a host, offline included', async ({ browser }) => {
  const root = await mkdtemp(join(tmpdir(), 'bn-subpath-'));
  await cp('dist', join(root, 'so-ke-hoach', 'bac-ninh'), { recursive: true });
  const server = await startServer({ root, port: 4176 });
  const context = await browser.newContext({ baseURL: 'http://127.0.0.1:4176/so-ke-hoach/bac-ninh/' });
  const page = await context.newPage();
  try {
    await openDashboard(page, './?lang=en');
    await expect(page.locator('[data-figure="exports_2022"]')).toContainText('USD 45.1 billion');
    expect(await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope))).toBe('http://127.0.0.1:4176/so-ke-hoach/bac-ninh/');
    await controlledBy(page);
    await context.setOffline(true);
    await page.reload();
    await drawAllCharts(page);
  } finally {
    await context.close();
    await server.close();
    await rm(root, { recursive: true, force: true });
  }
});

/**
 * When the page registers its service worker, and whether its code had made it live then:
 * the worker's precache (megabytes) must not compete with the page's own start.
 */
async function registration(page, path) {
  await page.addInitScript(() => {
    const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
    navigator.serviceWorker.register = (...args) => {
      window.registeredLive = document.querySelector('#app[data-live]') !== null;
      return register(...args);
    };
  });
  await page.goto(path);
  await page.evaluate(() => navigator.serviceWorker.ready);
  return page.evaluate(() => ({ live: window.registeredLive, code: document.documentElement.dataset.code ?? null }));
}

test('a page whose code starts at load registers its worker once it is live', async ({ page }) => {
  // A page opened at a section starts its code at once.
  expect(await registration(page, './#charts')).toEqual({ live: true, code: 'starting' });
});

test('a page read at its top, whose code never starts, still registers its worker', async ({ page }) => {
  expect(await registration(page, './')).toEqual({ live: false, code: null });
});
