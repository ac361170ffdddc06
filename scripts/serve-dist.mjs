// A small static file server for dist/: used by `make serve`, the browser tests
// and the benchmark. No dependencies. It sends the headers the README
// recommends for production (including a strict Content-Security-Policy), so
// every test runs under them, compressing as production hosts do (brotli or gzip, by the
// request's Accept-Encoding), so the benchmark's Lighthouse runs see the bytes a reader's
// network carries.
//
//   node scripts/serve-dist.mjs [--dir dist] [--port 8080] [--host 127.0.0.1] [--plain]
//
// --plain serves without the security headers (the test host page, another origin).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { flag, option } from './lib/cli.mjs';
import { OFFLINE_COPY } from './postbuild.mjs';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
};

export const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; " +
    "connect-src 'self'; font-src 'self'; frame-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; " +
    "base-uri 'self'; form-action 'none'; frame-ancestors *",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/**
 * The one-file offline copy is a file to take away, not a page of the site: its inline
 * script and style, allowed by its own hash-based policy when opened from disk, are
 * blocked by the site's policy above. Served as a download, it is never shown broken.
 */
function downloadHeaders(file) {
  return file.endsWith(OFFLINE_COPY) ? { 'Content-Disposition': `attachment; filename="${OFFLINE_COPY}"` } : {};
}

/** Types worth compressing: everything but the PNG icons, which are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.json', '.webmanifest', '.svg', '.csv']);

/**
 * The body in the best encoding the client accepts. Each file is compressed once per
 * version (path and modification time): a production host serves precompressed or cached
 * files too, and compressing the wasm again for every test would slow the suite.
 */
const compressed = new Map();
function encode(file, mtimeMs, body, accepted) {
  if (!COMPRESSIBLE.has(extname(file))) return { body, headers: {} };
  const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
  if (!encoding) return { body, headers: { Vary: 'Accept-Encoding' } };
  const key = `${encoding} ${file} ${mtimeMs}`;
  if (!compressed.has(key)) {
    compressed.set(
      key,
      encoding === 'br'
        ? brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 9 } })
        : gzipSync(body, { level: 9 }),
    );
  }
  return { body: compressed.get(key), headers: { 'Content-Encoding': encoding, Vary: 'Accept-Encoding' } };
}

/** Serves `root` on `port`; `setRoot` switches the directory (the update test serves two builds). */
export function startServer({ root, port, host = '127.0.0.1', plain = false }) {
  let base = resolve(root);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, `http://${req.headers.host}`);
    const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(base, path);
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    } catch {
      // Unknown paths are 404s: the app has no client-side routes.
    }
    try {
      const { mtimeMs } = await stat(file);
      const { body, headers } = encode(file, mtimeMs, await readFile(file), req.headers['accept-encoding'] ?? '');
      res.writeHead(200, {
        'Content-Type': types[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
        ...headers,
        ...(plain ? {} : SECURITY_HEADERS),
        ...downloadHeaders(file),
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
    }
  });
  return new Promise((ready) => {
    server.listen(port, host, () =>
      ready({ server, setRoot: (dir) => (base = resolve(dir)), close: () => new Promise((done) => server.close(done)) }),
    );
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const root = option(args, 'dir', 'dist');
  const port = Number(option(args, 'port', 8080));
  const host = option(args, 'host', '127.0.0.1');
  await startServer({ root, port, host, plain: flag(args, 'plain') });
  console.log(`serving ${resolve(root)} at http://${host}:${port}/`);
}
