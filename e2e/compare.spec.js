// Bắc Ninh among the provinces: the ranking tables, read in both languages, with the
// Bắc Ninh bar marked; and the new province, ranked among 34.
import { test, expect } from '@playwright/test';
import { HOST_PORT } from '../playwright.config.js';
import { openDashboard, drawAllCharts, card, scrollUntil, switchLanguage } from './helpers.js';

const compare = (page) => page.locator('[data-role="compare"]');

/** Chooses the table whose tab is `label`. */
async function choose(page, label) {
  await compare(page).getByRole('tab', { name: label, exact: true }).click();
}

test('the comparison section reads each table in Vietnamese and in English', async ({ page }) => {
  await openDashboard(page);
  const section = compare(page);
  await expect(section.locator('h2')).toHaveText('Bắc Ninh giữa các tỉnh, thành phố');
  await expect(section.getByRole('tab')).toHaveCount(9);
  await choose(page, 'Xuất khẩu 2022');
  await expect(section.locator('.chart-card__takeaway')).toHaveText(
    'Trong danh sách 12 tỉnh, thành phố của nguồn, Bắc Ninh đứng thứ 2 (45,06 tỷ USD), sau TP. Hồ Chí Minh (47,55 tỷ USD).',
  );
  await expect(section).toContainText('Số liệu của tỉnh Bắc Ninh cũ (trước khi hợp nhất với tỉnh Bắc Giang), xếp hạng trong 63 tỉnh, thành phố.');

  // The English page opens at the first table.
  await switchLanguage(page, 'EN');
  await expect(section.locator('h2')).toHaveText('Bắc Ninh among provinces');
  await choose(page, 'Exports 2022');
  await expect(section.getByRole('tab', { name: 'Exports 2022' })).toHaveAttribute('aria-selected', 'true');
  await expect(section.locator('.chart-card__takeaway')).toHaveText(
    "In the source's list of 12 provinces, Bắc Ninh ranks 2nd (USD 45.06 billion), behind Ho Chi Minh City (USD 47.55 billion).",
  );

  // A list its source restricted is never read as a national rank.
  await choose(page, 'Cumulative FDI 2022');
  await expect(section.locator('.chart-card__takeaway')).toContainText("In the source's list of 12 provinces, Bắc Ninh ranks 7th");
  await expect(section.locator('.chart-card__subtitle')).toContainText('not a rank among 63');
  // The new units after the merger are ranked among 34, and the card says which unit.
  await choose(page, 'Growth 2025 (34 provinces)');
  await expect(section.locator('.chart-card__subtitle')).toHaveText('% on a year earlier; top 6 of 34, and other positions the sources name');
  await expect(section).toContainText('Figures for Bắc Ninh (new), ranked among 34 provinces.');
});

test('a table whose figure for Bắc Ninh differs from the headline says so', async ({ page }) => {
  await openDashboard(page);
  await choose(page, 'Xuất khẩu 2022');
  await expect(compare(page).locator('.compare__notes')).toContainText(
    'Bảng này ghi xuất khẩu của Bắc Ninh là 45,06 tỷ USD; báo cáo ngày 13/6/2023 ghi 45,1 tỷ USD.',
  );
  await expect(card(page, 'exports_2022')).toContainText('45,1 tỷ USD');
});

test('the Bắc Ninh bar is drawn in the highlight colour and labelled, the others not', async ({ page }) => {
  await openDashboard(page);
  const section = compare(page);
  const canvas = section.locator('canvas');
  await canvas.focus();
  // PCI 2022: Bắc Ninh is 7th, the seventh row.
  for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowDown');
  const live = section.locator('[data-role="chart-live"]');
  await expect(live).toContainText('▶ 7. Bắc Ninh: 69,08 điểm');
  const ring = section.locator('.chart-focus');
  const colourAt = async () => {
    const box = await ring.evaluate((el) => ({ x: el.offsetLeft + el.offsetWidth / 2, y: el.offsetTop + el.offsetHeight / 2 }));
    return canvas.evaluate((c, { x, y }) => {
      const r = c.width / c.clientWidth;
      return [...c.getContext('2d').getImageData(Math.round(x * r), Math.round(y * r), 1, 1).data].slice(0, 3);
    }, box);
  };
  expect(await colourAt()).toEqual([0x00, 0x87, 0x5f]);
  // The row above, Thừa Thiên Huế, is another province: the normal blue.
  await page.keyboard.press('ArrowUp');
  await expect(live).toContainText('6. Thừa Thiên Huế: 69,36 điểm');
  expect(await colourAt()).toEqual([0x00, 0x72, 0xb2]);
  // Quảng Ninh, of the Red River Delta, is marked by a sign as well as its colour.
  await page.keyboard.press('Home');
  await expect(live).toContainText('◆ 1. Quảng Ninh: 72,95 điểm');
  expect(await colourAt()).toEqual([0xa1, 0x4f, 0x86]);
  await expect(section.locator('.legend')).toContainText('▶ Bắc Ninh');
  await expect(section.locator('.legend')).toContainText('◆ Đồng bằng sông Hồng');
});

test('the tabs are operable with the keyboard, and the table follows the chosen one', async ({ page }) => {
  await openDashboard(page);
  const section = compare(page);
  await section.getByRole('tab', { name: 'PCI 2022' }).focus();
  await page.keyboard.press('ArrowRight');
  const exports = section.getByRole('tab', { name: 'Xuất khẩu 2022' });
  await expect(exports).toHaveAttribute('aria-selected', 'true');
  await expect(exports).toBeFocused();
  await page.keyboard.press('End');
  await expect(section.getByRole('tab', { name: 'PGI 2024' })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(section.getByRole('tab', { name: 'PCI 2022' })).toHaveAttribute('aria-selected', 'true');

  await choose(page, 'PGI 2024');
  await section.locator('[data-action="table"]').click();
  const rows = section.locator('#compare-panel tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(3)).toContainText('▶ 4. Bắc Ninh');
  await expect(rows.nth(3)).toContainText('27,78 điểm');
});

test('a comparison downloads as CSV with a BOM and one row per province', async ({ page }) => {
  await openDashboard(page);
  await choose(page, 'Tăng trưởng 6 tháng 2023');
  const [download] = await Promise.all([page.waitForEvent('download'), compare(page).locator('[data-download="csv"]').click()]);
  expect(download.suggestedFilename()).toBe('bac-ninh-compare-grdp-growth-2023-h1-vi.csv');
  const text = (await (await download.createReadStream()).toArray()).join('');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const lines = text.slice(1).trim().split('\r\n');
  expect(lines[0]).toBe('thứ hạng,"tỉnh, thành phố",giá trị,đơn vị,định tính,kỳ,tình trạng,trên tổng số,bắc ninh,cùng vùng,nguồn,địa chỉ nguồn,trích dẫn');
  expect(lines.at(-1)).toMatch(/^63,Bắc Ninh,-12.59,percent_change,/);
});

test('the new province is a unit of its own, its cards ranked among 34', async ({ page }) => {
  await openDashboard(page);
  const section = page.locator('[data-role="new-province"]');
  await expect(section.locator('h2')).toHaveText('Bắc Ninh (mới)');
  await expect(section).toContainText('Số liệu của Bắc Ninh (mới), xếp hạng trong 34 tỉnh, thành phố.');
  await expect(section.locator('[data-figure="grdp_growth_2025"] .card__rank-badge')).toHaveText('5/34');
  await expect(section.locator('[data-figure="exports_2025"] .card__rank-badge')).toHaveText('1/34');
  await expect(section).toContainText('4.718,6 km²');
  // The former province's cards stay ranked among 63.
  await expect(card(page, 'pci_2022').locator('.card__rank-badge')).toHaveText('7/63');
  await switchLanguage(page, 'EN');
  await expect(section.locator('h2')).toHaveText('Bắc Ninh (new)');
  await expect(section.locator('[data-figure="grdp_growth_2025"]')).toContainText('5th of 34 provinces');
  await expect(page.locator('.summary__text')).toContainText(
    'Since Bắc Ninh and Bắc Giang provinces merged into Bắc Ninh (new), the province has been ranked among 34 provinces',
  );
});

test('view=compare embeds the rankings alone and posts its height', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 900 });
  await page.goto(`http://127.0.0.1:${HOST_PORT}/`);
  // Browsers hold back the rendering of a frame far out of view; the reader scrolls to it,
  // again if the frame above it, growing to its content, has pushed it away.
  const frame = await (await page.locator('iframe#compare').elementHandle()).contentFrame();
  await scrollUntil(page.locator('iframe#compare'), frame.locator('[data-role="compare"] canvas[data-drawn-at]'));
  await expect(frame.locator('.card, [data-chart="growth"]')).toHaveCount(0);
  await expect
    .poll(async () => {
      const content = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
      const box = await page.locator('iframe#compare').evaluate((f) => f.getBoundingClientRect().height);
      return Math.abs(box - content) <= 1;
    })
    .toBe(true);
  const messages = await page.evaluate(() => window.received);
  expect(messages.some((m) => m.data && m.data.type === 'bac-ninh-dashboard:height' && m.data.id === 'compare' && m.data.height > 300)).toBe(true);
});

test('a file without ranking tables, opened in place, removes the section and breaks nothing', async ({ page }) => {
  const { readFileSync } = await import('node:fs');
  const update = JSON.parse(readFileSync('public/data/bac-ninh.json', 'utf8'));
  update.comparisons = [];
  update.summary = update.summary.filter((s) => s.sentence !== 'comparison');
  const errors = await openDashboard(page);
  // The last table is chosen, so a queued redraw would read past the end if it could.
  await compare(page).getByRole('tab').last().click();
  await page.locator('#data-file').setInputFiles({
    name: 'no-tables.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(update)),
  });
  await expect(page.locator('[data-role="dataset-notice"]')).toContainText('no-tables.json');
  await expect(compare(page)).toHaveCount(0);
  await expect(page.locator('#crash-notice')).toHaveCount(0);
  await drawAllCharts(page);
  expect(errors).toEqual([]);
});
