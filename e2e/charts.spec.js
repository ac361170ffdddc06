// The six charts: pixels drawn, tooltip, keyboard reading, table, downloads,
// resize and language redraws.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { openDashboard, chart, switchLanguage } from './helpers.js';
import { drawnPixelsOf, sweepUntil, tooltipOf } from './shared.js';

/** Moves the pointer across chart `id`'s canvas until its tooltip shows `value`; returns the tooltip text. */
async function hoverUntil(page, id, value) {
  const canvas = chart(page, id).locator('canvas');
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  const moveTo = (x) => page.mouse.move(box.x + x, box.y + box.height / 2);
  return sweepUntil(box.width, moveTo, () => page.evaluate(tooltipOf, id), value);
}

test('every chart has drawn pixels in its plot area', async ({ page }) => {
  await openDashboard(page);
  for (const id of ['growth', 'exports', 'fdi', 'budget', 'ranks', 'pci']) {
    const { count, total } = await chart(page, id).locator('canvas').evaluate(drawnPixelsOf);
    expect(count, `${id} canvas is blank`).toBeGreaterThan(total * 0.01);
  }
});

test('the canvas backing store follows the device pixel ratio', async ({ browser }) => {
  const context = await browser.newContext({ deviceScaleFactor: 3, viewport: { width: 800, height: 900 } });
  const page = await context.newPage();
  await openDashboard(page);
  const canvas = chart(page, 'growth').locator('canvas');
  const { width, clientWidth } = await canvas.evaluate((c) => ({ width: c.width, clientWidth: c.clientWidth }));
  expect(Math.abs(width - clientWidth * 3)).toBeLessThanOrEqual(3);
  await context.close();
});

test('hovering a bar shows its value, status and source', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openDashboard(page);
  const text = await hoverUntil(page, 'growth', '+7,39%');
  expect(text, 'no position over the growth chart showed 2022').not.toBeNull();
  expect(text).toContain('2022');
  expect(text).toContain('chính thức');
  expect(text).toContain('Nguồn khác ghi');
  const h1 = await hoverUntil(page, 'growth', '−12,59%');
  expect(h1).toContain('ước tính');
  expect(h1).toContain('6 tháng đầu năm 2023');
});

test('the FDI tooltip gives the project count', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openDashboard(page);
  const text = await hoverUntil(page, 'fdi', '24,17 tỷ USD');
  expect(text).toContain('1.908 dự án');
});

test('the keyboard moves between points and the live region reads them', async ({ page }) => {
  await openDashboard(page);
  const growth = chart(page, 'growth');
  const live = growth.locator('[data-role="chart-live"]');
  await growth.locator('canvas').focus();
  await page.keyboard.press('ArrowRight');
  await expect(live).toContainText('2018: +10,6%');
  await page.keyboard.press('ArrowRight');
  await expect(live).toContainText('2019: +1,1%');
  await page.keyboard.press('End');
  await expect(live).toContainText('2024: +6,03%');
  await page.keyboard.press('Home');
  await expect(live).toContainText('2018');
  await expect(growth.locator('[data-role="tooltip"]')).toContainText('+10,6%');
});

test('the table toggle shows the same numbers as the chart', async ({ page }) => {
  await openDashboard(page);
  const growth = chart(page, 'growth');
  const table = growth.locator('table');
  await expect(table).toBeHidden();
  await growth.locator('[data-action="table"]').click();
  await expect(table).toBeVisible();
  await expect(growth.locator('[data-action="table"]')).toHaveAttribute('aria-expanded', 'true');
  const values = await table.locator('tbody td.num').allTextContents();
  for (const v of ['10,6', '1,1', '1,36', '6,9', '7,39', '−9,28', '6,03']) {
    expect(values.some((cell) => cell.includes(v)), `table lacks ${v}: ${values}`).toBe(true);
  }
  const exports = chart(page, 'exports');
  await exports.locator('[data-action="table"]').click();
  await expect(exports.locator('tr.is-gap')).toHaveCount(4);
  await expect(exports.locator('tr.is-gap').first()).toContainText('không có số liệu');
});

test('the PNG download is a valid PNG at twice the export size', async ({ page }) => {
  await openDashboard(page);
  const [download] = await Promise.all([page.waitForEvent('download'), chart(page, 'growth').locator('[data-download="png"]').click()]);
  expect(download.suggestedFilename()).toBe('bac-ninh-growth-vi.png');
  const png = await readFile(await download.path());
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.readUInt32BE(16)).toBe(1440);
  expect(png.readUInt32BE(20)).toBe((300 + 74) * 2);
});

test('the CSV download starts with a BOM and holds the chart observations', async ({ page }) => {
  await openDashboard(page);
  const [download] = await Promise.all([page.waitForEvent('download'), chart(page, 'growth').locator('[data-download="csv"]').click()]);
  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
  expect(lines[0]).toBe('tên,kỳ,giá trị,đơn vị,định tính,tình trạng,thứ hạng,trên tổng số,chi tiết,nguồn,địa chỉ nguồn,trích dẫn');
  expect(lines).toHaveLength(1 + 8);
  const values = lines.slice(1).map((l) => l.split(',')[2]);
  expect(values).toEqual(['10.6', '1.1', '1.36', '6.9', '7.39', '-12.59', '-9.28', '6.03']);
  expect(lines[6]).toContain('2023-H1');
  expect(lines[6]).toContain('percent_change');
});

test('the whole dataset downloads as JSON and CSV', async ({ page, request }) => {
  await openDashboard(page);
  const json = await (await request.get('data/bac-ninh.json')).json();
  expect(json.key_figures.length).toBe(8);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-download="dataset-csv"]').click()]);
  const text = (await readFile(await download.path())).toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text.split('\r\n').filter(Boolean).length).toBeGreaterThan(60);
});

test('resizing the window redraws at the new size', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openDashboard(page);
  const canvas = chart(page, 'exports').locator('canvas');
  const before = Number(await canvas.getAttribute('data-drawn-width'));
  await page.setViewportSize({ width: 420, height: 900 });
  await expect.poll(async () => Number(await canvas.getAttribute('data-drawn-width'))).toBeLessThan(before);
  const after = Number(await canvas.getAttribute('data-drawn-width'));
  expect(await canvas.evaluate((c) => c.width)).toBe(Math.round(after * (await page.evaluate(() => devicePixelRatio))));
});

test('switching language redraws the axes in the other language', async ({ page }) => {
  await openDashboard(page);
  const canvas = chart(page, 'growth').locator('canvas');
  const before = await canvas.evaluate((c) => c.toDataURL());
  await switchLanguage(page, 'EN');
  await expect(chart(page, 'growth').locator('h3')).toHaveText('GRDP growth');
  await expect.poll(() => canvas.evaluate((c) => c.toDataURL())).not.toBe(before);
  await expect(canvas).toHaveAttribute('aria-label', 'GRDP growth');
});

test('the PCI chart switches between rank and score', async ({ page }) => {
  await openDashboard(page);
  const pci = chart(page, 'pci');
  await expect(pci.locator('.chart-card__takeaway')).toContainText('thứ 4');
  await pci.getByRole('button', { name: 'Điểm' }).click();
  await expect(pci.locator('.chart-card__takeaway')).toContainText('70,79 điểm');
});

test('a chart copies to the clipboard as a PNG, and downloads as its prerendered SVG', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openDashboard(page);
  const growth = chart(page, 'growth');
  await growth.locator('[data-action="copy-image"]').click();
  await expect(growth.locator('[data-action="copy-image"]')).toHaveText('Đã sao chép hình');
  const copied = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const blob = await item.getType('image/png');
    return { types: item.types, head: [...new Uint8Array(await blob.slice(0, 8).arrayBuffer())], size: blob.size };
  });
  expect(copied.types).toContain('image/png');
  expect(copied.head).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(copied.size).toBeGreaterThan(10_000);

  const [svg] = await Promise.all([page.waitForEvent('download'), growth.locator('[data-download="svg"]').click()]);
  expect(svg.suggestedFilename()).toBe('bac-ninh-growth-vi.svg');
  const text = await readFile(await svg.path(), 'utf8');
  expect(text).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(text).toContain('Tăng trưởng GRDP');
  // In English, the English file; the PCI chart's two measures are two files.
  await switchLanguage(page, 'EN');
  await expect(growth.locator('[data-download="svg"]')).toHaveAttribute('href', 'charts/bac-ninh-growth-en.svg');
  await chart(page, 'pci').getByRole('button', { name: 'Score' }).click();
  await expect(chart(page, 'pci').locator('[data-download="svg"]')).toHaveAttribute('href', 'charts/bac-ninh-pci-score-en.svg');
  expect((await page.request.get('charts/bac-ninh-pci-score-en.svg')).ok()).toBe(true);
});
