// Updated and broken datasets: a valid file replaces the data whole, a bad one is
// explained path by path while the last good data stays; dataset text is inert.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openDashboard, card } from './helpers.js';

// Routed data files reach the app only without the service worker: requests it makes are
// not routed, and by the time the full app asks for a file it may control the page.
test.use({ serviceWorkers: 'block' });

const EMBEDDED = JSON.parse(readFileSync('public/data/bac-ninh.json', 'utf8'));

/** Exports of 2022 changed to `value` in the key figure and the series alike, which must agree. */
function exports2022(d, value) {
  d.key_figures[3].observation.value = value;
  d.series.exports.find((o) => o.period === '2022').value = value;
}

/** The embedded dataset with `change` applied, as JSON text. */
function variant(change) {
  const copy = structuredClone(EMBEDDED);
  change(copy);
  return JSON.stringify(copy);
}

/** Serves `body` at data/<name> on the app's own origin for this page; returns the `?data=` value. */
async function publish(page, name, body) {
  await page.route(`**/data/${name}`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  return name;
}

test('?data= with a valid updated file shows its values and says which dataset it is', async ({ page }) => {
  const path = await publish(
    page,
    'valid.json',
    variant((d) => {
      d.title.vi = 'Bắc Ninh — bản cập nhật';
      d.revised = '2026-12-01';
      d.key_figures[0].observation.value = 7.4;
    }),
  );
  await openDashboard(page, `./?data=${path}`);
  await expect(card(page, 'grdp_growth_2022')).toContainText('+7,4%');
  const notice = page.locator('[data-role="dataset-notice"]');
  await expect(notice).toContainText('Bắc Ninh — bản cập nhật');
  await expect(notice).toContainText(path);
  await expect(notice).toContainText('1/12/2026');
  await notice.getByRole('button').click();
  await expect(card(page, 'grdp_growth_2022')).toContainText('+7,39%');
});

const BROKEN = {
  'broken JSON': ['broken.json', '{"schema_version": 1, "title": {', 'title: không phải JSON hợp lệ (dòng 1, cột 32): tệp kết thúc khi một đối tượng {…} chưa đóng'],
  'a wrong type': ['type.json', variant((d) => (d.series.exports[3].value = 'abc')), 'series.exports[3].value'],
  'an unknown source id': ['source.json', variant((d) => (d.key_figures[0].observation.citations[0].source = 'no-such-source')), 'key_figures[0].observation.citations[0].source'],
  'a javascript: link': ['link.json', variant((d) => (d.sources[1].url = 'javascript:alert(1)')), 'sources[1].url'],
  'the new province’s 2025 exports typed into the former province’s series': [
    'joined.json',
    variant((d) =>
      d.series.exports.push({ period: '2025', value: 93.27, unit: 'usd_billion', status: 'preliminary', citations: [{ source: 'report-2023-06-13' }] }),
    ),
    'series.exports[10].period: số liệu của tỉnh cũ phải kết thúc trước ngày tỉnh mới được thành lập (1/7/2025)',
  ],
};

for (const [name, [file, body, expected]] of Object.entries(BROKEN)) {
  test(`?data= with ${name} lists the problem and keeps the built-in figures`, async ({ page }) => {
    const errors = await openDashboard(page, `./?data=${await publish(page, file, body)}`);
    const panel = page.locator('.data-error');
    await expect(panel).toBeVisible();
    await expect(panel).toContainText(expected);
    await expect(panel).toContainText('Trang vẫn hiển thị bộ dữ liệu hợp lệ gần nhất.');
    await expect(card(page, 'exports_2022')).toContainText('45,1 tỷ USD');
    await expect(page.locator('[data-role="dataset-notice"]')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}

test('a file with over a hundred problems lists the first 50 and counts the rest', async ({ page }) => {
  // 110 copies of the first source (the file then lists 194, within the 200 it may):
  // every copy's id is a repeat, each a problem of its own.
  const body = variant((d) => {
    const first = d.sources[0];
    for (let i = 0; i < 110; i++) d.sources.push({ ...first });
  });
  await openDashboard(page, `./?data=${await publish(page, 'many.json', body)}`);
  const panel = page.locator('.data-error');
  await expect(panel.locator('li')).toHaveCount(50);
  await expect(panel.locator('li').first()).toContainText(`sources[${EMBEDDED.sources.length}].id`);
  await expect(panel).toContainText('…và 60 lỗi khác (lệnh validate liệt kê đầy đủ).');
  await expect(card(page, 'exports_2022')).toContainText('45,1 tỷ USD');
});

test('?data= naming a missing file says which file and why, and keeps the figures', async ({ page }) => {
  await openDashboard(page, './?data=missing.json');
  const panel = page.locator('.data-error');
  await expect(panel).toContainText('?data=: không đọc được tệp "data/missing.json": máy chủ không có tệp này (HTTP 404)');
  await expect(card(page, 'exports_2022')).toContainText('45,1 tỷ USD');
  await page.getByRole('link', { name: 'EN', exact: true }).first().click();
  await expect(panel).toContainText('?data=: the file "data/missing.json" could not be read: the server has no such file (HTTP 404)');
});

test('the error panel speaks the reader’s language', async ({ page }) => {
  const path = await publish(page, 'link.json', BROKEN['a javascript: link'][1]);
  await openDashboard(page, `./?data=${path}&lang=en`);
  await expect(page.locator('.data-error')).toContainText('must start with http:// or https://');
});

test('a label with HTML renders as text and runs nothing', async ({ page }) => {
  const attack = '<img src=x onerror=alert(1)>';
  const path = await publish(page, 'xss.json', variant((d) => (d.key_figures[0].label.vi = attack)));
  let dialog = false;
  page.on('dialog', async (d) => {
    dialog = true;
    await d.dismiss();
  });
  await openDashboard(page, `./?data=${path}`);
  await expect(card(page, 'grdp_growth_2022').locator('.card__label')).toHaveText(attack);
  await expect(card(page, 'grdp_growth_2022').locator('img')).toHaveCount(0);
  await page.waitForTimeout(300);
  expect(dialog).toBe(false);
});

test('an analyst can open a file with the picker, and a bad file changes nothing', async ({ page }) => {
  await openDashboard(page);
  await page.locator('#data-file').setInputFiles({
    name: 'preview.json',
    mimeType: 'application/json',
    buffer: Buffer.from(variant((d) => exports2022(d, 45.2))),
  });
  await expect(card(page, 'exports_2022')).toContainText('45,2 tỷ USD');
  await expect(page.locator('[data-role="dataset-notice"]')).toContainText('preview.json');
  await page.locator('#data-file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('[1, 2') });
  await expect(page.locator('.data-error')).toBeVisible();
  await expect(card(page, 'exports_2022')).toContainText('45,2 tỷ USD');
});

test('an analyst can drop a file on the page', async ({ page }) => {
  await openDashboard(page);
  const json = variant((d) => exports2022(d, 45.3));
  await page.locator('[data-role="drop-zone"]').evaluate((zone, text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, json);
  await expect(card(page, 'exports_2022')).toContainText('45,3 tỷ USD');
  await expect(page.locator('[data-role="dataset-notice"]')).toContainText('dropped.json');
});
