import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { entryMarkdown, handbookPages } from '../lib/entry-markdown.ts';

/**
 * `/<page>.md`: every handbook page as Markdown next to its URL
 * (`/roles/backend/` → `/roles/backend.md`, the home page → `/index.md`),
 * with its title as the `#` heading, checklists as task lists and
 * comparisons as tables.
 */
export const getStaticPaths = (async () =>
  (await handbookPages()).map((entry) => ({
    params: { slug: entry.id },
    props: { entry },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'docs'> }> = async ({ props }) =>
  new Response(await entryMarkdown(props.entry), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
