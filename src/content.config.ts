import { docsSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { comparisonSchema } from './schemas/comparison.ts';
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

/**
 * Comparison tables, one YAML file each in content/comparisons/; the file
 * name is the id used by `<Comparison id="…" />` and /comparisons/<id>/.
 */
const comparisons = defineCollection({
  loader: glob({ base: './content/comparisons', pattern: '*.{yaml,yml}' }),
  schema: comparisonSchema,
});

export const collections = { docs, comparisons };
