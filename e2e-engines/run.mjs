// The cross-engine smoke suite: the reader's main journeys (journeys.mjs) in Firefox,
// WebKit and Chromium through WebDriver, against the built dist/ served with the
// production headers (scripts/serve-dist.mjs, strict CSP), and a host page on another origin.
//
//   node e2e-engines/run.mjs [firefox] [webkit] [chromium] [--only TEXT]
//
// Runs all three engines unless some are named; --only runs the journeys whose name contains TEXT.
//
// Prints a line per journey, then one per engine ("firefox: 5 passed, 0 failed") and the
// total. An engine that cannot start fails the run with the reason; none is skipped.
import { spawn } from 'node:child_process';
import { existsSync, accessSync, constants } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { remote } from 'webdriverio';
import { option, words } from '../scripts/lib/cli.mjs';
import { startServer } from '../scripts/serve-dist.mjs';
import { ENGINES, WINDOW } from './engines.mjs';
import { JOURNEYS } from './journeys.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const JOURNEY_TIMEOUT = 90_000;
const START_TIMEOUT = 30_000;

const children = new Set();
/** Ends a process we spawned, with its whole group (a driver's browser, Xvfb's clients). */
function stop(child) {
  if (!children.delete(child)) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of [...children]) stop(child);
    process.exit(130);
  });
}

function launch(command, args, options = {}) {
  const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], ...options });
  children.add(child);
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.on('exit', () => children.delete(child));
  child.output = () => output.trim();
  return child;
}

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, fail) => {
      timer = setTimeout(() => fail(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Starts a virtual X display for an engine that has no headless mode; resolves to ":N". */
function startDisplay() {
  const xvfb = launch('Xvfb', ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
  });
  return new Promise((done, fail) => {
    let number = '';
    xvfb.stdio[3].on('data', (chunk) => {
      number += chunk;
      if (number.includes('\n')) done({ display: `:${number.trim()}`, process: xvfb });
    });
    xvfb.on('error', fail);
    xvfb.on('exit', (code) => fail(new Error(`Xvfb exited (${code}): ${xvfb.output()}`)));
  });
}

/** Waits until a WebDriver server answers /status. */
async function waitForDriver(port, child) {
  const end = Date.now() + START_TIMEOUT;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`the driver exited (${child.exitCode}): ${child.output()}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the driver did not answer within ${START_TIMEOUT / 1000} s: ${child.output()}`);
}

/**
 * Reads the engine's console where WebDriver lets us: through BiDi's log.entryAdded
 * (Firefox, Chromium). WebKitWebDriver has no BiDi and no log endpoint; the journeys' in-page
 * listeners (lib.mjs) still catch errors raised after the page has loaded.
 */
async function consoleReader(browser) {
  const entries = [];
  if (!browser.isBidi) return { readable: false, read: () => [] };
  await browser.sessionSubscribe({ events: ['log.entryAdded'] });
  browser.on('log.entryAdded', (entry) => {
    if (entry.level === 'error') entries.push(`console ${entry.type}: ${entry.text}`);
  });
  return { readable: true, read: () => entries.splice(0) };
}

/** Starts `engine`, runs every journey in one session, and returns the results. */
async function runEngine(key, context) {
  const engine = ENGINES[key];
  const results = [];
  const work = await mkdtemp(join(tmpdir(), `engines-${key}-`));
  let driver;
  let display;
  let browser;
  try {
    for (const file of [engine.driver, ...engine.needs]) {
      try {
        accessSync(file, constants.X_OK);
      } catch {
        throw new Error(`${file} is missing (${engine.install})`);
      }
    }
    const downloads = join(work, 'downloads');
    await mkdir(downloads);
    const env = { ...process.env };
    if (engine.display) {
      display = await withTimeout(startDisplay(), START_TIMEOUT, 'starting Xvfb');
      env.DISPLAY = display.display;
      // MiniBrowser saves downloads in the XDG download folder: keep them in the work folder.
      env.XDG_CONFIG_HOME = join(work, 'config');
      await mkdir(env.XDG_CONFIG_HOME);
      // Its HTTP cache, compiled code and site data too: every run starts as on a new
      // machine, so a race that only empty caches expose fails every time, not only there.
      env.XDG_CACHE_HOME = join(work, 'cache');
      env.XDG_DATA_HOME = join(work, 'data');
      await mkdir(env.XDG_CACHE_HOME);
      await mkdir(env.XDG_DATA_HOME);
      await writeFile(join(env.XDG_CONFIG_HOME, 'user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${downloads}"\n`);
    }
    const port = await freePort();
    const bidiPort = await freePort();
    driver = launch(engine.driver, engine.args({ port, bidiPort, profiles: work }), { env });
    await waitForDriver(port, driver);
    browser = await withTimeout(
      remote({
        hostname: '127.0.0.1',
        port,
        capabilities: engine.capabilities({ downloads }),
        logLevel: 'silent',
        connectionRetryCount: 0,
      }),
      START_TIMEOUT * 2,
      'opening a session',
    );
    await browser.setWindowSize(WINDOW.width, WINDOW.height);
    const engineConsole = await consoleReader(browser);
    const version = `${browser.capabilities.browserName} ${browser.capabilities.browserVersion}`;
    process.stdout.write(`\n${key}: ${engine.name}, ${version}; console ${engineConsole.readable ? 'read through BiDi' : 'not readable through its WebDriver, in-page errors only'}\n`);
    const ctx = { browser, app: context.app, host: context.host, engine: key, console: engineConsole, downloads };
    for (const [name, journey] of context.journeys) {
      const started = Date.now();
      try {
        engineConsole.read();
        await withTimeout(journey(ctx), JOURNEY_TIMEOUT, name);
        results.push({ name, ok: true });
        process.stdout.write(`  ✓ ${key} › ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
      } catch (err) {
        results.push({ name, ok: false });
        process.stdout.write(`  ✗ ${key} › ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)\n      ${String(err.message ?? err).split('\n').join('\n      ')}\n`);
      }
    }
  } catch (err) {
    process.stdout.write(`\n${key}: ${engine.name} CANNOT START: ${err.message ?? err}\n`);
    return { key, started: false, results: context.journeys.map(([name]) => ({ name, ok: false })) };
  } finally {
    if (browser) await withTimeout(browser.deleteSession(), 15_000, 'closing the session').catch(() => {});
    if (driver) stop(driver);
    if (display) stop(display.process);
    await rm(work, { recursive: true, force: true }).catch(() => {});
  }
  return { key, started: true, results };
}

async function main() {
  const args = process.argv.slice(2);
  const only = option(args, 'only', '');
  const wanted = words(args, ['only']);
  const keys = wanted.length ? wanted : Object.keys(ENGINES);
  for (const key of keys) {
    if (!ENGINES[key]) {
      console.error(`unknown engine ${key}; known: ${Object.keys(ENGINES).join(', ')}`);
      process.exit(2);
    }
  }
  const dist = join(ROOT, 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    console.error('dist/index.html is missing: build first (make build)');
    process.exit(2);
  }

  // The app with the production headers, and a host page on another origin (another port)
  // that embeds it: the Playwright suite's e2e/host pages, pointed at this run's app origin
  // (in their addresses and in the elements page's Content-Security-Policy alike).
  const appServer = await startServer({ root: dist, port: 0 });
  const app = `http://127.0.0.1:${appServer.server.address().port}/`;
  const hostDir = await mkdtemp(join(tmpdir(), 'engines-host-'));
  await cp(join(ROOT, 'e2e/host'), hostDir, { recursive: true });
  for (const name of ['index.html', 'elements.html']) {
    const hostPage = join(hostDir, name);
    await writeFile(hostPage, (await readFile(hostPage, 'utf8')).replaceAll('http://127.0.0.1:4173', new URL(app).origin));
  }
  const hostServer = await startServer({ root: hostDir, port: 0, plain: true });
  const host = `http://127.0.0.1:${hostServer.server.address().port}/`;

  const started = Date.now();
  const outcomes = [];
  // One engine at a time: the machine has two cores.
  for (const key of keys) outcomes.push(await runEngine(key, { app, host, journeys: JOURNEYS.filter(([name]) => name.includes(only)) }));
  await appServer.close();
  await hostServer.close();
  await rm(hostDir, { recursive: true, force: true });

  console.log('');
  let passed = 0;
  let failed = 0;
  for (const { key, started: ok, results } of outcomes) {
    const p = results.filter((r) => r.ok).length;
    const f = results.length - p;
    passed += p;
    failed += f;
    console.log(ok ? `${key}: ${p} passed, ${f} failed` : `${key}: could not start (${f} journey${f === 1 ? "" : "s"} not run, counted as failed)`);
  }
  console.log(`cross-engine journeys took ${Math.round((Date.now() - started) / 1000)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

await main();
