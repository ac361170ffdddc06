// State that derives itself: what a reader set up survives a language switch, and
// what the page says about its data follows the data.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openDashboard, chart, switchLanguage } from './helpers.js';

// Routed data files reach the app only without the service worker: requests it makes are
// not routed, and by the time the full app asks for a file it may control the page.
test.use({ serviceWorkers: 'block' });

const EMBEDDED = JSON.parse(readFileSync('public/data/bac-ninh.json', 'utf8'));

async function publish(page, name, body) {
  await page.route(`**/data/${name}`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  return name;
}

test('the tab title follows the dataset and the language', async ({ page }) => {
  const update = structuredClone(EMBEDDED);
  update.title = { vi: 'Bắc Ninh — bản cập nhật 2024', en: 'Bắc Ninh — the 2024 update' };
  await openDashboard(page, `./?data=${await publish(page, 'titled.json', JSON.stringify(update))}`);
  await expect(page).toHaveTitle('Bắc Ninh — bản cập nhật 2024');
  await switchLanguage(page, 'EN');
  await expect(page).toHaveTitle('Bắc Ninh — the 2024 update');
});

// The default view's switch opens the other prerendered page; the full app, which renders
// every text itself (here for the site's own file named by ?data=), switches in place.
test('in the full app, a chart’s open table, PCI measure and active mark survive a language switch', async ({ page }) => {
  await openDashboard(page, './?data=bac-ninh.json');
  const growth = chart(page, 'growth');
  await growth.locator('[data-action="table"]').click();
  await expect(growth.locator('table')).toBeVisible();
  const pci = chart(page, 'pci');
  await pci.getByRole('button', { name: 'Điểm' }).click();
  await expect(pci.getByRole('button', { name: 'Điểm' })).toHaveAttribute('aria-pressed', 'true');
  const canvas = growth.locator('canvas');
  await canvas.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  const live = growth.locator('[data-role="chart-live"]');
  await expect(live).toContainText('2019: +');

  await switchLanguage(page, 'EN');
  await expect(growth.locator('h3')).toHaveText('GRDP growth');
  await expect(growth.locator('table')).toBeVisible();
  await expect(growth.locator('[data-action="table"]')).toHaveAttribute('aria-expanded', 'true');
  await expect(pci.getByRole('button', { name: 'Score' })).toHaveAttribute('aria-pressed', 'true');
  // Back on the chart, the reader is where they left it, now read in English.
  await canvas.focus();
  await expect(live).toContainText('2019: +1.1%');
  await page.keyboard.press('ArrowRight');
  await expect(live).toContainText('2020: +');
});

test('“Copied” lasts only while the code on screen is the code copied', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openDashboard(page);
  const copy = page.locator('[data-action="copy-embed"]');
  await copy.click();
  await expect(copy).toHaveText('Đã sao chép');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('view="growth" lang="vi"');
  await switchLanguage(page, 'EN');
  await expect(copy).toHaveText('Copy code');
  await copy.click();
  await expect(copy).toHaveText('Copied');
  await page.locator('#embed-view').selectOption('exports');
  await expect(copy).toHaveText('Copy code');
});

// Anything but the bare name of a file in the site's data/ folder: an upload elsewhere on the
// same site (which a CMS's staff can put there), a path out of the folder, another site, a
// scheme, and separators encoded once or twice.
for (const value of [
  '/uploads/x.json',
  '../uploads/x.json',
  'uploads/x.json',
  'data/../uploads/x.json',
  '..%2Fuploads%2Fx.json',
  '..%252Fuploads%252Fx.json',
  'x.json\\..\\..\\uploads',
  'https://evil.example/x.json',
  '//evil.example/x.json',
  'javascript:alert(1)',
  'data:,{}',
]) {
  test(`?data=${value} is refused, naming the value, and the built-in figures stay`, async ({ page }) => {
    const asked = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.hostname !== '127.0.0.1' || url.pathname.includes('uploads')) asked.push(request.url());
    });
    await openDashboard(page, `./?data=${encodeURIComponent(value)}`);
    const panel = page.locator('.data-error');
    await expect(panel).toContainText('chỉ dùng được tệp dữ liệu trong thư mục data/ của chính trang này');
    // The value as the address carried it, decoded once.
    await expect(panel).toContainText(`"${value}"`);
    await expect(page.locator('[data-figure="exports_2022"]')).toContainText('45,1 tỷ USD');
    await expect(page.locator('[data-role="dataset-notice"]')).toHaveCount(0);
    expect(asked).toEqual([]);
    await switchLanguage(page, 'EN');
    await expect(panel).toContainText(`only a data file in this site's data/ folder, given by its name (for example ?data=update-2024.json), can be used, not "${value}"`);
  });
}

test('a broken file is reported with its path, line and column in both languages', async ({ page }) => {
  // "Bắc" is 4 bytes for 3 characters: the column counts characters, as an editor shows.
  const body = '{\n  "schema_version": 1,\n  "title": { "vi": "Bắc Ninh" "en": "Bac Ninh" }\n}\n';
  const path = await publish(page, 'comma.json', body);
  await openDashboard(page, `./?data=${path}`);
  const panel = page.locator('.data-error');
  await expect(panel).toContainText('title: không phải JSON hợp lệ (dòng 3, cột 31): thiếu dấu , hoặc }');
  await switchLanguage(page, 'EN');
  await expect(panel).toContainText('title: not valid JSON (line 3, column 31): expected , or }');
});

test('a shape error names the field, line and column', async ({ page }) => {
  const update = structuredClone(EMBEDDED);
  update.series.exports[3].value = 'abc';
  const path = await publish(page, 'shape.json', JSON.stringify(update, null, 2));
  await openDashboard(page, `./?data=${path}&lang=en`);
  await expect(page.locator('.data-error')).toContainText(/series\.exports\[3\]\.value: expected a number \(line \d+, column \d+\)/);
});

test('headings, chart titles and the footer state the data’s period and provinces', async ({ page }) => {
  await openDashboard(page);
  await expect(page.locator('#key-figures-heading')).toHaveText('Kết quả nổi bật năm 2022 và 6 tháng đầu năm 2023');
  await expect(chart(page, 'ranks').locator('h3')).toHaveText('Vị trí trong 63 tỉnh, thành phố năm 2022');
  await expect(page.locator('.site-footer p').first()).toHaveText(
    'Số liệu của tỉnh Bắc Ninh cũ (trước khi hợp nhất với tỉnh Bắc Giang), xếp hạng trong 63 tỉnh, thành phố.',
  );
  await expect(page.locator('[data-context="merger"]')).toHaveClass(/context-item--notice/);
});

/** Every rank of `value` becomes a rank among 34 (positions past 34 capped: a fixture, not data). */
function rankAmong34(value) {
  if (Array.isArray(value)) return value.forEach(rankAmong34);
  if (value === null || typeof value !== 'object') return;
  if (typeof value.of === 'number' && typeof value.position === 'number') {
    value.of = 34;
    value.position = Math.min(value.position, 34);
  }
  if (value.unit === 'rank' && typeof value.value === 'number') value.value = Math.min(value.value, 34);
  Object.values(value).forEach(rankAmong34);
}

test('an update for 2024 among 34 provinces, published without a rebuild, retitles the page', async ({ page }) => {
  const update = structuredClone(EMBEDDED);
  update.reference_period = '2024';
  update.provinces_total = 34;
  update.scope = { vi: 'tỉnh Bắc Ninh mới (sau hợp nhất)', en: 'the new Bắc Ninh province (after the merger)' };
  rankAmong34(update);
  for (const figure of update.key_figures) {
    const obs = figure.observation;
    if (obs.period === '2022') obs.period = '2024';
    if (obs.period === '2023-H1') obs.period = '2025-H1';
    if (obs.rank) delete obs.rank.period;
    delete obs.alternatives;
    // Moved to other periods, the figures are no longer the series' values there.
    delete figure.series;
  }
  for (const item of update.context) item.tone = item.id === 'aims' ? 'warning' : 'neutral';
  // The former province's tables rank among 63; an update ranked among 34 has none of them.
  update.comparisons = update.comparisons.filter((c) => c.scope === 'merged');
  update.summary = update.summary.filter((s) => s.sentence !== 'comparison');
  await openDashboard(page, `./?data=${await publish(page, 'update-2024.json', JSON.stringify(update))}`);
  await expect(page.locator('#key-figures-heading')).toHaveText('Kết quả nổi bật năm 2024 và 6 tháng đầu năm 2025');
  await expect(chart(page, 'ranks').locator('h3')).toHaveText('Vị trí trong 34 tỉnh, thành phố năm 2024');
  await expect(page.locator('.summary__text')).toContainText('Năm 2024, tổng sản phẩm');
  await expect(page.locator('.summary__text')).toContainText('thấp nhất trong 34 tỉnh, thành phố');
  await expect(page.locator('.site-footer')).toContainText('xếp hạng trong 34 tỉnh, thành phố');
  await expect(page.locator('[data-context="aims"]')).toHaveClass(/context-item--notice/);
  await expect(page.locator('[data-context="merger"]')).not.toHaveClass(/context-item--notice/);
});
