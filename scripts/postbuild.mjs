// Trunk post_build hook: runs on the staging directory before it becomes dist/.
//
// 1. Trunk writes its wasm loader as an inline <script type="module"> (trunk-rs/trunk#288),
//    which a strict Content-Security-Policy (script-src 'self', no 'unsafe-inline') blocks.
//    It moves to a content-hashed file, so the app needs no inline script at all.
// 2. The service worker gets the list of every built file and a version derived from
//    their contents, so its precache is never written by hand and changes with each build.
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
  await writeServiceWorker(staging);
}
