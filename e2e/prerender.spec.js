// Content at the first byte: the prerendered pages read completely without JavaScript,
// carry what search engines and link previews need, and the app takes them over
// without moving anything, losing the reader's place, or breaking the CSP.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { card, chart, holdWasm, takenOver } from './helpers.js';
import { inlineCode } from '../scripts/postbuild.mjs';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  const PAGES = [
    {
      path: 'index.html',
      lang: 'vi',
      figures: { grdp_growth_2022: '+7,39%', grdp_per_head_2022: '6.696 USD', exports_2022: '45,1 tỷ USD' },
      summary: 'tăng 7,39%',
      growthRow: ['2018', '+10,6%'],
      other: 'EN',
    },
    {
      path: 'en.html',
      lang: 'en',
      figures: { grdp_growth_2022: '+7.39%', grdp_per_head_2022: '6,696 USD', exports_2022: 'USD 45.1 billion' },
      summary: 'grew by 7.39%',
      growthRow: ['2018', '+10.6%'],
      other: 'VI',
    },
  ];

  for (const p of PAGES) {
    test(`${p.path} reads completely: figures, summary, charts as SVG, tables, sources`, async ({ page }) => {
      await page.goto(p.path);
      await expect(page.locator('html')).toHaveAttribute('lang', p.lang);
      for (const [id, text] of Object.entries(p.figures)) await expect(card(page, id)).toContainText(text);
      await expect(page.locator('.summary__text')).toContainText(p.summary);
      // Every chart is one picture with an accessible name, its SVG drawing fetched once near.
      const charts = page.locator('picture.chart-svg img:visible');
      expect(await charts.count()).toBeGreaterThanOrEqual(6);
      for (const img of await charts.all()) expect(await img.getAttribute('alt')).toBeTruthy();
      const growthDrawing = chart(page, 'growth').locator('picture.chart-svg img');
      await growthDrawing.scrollIntoViewIfNeeded();
      await expect.poll(() => growthDrawing.evaluate((img) => img.complete && img.naturalWidth)).toBeGreaterThan(300);
      // Tables are open, since no button could open them.
      const growthTable = chart(page, 'growth').locator('table');
      await expect(growthTable).toBeVisible();
      await expect(growthTable.locator('tr', { hasText: p.growthRow[0] }).first()).toContainText(p.growthRow[1]);
      await expect(page.locator('#sources')).toBeVisible();
      // The other comparison tables, which need tabs with JavaScript, are all there.
      expect(await page.locator('[data-role="compare"] [data-chart]:visible').count()).toBeGreaterThan(1);
      // The language switch is a plain link to the other page.
      const other = page.getByRole('link', { name: p.other, exact: true });
      await expect(other).toHaveAttribute('href', p.lang === 'vi' ? 'en.html' : 'index.html');
      // The embed code is there as text; what needs JavaScript is not offered.
      await expect(page.locator('#embed-code')).toHaveValue(new RegExp(`<bac-ninh-dashboard [^>]*view="growth" lang="${p.lang}"`));
      for (const needsScript of ['[data-download="png"]', '[data-action="copy-embed"]', '[data-action="share"]', '#data-file'])
        await expect(page.locator(needsScript).first()).toBeHidden();
    });
  }

  test('an embed page reads alone: its chart as SVG and its table', async ({ page }) => {
    await page.goto('embed-growth-en.html');
    await expect(page.locator('html')).toHaveClass(/embed/);
    // Light, as it will be once live: an embed's default.
    await expect(page.locator('html')).toHaveClass(/scheme-light/);
    await expect(page.locator('h1')).toHaveText('Bắc Ninh — the economy in figures');
    await expect(page.locator('.site-header')).toHaveCount(0);
    await expect(page.locator('.chart-svg img:visible')).toHaveCount(1);
    await expect(page.locator('.chart-svg img:visible')).toHaveAttribute('alt', 'GRDP growth');
    await expect(chart(page, 'growth').locator('table')).toContainText('+10.6%');
  });

  test('following the language link without JavaScript opens the other prerendered page', async ({ page }) => {
    await page.goto('index.html');
    await page.getByRole('link', { name: 'EN', exact: true }).click();
    await expect(page).toHaveURL(/en\.html$/);
    await expect(card(page, 'grdp_growth_2022')).toContainText('+7.39%');
  });
});

test('each page names itself for search engines and link previews', async ({ request }) => {
  for (const [path, lang, first] of [
    ['index.html', 'vi', 'Năm 2022, tổng sản phẩm trên địa bàn (GRDP) của Bắc Ninh tăng 7,39%'],
    ['en.html', 'en', "In 2022, Bắc Ninh's gross regional domestic product (GRDP) grew by 7.39%"],
    ['embed-growth-vi.html', 'vi', 'Năm 2022, tổng sản phẩm'],
  ]) {
    const html = await (await request.get(path)).text();
    const meta = (attr, name) => html.match(new RegExp(`<meta ${attr}="${name}"[^>]*>|<meta content="[^"]*" ${attr}="${name}">`))?.[0] ?? '';
    expect(html).toContain(`<html lang="${lang}"`);
    expect(meta('name', 'description'), path).toContain(first);
    expect(meta('property', 'og:title'), path).toContain('Bắc Ninh');
    expect(meta('property', 'og:description'), path).toContain(first);
    expect(meta('name', 'twitter:card'), path).toContain('summary');
    expect(html).toMatch(/<title>Bắc Ninh[^<]+<\/title>/);
    // Built without SITE_URL: no relative canonical or hreflang, which search engines refuse.
    expect(html).not.toContain('rel="canonical"');
    expect(html).not.toContain('hreflang="en" href=');
  }
});

test('built for an address, each page links its canonical and its other language absolutely', async () => {
  const out = await mkdtemp(join(tmpdir(), 'bn-prerender-'));
  try {
    execFileSync('target/debug/prerender', ['index.html', out], { env: { ...process.env, SITE_URL: 'https://example.gov.vn/bn/' } });
    const html = await readFile(join(out, 'en.html'), 'utf8');
    expect(html).toContain('<link rel="canonical" href="https://example.gov.vn/bn/en.html">');
    expect(html).toContain('<link rel="alternate" hreflang="vi" href="https://example.gov.vn/bn/index.html">');
    expect(html).toContain('<meta content="https://example.gov.vn/bn/en.html" property="og:url">');
    expect(html).toContain('<meta content="https://example.gov.vn/bn/share-en.png" property="og:image">');
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(await readFile(join(out, 'bac-ninh-offline.html'), 'utf8')).toContain('live=https://example.gov.vn/bn/');
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});

test('the preview image of each language is a 1200 × 630 PNG drawn from the headline figures', async ({ page }) => {
  for (const lang of ['vi', 'en']) {
    const png = await readFile(`dist/share-${lang}.png`);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  }
  // Drawn, not blank: most of the card is background, and the rest is text and the band.
  await page.goto('share-vi.png');
  const inked = await page.evaluate(async () => {
    const img = document.querySelector('img');
    await img.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width: 1200, height: 630 });
    const context = canvas.getContext('2d');
    context.drawImage(img, 0, 0);
    const { data } = context.getImageData(0, 0, 1200, 630);
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] + data[i + 1] + data[i + 2] < 300) dark++;
    return dark / (1200 * 630);
  });
  expect(inked).toBeGreaterThan(0.03);
  expect(inked).toBeLessThan(0.5);
});

test('no built page carries an inline script or style, and the check would catch one', async () => {
  expect(inlineCode('<p style="color:red">x</p><script>alert(1)</script><a onclick="x()">')).toHaveLength(3);
  expect(inlineCode('<textarea>&lt;iframe style="width:100%"&gt;</textarea><script src="a.js"></script>')).toEqual([]);
  // Every page but the offline copy, which has its own hash-based CSP (offline-copy.spec.js).
  const pages = (await readdir('dist')).filter((f) => f.endsWith('.html') && f !== 'bac-ninh-offline.html');
  expect(pages.length).toBe(20);
  for (const file of pages) expect(inlineCode(await readFile(`dist/${file}`, 'utf8')), file).toEqual([]);
});

test.describe('the page coming to life', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('keeps the page and its headline cards, scroll and focus, shifts nothing and breaks no CSP', async ({ page }) => {
    await page.addInitScript(() => {
      window.layoutShift = 0;
      window.violations = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
      document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective));
    });
    // Hold the wasm back, so the prerendered page can be read and used first.
    const release = await holdWasm(page);
    await page.goto('index.html');
    const boxes = async () => page.locator('[data-figure]').evaluateAll((cards) => cards.map((c) => c.getBoundingClientRect().toJSON()));
    // The reader is on the EN link, and has scrolled a little, when the app arrives.
    await page.getByRole('link', { name: 'EN', exact: true }).focus();
    await page.evaluate(() => window.scrollTo(0, 180));
    const before = await boxes();
    const prerendered = await page.evaluate(() => {
      window.prerenderedApp = document.getElementById('app');
      return window.scrollY;
    });
    expect(prerendered).toBe(180);
    release();
    await takenOver(page);
    expect(await page.evaluate(() => document.getElementById('app') === window.prerenderedApp)).toBe(true);
    expect(await boxes()).toEqual(before);
    expect(await page.evaluate(() => window.scrollY)).toBe(prerendered);
    const focused = await page.evaluate(() => [document.activeElement?.textContent, document.getElementById('app').contains(document.activeElement)]);
    expect(focused).toEqual(['EN', true]);
    expect(await page.evaluate(() => window.layoutShift)).toBeLessThanOrEqual(0.01);
    expect(await page.evaluate(() => window.violations)).toEqual([]);
  });

  test('a chart far below keeps its drawing until it comes near, then draws its canvas in its place', async ({ page }) => {
    await page.goto('index.html');
    await takenOver(page);
    const pci = chart(page, 'pci');
    await expect(pci.locator('canvas.chart-canvas[data-draw-ms]')).toHaveCount(0);
    await expect(pci.locator('.chart-frame .chart-svg')).toHaveCount(1);
    await pci.scrollIntoViewIfNeeded();
    await expect(pci.locator('canvas.chart-canvas')).toHaveAttribute('data-draw-ms');
    await expect(pci.locator('.chart-svg')).toHaveCount(0);
  });
});
