// Shared steps of the browser tests.
import { expect } from '@playwright/test';

/** The charts of the full page: the six series charts and the comparison chart. */
export const CHART_COUNT = 7;

/** Opens the app at `path` and waits until every chart has been drawn. */
export async function openDashboard(page, path = './') {
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(path);
  await expect(page.locator('.card').first()).toBeVisible();
  await expect(page.locator('canvas.chart-canvas[data-draw-ms]')).toHaveCount(CHART_COUNT);
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
