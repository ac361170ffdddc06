// The engines, each driven through its own WebDriver server from Debian or crates.io
// (scripts/setup.sh installs them; nothing is downloaded at run time):
//   firefox   Debian's firefox-esr through geckodriver (cargo install), headless
//   webkit    WebKitGTK's MiniBrowser through WebKitWebDriver (Debian's webkit2gtk-driver), on an Xvfb display
//   chromium  Debian's chromium through chromedriver (Debian's chromium-driver), headless
// Each entry says what to spawn and which capabilities to ask for; run.mjs does the rest.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS } from '../scripts/lib/chromium.mjs';

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** The same window in every engine, so layouts (and hover positions) compare. */
export const WINDOW = { width: 1280, height: 900 };

export const ENGINES = {
  firefox: {
    name: 'Firefox ESR (Gecko)',
    driver: join(homedir(), '.cargo/bin/geckodriver'),
    needs: ['/usr/bin/firefox-esr'],
    install: 'scripts/setup.sh installs firefox-esr (apt) and geckodriver (cargo install)',
    args: ({ port, bidiPort, profiles }) => [
      '--host', '127.0.0.1', '--port', String(port), '--websocket-port', String(bidiPort), '--profile-root', profiles,
    ],
    capabilities: ({ downloads }) => ({
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: '/usr/bin/firefox-esr',
        args: ['-headless'],
        prefs: {
          'browser.download.folderList': 2,
          'browser.download.dir': downloads,
          'browser.download.useDownloadDir': true,
          'browser.download.always_ask_before_handling_new_types': false,
          // No calls home from a closed network.
          'app.update.enabled': false,
          'browser.safebrowsing.malware.enabled': false,
          'browser.safebrowsing.phishing.enabled': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'messaging-system.rsexperimentloader.enabled': false,
          'app.normandy.enabled': false,
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
        },
      },
    }),
  },
  webkit: {
    name: 'WebKitGTK MiniBrowser (WebKit)',
    driver: '/usr/bin/WebKitWebDriver',
    needs: [MINIBROWSER, '/usr/bin/Xvfb'],
    install: 'scripts/setup.sh installs webkit2gtk-driver and xvfb (apt)',
    // WebKitGTK has no headless mode: it draws on a virtual X display that run.mjs starts.
    display: true,
    args: ({ port }) => [`--port=${port}`, '--host=127.0.0.1'],
    capabilities: () => ({
      browserName: 'MiniBrowser',
      // WebKitWebDriver speaks classic WebDriver only (a session that asks for BiDi is refused).
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    }),
  },
  chromium: {
    name: 'Chromium (Blink)',
    driver: '/usr/bin/chromedriver',
    needs: [CHROMIUM],
    install: 'scripts/setup.sh installs chromium and chromium-driver (apt)',
    args: ({ port }) => [`--port=${port}`, '--allowed-ips=127.0.0.1'],
    capabilities: ({ downloads }) => ({
      browserName: 'chrome',
      'goog:chromeOptions': {
        binary: CHROMIUM,
        // The flags the Playwright suite uses, headless.
        args: ['--headless', ...CHROMIUM_ARGS],
        prefs: { 'download.default_directory': downloads, 'download.prompt_for_download': false },
      },
    }),
  },
};
