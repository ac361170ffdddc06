// The one-file offline copy: opened from disk with the network off, it reads at once,
// then runs the whole app from its own bytes, under a CSP that allows only its own parts.
import { test, expect } from '@playwright/test';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { card, chart, chartCount, drawAllCharts, takenOver } from './helpers.js';

const COPY = resolve('dist/bac-ninh-offline.html');

test.use({ offline: true });

test('opened from disk with the network off: figures, every chart drawn and working, nothing fetched', async ({ page }) => {
  const errors = [];
  const requests = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(COPY).href);
  await expect(card(page, 'grdp_growth_2022')).toContainText('+7,39%');
  await takenOver(page);
  await drawAllCharts(page);
  await expect(page.locator('canvas.chart-canvas[data-draw-ms]')).toHaveCount(await chartCount(page));
  // It says what it is and how old its figures are; what needs a site is not offered.
  await expect(page.locator('[data-role="offline-copy-notice"]')).toContainText('bản ngoại tuyến');
  await expect(page.locator('[data-role="offline-copy-notice"]')).toContainText('13/6/2023');
  for (const absent of ['[data-action="share"]', '[data-role="embed-panel"]', '[data-role="offline-copy"]']) await expect(page.locator(absent)).toHaveCount(0);
  // Interactive: a table toggle and the language switch.
  await chart(page, 'growth').locator('[data-action="table"]').click();
  await expect(chart(page, 'growth').locator('table')).toContainText('+10,6%');
  await page.getByRole('link', { name: 'EN', exact: true }).click();
  await expect(card(page, 'grdp_growth_2022')).toContainText('+7.39%');
  await expect(chart(page, 'growth').locator('table')).toContainText('+10.6%');
  expect(requests.filter((url) => !url.startsWith('data:'))).toEqual([pathToFileURL(COPY).href]);
  expect(errors).toEqual([]);
});

test('it ignores what an address says of the build: ?offline=0, a live address, a copy size', async ({ page }) => {
  await page.goto(`${pathToFileURL(COPY).href}?offline=0&live=https://evil.example/phish&copy=99999999999999`);
  await takenOver(page);
  await expect(page.locator('[data-role="offline-copy-notice"]')).toContainText('bản ngoại tuyến');
  await expect(page.locator('a[href*="evil.example"]')).toHaveCount(0);
  for (const absent of ['[data-action="share"]', '[data-role="embed-panel"]', '[data-role="offline-copy"]']) await expect(page.locator(absent)).toHaveCount(0);
});

test('its CSP allows only its own inline script and style, by hash, and wasm', async () => {
  const html = await readFile(COPY, 'utf8');
  const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1] ?? '';
  expect(csp).toContain("default-src 'none'");
  expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+' 'wasm-unsafe-eval'/);
  expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
  expect(csp).not.toContain('unsafe-inline');
  expect(html.match(/<script\b/g)).toHaveLength(1);
  expect(html).not.toMatch(/<link[^>]+href="(?!data:)/);
});

test('the dashboard links to it with its size, and the service worker keeps it', async ({ page, request }) => {
  const bytes = (await stat(COPY)).size;
  const size = (bytes / 1e6).toFixed(1);
  await page.context().setOffline(false);
  await page.goto('./');
  const link = page.locator('[data-role="offline-copy"]');
  await expect(link).toHaveText(`Tải bản ngoại tuyến (một tệp HTML, ${size.replace('.', ',')} MB)`);
  await expect(link).toHaveAttribute('href', 'bac-ninh-offline.html');
  await page.goto('en.html');
  await expect(link).toHaveText(`Download the offline copy (one HTML file, ${size} MB)`);
  expect((await request.get('sw.js').then((r) => r.text())).includes('"bac-ninh-offline.html"')).toBe(true);
});
