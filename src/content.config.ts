import { docsSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { checklistSchema } from './schemas/checklist.ts';
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
 * Checklists, one YAML file each: content/checklists/<id>.yaml, validated by
 * {@link checklistSchema}. The entry id is the file name, and the `id` field
 * inside must match it, so a checklist's URL and its id never disagree.
 */
const checklists = defineCollection({
  loader: glob({
    base: './content/checklists',
    pattern: '[^_]*.yaml',
    generateId: ({ entry, data }) => {
      const fileId = entry.replace(/\.yaml$/, '');
      if (data['id'] !== fileId) {
        throw new Error(
          `content/checklists/${entry}: the id "${String(data['id'])}" does not match the file name. ` +
            `Rename the file to <id>.yaml or set \`id: ${fileId}\`.`,
        );
      }
      return fileId;
    },
  }),
  schema: checklistSchema,
});

export const collections = { docs, checklists };
