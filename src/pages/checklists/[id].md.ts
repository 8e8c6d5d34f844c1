import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { site } from '../../../config/site.ts';
import { toMarkdownDocument } from '../../lib/checklist-export.ts';
import { toChecklistExport } from '../../lib/checklist-export-data.ts';

/** /checklists/<id>.md: the checklist as a Markdown task list with nothing ticked, each item linking back. */
export const getStaticPaths = (async () =>
  (await getCollection('checklists')).map((entry) => ({
    params: { id: entry.id },
    props: { entry },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'checklists'> }> = ({ props }) =>
  new Response(toMarkdownDocument(toChecklistExport(props.entry.data, site.url), new Set()), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
