import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { site } from '../../../config/site.ts';
import { toChecklistExport } from '../../lib/checklist-export-data.ts';

/**
 * /checklists/<id>.json: a checklist for machines. Shape: the validated YAML
 * (`id`, `title`, `purpose`, `kind`, `audience`, `stage`, `items` or
 * `sections`, with item `text` as Markdown) plus `url` and `exportSections`: the
 * plain-text items with their permanent `url` and text `hash`, as the
 * handbook's own exporters use them.
 */
export const getStaticPaths = (async () =>
  (await getCollection('checklists')).map((entry) => ({
    params: { id: entry.id },
    props: { entry },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'checklists'> }> = ({ props }) => {
  const exported = toChecklistExport(props.entry.data, site.url);
  const body = {
    ...props.entry.data,
    url: exported.url,
    exportSections: exported.sections.map((section) => ({
      ...section,
      items: section.items.map((item) => ({ ...item, url: `${exported.url}#${item.id}` })),
    })),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
