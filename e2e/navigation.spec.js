// Moving around a long page (issue 20): the sections bar, stable ids, the language switch and
// Share keeping the section, the folded sources; and the publisher and revision date in the
// footer, from the dataset.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openDashboard, takenOver } from './helpers.js';

const nav = (page) => page.getByRole('navigation', { name: /Các phần của trang|Sections of this page/ });

/**
 * Clicks `locator` where it is on screen. Playwright's own click first scrolls the element
 * "into view", and for one in the sticky bar that scrolls the page back to the bar's place
 * at the top, which no reader's click does.
 */
async function tap(page, locator) {
  const box = await locator.boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** The section the bar marks as the reader's. */
const current = (page) => nav(page).locator('[aria-current="location"]');

for (const width of [360, 1280]) {
  test(`at ${width} px the bar links to every section, stays in reach and marks where the reader is`, async ({ page }) => {
    await page.setViewportSize({ width, height: 740 });
    await openDashboard(page);
    const links = nav(page).locator('a[data-section]');
    const ids = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href').slice(1)));
    // Every section of the page has a link, and every link a section.
    const sections = await page.locator('main > section[id], main > div[id]').evaluateAll((s) => s.map((e) => e.id));
    expect(ids).toEqual(sections);
    expect(ids).toEqual(['latest', 'key-figures', 'summary', 'charts', 'compare', 'new-province', 'context', 'sources', 'embed', 'data']);
    for (const id of ids) await expect(page.locator(`#${id}`)).toHaveCount(1);

    // Far down the page the bar is still on screen, at the top, one line high.
    for (const id of ['charts', 'sources', 'data']) {
      const link = nav(page).locator(`[data-section="${id}"]`);
      // A finger first swipes the bar's links sideways to the one it wants.
      await link.evaluate((a) => {
        a.closest('ol').scrollLeft = a.offsetLeft - 40;
      });
      await tap(page, link);
      await expect(current(page)).toHaveAttribute('data-section', id);
      const bar = await nav(page).boundingBox();
      expect(bar.y).toBe(0);
      expect(bar.height).toBeLessThanOrEqual(60);
      await expect(link).toBeInViewport();
      // The section it led to starts below the bar, not under it.
      const top = await page.locator(`#${id}`).evaluate((e) => e.getBoundingClientRect().top);
      if (id !== 'data') expect(top).toBeGreaterThanOrEqual(bar.height - 1);
    }
    // Scrolling by hand moves the mark too; back at the top nothing is marked.
    await page.locator('#compare').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollTo(0, document.getElementById('compare').getBoundingClientRect().top + window.scrollY - 100));
    await expect(current(page)).toHaveAttribute('data-section', 'compare');
    await tap(page, nav(page).getByRole('link', { name: /Lên đầu trang/ }));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await expect(current(page)).toHaveCount(0);
  });
}

/** Scrolls to the FDI chart's card, a little way under the bar; returns where its top is. */
async function readFdi(page) {
  await page.evaluate(() => window.scrollTo(0, document.querySelector('[data-chart="fdi"]').getBoundingClientRect().top + window.scrollY - 120));
  await expect(current(page)).toHaveAttribute('data-section', 'charts');
  return page.locator('[data-chart="fdi"]').evaluate((e) => e.getBoundingClientRect().top);
}

test('the language link opens the other prerendered page at the section the reader is in', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openDashboard(page);
  await readFdi(page);
  const en = page.getByRole('link', { name: 'EN', exact: true }).first();
  await expect(en).toHaveAttribute('href', 'en.html#charts');
  await tap(page, en);
  await expect(page).toHaveURL(/\/en\.html#charts$/);
  await expect(page.locator('#charts h2')).toHaveText('Trends over the years');
  await expect(page.locator('#charts h2')).toBeInViewport();
  await takenOver(page);
  await expect(current(page)).toHaveAttribute('data-section', 'charts');

  // Opened from that link directly, the English page starts at the section.
  await page.goto('en.html#sources');
  await takenOver(page);
  await expect(page.locator('#sources')).toBeInViewport();
});

test('the full app switches language in place, and what the reader reads stands where it stood', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  // The site's own file named by ?data=: every text is the full app's, which switches in place.
  await openDashboard(page, './?data=bac-ninh.json');
  const inFdi = await readFdi(page);
  await tap(page, page.getByRole('link', { name: 'EN', exact: true }).first());
  await expect(page.locator('#charts h2')).toHaveText('Trends over the years');
  await expect(page).toHaveURL(/lang=en.*#charts$/);
  await expect(current(page)).toHaveAttribute('data-section', 'charts');
  // The FDI chart stands where it stood, to the pixel.
  const after = await page.locator('[data-chart="fdi"]').evaluate((e) => e.getBoundingClientRect().top);
  expect(Math.abs(after - inFdi)).toBeLessThanOrEqual(1);
  await expect(page.locator('[data-chart="fdi"]')).toBeInViewport();
});

test('Share copies a link to the section the reader is in', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => {
    delete Navigator.prototype.share;
  });
  await openDashboard(page);
  await page.locator('[data-section="compare"]').evaluate((a) => {
    a.closest('ol').scrollLeft = a.offsetLeft - 40;
  });
  await tap(page, nav(page).locator('[data-section="compare"]'));
  await expect(current(page)).toHaveAttribute('data-section', 'compare');
  await tap(page, page.locator('[data-action="share"]'));
  const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(link.hash).toBe('#compare');
  expect(link.searchParams.get('lang')).toBe('vi');
  // The link opens there.
  await page.goto(link.pathname + link.search + link.hash);
  await takenOver(page);
  await expect(page.locator('#compare h2')).toBeInViewport();
});

test('the sources are one Tab stop until opened', async ({ page }) => {
  await openDashboard(page);
  const fold = page.locator('#sources details.sources__fold');
  await expect(fold).not.toHaveAttribute('open', '');
  const count = await page.locator('.sources__list li').count();
  await expect(fold.locator('summary')).toHaveText(`Xem danh sách nguồn: ${count}`);
  await fold.locator('summary').focus();
  await page.keyboard.press('Tab');
  // The next stop is past the list: the embed panel's first control.
  expect(await page.evaluate(() => document.activeElement.closest('#sources'))).toBeNull();
  await fold.locator('summary').click();
  await expect(page.locator('.sources__list a').first()).toBeVisible();
});

test('the footer names the publisher and the revision date from the dataset, and no publisher the file does not name', async ({ page }) => {
  const shipped = JSON.parse(readFileSync('public/data/bac-ninh.json', 'utf8'));
  expect(shipped.publisher).toBeUndefined();
  await openDashboard(page);
  const line = page.locator('footer [data-role="publisher"]');
  await expect(line).toHaveText('Số liệu cập nhật ngày 2/12/2026');
  const update = {
    ...shipped,
    revised: '2027-01-15',
    publisher: { vi: 'Cơ quan thử nghiệm', en: 'A test office' },
  };
  await page.locator('#data-file').setInputFiles({
    name: 'ministry.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(update)),
  });
  await expect(page.locator('[data-role="dataset-notice"]')).toContainText('ministry.json');
  await expect(line).toHaveText('Đơn vị xuất bản: Cơ quan thử nghiệm · Số liệu cập nhật ngày 15/1/2027');
  await page.getByRole('link', { name: 'EN', exact: true }).first().click();
  await expect(line).toHaveText('Published by A test office · Data updated 15 January 2027');
});
