import { getCollection, type CollectionEntry } from 'astro:content';
import { markdownPath } from './page-upkeep.ts';

/**
 * The handbook pages that have Markdown copies, for `/llms.txt`. The copies
 * themselves (`/<page>.md`, `/llms-full.txt`) are written by the build
 * (src/integrations/markdown-copies.ts).
 */

/** The root-relative URL of a docs entry's HTML page: `/roles/backend/`, `/` for `index`. */
export function pagePath(id: string): string {
  return id === 'index' ? '/' : `/${id}/`;
}

/** Handbook pages in sidebar-independent, stable order: by URL. Drafts are left out. */
export async function handbookPages(): Promise<CollectionEntry<'docs'>[]> {
  const entries = await getCollection('docs', (entry) => !entry.data.draft);
  return entries.sort((a, b) => pagePath(a.id).localeCompare(pagePath(b.id)));
}

export { markdownPath };
