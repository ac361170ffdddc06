// The <bac-ninh-dashboard> element: one line on a host page of another origin, with a
// strict CSP, makes an auto-height iframe, follows its attributes, and falls back to a link.
import { test, expect } from '@playwright/test';
import { openPart } from './helpers.js';
import { HOST_PORT } from '../playwright.config.js';

const HOST = `http://127.0.0.1:${HOST_PORT}/elements.html`;

/** The iframe an element made, once it is scrolled into view and fitted to its content. */
async function fitted(page, id) {
  const frameElement = page.locator(`#${id} > iframe`);
  await frameElement.scrollIntoViewIfNeeded();
  const frame = await (await frameElement.elementHandle()).contentFrame();
  await expect(frame.locator('.embed-bar')).toBeVisible();
  await expect
    .poll(async () => {
      const content = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
      const box = await frameElement.evaluate((f) => f.getBoundingClientRect().height);
      return Math.abs(box - content) <= 1 && box > 200;
    })
    .toBe(true);
  return { frame, height: await frameElement.evaluate((f) => f.getBoundingClientRect().height) };
}

test('two elements on another origin each make an iframe sized to its own content', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 900 });
  await page.goto(HOST);
  const growth = await fitted(page, 'el-growth');
  const figures = await fitted(page, 'el-figures');
  expect(growth.height).not.toBe(figures.height);
  await expect(growth.frame.locator('[data-chart="growth"] canvas[data-drawn-at]')).toHaveCount(1);
  await expect(figures.frame.locator('.card')).toHaveCount(8);
  await expect(figures.frame.locator('html')).toHaveAttribute('lang', 'en');
  await expect(figures.frame.locator('html')).toHaveClass(/scheme-dark/);
  await expect(page.locator('#el-growth > iframe')).toHaveAttribute('title', 'Bắc Ninh — kinh tế qua số liệu');
  await expect(page.locator('#el-growth > iframe')).toHaveAttribute('loading', 'lazy');
  const messages = await page.evaluate(() => window.received);
  expect(messages.some((m) => m.data && m.data.type === 'bac-ninh-dashboard:height' && m.data.id === 'el-growth')).toBe(true);
  expect(await page.evaluate(() => window.violations)).toEqual([]);
});

test('changing the lang attribute switches the embed’s language', async ({ page }) => {
  await page.goto(HOST);
  const { frame } = await fitted(page, 'el-growth');
  await expect(frame.locator('[data-chart="growth"] h3')).toHaveText('Tăng trưởng GRDP');
  await page.locator('#el-growth').evaluate((el) => el.setAttribute('lang', 'en'));
  await expect(page.locator('#el-growth > iframe')).toHaveAttribute('src', /embed-growth-en\.html/);
  await expect(page.locator('#el-growth > iframe')).toHaveAttribute('title', 'Bắc Ninh — the economy in figures');
  const after = await fitted(page, 'el-growth');
  await expect(after.frame.locator('[data-chart="growth"] h3')).toHaveText('GRDP growth');
  await expect(page.locator('#el-growth > iframe')).toHaveCount(1);
});

test('without embed.js the element shows its link to the dashboard', async ({ page }) => {
  await page.route('**/embed.js', (route) => route.abort());
  await page.goto(HOST);
  const link = page.locator('#el-growth a');
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute('href', 'http://127.0.0.1:4173/?lang=vi');
  await expect(page.locator('bac-ninh-dashboard iframe')).toHaveCount(0);
});

test('the embed panel offers the element form first', async ({ page }) => {
  await openPart(page, 'embed-panel');
  await expect(page.locator('#embed-form')).toHaveValue('element');
  const code = await page.locator('#embed-code').inputValue();
  expect(code).toContain('<bac-ninh-dashboard id="bac-ninh-growth" view="growth" lang="vi"');
  expect(code).toContain('/embed.js" defer></script>');
  expect(code).not.toContain('<iframe');
});
