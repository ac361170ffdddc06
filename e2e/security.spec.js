// Security and print: the strict CSP holds, every request stays on the app's origin,
// and the page prints with the chart titles and the sources.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { openDashboard, drawAllCharts, chart, CHART_COUNT } from './helpers.js';

test('under the strict CSP the app renders and no policy violation fires', async ({ page }) => {
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await page.goto('./');
  expect(response.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(response.headers()['content-security-policy']).not.toContain('unsafe-inline');
  await drawAllCharts(page);
  // A tour that touches every kind of dynamic content.
  await page.getByRole('link', { name: 'EN', exact: true }).click();
  for (const id of ['growth', 'ranks']) await chart(page, id).locator('[data-action="table"]').click();
  await chart(page, 'growth').locator('canvas').focus();
  await page.keyboard.press('ArrowRight');
  await chart(page, 'pci').getByRole('button', { name: 'Score' }).click();
  await page.locator('[data-role="embed-panel"] summary').click();
  // Charts are drawn once they come near the viewport.
  await page.locator('.embed-preview__frame').scrollIntoViewIfNeeded();
  await expect(page.frameLocator('.embed-preview__frame').locator('canvas[data-draw-ms]')).toHaveCount(1);
  expect(await page.evaluate(() => window.violations)).toEqual([]);
});

test('a full visit makes requests to the app origin only', async ({ page, baseURL }) => {
  const origins = new Set();
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith('http')) origins.add(url.origin);
  });
  await openDashboard(page);
  await page.getByRole('link', { name: 'EN', exact: true }).click();
  await page.locator('[data-role="embed-panel"] summary').click();
  // Charts are drawn once they come near the viewport.
  await page.locator('.embed-preview__frame').scrollIntoViewIfNeeded();
  await expect(page.frameLocator('.embed-preview__frame').locator('canvas[data-draw-ms]')).toHaveCount(1);
  await page.mouse.wheel(0, 20000);
  expect([...origins]).toEqual([new URL(baseURL).origin]);
});

test('the printed page has the chart titles, their tables and the sources', async ({ page }) => {
  await openDashboard(page);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8');
  for (const title of ['Tăng trưởng GRDP', 'Kim ngạch xuất khẩu hàng hóa', 'Vốn FDI đăng ký lũy kế', 'Thu ngân sách nhà nước trên địa bàn', 'Chỉ số Năng lực cạnh tranh cấp tỉnh', 'Nguồn số liệu']) {
    expect(text, `the PDF lacks "${title}"`).toContain(title);
  }
  expect(text).toContain('10,6'); // a table value
  expect(text).not.toContain('Tải ảnh PNG'); // no controls
  expect(text).not.toContain('Nhúng vào trang web');
});

test('before printing, every chart is redrawn at print resolution, and back after', async ({ page }) => {
  await openDashboard(page);
  const canvases = page.locator('canvas.chart-canvas');
  const ratios = () => canvases.evaluateAll((cs) => cs.map((c) => Math.round(c.width / c.clientWidth)));
  const all = (ratio) => Array(CHART_COUNT).fill(ratio);
  expect(await ratios()).toEqual(all(1));
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect.poll(ratios).toEqual(all(3));
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect.poll(ratios).toEqual(all(1));
});

// What only the build may say (this page is the offline copy, the copy's size, the live
// address) is never read from a served page's address: a link cannot make the official page
// send readers to another site, hide its controls, or state a size of its choosing.
test('an address cannot claim the offline copy, a live address or a copy size', async ({ page }) => {
  await page.goto('./?offline=1&live=https://evil.example/phish&copy=99999999999999');
  await expect(page.locator('#app[data-live]')).toBeAttached();
  await expect(page.locator('[data-role="offline-copy-notice"]')).toHaveCount(0);
  await expect(page.locator('a[href*="evil.example"]')).toHaveCount(0);
  await expect(page.getByText('Bản trực tuyến, có số liệu mới nhất:')).toHaveCount(0);
  await expect(page.locator('[data-action="share"]')).toBeVisible();
  await expect(page.locator('[data-role="embed-panel"]')).toHaveCount(1);
  await expect(page.locator('[data-role="drop-zone"]')).toBeVisible();
  const link = page.locator('[data-role="offline-copy"]');
  await expect(link).not.toContainText('100.000.000');
  const { size } = await stat('dist/bac-ninh-offline.html');
  await expect(link).toHaveText(`Tải bản ngoại tuyến (một tệp HTML, ${(size / 1e6).toFixed(1).replace('.', ',')} MB)`);
});

test('?data= still works where an address claims the offline copy', async ({ page }) => {
  await page.route('**/data/claimed.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"schema_version": 1,' }));
  await page.goto('./?offline=1&data=claimed.json');
  await expect(page.locator('.data-error')).toContainText('không phải JSON hợp lệ');
});
