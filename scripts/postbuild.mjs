// Trunk post_build hook: runs on the staging directory before it becomes dist/.
//
// 1. Trunk writes its wasm loader as an inline <script type="module"> (trunk-rs/trunk#288),
//    which a strict Content-Security-Policy (script-src 'self', no 'unsafe-inline') blocks,
//    and preloads the wasm at high priority. Both give way to the boot script (public/boot.js,
//    content-hashed), which starts the default view's bundle after the first paint and the
//    full app's only when a page asks for it.
// 2. The prerenderer (src/bin/prerender.rs, the app's components rendered natively) writes
//    every page, full and embed, in each language, from that index.html.
// 3. The one-file offline copy (bac-ninh-offline.html) is assembled from the page the
//    prerenderer wrote for it: CSS, JavaScript glue and the gzipped wasm inlined, under a
//    meta CSP that allows exactly those inline parts by hash. The prerenderer then runs again
//    with the copy's size, which every page's download link states.
// 4. No page may carry an inline script or style attribute: the build fails if one does,
//    so the strict CSP in the README holds for every page (the offline copy has its own CSP).
// 5. The service worker gets the list of every built file and a version derived from
//    their contents, so its precache is never written by hand and changes with each build.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder } from './lib/files.mjs';

const sha256 = (data) => createHash('sha256').update(data).digest('hex');

/** The full app's bundle: Trunk builds it as a "worker", so it names its files without a hash. */
const FULL_BUNDLE = 'dashboard-app';

/**
 * Replaces Trunk's inline loader and its preload tags in `staging`'s index.html with the boot
 * script (public/boot.js, filled with both bundles' files and content-hashed): nothing is
 * preloaded at high priority, the default view's bundle starts after the first paint, and
 * the full app only when a page asks for it. The full app's files get a content hash in
 * their names, like every other file the pages load. Returns both bundles' files.
 */
export async function writeBoot(staging) {
  const indexPath = join(staging, 'index.html');
  let html = await readFile(indexPath, 'utf8');
  const tag = (pattern) => {
    const found = html.match(pattern);
    if (!found) throw new Error(`index.html: no ${pattern}`);
    return found[1];
  };
  const live = {
    glue: tag(/<link rel="modulepreload" href="\.\/([^"]+\.js)"/),
    wasm: tag(/<link rel="preload" href="\.\/([^"]+\.wasm)"/),
  };
  const full = {};
  for (const [part, suffix] of [['glue', '.js'], ['wasm', '_bg.wasm']]) {
    const name = `${FULL_BUNDLE}${suffix}`;
    const hashed = `${FULL_BUNDLE}-${sha256(await readFile(join(staging, name))).slice(0, 16)}${suffix}`;
    await rename(join(staging, name), join(staging, hashed));
    full[part] = hashed;
  }
  const template = await readFile(fileURLToPath(new URL('../public/boot.js', import.meta.url)), 'utf8');
  const boot = template
    .replace('__LIVE_GLUE__', `./${live.glue}`)
    .replace('__LIVE_WASM__', `./${live.wasm}`)
    .replace('__FULL_GLUE__', `./${full.glue}`)
    .replace('__FULL_WASM__', `./${full.wasm}`);
  if (boot.includes('__')) throw new Error('public/boot.js: a placeholder left unfilled');
  const name = `boot-${sha256(boot).slice(0, 16)}.js`;
  await writeFile(join(staging, name), boot);
  const inline = /<script type="module">[\s\S]*?<\/script>/;
  if (!inline.test(html)) throw new Error('no inline module script found in index.html');
  html = html
    .replace(/\s*<link rel="(?:modulepreload|preload)" [^>]*>/g, '')
    .replace(inline, `<script type="module" src="./${name}"></script>`);
  await writeFile(indexPath, html);
  console.log(`${name} starts ${live.wasm} after the first paint, ${full.wasm} on demand`);
  return { live, full };
}

export const OFFLINE_COPY = 'bac-ninh-offline.html';

/** Renders every static page into `staging` from `template` (the staged index.html, read first). */
export function prerender(staging, template, env = {}) {
  const args = ['run', '--quiet', '--no-default-features', '--features', 'ssr', '--bin', 'prerender', '--', template, staging];
  execFileSync('cargo', args, { stdio: 'inherit', env: { ...process.env, ...env } });
}

const sha256Base64 = (text) => createHash('sha256').update(text, 'utf8').digest('base64');

/**
 * Makes the prerendered offline page in `staging` self-contained, and returns its size: the
 * stylesheet in a <style>, the wasm-bindgen glue and the gzipped, base64 wasm in one module
 * script, the icon as a data: URL, and a CSP that allows only those two inline blocks.
 */
export async function assembleOfflineCopy(staging, full) {
  const path = join(staging, OFFLINE_COPY);
  let html = await readFile(path, 'utf8');
  const href = (pattern) => {
    const found = html.match(pattern);
    if (!found) throw new Error(`${OFFLINE_COPY}: no ${pattern}`);
    return found[1].replace(/^\.\//, '');
  };
  const css = await readFile(join(staging, href(/<link rel="stylesheet" href="([^"]+)"/)), 'utf8');
  const icon = await readFile(join(staging, href(/<link rel="icon" href="([^"]+)"/)));
  // The full app: the copy has no site to ask for another page, so it renders every text itself.
  const gluePath = full.glue;
  const wasm = await readFile(join(staging, full.wasm));
  // The glue is an ES module; inlined, its exports become plain declarations.
  const glue = (await readFile(join(staging, gluePath), 'utf8'))
    .replace(/^export \{[^}]*\};?\s*$/m, '')
    .replace(/^export (?=(class|function|const|let|async function) )/gm, '');
  if (/^export /m.test(glue)) throw new Error(`${gluePath}: an export the offline copy cannot inline`);
  const script = `${glue}
// The app's wasm, gzipped and in base64: unpacked in the browser, compiled asynchronously.
const packed = '${gzipSync(wasm, { level: 9 }).toString('base64')}';
const bytes = Uint8Array.from(atob(packed), (c) => c.charCodeAt(0));
const unpacked = new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip')));
await __wbg_init({ module_or_path: await unpacked.arrayBuffer() });
`;
  const csp = [
    "default-src 'none'",
    `script-src 'sha256-${sha256Base64(script)}' 'wasm-unsafe-eval'`,
    `style-src 'sha256-${sha256Base64(css)}'`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  // The charts' prerendered drawings come along as data: addresses, which the copy's CSP allows.
  const drawings = [...new Set([...html.matchAll(/(?:src|srcset)="(charts\/[^"]+\.svg)"/g)].map((m) => m[1]))];
  for (const drawing of drawings) {
    const data = `data:image/svg+xml;base64,${(await readFile(join(staging, drawing))).toString('base64')}`;
    html = html.replaceAll(`"${drawing}"`, () => `"${data}"`);
  }
  // Every file the site would serve beside the page goes; a file has no site beside it.
  html = html
    .replace(/\s*<link [^>]*>/g, '')
    .replace(/\s*<script [^>]*><\/script>/g, '')
    .replace(/\s*<!--[^>]*-->/g, '')
    // Replacer functions, so that no `$` in the CSS or the glue is read as a pattern.
    .replace('<meta charset="utf-8">', () => `<meta charset="utf-8">
  <meta http-equiv="Content-Security-Policy" content="${csp}">
  <link rel="icon" href="data:image/svg+xml;base64,${icon.toString('base64')}">
  <style>${css}</style>`)
    .replace('</body>', () => `<script type="module">${script}</script>\n</body>`);
  await writeFile(path, html);
  return Buffer.byteLength(html);
}

/** What a strict CSP (no 'unsafe-inline') would block in a page: one message per finding. */
export function inlineCode(html) {
  const found = [];
  // Text is escaped (`&lt;`), so only real tags match.
  for (const [tag] of html.matchAll(/<[a-zA-Z][^>]*>/g)) {
    if (/^<script\b/i.test(tag) && !/\ssrc=/i.test(tag)) found.push(`inline script: ${tag}`);
    if (/\sstyle=/i.test(tag)) found.push(`style attribute: ${tag.slice(0, 120)}`);
    if (/\son[a-z]+=/i.test(tag)) found.push(`event handler attribute: ${tag.slice(0, 120)}`);
  }
  if (/<style[\s>]/i.test(html)) found.push('inline <style> element');
  return found;
}

/** Fails the build if any HTML page in `staging` would need 'unsafe-inline'. */
export async function checkPages(staging) {
  const pages = (await filesUnder(staging)).filter((f) => f.endsWith('.html') && f !== OFFLINE_COPY);
  const problems = [];
  for (const page of pages) {
    for (const finding of inlineCode(await readFile(join(staging, page), 'utf8'))) problems.push(`${page}: ${finding}`);
  }
  if (problems.length) throw new Error(`pages that a strict CSP would break:\n${problems.join('\n')}`);
  console.log(`${pages.length} pages carry no inline script or style`);
}

/** Fills sw.js in `staging` with the version and precache list of every other file there. */
export async function writeServiceWorker(staging, template = join(staging, 'sw.js')) {
  const files = (await filesUnder(staging)).filter((path) => path !== 'sw.js' && !path.startsWith('.'));
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update(await readFile(join(staging, file)));
  const version = hash.digest('hex').slice(0, 16);
  const source = await readFile(template, 'utf8');
  if (!source.includes('__PRECACHE__')) throw new Error(`${template} has no __PRECACHE__ placeholder`);
  const worker = source.replace("'__VERSION__'", JSON.stringify(version)).replace('__PRECACHE__', JSON.stringify(files));
  await writeFile(join(staging, 'sw.js'), worker);
  console.log(`service worker ${version} precaches ${files.length} files`);
  return { version, files };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const staging = process.env.TRUNK_STAGING_DIR;
  if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook');
  const { full } = await writeBoot(staging);
  const template = join(staging, 'template.html');
  await writeFile(template, await readFile(join(staging, 'index.html')));
  prerender(staging, template);
  const bytes = await assembleOfflineCopy(staging, full);
  prerender(staging, template, { OFFLINE_COPY_BYTES: String(bytes) });
  if ((await assembleOfflineCopy(staging, full)) !== bytes) throw new Error(`${OFFLINE_COPY} changed size between builds`);
  await rm(template);
  console.log(`${OFFLINE_COPY}: ${bytes} bytes`);
  await checkPages(staging);
  await writeServiceWorker(staging);
}
