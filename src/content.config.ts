import { docsSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { checkedYamlFile } from './lib/checked-yaml-file.ts';
import { backendFlowSchema } from './schemas/backend-flow.ts';
import { checklistSchema } from './schemas/checklist.ts';
import { comparisonSchema } from './schemas/comparison.ts';
import { pageFrontmatterSchema, requireUpkeepFields } from './schemas/page-frontmatter.ts';
import { workflowStageSchema, workflowStagesSchema } from './schemas/workflow-stage.ts';
import { z } from 'astro/zod';

/**
 * Handbook pages are authored in the top-level content/handbook/ folder and
 * loaded into Starlight's `docs` collection. Files starting with `_` are
 * drafts and partials and are not pages.
 */
const handbookGlob = glob({ base: './content/handbook', pattern: '**/[^_]*.{md,mdx}' });
const docs = defineCollection({
  // Every handbook file must name its owner and review date; Starlight's
  // <StarlightPage> routes share the schema but have no such fields.
  loader: {
    ...handbookGlob,
    load: (context) =>
      handbookGlob.load({
        ...context,
        parseData: async (entry) => {
          const data = await context.parseData(entry);
          requireUpkeepFields(entry.filePath ?? entry.id, data);
          return data;
        },
      }),
  },
  schema: docsSchema({ extend: pageFrontmatterSchema }),
});

/** The handbook's root folder; data files are found from here whatever root Astro builds from. */
const root = new URL('../', import.meta.url);

/** The six delivery stages, one entry per stage id (content/workflow/stages.yaml). */
const workflow = defineCollection({
  loader: checkedYamlFile('content/workflow/stages.yaml', workflowStagesSchema, root),
  schema: workflowStageSchema,
});

/** The backend team's inputs → process → outputs flow, one entry with id `backend`. */
const backendFlow = defineCollection({
  loader: checkedYamlFile(
    'content/backend-flow/flow.yaml',
    z.object({ backend: backendFlowSchema }, { error: 'Put the flow under a top-level `backend:` key.' }),
    root,
  ),
  schema: backendFlowSchema,
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

/**
 * Comparison tables, one YAML file each in content/comparisons/; the file
 * name is the id used by `<Comparison id="…" />` and /comparisons/<id>/.
 */
const comparisons = defineCollection({
  loader: glob({ base: './content/comparisons', pattern: '*.{yaml,yml}' }),
  schema: comparisonSchema,
});

export const collections = { docs, checklists, comparisons, workflow, backendFlow };
