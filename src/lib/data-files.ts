import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { DATA_FILE_NAME, dataFileId } from '../schemas/common.ts';

/**
 * The data files of a content folder (`DATA_FILE_NAME`: `.yaml` or `.yml`,
 * not starting with `_`), sorted by name. Node only.
 *
 * @param dir An absolute path or one relative to the working directory, e.g. `content/checklists`.
 * @throws {Error} If the folder cannot be read.
 */
export function dataFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => DATA_FILE_NAME.test(name))
    .sort();
}

/**
 * The entry ids of a content folder's data files, sorted: the file names
 * without `.yaml`/`.yml`.
 *
 * @throws {Error} If two files give the same id (`x.yaml` and `x.yml`),
 *   naming both; Astro would only warn and keep one.
 */
export function dataFileIdsIn(dir: string): string[] {
  const seen = new Map<string, string>();
  for (const name of dataFiles(dir)) {
    const id = dataFileId(name);
    const first = seen.get(id);
    if (first) {
      throw new Error(
        `${basename(dir)}/${first} and ${basename(dir)}/${name} both define "${id}": delete or rename one.`,
      );
    }
    seen.set(id, name);
  }
  return [...seen.keys()];
}

/**
 * The entry id of a data file whose `id` field must equal its file name, as
 * a checklist's does (its URL and its id never disagree).
 *
 * @param file The file's path as messages show it, e.g. `content/checklists/security-review.yaml`.
 * @param id The file's `id` field, as parsed.
 * @returns The id, which is also the file name without `.yaml`/`.yml`.
 * @throws {Error} Naming the file and both fixes, when `id` is not the file name.
 */
export function fileNamedId(file: string, id: unknown): string {
  const expected = dataFileId(basename(file));
  if (id !== expected) {
    const rename = typeof id === 'string' ? `${id}.yaml` : '<id>.yaml';
    throw new Error(
      `${file}: the id "${String(id)}" does not match the file name. ` +
        `Rename the file to ${rename} or set \`id: ${expected}\`.`,
    );
  }
  return expected;
}
