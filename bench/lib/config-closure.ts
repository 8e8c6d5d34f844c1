import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { init, parse } from 'es-module-lexer';

/** Extensions whose imports are followed: modules Node and Vite load, and Astro components. */
const SCRIPT = /\.(?:[mc]?[jt]s|astro)$/;

/**
 * The files a module reaches through relative imports (static `import`,
 * `export … from` and `import()` with a string literal), followed
 * transitively, starting from and including `entry`. Bare specifiers
 * (`astro/config`, `node:fs`) are packages and are not followed. Imported
 * files that are not scripts (`.css`, `.astro`, `.svg`) are listed but not
 * read. TypeScript is stripped with Node's `stripTypeScriptTypes` before
 * es-module-lexer reads it; of an `.astro` component only the frontmatter
 * (the TypeScript between the opening `---` fences) is read.
 *
 * @param root project root; returned paths are relative to it, with `/`.
 * @param entries the first modules, relative to `root`, e.g. `astro.config.mjs`.
 * @returns sorted relative paths, e.g. `['astro.config.mjs', 'config/site.ts', …]`.
 * @throws Error naming the importing file and the specifier when a relative
 *   import points at no file: the project itself would not load.
 */
export async function relativeImportClosure(root: string, entries: string | string[]): Promise<string[]> {
  await init;
  const seen = new Set<string>();
  const queue = [entries].flat().map((e) => join(root, e));
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
 * The modules a copy of the project starts loading from: `astro.config.mjs`
 * and every script or Astro component under `src/` (the bench copies `src/`
 * whole, so whatever those reach outside it, such as `config/teams.ts`, has
 * to be copied too).
 *
 * @param root project root.
 * @returns paths relative to `root`, with `/`, `astro.config.mjs` first.
 */
export function projectEntries(root: string): string[] {
  const src = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .map((f) => `src/${f.split(sep).join('/')}`)
    .filter((f) => SCRIPT.test(f))
    .sort();
  return ['astro.config.mjs', ...src];
}

/**
 * The relative specifiers (`./x.ts`, `../y.mjs`) a module's source imports.
 *
 * @param source module text, JavaScript or TypeScript.
 * @param file its path, used to decide whether to strip types and in errors.
 */
function relativeSpecifiers(source: string, file: string): string[] {
  const code = file.endsWith('.astro') ? astroFrontmatter(source) : source;
  const js = /\.(?:[mc]?ts|astro)$/.test(file) ? stripTypeScriptTypes(code) : code;
  const [imports] = parse(js, file);
  return imports
    .map((i) => i.n)
    .filter((n): n is string => typeof n === 'string' && (n.startsWith('./') || n.startsWith('../')));
}

/**
 * The frontmatter script of an Astro component: the text between a first line
 * of `---` and the next line of `---`, or `''` when the component has none.
 */
function astroFrontmatter(source: string): string {
  const m = /^\s*---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(source);
  return m?.[1] ?? '';
}
