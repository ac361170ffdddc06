// Issue 20, parts 2, 4 and 7: charts on a phone as good as the static ones, what screen
// readers hear, and the details of the controls.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openDashboard, chart } from './helpers.js';

const dataset = JSON.parse(readFileSync('public/data/bac-ninh.json', 'utf8'));
const compare = (page) => page.locator('[data-role="compare"]');

test("every ranking chart's text alternative names each province with its place and value", async ({ page }) => {
  await openDashboard(page);
  const tabs = compare(page).getByRole('tab');
  await expect(tabs).toHaveCount(dataset.comparisons.length);
  for (let i = 0; i < dataset.comparisons.length; i++) {
    await tabs.nth(i).click();
    const c = dataset.comparisons[i];
    const description = compare(page).locator(`#chart-compare-${c.id}-description`);
    await expect(description).toHaveCount(1);
    const text = await description.textContent();
    for (const entry of c.entries) expect(text, c.id).toContain(`${entry.rank}. ${entry.name.vi}: `);
    expect(text).not.toMatch(/▶|◆/);
  }
  // PCI 2022, as the issue heard it: provinces, not "2022: 72,95 điểm" nine times.
  await tabs.first().click();
  await expect(compare(page).locator('p.visually-hidden[id$="-description"]')).toContainText('1. Quảng Ninh: 72,95 điểm; 2. Bắc Giang: 72,8 điểm');
  await expect(compare(page).locator('p.visually-hidden[id$="-description"]')).toContainText('7. Bắc Ninh: 69,08 điểm');
});

test('only the keys fill the live region, and what it says has no doubled full stop', async ({ page }) => {
  await openDashboard(page);
  for (const id of ['growth', 'exports', 'fdi', 'budget', 'ranks', 'pci']) {
    const card = chart(page, id);
    const canvas = card.locator('canvas');
    const live = card.locator('[data-role="chart-live"]');
    // Over the chart where it has come to rest: a card laid out as it scrolls into view can
    // move what is below it, and a pointer that moved onto the place the canvas left sees no mark.
    await canvas.hover();
    const box = await canvas.boundingBox();
    await expect(card.locator('[data-role="tooltip"]')).toBeVisible();
    await expect(live).toHaveText('');
    await canvas.focus();
    const count = await card.locator('tbody tr:not(.is-gap)').count();
    for (let i = 0; i < count; i++) {
      await page.keyboard.press('ArrowRight');
      const said = await live.textContent();
      expect(said.length, id).toBeGreaterThan(0);
      expect(said, id).not.toContain('..');
    }
    // The pointer moving again does not announce.
    await page.mouse.move(box.x + 20, box.y + box.height / 2);
    await expect(live).toHaveText('');
  }
});

test('at 360 px the canvas is laid out like the phone SVG, and every FDI point has a 24-px target', async ({ page }) => {
  // Some three hundred pointer moves, each read back.
  test.slow();
  await page.setViewportSize({ width: 360, height: 740 });
  await openDashboard(page);
  for (const id of ['growth', 'exports', 'fdi']) {
    const canvas = chart(page, id).locator('canvas');
    // The frame is narrower than the 340-px SVG: laid out at 340 and scaled down as it was.
    expect(Number(await canvas.getAttribute('data-drawn-width'))).toBeLessThan(340);
    await expect(canvas).toHaveAttribute('data-layout-width', '340');
  }
  // Sweep the FDI chart with the pointer, one CSS pixel at a time, and read the tooltip.
  const fdi = chart(page, 'fdi');
  const canvas = fdi.locator('canvas');
  // The pointer comes onto the chart first, as a reader's does (once the chart has come to
  // rest where it scrolled to), then sweeps it.
  await canvas.hover();
  const box = await canvas.boundingBox();
  const picked = [];
  for (let x = 0; x < box.width; x++) {
    await page.mouse.move(box.x + x + 0.5, box.y + box.height / 2);
    // Chromium delivers pointer moves with the next frame; on a busy machine the read could
    // otherwise come before the move has been handled.
    await page.evaluate(() => new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame))));
    picked.push(await fdi.locator('.chart-tooltip__name').textContent());
  }
  const periods = await fdi.locator('tbody tr:not(.is-gap) th').allTextContents();
  expect(periods).toContain('13/6/2023');
  // Each point is picked over a run of at least 24 px, in order.
  const runs = new Map();
  for (const name of picked) runs.set(name, (runs.get(name) || 0) + 1);
  expect([...runs.keys()]).toEqual(periods);
  for (const [name, width] of runs) expect(width, name).toBeGreaterThanOrEqual(24);
});

test('at 360 px an open table scrolls inside its own labelled region, never the page', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openDashboard(page);
  const card = chart(page, 'fdi');
  await card.locator('[data-action="table"]').click();
  const region = card.getByRole('region');
  await expect(region).toHaveAccessibleName(/Vốn FDI/);
  const sizes = await region.evaluate((r) => ({
    region: r.getBoundingClientRect().right,
    card: r.closest('.chart-card').getBoundingClientRect().right,
    scrolls: r.scrollWidth > r.clientWidth,
  }));
  expect(sizes.region).toBeLessThanOrEqual(sizes.card);
  expect(sizes.scrolls).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('filled means on for the table button as for the PCI toggle, and the chosen tab stands out in dark mode', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openDashboard(page);
  const fill = (locator) => locator.evaluate((e) => getComputedStyle(e).backgroundColor);
  const card = chart(page, 'pci');
  const table = card.locator('[data-action="table"]');
  const [rank, score] = [card.getByRole('button', { name: 'Thứ hạng' }), card.getByRole('button', { name: 'Điểm' })];
  await expect(rank).toHaveAttribute('aria-pressed', 'true');
  await expect(table).toHaveAttribute('aria-expanded', 'false');
  // Closed: unfilled, like the toggle's unpressed half; open: filled like its pressed one.
  expect(await fill(table)).toBe(await fill(score));
  await table.click();
  await expect(table).toHaveAttribute('aria-expanded', 'true');
  expect(await fill(table)).toBe(await fill(rank));

  // WCAG contrast of the chosen tab's fill against an unchosen one: at least 3 : 1.
  const tabs = compare(page).getByRole('tab');
  const [chosen, other] = [await fill(tabs.nth(0)), await fill(tabs.nth(1))];
  const luminance = (css) => {
    const [r, g, b] = css.match(/\d+/g).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(chosen), luminance(other)].sort((a, b) => b - a);
  expect((hi + 0.05) / (lo + 0.05)).toBeGreaterThanOrEqual(3);
});
