import { existsSync, readFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { init, parse } from 'es-module-lexer';

/** Extensions whose imports are followed (the ones Node and Vite load as modules). */
const SCRIPT = /\.(?:[mc]?[jt]s)$/;

/**
 * The files a module reaches through relative imports (static `import`,
 * `export … from` and `import()` with a string literal), followed
 * transitively, starting from and including `entry`. Bare specifiers
 * (`astro/config`, `node:fs`) are packages and are not followed. Imported
 * files that are not scripts (`.css`, `.astro`, `.svg`) are listed but not
 * read. TypeScript is stripped with Node's `stripTypeScriptTypes` before
 * es-module-lexer reads it.
 *
 * @param root project root; returned paths are relative to it, with `/`.
 * @param entry the first module, relative to `root`, e.g. `astro.config.mjs`.
 * @returns sorted relative paths, e.g. `['astro.config.mjs', 'config/site.ts', …]`.
 * @throws Error naming the importing file and the specifier when a relative
 *   import points at no file: the project itself would not load.
 */
export async function relativeImportClosure(root: string, entry: string): Promise<string[]> {
  await init;
  const seen = new Set<string>();
  const queue = [join(root, entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    const rel = relative(root, file).split(sep).join('/');
    if (seen.has(rel)) continue;
    seen.add(rel);
    if (!SCRIPT.test(file)) continue;
    for (const spec of relativeSpecifiers(readFileSync(file, 'utf8'), file)) {
      const target = join(dirname(file), spec);
      if (!existsSync(target)) {
        throw new Error(`${rel} imports "${spec}", but ${relative(root, target)} does not exist.`);
      }
      queue.push(target);
    }
  }
  return [...seen].sort();
}

/**
 * The relative specifiers (`./x.ts`, `../y.mjs`) a module's source imports.
 *
 * @param source module text, JavaScript or TypeScript.
 * @param file its path, used to decide whether to strip types and in errors.
 */
export function relativeSpecifiers(source: string, file: string): string[] {
  const js = /\.[mc]?ts$/.test(file) ? stripTypeScriptTypes(source) : source;
  const [imports] = parse(js, file);
  return imports
    .map((i) => i.n)
    .filter((n): n is string => typeof n === 'string' && (n.startsWith('./') || n.startsWith('../')));
}
