import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { review } from '../../config/teams.ts';
import { pageFrontmatterSchema, requireUpkeepFields } from '../schemas/page-frontmatter.ts';
import type { ReviewedPage } from './page-review.ts';

/**
 * Reads the handbook's pages outside Astro, for `npm run report:stale` and
 * `npm run export:codeowners`: the same files the docs collection loads
 * (content/handbook/, not starting with `_`), checked with the same
 * frontmatter rules for the upkeep fields.
 */

/** The folder of handbook pages, relative to the repository root. */
export const HANDBOOK_DIR = 'content/handbook';

/** The frontmatter block of a Markdown or MDX file, parsed as YAML; `{}` when there is none. */
export function readFrontmatter(file: string, source: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  if (!match) return {};
  try {
    return (parseYaml(match[1]!) ?? {}) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`${file}: the frontmatter is not valid YAML. ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** `/roles/backend/` for `roles/backend.mdx`, `/workflow/` for `workflow/index.mdx`, `/` for `index.mdx`. */
export function pageUrl(relative: string): string {
  const slug = relative.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
  return slug ? `/${slug}/` : '/';
}

/**
 * One page's upkeep fields.
 *
 * @param file Repository-relative path, e.g. `content/handbook/roles/backend.mdx`.
 * @throws Error naming the file, the field and the fix when `owner` or
 *   `lastReviewed` is missing or invalid.
 */
export function parseHandbookPage(file: string, source: string): ReviewedPage {
  const raw = readFrontmatter(file, source);
  const upkeep = { owner: raw['owner'], lastReviewed: raw['lastReviewed'], reviewEvery: raw['reviewEvery'] };
  const result = pageFrontmatterSchema
    .pick({ owner: true, lastReviewed: true, reviewEvery: true })
    .safeParse(upkeep);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`${file} has invalid frontmatter:\n${lines.join('\n')}`);
  }
  requireUpkeepFields(file, result.data);
  const relative = file.slice(HANDBOOK_DIR.length + 1);
  return {
    file,
    url: pageUrl(relative),
    title: typeof raw['title'] === 'string' ? raw['title'] : relative,
    owner: result.data.owner!,
    lastReviewed: result.data.lastReviewed!,
    reviewEvery: result.data.reviewEvery ?? review.everyMonths,
  };
}

/** Every handbook page under `root`, sorted by file name. */
export function loadHandbookPages(root: string): ReviewedPage[] {
  return globSync('**/[!_]*.{md,mdx}', { cwd: join(root, HANDBOOK_DIR) })
    .map((relative) => `${HANDBOOK_DIR}/${relative.split('\\').join('/')}`)
    .sort()
    .map((file) => parseHandbookPage(file, readFileSync(join(root, file), 'utf8')));
}
