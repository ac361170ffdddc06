// Shared steps of the browser tests.
import { expect } from '@playwright/test';

/** The charts of the full page: the six series charts and the comparison chart. */
export const CHART_COUNT = 7;

/** Waits until the live app has taken the prerendered page's place. */
export async function takenOver(page) {
  await expect(page.locator('#app[data-live]')).toBeAttached();
}

/**
 * Brings every chart near the viewport once, since charts are drawn only when they come
 * near it, waits until all of them are drawn, and scrolls back to the top.
 */
export async function drawAllCharts(page, count = CHART_COUNT) {
  for (const frame of await page.locator('.chart-frame').all()) await frame.scrollIntoViewIfNeeded();
  await expect(page.locator('canvas.chart-canvas[data-draw-ms]')).toHaveCount(count);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Opens the app at `path` and waits until every chart has been drawn. */
export async function openDashboard(page, path = './') {
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(path);
  await expect(page.locator('.card').first()).toBeVisible();
  await takenOver(page);
  await drawAllCharts(page);
  return errors;
}

/** The card of a headline figure. */
export function card(page, id) {
  return page.locator(`[data-figure="${id}"]`);
}

/** The chart card with the given id (growth, exports, fdi, budget, ranks, pci). */
export function chart(page, id) {
  return page.locator(`[data-chart="${id}"]`);
}
