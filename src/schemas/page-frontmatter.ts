import { z } from 'astro/zod';
import { ROLES } from './taxonomy.ts';

/**
 * Frontmatter fields a handbook page adds to Starlight's own
 * (https://starlight.astro.build/reference/frontmatter/).
 *
 * - `description` is required: it becomes the meta description and the
 *   search-result excerpt, and a page without one scores below 100 for SEO.
 * - `roles` (optional) lists who the page is mainly for; see {@link ROLES}.
 *
 * To add a field, add one line here. Any field that is neither Starlight's
 * nor listed here fails the build (src/content.config.ts makes the merged
 * schema strict), so a misspelt key is never silently dropped.
 */
export const DESCRIPTION_MIN = 20;
export const DESCRIPTION_MAX = 200;

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
