// embed.js on host pages that do not play fair: an advertisement on another origin posting
// the dashboard's height message, heights that are no heights, an element named like the
// script's "already loaded" flag, and embeds inside open and closed shadow roots.
import { test, expect } from '@playwright/test';
import { HOST_PORT } from '../playwright.config.js';

const HOST = `http://127.0.0.1:${HOST_PORT}/`;

/** The tallest an embed is made (public/embed.js, MAX_HEIGHT). */
const MAX_HEIGHT = 40000;

/** Waits until the iframe `frameElement` (a handle) is as tall as its content; returns its height. */
async function fitted(frameElement) {
  const frame = await frameElement.contentFrame();
  await expect(frame.locator('.embed-bar')).toBeVisible();
  await expect
    .poll(async () => {
      const content = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
      const box = await frameElement.evaluate((f) => f.getBoundingClientRect().height);
      return Math.abs(box - content) <= 1 && box > 150;
    })
    .toBe(true);
  return frameElement.evaluate((f) => f.getBoundingClientRect().height);
}

const height = (page, id) => page.locator(`iframe#${id}`).evaluate((f) => f.getBoundingClientRect().height);

/** A page at the dashboard's address that posts, as the embed would, whatever height it is sent. */
const PROBE = `<!DOCTYPE html><title>probe</title><script>
addEventListener('message', (event) => {
  if (!event.data || !('send' in event.data)) return;
  parent.postMessage({ type: 'bac-ninh-dashboard:height', id: 'probe', height: event.data.send }, '*');
  parent.postMessage({ type: 'probe-ack', n: event.data.n }, '*');
});
</script>`;

test.beforeEach(async ({ page }) => {
  await page.route('http://127.0.0.1:4173/probe.html', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: PROBE }));
});

/** Has the probe post `value` as its height, and waits until the host page has seen the message. */
async function probe(page, value, n) {
  await page.evaluate(([value, n]) => document.getElementById('probe').contentWindow.postMessage({ send: value, n }, '*'), [value, n]);
  await expect.poll(() => page.evaluate((n) => window.received.some((m) => m.data && m.data.type === 'probe-ack' && m.data.n === n), n)).toBe(true);
}

test('a frame of another origin posting the dashboard’s message resizes nothing, the dashboard’s frame still fits', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 900 });
  await page.goto(`${HOST}hostile.html`);
  const dash = await fitted(await page.locator('iframe#dash').elementHandle());
  expect(dash).toBeLessThan(5000);
  // The advertisement keeps posting its claims, as itself and as the dashboard's frame: wait
  // for some to arrive now that embed.js sizes the dashboard's frame.
  const claims = () => page.evaluate(() => window.received.filter((m) => m.origin === 'http://localhost:4174' && m.data.height === 99999).length);
  const before = await claims();
  await expect.poll(claims).toBeGreaterThanOrEqual(before + 2);
  expect(await height(page, 'ad')).toBe(250);
  expect(await height(page, 'dash')).toBe(dash);
});

test('heights that are not finite positive numbers are ignored, and the largest is capped', async ({ page }) => {
  await page.goto(`${HOST}hostile.html`);
  await expect.poll(() => page.frame({ url: /probe\.html/ }) !== null).toBe(true);
  await page.frame({ url: /probe\.html/ }).waitForLoadState();
  await probe(page, 321, 1);
  expect(await height(page, 'probe')).toBe(321);
  let n = 2;
  for (const bad of [0, -40, Number.NaN, Number.POSITIVE_INFINITY, '700', null, { valueOf: 700 }, [700]]) {
    await probe(page, bad, n++);
    expect(await height(page, 'probe'), `height ${String(bad)}`).toBe(321);
  }
  await probe(page, 654.2, n++);
  expect(await height(page, 'probe')).toBe(655);
  await probe(page, 1e9, n++);
  expect(await height(page, 'probe')).toBe(MAX_HEIGHT);
});

test('an element whose id is the old “already loaded” flag does not switch the script off', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 900 });
  await page.goto(`${HOST}hostile.html`);
  expect(await page.evaluate(() => window.bacNinhDashboardEmbed instanceof HTMLElement)).toBe(true);
  await expect(page.locator('#el-figures > iframe')).toHaveCount(1);
  await page.locator('#el-figures > iframe').scrollIntoViewIfNeeded();
  await fitted(await page.locator('#el-figures > iframe').elementHandle());
  await fitted(await page.locator('iframe#dash').elementHandle());
});

test('embeds inside an open and a closed shadow root are each sized to their content', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 900 });
  await page.goto(`${HOST}shadow.html`);
  // Playwright's CSS engine pierces the open root; the closed one is handed over by the host page.
  const open = await fitted(await page.locator('open-widget iframe#shadow-frame').elementHandle());
  const closedFrame = await page.evaluateHandle(() => window.closedRoot.querySelector('iframe'));
  await closedFrame.evaluate((f) => f.scrollIntoView());
  const closed = await fitted(closedFrame.asElement());
  expect(open).not.toBe(600);
  expect(closed).not.toBe(600);
  expect(open).not.toBe(closed);
  expect(await closedFrame.evaluate((f) => f.getAttribute('src'))).toContain('embed-budget-en.html?id=shadow-element');
});
