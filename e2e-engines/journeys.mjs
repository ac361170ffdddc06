// The reader's main journeys, written once and run in every engine by run.mjs.
// Each journey is one async function of the context { browser, app, host, engine, console,
// downloads } (see run.mjs): to add a journey, add a function to JOURNEYS. Each opens its
// own page and fails by throwing.
import assert from 'node:assert/strict';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  assertContains,
  assertNoErrors,
  drawnPixels,
  eventually,
  hoverUntil,
  openDashboard,
  press,
  text,
  whenDrawn,
} from './lib.mjs';

/** The six series charts; the page may have more charts, and every one is read back. */
const SERIES = ['growth', 'exports', 'fdi', 'budget', 'ranks', 'pci'];

/** A few figures per card, as the Playwright suite checks them (e2e/dashboard.spec.js). */
const VI = {
  grdp_growth_2022: ['+7,39%', 'so với năm 2021'],
  grdp_per_head_2022: ['6.696 USD', '3/63'],
  exports_2022: ['45,1 tỷ USD', '2/63'],
  fdi_cumulative_2023: ['24,17 tỷ USD', '1.908 dự án'],
  grdp_growth_2023_h1: ['−12,59%', '63/63', '6 tháng đầu năm 2023'],
};
const EN = {
  grdp_growth_2022: ['+7.39%', 'vs 2021'],
  grdp_per_head_2022: ['6,696 USD', '3rd of 63 provinces'],
  exports_2022: ['USD 45.1 billion'],
  fdi_cumulative_2023: ['USD 24.17 billion', '1,908 projects'],
  grdp_growth_2023_h1: ['−12.59%', 'H1 2023'],
};

async function expectCards(browser, expected) {
  for (const [id, needles] of Object.entries(expected)) {
    const content = await text(browser, `[data-figure="${id}"]`);
    assert.ok(content, `no card for ${id}`);
    assertContains(content, needles, `card ${id}`);
  }
}

/** 1. The full page in Vietnamese: the seed's figures, the six series charts and every other canvas drawn, no error. */
async function fullPageInVietnamese(ctx) {
  const { browser } = ctx;
  await openDashboard(ctx);
  assert.equal(await browser.execute(() => document.documentElement.lang), 'vi');
  assert.equal(await text(browser, 'h1'), 'Bắc Ninh — kinh tế qua số liệu');
  await expectCards(browser, VI);
  const canvases = await drawnPixels(browser);
  for (const id of SERIES) assert.ok(canvases.some((c) => c.id === id), `no canvas for the ${id} chart`);
  for (const { id, count, total } of canvases) {
    assert.ok(count > total * 0.01, `the ${id} canvas reads back blank (${count} of ${total} pixels drawn)`);
  }
  await assertNoErrors(ctx);
}

/** 2. The language switch to the English page, and ?lang=en. */
async function languageSwitch(ctx) {
  const { browser } = ctx;
  await openDashboard(ctx);
  const before = await browser.execute(() => document.querySelector('[data-chart="growth"] canvas').toDataURL());
  // The link leads to the English prerendered page, which comes to life in its turn.
  await browser.$('.lang-switch__button[lang="en"]').click();
  await eventually(async () => /\/en\.html(#.*)?$/.test(await browser.getUrl()), { message: 'the English page did not open' });
  await whenDrawn(ctx);
  await eventually(async () => (await browser.execute(() => document.documentElement.lang)) === 'en', { message: '<html lang> did not become en' });
  await eventually(() => expectCards(browser, EN), { message: 'the cards were not in English' });
  assert.equal(await browser.$('.lang-switch__button[lang="en"]').getAttribute('aria-current'), 'true');
  assert.equal(await text(browser, '[data-chart="growth"] h3'), 'GRDP growth');
  await eventually(
    async () => (await browser.execute(() => document.querySelector('[data-chart="growth"] canvas').toDataURL())) !== before,
    { message: 'the growth chart was not redrawn in English' },
  );
  await assertNoErrors(ctx);

  await openDashboard(ctx, '?lang=en');
  assert.equal(await browser.execute(() => document.documentElement.lang), 'en');
  await expectCards(browser, EN);
  assert.equal(await text(browser, '.site-header__vintage'), 'Figures published on 13 June 2023 and in later reports');
  await assertNoErrors(ctx);
}

/** 3. Keyboard reading announced through aria-live, and a chart's tooltip on pointer hover. */
async function keyboardAndTooltip(ctx) {
  const { browser } = ctx;
  await openDashboard(ctx);
  // The keyboard reads the points in order, from a chart no one has touched yet.
  const canvas = await browser.$('[data-chart="growth"] canvas');
  await browser.execute((el) => el.focus(), canvas);
  assert.equal(await browser.execute((el) => document.activeElement === el, canvas), true, 'the canvas did not take focus');
  const live = '[data-chart="growth"] [data-role="chart-live"]';
  assert.equal(await browser.$(live).getAttribute('aria-live'), 'polite');
  const expectLive = (needle) =>
    eventually(async () => (await text(browser, live)).includes(needle), { message: `the live region did not read “${needle}”` });
  await press(browser, 'ArrowRight');
  await expectLive('2018: +10,6%');
  await press(browser, 'ArrowRight');
  await expectLive('2019: +1,1%');
  await press(browser, 'End');
  await expectLive('2024: +6,03%');
  await press(browser, 'Home');
  await expectLive('2018');
  assertContains(await text(browser, '[data-chart="growth"] [data-role="tooltip"]'), ['+10,6%'], 'the keyboard tooltip');

  // Focus leaves (the tooltip goes), then the pointer finds 2022.
  await browser.execute(() => document.activeElement.blur());
  await eventually(async () => (await browser.$$('[data-chart="growth"] [data-role="tooltip"]').length) === 0, {
    message: 'the tooltip stayed after focus left',
  });
  const tooltip = await hoverUntil(browser, 'growth', '+7,39%');
  assert.ok(tooltip, 'no position over the growth chart showed 2022 in the tooltip');
  assertContains(tooltip, ['2022', 'chính thức', 'Nguồn khác ghi'], 'the 2022 tooltip');
  await assertNoErrors(ctx);
}

/** 4. A chart's table toggle, and its CSV download as the browser saves it: the file starts with the UTF-8 BOM. */
async function tableAndCsv(ctx) {
  const { browser } = ctx;
  await openDashboard(ctx);
  const table = await browser.$('[data-chart="growth"] table');
  assert.equal(await table.isDisplayed(), false, 'the table shows before the toggle');
  const toggle = await browser.$('[data-chart="growth"] [data-action="table"]');
  await toggle.scrollIntoView({ block: 'center' });
  await toggle.click();
  await eventually(() => table.isDisplayed(), { message: 'the table did not show' });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  const cells = await browser.execute(() => [...document.querySelectorAll('[data-chart="growth"] tbody td.num')].map((td) => td.textContent));
  for (const v of ['10,6', '7,39', '−9,28', '6,03']) {
    assert.ok(cells.some((cell) => cell.includes(v)), `the table lacks ${v}: ${cells}`);
  }

  // Each engine saves downloads in this run's own folder (engines.mjs): read the file it wrote.
  for (const name of await readdir(ctx.downloads)) await rm(join(ctx.downloads, name), { recursive: true });
  await browser.$('[data-chart="growth"] [data-download="csv"]').click();
  const bytes = await eventually(
    async () => {
      const names = await readdir(ctx.downloads);
      // Firefox and Chromium write a partial file first (.part, .crdownload), then rename it.
      assert.deepEqual(names, ['bac-ninh-growth-vi.csv']);
      const saved = await readFile(join(ctx.downloads, names[0]));
      return saved.length > 0 && saved;
    },
    { message: 'the browser did not save bac-ninh-growth-vi.csv' },
  );
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the CSV does not start with the UTF-8 BOM');
  const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
  assert.equal(lines[0], 'tên,kỳ,giá trị,đơn vị,định tính,tình trạng,thứ hạng,trên tổng số,chi tiết,nguồn,địa chỉ nguồn,trích dẫn');
  assert.deepEqual(
    lines.slice(1).map((l) => l.split(',')[2]),
    ['10.6', '1.1', '1.36', '6.9', '7.39', '-12.59', '-9.28', '6.03'],
  );
  await assertNoErrors(ctx);
}

/** 5. An embed on a host page of another origin, sized by the height it posts. */
async function embedOnAnotherOrigin(ctx) {
  const { browser, host, app } = ctx;
  await browser.url(host);
  const heights = {};
  for (const id of ['full', 'growth']) {
    const frame = await browser.$(`iframe#${id}`);
    // As a reader scrolls to it: Chromium may leave a cross-origin frame that is off screen
    // undrawn (its rendering is throttled) until it comes into view.
    await browser.execute((f) => f.scrollIntoView(), frame);
    heights[id] = await eventually(
      async () => {
        await browser.switchFrame(frame);
        const inside = await browser.execute(() => ({
          bar: Boolean(document.querySelector('.embed-bar')),
          drawn: document.querySelectorAll('canvas.chart-canvas[data-draw-ms]').length,
          content: Math.ceil(document.body.getBoundingClientRect().height),
          scroll: document.documentElement.scrollHeight - window.innerHeight,
        }));
        await browser.switchFrame(null);
        const box = await browser.execute((f) => f.getBoundingClientRect().height, frame);
        // Charts draw as they come near the viewport: the growth embed's one chart is in view;
        // the full embed's first chart is a screen or more below its top.
        const drawnEnough = id === 'full' || inside.drawn > 0;
        assert.ok(inside.bar && drawnEnough, `embed ${id} has not rendered yet (${JSON.stringify(inside)})`);
        assert.ok(Math.abs(box - inside.content) <= 1, `iframe ${id} is ${box} px tall for ${inside.content} px of content`);
        assert.ok(inside.scroll <= 1, `embed ${id} scrolls inside by ${inside.scroll} px`);
        return box;
      },
      { timeout: 30_000, interval: 250, message: `iframe ${id} was not fitted to its content` },
    );
  }
  assert.ok(heights.full > heights.growth, `the full embed (${heights.full} px) is not taller than one chart (${heights.growth} px)`);
  const messages = await browser.execute(() => window.received);
  const origin = new URL(app).origin;
  assert.ok(messages.length > 0, 'the host page received no message');
  assert.ok(messages.every((m) => m.origin === origin), `a message came from another origin than ${origin}`);
  assert.ok(messages.some((m) => m.data?.['datawrapper-height']?.growth > 100), 'no Datawrapper-format height for growth');
  assert.ok(messages.some((m) => m.data?.type === 'bac-ninh-dashboard:height' && m.data.id === 'full'), 'no own-format height for full');
  await assertNoErrors(ctx);
}

/** 8. The <bac-ninh-dashboard> element on a host page of another origin whose CSP allows no inline code. */
async function dashboardElement(ctx) {
  const { browser, host } = ctx;
  await browser.url(new URL('elements.html', host).href);
  for (const id of ['el-growth', 'el-figures']) {
    const frame = await browser.$(`#${id} > iframe`);
    await frame.waitForExist({ timeout: 15_000, timeoutMsg: `the element #${id} made no iframe` });
    // The iframe loads lazily, as a reader scrolls to it.
    await browser.execute((f) => f.scrollIntoView(), frame);
    await eventually(
      async () => {
        await browser.switchFrame(frame);
        const inside = await browser.execute(() => ({
          bar: Boolean(document.querySelector('.embed-bar')),
          content: Math.ceil(document.body.getBoundingClientRect().height),
        }));
        await browser.switchFrame(null);
        const box = await browser.execute((f) => f.getBoundingClientRect().height, frame);
        assert.ok(inside.bar, `the element #${id} has not rendered yet`);
        assert.ok(Math.abs(box - inside.content) <= 1, `#${id} is ${box} px tall for ${inside.content} px of content`);
      },
      { timeout: 30_000, interval: 250, message: `the element #${id} was not fitted to its content` },
    );
  }
  assert.deepEqual(await browser.execute(() => window.violations), [], 'the host page reported CSP violations');
  await assertNoErrors(ctx);
}

/** 7. The one-file offline copy opened from disk: it runs from its own bytes under its own CSP. */
async function offlineCopyFromDisk(ctx) {
  const { browser } = ctx;
  await openDashboard(ctx, '', pathToFileURL(resolve('dist/bac-ninh-offline.html')).href);
  await expectCards(browser, VI);
  assertContains(await text(browser, '[data-role="offline-copy-notice"]'), ['13/6/2023'], 'the offline notice');
  const canvases = await drawnPixels(browser);
  for (const { id, count, total } of canvases) {
    assert.ok(count > total * 0.01, `the ${id} canvas reads back blank (${count} of ${total} pixels drawn)`);
  }
  await browser.$('.lang-switch__button[lang="en"]').click();
  await eventually(() => expectCards(browser, EN), { message: 'the offline copy did not switch to English' });
  await assertNoErrors(ctx);
}

export const JOURNEYS = [
  ['full page in Vietnamese', fullPageInVietnamese],
  ['language switch and ?lang=en', languageSwitch],
  ['keyboard reading and tooltip', keyboardAndTooltip],
  ['table and CSV download', tableAndCsv],
  ['embed on another origin', embedOnAnotherOrigin],
  ['dashboard element on another origin', dashboardElement],
  ['offline copy opened from disk', offlineCopyFromDisk],
];
