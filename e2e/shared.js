// What both browser suites read in the page and how they sweep a chart with the pointer:
// the Playwright tests (e2e/) and the cross-engine journeys (e2e-engines/), which drive the
// browser differently but check the same things. The in-page functions are sent to the
// browser as source, so each stands alone.

/**
 * In the page: how many pixels of `canvas` differ from its top-left (background) pixel, and
 * which chart it is.
 */
export function drawnPixelsOf(canvas) {
  const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
  const bg = [data[0], data[1], data[2]];
  let count = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (Math.abs(data[i] - bg[0]) + Math.abs(data[i + 1] - bg[1]) + Math.abs(data[i + 2] - bg[2]) > 30) count++;
  }
  return { id: canvas.closest('[data-chart]')?.dataset.chart ?? '?', count, total: canvas.width * canvas.height };
}

/** In the page: the value and the whole text of chart `id`'s tooltip, or null while none shows. */
export function tooltipOf(id) {
  const tip = document.querySelector(`[data-chart="${id}"] [data-role="tooltip"]`);
  return tip ? [tip.querySelector('.chart-tooltip__value').textContent, tip.textContent] : null;
}

/**
 * Moves the pointer across a chart `width` pixels wide, left to right (`moveTo(x)`), until its
 * tooltip (`read()`, as `tooltipOf` returns it) shows `value`; returns the tooltip's text, or null.
 */
export async function sweepUntil(width, moveTo, read, value) {
  // Marks are tens of pixels apart and the pointer picks the nearest: a step of width/40 meets each.
  for (let x = 4; x < width; x += Math.max(6, width / 40)) {
    await moveTo(x);
    const shown = await read();
    if (shown && shown[0] === value) return shown[1];
  }
  return null;
}
