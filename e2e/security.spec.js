// Security and print: the strict CSP holds, every request stays on the app's origin,
// and the page prints with the chart titles and the sources.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDashboard, drawAllCharts, chart, chartCount, switchLanguage } from './helpers.js';

// Routed data files reach the app only without the service worker: requests it makes are
// not routed, and by the time the full app asks for a file it may control the page.
test.use({ serviceWorkers: 'block' });

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
  await switchLanguage(page, 'EN');
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
  await switchLanguage(page, 'EN');
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

/** How far down each page of `pdf` its ink reaches, as a fraction of the page's height. */
function inkDepths(pdf, dir) {
  execFileSync('pdftoppm', ['-gray', '-r', '20', pdf, join(dir, 'page')]);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.pgm'))
    .sort()
    .map((f) => {
      const image = readFileSync(join(dir, f));
      const [header, width, height] = image.toString('latin1', 0, 24).match(/^P5\s+(\d+)\s+(\d+)\s+255\s/);
      const at = (x, y) => image[header.length + y * width + x];
      let last = 0;
      for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) if (at(x, y) < 200) last = y;
      return (last + 1) / height;
    });
}

test('the full page prints on at most 14 A4 sheets, none nearly empty, with every ranking table', async ({ page }, testInfo) => {
  await openDashboard(page);
  // Every ranking's title, read from its tab: on paper no tab can be chosen.
  const titles = [];
  for (const tab of await page.locator('[data-role="compare"] [role="tab"]').all()) {
    await tab.click();
    titles.push(await page.locator('#compare-panel h3').innerText());
  }
  expect(titles.length).toBe(9);
  await page.locator('[data-role="compare"] [role="tab"]').first().click();
  const file = testInfo.outputPath('page.pdf');
  await page.pdf({ path: file, format: 'A4', printBackground: true });
  const pages = Number(execFileSync('pdfinfo', [file]).toString().match(/^Pages:\s+(\d+)/m)[1]);
  expect(pages).toBeLessThanOrEqual(14);
  // The 24 sheets had a blank one, one with only a heading, and three under 40% full:
  // every sheet but the last reaches at least half way down, the last a fifth.
  const pagesDir = testInfo.outputPath('pages');
  mkdirSync(pagesDir, { recursive: true });
  const depths = inkDepths(file, pagesDir);
  expect(depths.length).toBe(pages);
  depths.slice(0, -1).forEach((depth, i) => expect(depth, `sheet ${i + 1} of ${pages}`).toBeGreaterThanOrEqual(0.5));
  expect(depths.at(-1), 'the last sheet').toBeGreaterThanOrEqual(0.2);
  const text = execFileSync('pdftotext', [file, '-']).toString('utf8').replace(/\s+/g, ' ');
  for (const title of titles) expect(text, `the PDF lacks the table "${title}"`).toContain(title.replace(/\s+/g, ' '));
  // Laid out for print at the sheet's width (A4 less its margins, 188 mm), every table's
  // columns are at least 40 px wide and no cell runs over the next.
  await page.setViewportSize({ width: 710, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  const cramped = await page.locator('.data-table').evaluateAll((tables) =>
    tables.flatMap((table) =>
      [...table.querySelectorAll('th, td')]
        .filter((cell) => cell.getClientRects().length > 0)
        .filter((cell) => cell.scrollWidth > cell.clientWidth + 1 || (cell.colSpan === 1 && cell.clientWidth < 40))
        .map((cell) => `${table.caption?.textContent}: ${cell.textContent}`),
    ),
  );
  expect(cramped).toEqual([]);
});

test('before printing, every chart is redrawn at print resolution, and back after', async ({ page }) => {
  await openDashboard(page);
  const canvases = page.locator('canvas.chart-canvas');
  const ratios = () => canvases.evaluateAll((cs) => cs.map((c) => Math.round(c.width / c.clientWidth)));
  const count = await chartCount(page);
  const all = (ratio) => Array(count).fill(ratio);
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
