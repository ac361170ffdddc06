// ?data= reads a file of the site's data/ folder, served as JSON, from the network first:
// a file changed on the server shows fresh, offline the saved copy says it is one, a file
// that cannot be read is named with the reason, and no chart box keeps the built-in figures.
import { test, expect } from '@playwright/test';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../scripts/serve-dist.mjs';
import { openDashboard, card, chart, takenOver } from './helpers.js';

// Routed data files reach the app only without the service worker: requests it makes are
// not routed, and by the time the full app asks for a file it may control the page.
test.use({ serviceWorkers: 'block' });

const EMBEDDED = JSON.parse(await readFile('public/data/bac-ninh.json', 'utf8'));

/** The embedded dataset with `change` applied, as JSON text. */
function variant(change) {
  const copy = structuredClone(EMBEDDED);
  change(copy);
  return JSON.stringify(copy);
}

/**
 * Exports of 2022 restated at `value` billion USD, ranked `position` of 63, wherever the
 * file states that fact (the headline card and the series), as an update must: the
 * validator refuses figures of one fact that disagree. Both already disclose the ranking
 * table's own 45,06.
 */
const exportsAt = (value, position) =>
  variant((d) => {
    const card = d.key_figures.find((f) => f.id === 'exports_2022').observation;
    const point = d.series.exports.find((o) => o.period === '2022');
    for (const obs of [card, point]) {
      obs.value = value;
      obs.rank.position = position;
    }
  });

/** Answers data/<name> on the app's origin for this page with `reply` (a route.fulfill argument). */
async function serve(page, name, reply) {
  await page.route(`**/data/${name}`, (route) => route.fulfill(reply));
}

test('a file the server does not send as application/json is refused, naming the file and the type', async ({ page }) => {
  await serve(page, 'typed.json', { status: 200, contentType: 'text/html', body: exportsAt(99.9, 1) });
  await openDashboard(page, './?data=typed.json');
  const panel = page.locator('.data-error');
  await expect(panel).toContainText('?data=: không đọc được tệp "data/typed.json": máy chủ gửi tệp với kiểu "text/html", không phải application/json');
  await expect(card(page, 'exports_2022')).toContainText('45,1 tỷ USD');
  await expect(page.locator('[data-role="dataset-notice"]')).toHaveCount(0);
});

test('a JSON content type with parameters, in any case, is JSON', async ({ page }) => {
  await serve(page, 'charset.json', { status: 200, headers: { 'Content-Type': 'Application/JSON; charset=utf-8' }, body: exportsAt(46.2, 2) });
  await openDashboard(page, './?data=charset.json');
  await expect(card(page, 'exports_2022')).toContainText('46,2 tỷ USD');
  await expect(page.locator('.data-error')).toHaveCount(0);
});

test('a redirect out of the data folder is not followed, and the reason is given', async ({ page }) => {
  const followed = [];
  page.on('request', (r) => r.url().includes('uploads') && followed.push(r.url()));
  await serve(page, 'moved.json', { status: 302, headers: { Location: '../uploads/x.json' } });
  await openDashboard(page, './?data=moved.json&lang=en');
  await expect(page.locator('.data-error')).toContainText(
    '?data=: the file "data/moved.json" could not be read: the server redirected the request elsewhere, and only the data/ folder is read',
  );
  expect(followed).toEqual([]);
});

test('a fetch that fails names the file and says the server could not be reached', async ({ page }) => {
  await page.route('**/data/unreachable.json', (route) => route.abort('internetdisconnected'));
  await openDashboard(page, './?data=unreachable.json');
  const panel = page.locator('.data-error');
  await expect(panel).toContainText('?data=: không đọc được tệp "data/unreachable.json": không kết nối được máy chủ (mất mạng?) và máy này chưa lưu bản nào của tệp');
  await expect(panel).not.toContainText('{}');
  await expect(card(page, 'exports_2022')).toContainText('45,1 tỷ USD');
});

// Not yet drawn, the ranks chart lies more than a screen below the top: what stands in its box
// must not be the built-in SVG ("2/63" for exports) once the page says it shows another dataset.
// The file arrives after the takeover (it swaps at the first paint), or before it: there the
// browser is made to report no paint, so the swap waits its longest (1 s) and the file comes first.
for (const first of ['takeover', 'file']) {
  test(`after a ?data= update, no chart box shows the built-in figures (${first} first)`, async ({ page, request }) => {
    const prerendered = await (await request.get('./')).text();
    const ranksCard = prerendered.slice(prerendered.indexOf('data-chart="ranks"'));
    expect(ranksCard.slice(0, ranksCard.indexOf('</article>'))).toContain('2/63');
    await page.addInitScript((holdPaint) => {
      if (holdPaint) {
        window.PerformanceObserver = class {
          static supportedEntryTypes = ['largest-contentful-paint'];
          observe() {}
          disconnect() {}
        };
      }
      // What the live app's ranks frame held, each time it changed: [notice shown, the
      // prerendered drawing (of the built-in figures) there].
      window.seen = [];
      new MutationObserver(() => {
        const live = document.querySelector('#app[data-live]');
        const frame = live?.querySelector('[data-chart="ranks"] .chart-frame');
        if (!frame) return;
        const state = [Boolean(live.querySelector('[data-role="dataset-notice"]')), Boolean(frame.querySelector('.chart-svg img[src*="frame-ranks-"]'))];
        if (JSON.stringify(window.seen.at(-1)) !== JSON.stringify(state)) window.seen.push(state);
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    }, first === 'file');
    await page.route('**/data/ranked.json', async (route) => {
      // Takeover first: the file is answered only once the full app has taken the page over.
      if (first === 'takeover') await page.waitForSelector('#app[data-full]', { state: 'attached' });
      await route.fulfill({ status: 200, contentType: 'application/json', body: exportsAt(45.1, 40) });
    });
    await page.goto('./?data=ranked.json');
    await takenOver(page);
    await expect(page.locator('[data-role="dataset-notice"]')).toContainText('data/ranked.json');
    const ranks = chart(page, 'ranks');
    await expect(ranks.locator('.chart-card__takeaway')).toContainText('(40/63)');
    await expect(ranks.locator('canvas.chart-canvas:not([data-drawn-at])')).toHaveCount(1);
    await expect(ranks.locator('.chart-svg')).toHaveCount(0);
    const seen = await page.evaluate(() => window.seen);
    // Never the notice beside the built-in SVG.
    expect(seen.filter(([notice, svg]) => notice && svg)).toEqual([]);
    // Each order took its path: the SVG carried over and then dropped, or never carried.
    expect(seen.some(([notice, svg]) => !notice && svg)).toBe(first === 'takeover');
    // A placeholder of the chart's height, so nothing moves when it is drawn.
    const box = await ranks.locator('.chart-frame').boundingBox();
    expect(box.height).toBeGreaterThan(200);
    await ranks.locator('.chart-frame').scrollIntoViewIfNeeded();
    await expect(ranks.locator('canvas[data-drawn-at]')).toHaveCount(1);
    expect((await ranks.locator('.chart-frame').boundingBox()).height).toBe(box.height);
  });
}

test('a ?data= file changed on the server shows fresh; offline, its saved copy says so, with its date', async ({ browser }) => {
  // A copy of the site whose data folder the test writes to, as a ministry would publish.
  const root = await mkdtemp(join(tmpdir(), 'bn-data-'));
  await cp('dist', root, { recursive: true });
  const server = await startServer({ root, port: 4177 });
  const context = await browser.newContext({ baseURL: 'http://127.0.0.1:4177/', serviceWorkers: 'allow' });
  const page = await context.newPage();
  const exportsCard = card(page, 'exports_2022');
  const saved = page.locator('[data-role="dataset-notice"] [data-role="saved-copy"]');
  try {
    await writeFile(join(root, 'data', 'update.json'), exportsAt(46.1, 2));
    await openDashboard(page, './?data=update.json');
    await expect(exportsCard).toContainText('46,1 tỷ USD');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    // The service worker installed with data/bac-ninh.json in its cache; the server's file
    // changes, and the page shows the server's.
    await writeFile(join(root, 'data', 'bac-ninh.json'), exportsAt(47.3, 2));
    await page.goto('./?data=bac-ninh.json');
    await expect(exportsCard).toContainText('47,3 tỷ USD');
    await expect(saved).toHaveCount(0);
    // The same for a file that was not in the cache, fetched through the service worker twice.
    await page.goto('./?data=update.json');
    await expect(exportsCard).toContainText('46,1 tỷ USD');
    await writeFile(join(root, 'data', 'update.json'), exportsAt(48.5, 2));
    await page.reload();
    await expect(exportsCard).toContainText('48,5 tỷ USD');
    await expect(saved).toHaveCount(0);
    // Offline: the last copy fetched, saying it is a saved copy, and of which day.
    await context.setOffline(true);
    await page.reload();
    await expect(exportsCard).toContainText('48,5 tỷ USD');
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getDate()}/${d.getMonth() + 1}/${d.getFullYear()}`;
    });
    await expect(saved).toHaveText(`Không tải được bản mới nhất của tệp (không có mạng?): đây là bản đã lưu trên máy này ngày ${today}.`);
    await page.getByRole('link', { name: 'EN', exact: true }).first().click();
    await expect(saved).toContainText('this is the copy saved on this device on ');
    // A file never fetched has no saved copy: the reason says so.
    await page.goto('./?data=never-fetched.json');
    await expect(page.locator('.data-error')).toContainText('không đọc được tệp "data/never-fetched.json": không kết nối được máy chủ');
  } finally {
    await context.close();
    await server.close();
    await rm(root, { recursive: true, force: true });
  }
});
