import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { docsSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { checkedYamlFile } from './lib/checked-yaml-file.ts';
import { dataFileIdsIn, fileNamedId } from './lib/data-files.ts';
import { backendFlowSchema } from './schemas/backend-flow.ts';
import { checklistSchema } from './schemas/checklist.ts';
import { DATA_FILE_GLOB } from './schemas/common.ts';
import { comparisonSchema } from './schemas/comparison.ts';
import { pageFrontmatterSchema, requireUpkeepFields } from './schemas/page-frontmatter.ts';
import { workflowStageSchema, workflowStagesSchema } from './schemas/workflow-stage.ts';
import { z } from 'astro/zod';

/** The handbook's own root folder, which holds content/. */
const handbook = new URL('../', import.meta.url);

/**
 * A fixture site's root (absolute path in `HANDBOOK_ROOT`), set by
 * tests/unit/build-fixture.ts so that fixture builds run this very config
 * on their own small, broken-on-purpose content.
 */
const fixture = process.env['HANDBOOK_ROOT']
  ? pathToFileURL(`${process.env['HANDBOOK_ROOT'].replace(/\/$/, '')}/`)
  : undefined;

/**
 * The root to read `path` (e.g. `content/workflow/stages.yaml`) from: the
 * fixture's when it has that file or folder, else the handbook's, so a
 * fixture holds only the data it breaks.
 */
function rootOf(path: string): URL {
  return fixture && existsSync(new URL(path, fixture)) ? fixture : handbook;
}
const dir = (path: string) => fileURLToPath(new URL(path, rootOf(path)));

/**
 * Handbook pages are authored in the top-level content/handbook/ folder and
 * loaded into Starlight's `docs` collection. Files starting with `_`, and
 * everything in folders starting with `_`, are drafts and partials and are
 * not pages. Unknown frontmatter fields fail the build (see
 * src/schemas/page-frontmatter.ts).
 */
const handbookGlob = glob({ base: './content/handbook', pattern: ['**/[^_]*.{md,mdx}', '!**/_*/**'] });

/** Starlight's frontmatter schema with ours, as a function of Astro's schema context (its `image()` helper). */
const pageSchema = docsSchema({ extend: pageFrontmatterSchema });
type PageSchemaContext = Parameters<typeof pageSchema>[0];
/** Whether the entry being parsed has a `hero` (set by the docs loader's `parseData`). */
let entryHasHero = true;
let sharedPageSchema: ReturnType<typeof pageSchema> | undefined;

/**
 * The docs collection's schema for one entry. Astro calls a schema function
 * once per entry, to bind `image()` to the entry's folder, and building
 * Starlight's schema costs about 0.9 ms, and its first parse about 0.3 ms more
 * (1,000 of each timed in Node, 2026-12-04): over a second of a 1,000-page
 * build's content sync. Only `hero.image` uses `image()` (Starlight's
 * schemas/hero.js), so an entry without a `hero` gets one schema built once,
 * whose `image()` fails the build if it is ever reached; an entry with a
 * `hero`, and any other caller, gets its own.
 *
 * Astro calls this synchronously inside `parseData`, right after the docs
 * loader sets {@link entryHasHero} for the entry (astro/dist/content/utils.js
 * `getEntryData`).
 */
function docsPageSchema(context: PageSchemaContext): ReturnType<typeof pageSchema> {
  if (entryHasHero) return pageSchema(context);
  return (sharedPageSchema ??= pageSchema({
    image: () =>
      z.never({
        error: 'Internal error: a hero image was parsed with the shared page schema (src/content.config.ts).',
      }) as unknown as ReturnType<PageSchemaContext['image']>,
  }));
}

const docs = defineCollection({
  // Every handbook file must name its owner and review date; Starlight's
  // <StarlightPage> routes share the schema but have no such fields.
  loader: {
    ...handbookGlob,
    load: (context) =>
      handbookGlob.load({
        ...context,
        parseData: async (entry) => {
          entryHasHero = entry.data['hero'] !== undefined;
          const parsing = context.parseData(entry);
          entryHasHero = true;
          const data = await parsing;
          requireUpkeepFields(entry.filePath ?? entry.id, data);
          return data;
        },
      }),
  },
  schema: docsPageSchema,
});

/**
 * The checklist ids a data file may name: the file names in the
 * content/checklists/ beside it (the same {@link DATA_FILE_GLOB} rule as the
 * collection), or the handbook's when a fixture has none. Reading the folder
 * also fails the build on `x.yaml` next to `x.yml`, which Astro only warns about.
 *
 * @param path The referencing data file, e.g. `content/workflow/stages.yaml`.
 */
function checklistIdsFor(path: string): string[] {
  const beside = new URL('content/checklists/', rootOf(path));
  return dataFileIdsIn(fileURLToPath(existsSync(beside) ? beside : new URL('content/checklists/', handbook)));
}
dataFileIdsIn(dir('content/comparisons'));

/** The six delivery stages, one entry per stage id (content/workflow/stages.yaml). */
const STAGES_FILE = 'content/workflow/stages.yaml';
const workflow = defineCollection({
  loader: checkedYamlFile(
    STAGES_FILE,
    workflowStagesSchema(checklistIdsFor(STAGES_FILE)),
    rootOf(STAGES_FILE),
  ),
  schema: workflowStageSchema(checklistIdsFor(STAGES_FILE)),
});

/** The backend team's inputs → process → outputs flow, one entry with id `backend`. */
const FLOW_FILE = 'content/backend-flow/flow.yaml';
const backendFlow = defineCollection({
  loader: checkedYamlFile(
    FLOW_FILE,
    z.strictObject(
      { backend: backendFlowSchema(checklistIdsFor(FLOW_FILE)) },
      { error: 'Put the flow under a top-level `backend:` key, and nothing else at the top level.' },
    ),
    rootOf(FLOW_FILE),
  ),
  schema: backendFlowSchema(checklistIdsFor(FLOW_FILE)),
});

/**
 * Checklists, one YAML file each: content/checklists/<id>.yaml, validated by
 * {@link checklistSchema}. The entry id is the file name, and the `id` field
 * inside must match it, so a checklist's URL and its id never disagree.
 */
const checklists = defineCollection({
  loader: glob({
    base: dir('content/checklists'),
    pattern: DATA_FILE_GLOB,
    generateId: ({ entry, data }) => fileNamedId(`content/checklists/${entry}`, data['id']),
  }),
  schema: checklistSchema,
});

/**
 * Comparison tables, one YAML file each in content/comparisons/; the file
 * name is the id used by `<Comparison id="…" />` and /comparisons/<id>/.
 */
const comparisons = defineCollection({
  loader: glob({ base: dir('content/comparisons'), pattern: DATA_FILE_GLOB }),
  schema: comparisonSchema,
});

export const collections = { docs, checklists, comparisons, workflow, backendFlow };
