import { z } from 'astro/zod';
import { ROLES } from './taxonomy.ts';

/**
 * Frontmatter fields a handbook page adds to Starlight's own
 * (https://starlight.astro.build/reference/frontmatter/).
 *
 * - `description` is required: it becomes the meta description and the
 *   search-result excerpt, and a page without one scores below 100 for SEO.
 * - `roles` (optional) lists who the page is mainly for; see {@link ROLES}.
 */
export const pageFrontmatterSchema = z.object({
  description: z
    .string({ error: 'Add a one-sentence `description` (50–160 characters) to the frontmatter.' })
    .min(20, 'Write a `description` of at least 20 characters.')
    .max(200, 'Keep the `description` under 200 characters; search engines cut it.'),
  roles: z.array(z.enum(ROLES)).optional(),
});
