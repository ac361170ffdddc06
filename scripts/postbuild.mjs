// Trunk post_build hook: runs on the staging directory before it becomes dist/.
//
// Trunk writes its wasm loader as an inline <script type="module"> (trunk-rs/trunk#288),
// which a strict Content-Security-Policy (script-src 'self', no 'unsafe-inline') blocks.
// This moves it to a content-hashed file beside the other assets, so the app needs
// no inline script at all.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook');

const indexPath = join(staging, 'index.html');
let html = await readFile(indexPath, 'utf8');
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) throw new Error('no inline module script found in index.html');

const loader = match[1].trim() + '\n';
const hash = createHash('sha256').update(loader).digest('hex').slice(0, 16);
const loaderName = `boot-${hash}.js`;
await writeFile(join(staging, loaderName), loader);
html = html.replace(inline, `<script type="module" src="./${loaderName}"></script>`);
await writeFile(indexPath, html);
console.log(`moved the inline loader to ${loaderName}`);
