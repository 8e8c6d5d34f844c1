import { z } from 'astro/zod';
import { TEAM_IDS } from '../../config/teams.ts';
import { ROLES } from './taxonomy.ts';

const teamList = TEAM_IDS.join(', ');

/**
 * Upkeep fields every page in content/handbook/ must set, with the fix for
 * each. They are optional in {@link pageFrontmatterSchema} itself because
 * Starlight validates `<StarlightPage>` routes (checklists, comparisons, API
 * pages) against the same schema; {@link requireUpkeepFields} enforces them
 * for content files in the docs collection's loader.
 */
export const REQUIRED_UPKEEP_FIELDS = {
  owner: `Add \`owner: <team>\` to the frontmatter, after \`description\`, naming the team that keeps this page true. Teams (config/teams.ts): ${teamList}.`,
  lastReviewed:
    'Add `lastReviewed: YYYY-MM-DD` to the frontmatter, after `description`: the date the owner last checked the whole page.',
} as const;

/**
 * Throws when a handbook page's frontmatter lacks an upkeep field.
 *
 * @param file The page's path, e.g. `content/handbook/roles/backend.mdx`, named in the error.
 * @throws Error naming the file, each missing field and its fix.
 */
export function requireUpkeepFields(file: string, data: Record<string, unknown>): void {
  const missing = Object.entries(REQUIRED_UPKEEP_FIELDS).filter(([field]) => data[field] === undefined);
  if (missing.length === 0) return;
  throw new Error(
    `${file}: missing ${missing.map(([field]) => `\`${field}\``).join(' and ')} in the frontmatter.\n` +
      missing.map(([, fix]) => `  ${fix}`).join('\n'),
  );
}

/** Length limits of `description`, in characters. */
export const DESCRIPTION_MIN = 20;
export const DESCRIPTION_MAX = 200;

/**
 * Frontmatter fields a handbook page adds to Starlight's own
 * (https://starlight.astro.build/reference/frontmatter/).
 *
 * - `description` is required: it becomes the meta description and the
 *   search-result excerpt, and a page without one scores below 100 for SEO.
 * - `owner` is required on handbook pages (see {@link REQUIRED_UPKEEP_FIELDS}): the id of the team that keeps the page true, one of
 *   the keys of `teams` in config/teams.ts.
 * - `lastReviewed` is required on handbook pages: the date (YYYY-MM-DD) the owner last checked
 *   the whole page; it may not lie in the future.
 * - `reviewEvery` (optional) is the review interval in whole months; without
 *   it `review.everyMonths` in config/teams.ts applies.
 * - `roles` (optional) lists who the page is mainly for; see {@link ROLES}.
 *
 * To add a field, add one line here. Any field that is neither Starlight's
 * nor listed here fails the build (src/content.config.ts makes the merged
 * schema strict), so a misspelt key is never silently dropped.
 */
export const pageFrontmatterSchema = z.strictObject(
  {
    description: z
      .string({
        error: `Add a one-sentence \`description\` (${DESCRIPTION_MIN}–${DESCRIPTION_MAX} characters) to the frontmatter.`,
      })
      .min(DESCRIPTION_MIN, `Write a \`description\` of at least ${DESCRIPTION_MIN} characters.`)
      .max(
        DESCRIPTION_MAX,
        `Keep the \`description\` to at most ${DESCRIPTION_MAX} characters; search engines cut it.`,
      ),
    owner: z
      .enum(TEAM_IDS, {
        error: (issue) =>
          `Unknown owner ${JSON.stringify(issue.input)}. Set \`owner\` to one of the teams in config/teams.ts: ${teamList}.`,
      })
      .optional(),
    lastReviewed: z.coerce
      .date({
        error: '`lastReviewed` must be a date written YYYY-MM-DD, such as 2026-11-21.',
      })
      .refine((date) => date.getTime() <= Date.now(), {
        error: (issue) =>
          `\`lastReviewed\` (${(issue.input as Date).toISOString().slice(0, 10)}) is in the future. Set it to the day the page was actually reviewed.`,
      })
      .optional(),
    reviewEvery: z
      .number({ error: '`reviewEvery` is a whole number of months, e.g. `reviewEvery: 12`.' })
      .int('`reviewEvery` is a whole number of months, e.g. `reviewEvery: 12`.')
      .min(1, '`reviewEvery` must be at least 1 month.')
      .max(36, '`reviewEvery` may be at most 36 months; review pages at least every three years.')
      .optional(),
    roles: z.array(z.enum(ROLES)).optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Unknown frontmatter field ${issue.keys.map((k) => `\`${k}\``).join(', ')}: check its spelling ` +
          'against https://starlight.astro.build/reference/frontmatter/, or add it to src/schemas/page-frontmatter.ts.'
        : undefined,
  },
);
