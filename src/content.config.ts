import { docsSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageFrontmatterSchema } from './schemas/page-frontmatter.ts';

/**
 * Handbook pages are authored in the top-level content/handbook/ folder and
 * loaded into Starlight's `docs` collection. Files starting with `_` are
 * drafts and partials and are not pages.
 */
const docs = defineCollection({
  loader: glob({ base: './content/handbook', pattern: '**/[^_]*.{md,mdx}' }),
  schema: docsSchema({ extend: pageFrontmatterSchema }),
});

export const collections = { docs };
