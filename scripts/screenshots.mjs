// Full-page screenshots of the built app at 360 and 1280 px, in both languages and colour
// schemes, and the prerendered page without JavaScript,
// for looking at what we ship. Needs the app served (make serve, or the tests' server).
//   node scripts/screenshots.mjs [base-url] [out-dir]
import { chromium } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { CHROMIUM, CHROMIUM_ARGS } from './lib/chromium.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:8080/';
const out = process.argv[3] ?? 'screenshots';
await mkdir(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: CHROMIUM_ARGS,
});
for (const width of [360, 1280]) {
  for (const lang of ['vi', 'en']) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      await page.goto(`${base}${lang === 'vi' ? 'index.html' : 'en.html'}`);
      // Charts come to life and draw as they come near the viewport: bring each near once,
      // waiting for it (a card is replaced by its live copy on the way). The first scroll
      // starts the page's code.
      for (const key of await page.locator('[data-chart]').evaluateAll((cards) => cards.map((c) => c.dataset.chart))) {
        const drawn = `[data-chart="${key}"] canvas[data-drawn-at]`;
        while (!(await page.locator(drawn).count())) {
          await page.evaluate((k) => document.querySelector(`[data-chart="${k}"]`).scrollIntoView({ block: 'center' }), key);
          await page.waitForTimeout(100);
        }
      }
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(300);
      const file = `${out}/${width}-${lang}-${scheme}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      await page.close();
    }
    // The prerendered page as a reader without JavaScript sees it.
    const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}${lang === 'vi' ? 'index.html' : 'en.html'}`);
    const file = `${out}/${width}-${lang}-no-js.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await context.close();
  }
}
await browser.close();
