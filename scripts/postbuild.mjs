// Trunk post_build hook: runs on the staging directory before it becomes dist/.
//
// 1. Trunk writes its wasm loader as an inline <script type="module"> (trunk-rs/trunk#288),
//    which a strict Content-Security-Policy (script-src 'self', no 'unsafe-inline') blocks.
//    It moves to a content-hashed file, so the app needs no inline script at all.
// 2. The prerenderer (src/bin/prerender.rs, the app's components rendered natively) writes
//    every page, full and embed, in each language, from that index.html.
// 3. No page may carry an inline script or style attribute: the build fails if one does,
//    so the strict CSP in the README holds for every page.
// 4. The service worker gets the list of every built file and a version derived from
//    their contents, so its precache is never written by hand and changes with each build.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const sha256 = (data) => createHash('sha256').update(data).digest('hex');

export async function moveInlineLoader(staging) {
  const indexPath = join(staging, 'index.html');
  let html = await readFile(indexPath, 'utf8');
  const inline = /<script type="module">([\s\S]*?)<\/script>/;
  const match = html.match(inline);
  if (!match) throw new Error('no inline module script found in index.html');
  const loader = match[1].trim() + '\n';
  const name = `boot-${sha256(loader).slice(0, 16)}.js`;
  await writeFile(join(staging, name), loader);
  html = html.replace(inline, `<script type="module" src="./${name}"></script>`);
  await writeFile(indexPath, html);
  console.log(`moved the inline loader to ${name}`);
}

/** Renders every static page into `staging`, with the staged index.html as template. */
export function prerender(staging) {
  const args = ['run', '--quiet', '--no-default-features', '--features', 'ssr', '--bin', 'prerender', '--',
    join(staging, 'index.html'), staging];
  execFileSync('cargo', args, { stdio: 'inherit' });
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
  const pages = (await filesUnder(staging)).filter((f) => f.endsWith('.html'));
  const problems = [];
  for (const page of pages) {
    for (const finding of inlineCode(await readFile(join(staging, page), 'utf8'))) problems.push(`${page}: ${finding}`);
  }
  if (problems.length) throw new Error(`pages that a strict CSP would break:\n${problems.join('\n')}`);
  console.log(`${pages.length} pages carry no inline script or style`);
}

async function filesUnder(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath ?? e.path, e.name)).split('\\').join('/'))
    .filter((path) => path !== 'sw.js' && !path.startsWith('.'))
    .sort();
}

/** Fills sw.js in `staging` with the version and precache list of every other file there. */
export async function writeServiceWorker(staging, template = join(staging, 'sw.js')) {
  const files = await filesUnder(staging);
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
  await moveInlineLoader(staging);
  prerender(staging);
  await checkPages(staging);
  await writeServiceWorker(staging);
}
