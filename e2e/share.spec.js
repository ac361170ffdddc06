// Sharing: the system's share sheet where the browser has one, else the link on the clipboard.
import { test, expect } from '@playwright/test';
import { openDashboard, switchLanguage } from './helpers.js';

test('without a share sheet, Share copies the link of this language', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => {
    delete Navigator.prototype.share;
  });
  await openDashboard(page);
  const share = page.locator('[data-action="share"]');
  await expect(share).toHaveText('Chia sẻ');
  await share.click();
  await expect(share).toHaveText('Đã sao chép liên kết');
  const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(link.origin).toBe(new URL(page.url()).origin);
  expect(link.searchParams.get('lang')).toBe('vi');
  // Another language is another link: the button offers to share again.
  await switchLanguage(page, 'EN');
  await expect(share).toHaveText('Share');
  await share.click();
  await expect(share).toHaveText('Link copied');
  expect(new URL(await page.evaluate(() => navigator.clipboard.readText())).searchParams.get('lang')).toBe('en');
});

test('with a share sheet, Share hands it the title and the link', async ({ page }) => {
  await page.addInitScript(() => {
    window.shared = [];
    Navigator.prototype.share = function (data) {
      window.shared.push(data);
      return Promise.resolve();
    };
  });
  await openDashboard(page, './?lang=en');
  await page.locator('[data-action="share"]').click();
  await expect.poll(() => page.evaluate(() => window.shared.length)).toBe(1);
  const [data] = await page.evaluate(() => window.shared);
  expect(data.title).toBe('Bắc Ninh — the economy in figures');
  expect(new URL(data.url).searchParams.get('lang')).toBe('en');
  await expect(page.locator('[data-action="share"]')).toHaveText('Share');
});
