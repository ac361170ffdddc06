// Embedding: a host page on another origin sizes each iframe to its content,
// and each ?view= shows what it names and nothing else.
import { test, expect } from '@playwright/test';
import { openPart } from './helpers.js';
import { HOST_PORT, PORT } from '../playwright.config.js';

const HOST = `http://127.0.0.1:${HOST_PORT}/`;
const DASHBOARD = `http://127.0.0.1:${PORT}`;

/** Waits until an embed's iframe is exactly as tall as its content, with no inner scroll. */
async function expectFitted(page, id) {
  const frame = await (await page.locator(`iframe#${id}`).elementHandle()).contentFrame();
  await expect(frame.locator('.embed-bar')).toBeVisible();
  await expect
    .poll(
      async () => {
        const content = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
        const box = await page.locator(`iframe#${id}`).evaluate((f) => f.getBoundingClientRect().height);
        const inner = await frame.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
        return Math.abs(box - content) <= 1 && inner <= 1;
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  return page.locator(`iframe#${id}`).evaluate((f) => f.getBoundingClientRect().height);
}

for (const width of [320, 768, 1200]) {
  test(`a host page on another origin fits both embeds at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(HOST);
    const full = await expectFitted(page, 'full');
    const growth = await expectFitted(page, 'growth');
    expect(full).toBeGreaterThan(growth);
    const messages = await page.evaluate(() => window.received);
    expect(messages.some((m) => m.data && m.data['datawrapper-height'] && m.data['datawrapper-height'].growth > 100)).toBe(true);
    expect(messages.some((m) => m.data && m.data.type === 'bac-ninh-dashboard:height' && m.data.id === 'full')).toBe(true);
    expect(messages.every((m) => m.origin === 'http://127.0.0.1:4173')).toBe(true);
  });
}

test('the embed height follows a language switch inside it', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 900 });
  await page.goto(HOST);
  const before = await expectFitted(page, 'full');
  const frame = await (await page.locator('iframe#full').elementHandle()).contentFrame();
  await frame.getByRole('link', { name: 'EN', exact: true }).click();
  await expect(frame.locator('#key-figures-heading')).toContainText('Headline results');
  await expect.poll(() => page.locator('iframe#full').evaluate((f) => f.getBoundingClientRect().height)).not.toBe(before);
  await expectFitted(page, 'full');
});

const VIEWS = {
  // The former province's 8 cards, the new province's 7 results and its 4 targets.
  all: { cards: 19, charts: ['growth', 'exports', 'fdi', 'budget', 'ranks', 'pci', 'compare'], sources: 1 },
  figures: { cards: 8, charts: [], sources: 0 },
  growth: { cards: 0, charts: ['growth'], sources: 0 },
  exports: { cards: 0, charts: ['exports'], sources: 0 },
  fdi: { cards: 0, charts: ['fdi'], sources: 0 },
  budget: { cards: 0, charts: ['budget'], sources: 0 },
  ranks: { cards: 0, charts: ['ranks'], sources: 0 },
  pci: { cards: 0, charts: ['pci'], sources: 0 },
  compare: { cards: 0, charts: ['compare'], sources: 0 },
};

for (const [view, expected] of Object.entries(VIEWS)) {
  test(`?embed=1&view=${view} shows what it names and nothing else`, async ({ page }) => {
    await page.goto(`./?embed=1&view=${view}&lang=en`);
    await expect(page.locator('.embed-bar')).toBeVisible();
    await expect(page.locator('.embed-bar__link')).toHaveAttribute('target', '_blank');
    await expect(page.locator('.embed-bar__link')).toHaveText('Open the full dashboard');
    await expect(page.locator('.site-header, .site-footer, [data-role="embed-panel"]')).toHaveCount(0);
    await expect(page.locator('.card')).toHaveCount(expected.cards);
    const charts = await page.locator('[data-chart]').evaluateAll((els) => els.map((e) => e.dataset.chart));
    expect(charts).toEqual(expected.charts);
    await expect(page.locator('#sources')).toHaveCount(expected.sources);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
}

test('the embed panel writes the iframe code with a working preview', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openPart(page, 'embed-panel');
  const panel = page.locator('[data-role="embed-panel"]');
  await panel.locator('#embed-view').selectOption('exports');
  await panel.locator('#embed-form').selectOption('iframe');
  const code = await panel.locator('textarea').inputValue();
  expect(code).toContain('src="http://127.0.0.1:4173/embed-exports-vi.html?id=bac-ninh-exports"');
  expect(code).toContain('title="Bắc Ninh — kinh tế qua số liệu — Kim ngạch xuất khẩu hàng hóa"');
  expect(code).toContain('loading="lazy"');
  expect(code).toContain('width="100%" height="600"');
  expect(code).not.toContain('style=');
  expect(code).toContain('<script src="http://127.0.0.1:4173/embed.js" defer></script>');
  await panel.getByRole('button', { name: 'Sao chép mã' }).click();
  await expect(panel.getByRole('button', { name: 'Đã sao chép' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  // The page loads the script that sizes the preview only once the preview is opened.
  await expect(page.locator('script[src="embed.js"]')).toHaveCount(0);
  const embedScript = page.waitForResponse((r) => r.url().endsWith('/embed.js') && r.ok());
  await panel.locator('summary').click();
  await embedScript;
  // Charts are drawn once they come near the viewport.
  await page.locator('.embed-preview__frame').scrollIntoViewIfNeeded();
  await expect(page.frameLocator('.embed-preview__frame').locator('[data-chart="exports"] canvas[data-draw-ms]')).toHaveCount(1);
  // The preview is resized by the same embed.js a host uses.
  await expect.poll(() => panel.locator('iframe').evaluate((f) => f.getBoundingClientRect().height)).not.toBe(600);
});

// A ministry page is light or dark whatever the reader's device says; ?theme= follows the page.
// The embed's own background is transparent (the host page shows through); its text and cards follow the theme.
for (const [theme, device, text, surface, canvasCorner] of [
  ['dark', 'light', 'rgb(232, 236, 240)', 'rgb(20, 25, 31)', [0x14, 0x19, 0x1f]],
  ['light', 'dark', 'rgb(27, 36, 46)', 'rgb(255, 255, 255)', [255, 255, 255]],
]) {
  test(`?theme=${theme} keeps an embed ${theme} on a ${device} device`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: device });
    await page.goto(`./?embed=1&view=growth&theme=${theme}`);
    const canvas = page.locator('[data-chart="growth"] canvas[data-drawn-at]');
    await expect(canvas).toHaveCount(1);
    const colours = () =>
      page.evaluate(() => {
        const card = document.querySelector('[data-chart="growth"]');
        const pixel = card.querySelector('canvas').getContext('2d').getImageData(1, 1, 1, 1).data;
        return [getComputedStyle(document.body).color, getComputedStyle(card).backgroundColor, [...pixel].slice(0, 3)];
      });
    expect(await colours()).toEqual([text, surface, canvasCorner]);
    // The device switching scheme changes nothing: the host page's choice holds.
    await page.emulateMedia({ colorScheme: theme });
    await page.emulateMedia({ colorScheme: device });
    await page.waitForTimeout(100);
    expect(await colours()).toEqual([text, surface, canvasCorner]);
  });
}

test('the embed panel offers the colour scheme, and the preview shows it', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openPart(page, 'embed-panel', './?lang=en');
  const panel = page.locator('[data-role="embed-panel"]');
  await expect(panel.locator('#embed-scheme option')).toHaveText(['Light background', 'Dark background', 'Follow the reader’s device']);
  await expect(panel.locator('textarea')).not.toHaveValue(/theme=/);
  await panel.getByLabel('Colours').selectOption('dark');
  await expect(panel.locator('textarea')).toHaveValue(/ theme="dark"/);
  await panel.locator('#embed-form').selectOption('iframe');
  await expect(panel.locator('textarea')).toHaveValue(/id=bac-ninh-growth&amp;theme=dark"/);
  await panel.locator('summary').click();
  const frame = page.frameLocator('.embed-preview__frame');
  await page.locator('.embed-preview__frame').scrollIntoViewIfNeeded();
  await expect(frame.locator('[data-chart="growth"] canvas[data-drawn-at]')).toHaveCount(1);
  expect(await frame.locator('[data-chart="growth"]').evaluate((card) => getComputedStyle(card).backgroundColor)).toBe('rgb(20, 25, 31)');
});

test('an embed’s “open the full dashboard” leads to the full dashboard in the embed’s language', async ({ page, context, request }) => {
  // Without JavaScript too: the prerendered pages link the full page of their language.
  for (const [embed, full] of [['embed-growth-vi.html', 'index.html'], ['embed-ranks-en.html', 'en.html']]) {
    const html = await (await request.get(embed)).text();
    const link = html.match(/<a [^>]*class="embed-bar__link"[^>]*>/)?.[0] ?? '';
    expect(link, embed).toContain(`href="${full}"`);
  }
  await page.goto('embed-growth-vi.html?id=x');
  await expect(page.locator('#app[data-live]')).toBeAttached();
  const link = page.locator('.embed-bar__link');
  await expect(link).toHaveText('Mở bảng điều khiển đầy đủ');
  await expect(link).toHaveAttribute('href', 'index.html');
  const [full] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await expect(full).toHaveURL('http://127.0.0.1:4173/index.html');
  await expect(full.locator('.site-header')).toBeVisible();
  await expect(full.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(full.locator('html')).not.toHaveClass(/embed/);
  await full.close();
  // After a language switch inside the embed, and in the older ?embed=1 form.
  await page.getByRole('link', { name: 'EN', exact: true }).click();
  await expect(link).toHaveText('Open the full dashboard');
  await expect(link).toHaveAttribute('href', 'en.html');
  await page.goto('./?embed=1&view=pci&lang=en');
  const [english] = await Promise.all([context.waitForEvent('page'), page.locator('.embed-bar__link').click()]);
  await expect(english).toHaveURL('http://127.0.0.1:4173/en.html');
  await expect(english.locator('html')).toHaveAttribute('lang', 'en');
  await expect(english.locator('.site-header')).toBeVisible();
});

// What a ministry's editor does: copy the code the panel offers and paste it into an
// article on another origin whose policy allows no inline style or script (e2e/host/article.html).

/** The code the embed panel on `path` offers after the `choices` ([select, value] pairs). */
async function panelCode(page, choices = [], path = './') {
  await openPart(page, 'embed-panel', path);
  const panel = page.locator('[data-role="embed-panel"]');
  for (const [select, value] of choices) await panel.locator(select).selectOption(value);
  return panel.locator('#embed-code').inputValue();
}

/** Opens the host's article with `code` pasted into its column; returns the embed's frame. */
async function openHost(page, code) {
  await page.goto(`${HOST}article.html?${new URLSearchParams({ code })}`);
  const frameElement = page.locator('article iframe');
  await frameElement.scrollIntoViewIfNeeded();
  const frame = await (await frameElement.elementHandle()).contentFrame();
  await expect(frame.locator('.embed-bar')).toBeVisible();
  return { frameElement, frame };
}

for (const width of [360, 1280]) {
  for (const form of ['element', 'iframe']) {
    test(`the ${form === 'element' ? 'default code' : 'iframe code'} fits an article with a strict CSP at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      const code = await panelCode(page, form === 'element' ? [] : [['#embed-form', 'iframe']]);
      expect(code).not.toContain('style=');
      const { frameElement, frame } = await openHost(page, code);
      // The column's full width, no border, as tall as its content, with no scrollbar inside.
      await expect
        .poll(async () => {
          const box = await frameElement.evaluate((f) => {
            const column = f.closest('article');
            const style = getComputedStyle(f);
            const inner = column.clientWidth - parseFloat(getComputedStyle(column).paddingLeft) - parseFloat(getComputedStyle(column).paddingRight);
            return { width: f.getBoundingClientRect().width, column: inner, border: style.borderTopWidth, height: f.getBoundingClientRect().height };
          });
          const content = await frame.evaluate(() => ({
            height: Math.ceil(document.body.getBoundingClientRect().height),
            scroll: document.documentElement.scrollHeight - window.innerHeight,
            sideways: document.documentElement.scrollWidth - window.innerWidth,
          }));
          return (
            Math.abs(box.width - box.column) <= 0.5 &&
            box.border === '0px' &&
            Math.abs(box.height - content.height) <= 1 &&
            content.scroll <= 1 &&
            content.sideways <= 0
          );
        }, { timeout: 15_000 })
        .toBe(true);
      expect(await page.evaluate(() => window.violations)).toEqual([]);
    });
  }
}

test('the default code is light on a dark device; following the device is a choice', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const [choices, text, scheme] of [
    [[], 'rgb(27, 36, 46)', /scheme-light/],
    [[['#embed-scheme', 'auto']], 'rgb(232, 236, 240)', /^(?!.*scheme-)/],
  ]) {
    const code = await panelCode(page, choices);
    expect(code.includes('theme="auto"'), code).toBe(choices.length > 0);
    const { frame } = await openHost(page, code);
    await expect(frame.locator('#app[data-live]')).toBeAttached();
    await expect(frame.locator('html')).toHaveClass(scheme);
    expect(await frame.evaluate(() => getComputedStyle(document.body).color)).toBe(text);
  }
  // The prerendered page is light before the app takes it over, and without JavaScript.
  const html = await (await page.request.get('embed-growth-vi.html')).text();
  expect(html).toMatch(/<html lang="vi" class="embed scheme-light">/);
});

test('the embed panel offers the embed’s language, whatever the page’s', async ({ page }) => {
  await openPart(page, 'embed-panel');
  const panel = page.locator('[data-role="embed-panel"]');
  await expect(panel.locator('#embed-lang')).toHaveValue('vi');
  await expect(panel.locator('#embed-lang option')).toHaveText(['Tiếng Việt', 'English']);
  const vietnamese = await panel.locator('#embed-code').inputValue();
  await panel.getByLabel('Ngôn ngữ của khung nhúng').selectOption('en');
  const english = await panel.locator('#embed-code').inputValue();
  expect(english).not.toBe(vietnamese);
  expect(english).toContain('view="growth" lang="en" title="Bắc Ninh — the economy in figures — GRDP growth"');
  expect(english).toContain(`href="${DASHBOARD}/en.html"`);
  // The page stays Vietnamese, and so does the panel around the choice.
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(panel.locator('#embed-heading')).toHaveText('Nhúng vào trang web');
  await panel.locator('#embed-form').selectOption('iframe');
  await expect(panel.locator('#embed-code')).toHaveValue(/embed-growth-en\.html\?id=bac-ninh-growth"/);
  const { frame } = await openHost(page, english);
  await expect(frame.locator('html')).toHaveAttribute('lang', 'en');
  await expect(frame.locator('[data-chart="growth"] h3')).toHaveText('GRDP growth');
});

test('the embed panel says what a host’s policy must allow, in both languages', async ({ page }) => {
  for (const [path, line] of [
    ['./', `Trang có chính sách bảo mật nội dung (CSP) cần cho phép nguồn (origin) của bảng điều khiển (${DASHBOARD}) trong frame-src, và trong script-src cho embed.js.`],
    ['./?lang=en', `A host page with a Content Security Policy must allow the dashboard’s origin (${DASHBOARD}) in frame-src, and in script-src for embed.js.`],
  ]) {
    await openPart(page, 'embed-panel', path);
    await expect(page.locator('[data-role="embed-panel"] .embed-csp')).toHaveText(line);
  }
});

// An embed is a frame in someone else's page: no service worker of its own, and so no
// precache of the whole site for every visitor of that page.
test('an embed page registers no service worker; the dashboard does', async ({ page }) => {
  await page.goto('./embed-growth-vi.html');
  await page.waitForLoadState('load');
  await expect(page.locator('#app[data-live]')).toBeAttached();
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
  await page.goto('./');
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(1);
});
