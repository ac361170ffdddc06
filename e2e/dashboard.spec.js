// The foundation: figures, language, layout and sources, as a reader sees them.
import { test, expect } from '@playwright/test';
import { openDashboard, card, takenOver, switchLanguage } from './helpers.js';

const VI = {
  grdp_growth_2022: ['+7,39%', 'so với năm 2021'],
  grdp_per_head_2022: ['6.696 USD', '3/63'],
  budget_revenue_2022: ['khoảng 1,3 tỷ USD', '14/63'],
  exports_2022: ['45,1 tỷ USD', '2/63'],
  pci_2022: ['69,08 điểm', '7/63'],
  pgi_2022: ['thứ 3', 'Năm đầu tiên'],
  fdi_cumulative_2023: ['24,17 tỷ USD', '1.908 dự án', '39 quốc gia, vùng lãnh thổ', '16 ngành', '7/63', '1.878 dự án', '23,999 tỷ USD'],
  grdp_growth_2023_h1: ['−12,59%', '63/63', '6 tháng đầu năm 2023'],
};

const EN = {
  grdp_growth_2022: ['+7.39%', 'vs 2021'],
  grdp_per_head_2022: ['6,696 USD', '3/63', '3rd of 63 provinces'],
  budget_revenue_2022: ['about USD 1.3 billion', '14/63'],
  exports_2022: ['USD 45.1 billion', '2nd of 63 provinces'],
  fdi_cumulative_2023: ['USD 24.17 billion', '1,908 projects', '13 June 2023'],
  grdp_growth_2023_h1: ['−12.59%', 'H1 2023'],
};

async function expectCards(page, expected) {
  for (const [id, texts] of Object.entries(expected)) {
    for (const text of texts) await expect(card(page, id)).toContainText(text);
  }
}

test('loads with no console error and shows the 2022 figures in Vietnamese', async ({ page }) => {
  const errors = await openDashboard(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.locator('h1')).toHaveText('Bắc Ninh — kinh tế qua số liệu');
  await expect(page.locator('.site-header__vintage')).toHaveText('Số liệu công bố ngày 13/6/2023 và các báo cáo sau đó');
  await expectCards(page, VI);
  await expect(card(page, 'grdp_growth_2023_h1')).toHaveClass(/card--warning/);
  expect(errors).toEqual([]);
});

test('the summary is written from the data in the current language', async ({ page }) => {
  await openDashboard(page);
  const summary = page.locator('.summary__text');
  await expect(summary).toContainText('tăng 7,39%');
  await expect(summary).toContainText('thấp nhất trong 63 tỉnh, thành phố');
  await switchLanguage(page, 'EN');
  await expect(summary).toContainText('grew by 7.39%');
  await expect(summary).toContainText('the lowest of 63 provinces');
});

test('switching to English opens the English page, every figure formatted in English', async ({ page }) => {
  await openDashboard(page);
  await switchLanguage(page, 'EN');
  await expectCards(page, EN);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveURL(/\/en\.html(#.*)?$/);
  await expect(page.locator('.site-header__vintage')).toHaveText('Figures published on 13 June 2023 and in later reports');
  await expect(page.getByRole('link', { name: 'EN', exact: true })).toHaveAttribute('aria-current', 'true');
});

test('?lang=en opens in English, and a reload keeps the language chosen', async ({ page }) => {
  await openDashboard(page, './?lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectCards(page, EN);
  await switchLanguage(page, 'VI');
  await expect(page).toHaveURL(/lang=vi/);
  await switchLanguage(page, 'EN');
  await page.reload();
  await takenOver(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectCards(page, EN);
});

test('the context names the aims, investors, resolutions and the 2025 merger', async ({ page }) => {
  await openDashboard(page);
  const context = page.locator('section[aria-labelledby="context-heading"] .context-grid');
  for (const text of ['Samsung', 'Amkor', 'Canon', 'Foxconn', '29-NQ/TW', '17/11/2022', '12/6/2025', 'Bắc Giang', '63']) {
    await expect(context).toContainText(text);
  }
});

test('a 360 px wide page has no horizontal scroll, in both languages', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const path of ['./', './?lang=en']) {
    await openDashboard(page, path);
    for (const summary of await page.locator('details.citation > summary').all()) await summary.click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `horizontal overflow at 360 px on ${path}`).toBeLessThanOrEqual(0);
  }
});

test('every source has an http(s) link and every figure names its source', async ({ page }) => {
  await openDashboard(page);
  const sources = page.locator('.sources__list li');
  expect(await sources.count()).toBeGreaterThan(20);
  const external = await page.locator('.sources__list a, .citation a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(external.length).toBeGreaterThan(20);
  for (const href of external) expect(href).toMatch(/^https?:\/\/[^/\s]+/);
  for (const figure of await page.locator('.card').all()) await expect(figure.locator('.citation summary')).toContainText('Nguồn:');
});
