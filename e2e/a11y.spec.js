// Every reader: axe finds no WCAG 2.0/2.1 A or AA violation in any view, the
// keyboard reaches and operates every control, dark mode and 200% zoom work.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openDashboard, drawAllCharts, chart } from './helpers.js';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectNoViolations(page, label) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(summary, label).toEqual([]);
}

for (const lang of ['vi', 'en']) {
  test(`axe: the full dashboard in ${lang}, tables hidden and shown`, async ({ page }) => {
    await openDashboard(page, `./?lang=${lang}`);
    await expectNoViolations(page, `${lang}, tables hidden`);
    for (const toggle of await page.locator('[data-action="table"]').all()) await toggle.click();
    for (const summary of await page.locator('details.citation > summary').all()) await summary.click();
    await expectNoViolations(page, `${lang}, tables shown`);
  });
}

for (const view of ['all', 'figures', 'growth', 'exports', 'fdi', 'budget', 'ranks', 'pci']) {
  test(`axe: the ${view} embed`, async ({ page }) => {
    await page.goto(`./?embed=1&view=${view}`);
    await expect(page.locator('.embed-bar')).toBeVisible();
    await expectNoViolations(page, `embed ${view}`);
    for (const toggle of await page.locator('[data-action="table"]').all()) await toggle.click();
    await expectNoViolations(page, `embed ${view}, tables shown`);
  });
}

// Each embed's own page, as a host's frame opens it: one level-one heading, and nothing
// axe finds, its best practices included (the page-has-heading-one rule is one of them).
for (const view of ['all', 'figures', 'compare', 'growth', 'exports', 'fdi', 'budget', 'ranks', 'pci']) {
  test(`axe: the ${view} embed's own pages, best practices included`, async ({ page }) => {
    for (const lang of ['vi', 'en']) {
      await page.goto(`embed-${view}-${lang}.html`);
      await expect(page.locator('#app[data-live]')).toBeAttached();
      await expect(page.locator('h1'), lang).toHaveCount(1);
      const { violations } = await new AxeBuilder({ page }).withTags([...WCAG, 'best-practice']).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`), lang).toEqual([]);
    }
  });
}

test('axe: the dark theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openDashboard(page);
  await expectNoViolations(page, 'dark');
});

test('axe: an embed in the dark theme a host page asked for', async ({ page }) => {
  await page.goto('./?embed=1&view=all&theme=dark');
  await drawAllCharts(page);
  // An embed's page is transparent. Behind it the browser paints the host page, or, when
  // the schemes differ, the Canvas colour of the embed's scheme; axe would assume white.
  await page.evaluate(() => (document.documentElement.style.background = 'Canvas'));
  await expectNoViolations(page, 'dark embed');
});

/** Presses Tab until `matches(active)` or gives up; returns whether it got there. */
async function tabTo(page, selector, limit = 400) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return true;
  }
  return false;
}

test('the keyboard alone reaches and operates every control, with a visible focus ring', async ({ page }) => {
  await openDashboard(page);
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  expect(await tabTo(page, '.lang-switch__button[lang="en"]')).toBe(true);
  const ring = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  expect(ring).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // In page order: each chart, its table toggle and its downloads.
  for (const id of ['growth', 'exports', 'fdi', 'budget', 'ranks', 'pci']) {
    expect(await tabTo(page, `[data-chart="${id}"] canvas`), `canvas ${id}`).toBe(true);
    await page.keyboard.press('End');
    await expect(chart(page, id).locator('[data-role="chart-live"]')).not.toBeEmpty();
    expect(await tabTo(page, `[data-chart="${id}"] [data-action="table"]`, 10), `table toggle ${id}`).toBe(true);
    await page.keyboard.press('Enter');
    await expect(chart(page, id).locator('table')).toBeVisible();
    expect(await tabTo(page, `[data-chart="${id}"] [data-download="png"]`, 30)).toBe(true);
    expect(await tabTo(page, `[data-chart="${id}"] [data-download="csv"]`, 5)).toBe(true);
  }
  expect(await tabTo(page, '#embed-view')).toBe(true);
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#embed-code')).toHaveValue(/view="(all|figures|exports)"/);
  expect(await tabTo(page, '[data-action="copy-embed"]', 8)).toBe(true);
  expect(await tabTo(page, '.embed-preview summary', 5)).toBe(true);
  expect(await tabTo(page, '#data-file', 10)).toBe(true);
});

test('dark mode redraws the charts in the dark palette', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openDashboard(page);
  const corner = await chart(page, 'growth').locator('canvas').evaluate((c) => [...c.getContext('2d').getImageData(1, 1, 1, 1).data]);
  expect(corner.slice(0, 3)).toEqual([0x14, 0x19, 0x1f]);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect
    .poll(() => chart(page, 'growth').locator('canvas').evaluate((c) => [...c.getContext('2d').getImageData(1, 1, 1, 1).data].slice(0, 3)))
    .toEqual([255, 255, 255]);
});

test('at 200% zoom (640 CSS px) nothing scrolls sideways, tables included', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 800 });
  await openDashboard(page);
  for (const toggle of await page.locator('[data-action="table"]').all()) await toggle.click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a scripted tour of every control produces no console error and no panic', async ({ page }) => {
  const errors = await openDashboard(page);
  for (const lang of ['EN', 'VI']) {
    await page.getByRole('link', { name: lang, exact: true }).click();
    for (const id of ['growth', 'exports', 'fdi', 'budget', 'ranks', 'pci']) {
      const card = chart(page, id);
      await card.locator('[data-action="table"]').click();
      await card.locator('canvas').focus();
      for (const key of ['ArrowRight', 'ArrowRight', 'End', 'Home', 'ArrowLeft', 'Escape']) await page.keyboard.press(key);
      await card.locator('canvas').hover();
      await card.locator('[data-action="table"]').click();
    }
    await chart(page, 'pci').locator('.segmented__button').last().click();
    await chart(page, 'pci').locator('.segmented__button').first().click();
  }
  await page.locator('#embed-view').selectOption('figures');
  await page.locator('.embed-preview summary').click();
  await page.setViewportSize({ width: 360, height: 800 });
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.locator('#crash-notice')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('if the app panics, the reader sees a notice with a reload button', async ({ page }) => {
  await openDashboard(page);
  await page.evaluate(() => {
    try {
      window.wasmBindings.simulate_panic();
    } catch {
      // The panic aborts the wasm call; the notice is what matters.
    }
  });
  const notice = page.locator('#crash-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toHaveAttribute('role', 'alert');
  await expect(notice).toContainText('Đã xảy ra lỗi');
  await expect(notice.getByRole('button', { name: 'Tải lại' })).toBeFocused();
  await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Tải lại' }).click()]);
  await drawAllCharts(page);
  await expect(page.locator('#crash-notice')).toHaveCount(0);
});
