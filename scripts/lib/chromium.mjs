// Debian's Chromium and the flags every script and test suite starts it with: Playwright's
// tests (playwright.config.js), the cross-engine journeys (e2e-engines), the benchmark and the
// screenshots. Playwright never downloads a browser here.

export const CHROMIUM = '/usr/bin/chromium';

/** No sandbox (containers), no GPU, and no calls home from a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
