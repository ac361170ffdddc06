// Shared steps of the browser tests.
import { expect } from '@playwright/test';

/** The charts of the full page: the six series charts and the comparison chart. */
export const CHART_COUNT = 7;

/** Waits until the live app has taken the prerendered page's place. */
export async function takenOver(page) {
  await expect(page.locator('#app[data-live]')).toBeAttached();
}

/**
 * Brings every chart near the viewport once, since charts come to life and are drawn only
 * when they come near it, waiting after each scroll until that chart is drawn (an engine
 * may render its first frames late, and would then see only the last position), and
 * scrolls back to the top.
 */
export async function drawAllCharts(page, count = CHART_COUNT) {
  const keys = await page.locator('[data-chart]').evaluateAll((cards) => cards.map((c) => c.dataset.chart));
  for (const key of keys) {
    const card = page.locator(`[data-chart="${key}"]`);
    // The card is replaced by its live copy when it comes near: scroll again until drawn.
    await expect(async () => {
      await card.locator('.chart-frame').scrollIntoViewIfNeeded({ timeout: 1000 });
      await expect(card.locator('canvas.chart-canvas[data-draw-ms]')).toBeAttached({ timeout: 1000 });
    }).toPass();
  }
  await expect(page.locator('canvas.chart-canvas[data-draw-ms]')).toHaveCount(count);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * Brings every part of the page that needs code to life, as a reader scrolling down the
 * whole page would: each is scrolled near and waited for (`data-live` on its live copy).
 */
export async function bringAllToLife(page) {
  const islands = await page.locator('[data-island]:not([data-live])').evaluateAll((parts) => parts.map((p) => p.dataset.island));
  for (const island of islands) {
    const part = page.locator(`[data-island="${island}"]`);
    await expect(async () => {
      await part.scrollIntoViewIfNeeded({ timeout: 1000 });
      await expect(page.locator(`[data-island="${island}"][data-live]`)).toBeAttached({ timeout: 1000 });
    }).toPass();
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * Opens `path` and brings the part `island` to life (the embed panel, the data panel…), as a
 * reader scrolling to it would, and waits until it is live.
 */
export async function openPart(page, island, path = './') {
  await page.goto(path);
  await takenOver(page);
  // The full app renders every part live at once.
  if (await page.locator('#app[data-full]').count()) return;
  const part = page.locator(`[data-island="${island}"]`);
  await expect(async () => {
    await part.scrollIntoViewIfNeeded({ timeout: 1000 });
    await expect(page.locator(`[data-island="${island}"][data-live]`)).toBeAttached({ timeout: 1000 });
  }).toPass();
}

/** Opens the app at `path` and waits until every chart has been drawn and every part is live. */
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
  // The full app (`data-full`) renders every part live at once.
  if (!(await page.locator('#app[data-full]').count())) await bringAllToLife(page);
  return errors;
}

/**
 * Follows the language link `code` ('EN' or 'VI'). The default view leads to the other
 * prerendered page, which is then waited for as `openDashboard` does; the full app
 * (`?data=`, a preview) switches in place.
 */
export async function switchLanguage(page, code) {
  const inPlace = (await page.locator('#app[data-full]').count()) > 0;
  await page.getByRole('link', { name: code, exact: true }).first().click();
  if (inPlace) return;
  await expect(page).toHaveURL(code === 'EN' ? /\/en\.html(#.*)?$/ : /\/index\.html(#.*)?$/);
  await takenOver(page);
  await drawAllCharts(page);
  await bringAllToLife(page);
}

/** The card of a headline figure. */
export function card(page, id) {
  return page.locator(`[data-figure="${id}"]`);
}

/** The chart card with the given id (growth, exports, fdi, budget, ranks, pci). */
export function chart(page, id) {
  return page.locator(`[data-chart="${id}"]`);
}
