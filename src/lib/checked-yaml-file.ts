import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { file, type Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { parse } from 'yaml';

/** A zod issue, reduced to what a message needs. */
interface Issue {
  path: PropertyKey[];
  message: string;
}

/**
 * Describes where an issue sits in a parsed YAML document, naming list items
 * by their `id` when they have one, e.g. `[2] (id: testing) › backendTasks`.
 *
 * @param data The parsed document the path points into.
 * @param path A zod issue path such as `[2, 'backendTasks', 0]`.
 */
function describePath(data: unknown, path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(whole file)';
  const parts: string[] = [];
  let node: unknown = data;
  for (const key of path) {
    node =
      node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    const id = node !== null && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
    const label = typeof key === 'number' ? `[${key}]` : String(key);
    parts.push(typeof id === 'string' && typeof key === 'number' ? `${label} (id: ${id})` : label);
  }
  return parts.join(' › ');
}

/**
 * Formats zod issues as one message per line, each naming the file, the field
 * and the fix, e.g. `content/workflow/stages.yaml: [2] (id: testing) ›
 * backendTasks: \`backendTasks\` is empty: list at least one backend task.`
 */
export function formatIssues(fileName: string, data: unknown, issues: readonly Issue[]): string {
  const lines = issues.map((issue) => `  ${fileName}: ${describePath(data, issue.path)}: ${issue.message}`);
  return `Invalid data in ${fileName}:\n${lines.join('\n')}`;
}

/**
 * Astro's `file()` loader for a YAML file, with a check of the whole document
 * first. `file()` validates each entry against the collection schema, but it
 * only logs (and skips) a file it cannot parse and only warns on a duplicate
 * id; rules across entries, such as "every stage present once", need the
 * whole document. This loader fails the build instead, naming the file, the
 * field and the fix.
 *
 * @param fileName Path from `root`, e.g. `content/workflow/stages.yaml`; messages quote it.
 * @param documentSchema zod schema for the whole parsed document.
 * @param root Folder `fileName` is relative to. Pass the handbook's own root
 *   (e.g. `new URL('../', import.meta.url)` from src/) so that a test site
 *   built from another root with the same config still finds the data.
 * @throws {Error} At build time, if the file is missing, is not valid YAML
 *   (duplicate keys included) or fails `documentSchema`.
 */
export function checkedYamlFile(fileName: string, documentSchema: z.ZodType, root: URL): Loader {
  const url = new URL(fileName, root);
  const inner = file(fileURLToPath(url));
  return {
    name: 'checked-yaml-file',
    load: async (context) => {
      const text = await readFile(url, 'utf8').catch(() => {
        throw new Error(`${fileName} is missing: create it or fix the path in src/content.config.ts.`);
      });
      let data: unknown;
      try {
        data = parse(text, { uniqueKeys: true });
      } catch (error) {
        throw new Error(`${fileName} is not valid YAML: ${(error as Error).message}`, { cause: error });
      }
      const result = documentSchema.safeParse(data);
      if (!result.success) throw new Error(formatIssues(fileName, data, result.error.issues));
      await inner.load(context);
    },
  };
}
