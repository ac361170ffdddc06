// The files of a built tree (dist/, Trunk's staging folder), as the site serves them: the
// benchmark measures each, the build hook lists them for the service worker.
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** Every file under `dir`, as a sorted relative path with `/` separators. */
export async function filesUnder(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath ?? e.path, e.name)).split('\\').join('/'))
    .sort();
}
