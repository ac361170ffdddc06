// Shared steps of the browser tests.
import { expect } from '@playwright/test';

/** How many chart cards the page has (the series charts, then the comparison chart): the catalogue and the dataset decide, not the tests. */
export function chartCount(page) {
  return page.locator('[data-chart]').count();
}

/** Holds the page's wasm back until the function this returns is called. */
export async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/*_bg.wasm', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/**
 * Waits until the page is live. A page opened at its top waits for its reader before it
 * fetches any code (public/boot.js): this is the reader's pointer coming over one of its
 * parts, which changes nothing else (no scroll, no press, no focus).
 */
export async function takenOver(page) {
  await expect(async () => {
    await page.evaluate(() => document.querySelector('[data-island]')?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true })));
    await expect(page.locator('#app[data-live]')).toBeAttached({ timeout: 1000 });
  }).toPass();
}

/**
 * Scrolls `near` into view until `arrived` is in the page: a part is replaced by its live
 * copy when it comes near, so the element scrolled to may go on the way, and an engine that
 * renders its first frames late only sees where the page is by then.
 */
export async function scrollUntil(near, arrived) {
  await expect(async () => {
    await near.scrollIntoViewIfNeeded({ timeout: 1000 });
    await expect(arrived).toBeAttached({ timeout: 1000 });
  }).toPass();
}

/**
 * Brings every chart near the viewport once, since charts come to life and are drawn only
 * when they come near it, waiting after each scroll until that chart is drawn, and scrolls
 * back to the top.
 */
export async function drawAllCharts(page) {
  const keys = await page.locator('[data-chart]').evaluateAll((cards) => cards.map((c) => c.dataset.chart));
  for (const key of keys) {
    const card = page.locator(`[data-chart="${key}"]`);
    await scrollUntil(card.locator('.chart-frame'), card.locator('canvas.chart-canvas[data-draw-ms]'));
  }
  await expect(page.locator('canvas.chart-canvas[data-draw-ms]')).toHaveCount(keys.length);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Brings the part `island` (the embed panel, the data panel…) near, and waits until it is live. */
async function bringToLife(page, island) {
  await scrollUntil(page.locator(`[data-island="${island}"]`), page.locator(`[data-island="${island}"][data-live]`));
}

/**
 * Brings every part of the page that needs code to life, as a reader scrolling down the
 * whole page would, and scrolls back to the top.
 */
export async function bringAllToLife(page) {
  const islands = await page.locator('[data-island]:not([data-live])').evaluateAll((parts) => parts.map((p) => p.dataset.island));
  for (const island of islands) await bringToLife(page, island);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Opens `path` and brings the part `island` to life, as a reader scrolling to it would. */
export async function openPart(page, island, path = './') {
  await page.goto(path);
  await takenOver(page);
  // The full app renders every part live at once.
  if (!(await page.locator('#app[data-full]').count())) await bringToLife(page, island);
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
