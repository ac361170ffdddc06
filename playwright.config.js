// Browser tests run in Debian's Chromium (/usr/bin/chromium); Playwright never
// downloads a browser here. The app is served from dist/ by scripts/serve-dist.mjs
// with the production headers, including the strict Content-Security-Policy.
import { defineConfig } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './scripts/lib/chromium.mjs';

export const PORT = 4173;
/** A host page on another origin, for the embedding tests. */
export const HOST_PORT = 4174;

export default defineConfig({
  testDir: 'e2e',
  timeout: 45_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    acceptDownloads: true,
    launchOptions: {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: [
    {
      command: `node scripts/serve-dist.mjs --dir dist --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 20_000,
    },
    {
      command: `node scripts/serve-dist.mjs --dir e2e/host --port ${HOST_PORT} --plain`,
      url: `http://127.0.0.1:${HOST_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 20_000,
    },
  ],
});
