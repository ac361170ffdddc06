// Benchmark: sizes of dist/ and timings in headless Chromium. It prints numbers and
// asserts nothing (the budgets are compared in the output, for people to read).
//
//   node scripts/bench.mjs [--runs 11] [--redraws 20]
//
// - every file of dist/, raw, gzip (level 9) and brotli (quality 11), and the service worker's precache;
// - the gzip (and brotli) bytes of the files the first view requests (the data is embedded);
// - navigation start to every chart drawn, median of --runs cold loads;
// - each chart's redraw time (language switches), median of --redraws.
import { chromium } from '@playwright/test';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { startServer } from './serve-dist.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : fallback);
const RUNS = option('runs', 11);
const REDRAWS = option('redraws', 20);
const PORT = 4180;
const BUDGET_FIRST_VIEW_GZIP = 150 * 1024;
const BUDGET_REDRAW_MS = 4;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const files = (await readdir('dist', { recursive: true, withFileTypes: true }))
  .filter((e) => e.isFile())
  .map((e) => relative('dist', join(e.parentPath ?? e.path, e.name)).split('\\').join('/'))
  .sort();
const sizes = {};
console.log('\nFiles of dist/ (raw, gzip -9, brotli -q 11)');
for (const file of files) {
  const data = await readFile(join('dist', file));
  const brotli = brotliCompressSync(data, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } });
  sizes[file] = { raw: data.length, gzip: gzipSync(data, { level: 9 }).length, brotli: brotli.length };
}
const total = { raw: 0, gzip: 0, brotli: 0 };
const row = (name, s) => `  ${name.padEnd(48)} ${[s.raw, s.gzip, s.brotli].map((n) => String(n).padStart(9)).join(' ')}`;
for (const file of files) {
  for (const key of Object.keys(total)) total[key] += sizes[file][key];
  console.log(row(file, sizes[file]));
}
console.log(row('total', total));
const sw = await readFile('dist/sw.js', 'utf8');
const precache = JSON.parse(sw.match(/const PRECACHE = (\[.*?\]);/)[1]);
const precached = precache.reduce((t, f) => t + sizes[f].raw, 0);
console.log(`  service worker precache: ${precache.length} files, ${precached} bytes (${kb(precached)}) stored`);

const server = await startServer({ root: 'dist', port: PORT });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const loads = [];
  let firstView = null;
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const requested = new Set();
    page.on('request', (r) => requested.add(new URL(r.url()).pathname.replace(/^\//, '') || 'index.html'));
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.waitForFunction(() => document.querySelectorAll('canvas[data-drawn-at]').length === document.querySelectorAll('[data-chart]').length && document.querySelectorAll('[data-chart]').length > 0);
    const drawnAt = await page.evaluate(() => Math.max(...[...document.querySelectorAll('canvas[data-drawn-at]')].map((c) => Number(c.dataset.drawnAt))));
    loads.push(drawnAt);
    firstView ??= [...requested].filter((f) => sizes[f]);
    await context.close();
  }
  const firstViewGzip = firstView.reduce((t, f) => t + sizes[f].gzip, 0);
  const firstViewBrotli = firstView.reduce((t, f) => t + sizes[f].brotli, 0);
  console.log('\nFirst view (files the page requests before all charts are drawn; gzip, brotli)');
  for (const f of firstView) console.log(`  ${f.padEnd(48)} ${String(sizes[f].gzip).padStart(9)} ${String(sizes[f].brotli).padStart(9)}`);
  console.log(`  total ${kb(firstViewGzip)} gzip (budget ${kb(BUDGET_FIRST_VIEW_GZIP)}: ${firstViewGzip <= BUDGET_FIRST_VIEW_GZIP ? 'within' : 'OVER'}); ${kb(firstViewBrotli)} brotli`);
  console.log(`\nNavigation start to every chart drawn, ${RUNS} cold loads`);
  console.log(`  median ${median(loads).toFixed(1)} ms (min ${Math.min(...loads).toFixed(1)}, max ${Math.max(...loads).toFixed(1)})`);

  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.waitForFunction(() => document.querySelectorAll('canvas[data-drawn-at]').length === document.querySelectorAll('[data-chart]').length && document.querySelectorAll('[data-chart]').length > 0);
  const redraws = {};
  for (let i = 0; i < REDRAWS; i++) {
    const before = await page.evaluate(() => [...document.querySelectorAll('canvas[data-drawn-at]')].map((c) => c.dataset.drawnAt));
    await page.locator(`.lang-switch__button[lang="${i % 2 ? 'vi' : 'en'}"]`).click();
    await page.waitForFunction(
      (b) => [...document.querySelectorAll('canvas[data-drawn-at]')].every((c, j) => c.dataset.drawnAt !== b[j]),
      before,
    );
    const times = await page.evaluate(() =>
      [...document.querySelectorAll('[data-chart]')].map((card) => [card.dataset.chart, Number(card.querySelector('canvas').dataset.drawMs)]),
    );
    for (const [id, ms] of times) (redraws[id] ??= []).push(ms);
  }
  console.log(`\nRedraw time per chart (language switch, canvas ${await page.evaluate(() => document.querySelector('canvas').clientWidth)} px wide), median of ${REDRAWS}`);
  for (const [id, ms] of Object.entries(redraws)) {
    const m = median(ms);
    console.log(`  ${id.padEnd(10)} ${m.toFixed(2).padStart(7)} ms  (budget ${BUDGET_REDRAW_MS} ms: ${m <= BUDGET_REDRAW_MS ? 'within' : 'OVER'})`);
  }
} finally {
  await browser.close();
  await server.close();
}
