import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { checklistSchema, type ChecklistData } from '../schemas/checklist.ts';
import { dataFiles, fileNamedId } from './data-files.ts';

/**
 * Reads checklists from disk for code that runs outside Astro (the
 * issue-template export, the browser tests), with the same schema and the
 * same id rule as the `checklists` collection in src/content.config.ts.
 * Node only.
 */

/**
 * Parses and validates one checklist file with the same zod schema as the
 * content collection.
 *
 * @param file Path shown in errors, e.g. `content/checklists/security-review.yaml`.
 * @param source The file's YAML text.
 * @throws {Error} Naming the file, each failing field path (e.g.
 *   `items.3.id`) and how to fix it; or if the `id` does not match the file name.
 */
export function parseChecklist(file: string, source: string): ChecklistData {
  let raw: unknown;
  try {
    raw = parseYaml(source);
  } catch (error) {
    throw new Error(`${file}: invalid YAML. ${(error as Error).message}`, { cause: error });
  }
  const result = checklistSchema.safeParse(raw);
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
    throw new Error(`${file} is not a valid checklist:\n${lines.join('\n')}`);
  }
  fileNamedId(file, result.data.id);
  return result.data;
}

/** Loads and validates every checklist in a folder (see `dataFiles`), sorted by id. Throws on the first invalid file. */
export function loadChecklists(dir: string): ChecklistData[] {
  return dataFiles(dir).map((name) => parseChecklist(join(dir, name), readFileSync(join(dir, name), 'utf8')));
}
