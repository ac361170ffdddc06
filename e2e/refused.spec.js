// Files the validator refuses because they would put a wrong or fake number on screen,
// opened through the file preview: the problem panel names the JSON path, and the
// built-in figures stay on screen. The same cases, and more, are in
// core/tests/bad-datasets.json for the native tests and the validate command.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openDashboard, card } from './helpers.js';

// The ?data= case routes its file, and routes reach the app only without the service
// worker: requests it makes are not routed, and by the time the full app asks for the
// file it may control the page (a CI run got the server's 404 instead of the routed bytes).
test.use({ serviceWorkers: 'block' });

const TEXT = readFileSync('public/data/bac-ninh.json', 'utf8');
const EMBEDDED = JSON.parse(TEXT);

/** The embedded dataset with `change` applied, as bytes. */
function variant(change) {
  const copy = structuredClone(EMBEDDED);
  change(copy);
  return Buffer.from(JSON.stringify(copy));
}

/** Gives a series and its indicator another unit. */
function unit(d, series, to) {
  d.indicators[series].unit = to;
  for (const o of d.series[series]) o.unit = to;
}

/** Sets every rank total of the former province to `total`. */
function rankedAmong(d, total) {
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      if (typeof node.of === 'number') node.of = total;
      Object.values(node).forEach(walk);
    }
  };
  d.provinces_total = total;
  walk(d.key_figures);
  walk(d.series);
  for (const c of d.comparisons) if (c.scope === 'former') c.ranked_of = total;
}

/** The real file with its first "Bắc Ninh" saved in Windows-1258 ("ắ" as the byte 0xE1). */
function windows1258() {
  const bytes = Buffer.from(TEXT);
  const at = bytes.indexOf(Buffer.from('Bắc'));
  return Buffer.concat([bytes.subarray(0, at), Buffer.from([0x42, 0xe1, 0x63]), bytes.subarray(at + Buffer.byteLength('Bắc'))]);
}

const REFUSED = {
  'a unit that no longer fits its chart': [variant((d) => unit(d, 'exports', 'usd_million')), 'indicators.exports.unit', 'biểu đồ "exports"'],
  'a measure of the wrong kind': [variant((d) => unit(d, 'pci_rank', 'points')), 'indicators.pci_rank.unit', 'đơn vị "rank"'],
  'a summary sentence with the wrong figures': [variant((d) => (d.summary[1].figure = 'pci_2022')), 'summary[1].figure', 'câu tóm tắt này cần một số liệu có đơn vị "usd"'],
  'figures that contradict each other': [
    variant((d) => {
      d.key_figures[3].observation.value = 99.9;
      d.key_figures[3].observation.rank.position = 40;
    }),
    'key_figures[3].observation.value',
    'series.exports[8].value',
  ],
  'counts no real dataset has': [variant((d) => rankedAmong(d, 4294967295)), 'provinces_total', 'vượt giới hạn 100'],
  'a file over the size limit': [Buffer.concat([Buffer.from(TEXT), Buffer.alloc(1 << 20, ' ')]), '$', 'vượt giới hạn 1.048.576 byte'],
  'bytes that are not UTF-8': [windows1258(), '$', 'không phải văn bản UTF-8'],
};

for (const [name, [buffer, path, words]] of Object.entries(REFUSED)) {
  test(`the file preview refuses ${name}, names ${path} and keeps the built-in figures`, async ({ page }) => {
    const errors = await openDashboard(page);
    await page.locator('#data-file').setInputFiles({ name: 'refused.json', mimeType: 'application/json', buffer });
    const panel = page.locator('.data-error');
    await expect(panel).toBeVisible();
    await expect(panel.locator('li code').filter({ hasText: path }).first()).toHaveText(path);
    await expect(panel).toContainText(words);
    await expect(panel).toContainText('Trang vẫn hiển thị bộ dữ liệu hợp lệ gần nhất.');
    await expect(card(page, 'exports_2022')).toContainText('45,1 tỷ USD');
    await expect(card(page, 'exports_2022')).toContainText('2/63');
    await expect(page.locator('[data-role="dataset-notice"]')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}

test('a file that is not UTF-8 is refused at its line and column, never shown with "�"', async ({ page }) => {
  await openDashboard(page);
  await page.locator('#data-file').setInputFiles({ name: 'latin.json', mimeType: 'application/json', buffer: windows1258() });
  await expect(page.locator('.data-error')).toContainText(/vị trí \d+ \(dòng \d+, cột \d+\)/);
  await expect(page.locator('body')).not.toContainText('�');
});

test('?data= gives the same verdict on bytes that are not UTF-8', async ({ page }) => {
  await page.route('**/data/latin.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: windows1258() }));
  const errors = await openDashboard(page, './?data=latin.json');
  await expect(page.locator('.data-error')).toContainText(/\$: không phải văn bản UTF-8: byte không hợp lệ ở vị trí \d+ \(dòng \d+, cột \d+\)/);
  await expect(card(page, 'exports_2022')).toContainText('45,1 tỷ USD');
  expect(errors).toEqual([]);
});

test('?data= gives up a file past the size limit without reading the rest of it', async ({ page }) => {
  // A file that never ends: each read gets 64 KiB more. Read whole, it would never be refused.
  await page.addInitScript(() => {
    const fetch = window.fetch.bind(window);
    window.bytesRead = 0;
    window.fetch = (input, init) => {
      if (!String(input).includes('data/endless.json')) return fetch(input, init);
      const chunk = new Uint8Array(64 * 1024).fill(0x20);
      const body = new ReadableStream({
        pull(controller) {
          window.bytesRead += chunk.length;
          controller.enqueue(chunk);
        },
      });
      return Promise.resolve(new Response(body, { headers: { 'Content-Type': 'application/json' } }));
    };
  });
  const errors = await openDashboard(page, './?data=endless.json');
  // Its size is not known, and no size is stated for it.
  await expect(page.locator('.data-error')).toContainText('?data=: tệp dài hơn giới hạn 1.048.576 byte (1,0 MB); tệp không được đọc');
  expect(await page.evaluate(() => window.bytesRead)).toBeLessThan(2 * 1024 * 1024);
  await expect(card(page, 'exports_2022')).toContainText('45,1 tỷ USD');
  expect(errors).toEqual([]);
});
