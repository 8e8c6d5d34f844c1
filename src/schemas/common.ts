import { z } from 'astro/zod';

/**
 * Building blocks every data schema shares, so a rule is written once and
 * its message is the same in every file.
 */

/** Kebab-case: lowercase letters and digits in words joined by single hyphens, e.g. `parameterised-queries`. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Which data files in a content folder are entries: every `.yaml` or `.yml`
 * file whose name does not start with `_` (drafts and partials). One rule for
 * every data folder, as an Astro glob and as the same test on a file name.
 */
export const DATA_FILE_GLOB = '[^_]*.{yaml,yml}';
export const DATA_FILE_NAME = /^[^_][^/]*\.ya?ml$/;

/** The entry id of a data file: its name without `.yaml` or `.yml`. */
export function dataFileId(fileName: string): string {
  return fileName.replace(/\.ya?ml$/, '');
}

/** Object options that turn an unknown (usually misspelt) field into an error listing the allowed ones. */
export const strict = (allowed: string) => ({
  error: (issue: { code?: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys'
      ? `Unknown field ${issue.keys?.map((k) => `\`${k}\``).join(', ')}. Allowed fields: ${allowed}.`
      : undefined,
});

/**
 * `z.strictObject(shape)` whose unknown-key message lists the allowed fields,
 * e.g. "Unknown field `checklist`. Allowed fields: id, title, summary, checklists."
 */
export function strictObject<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.strictObject(shape, strict(Object.keys(shape).join(', ')));
}
