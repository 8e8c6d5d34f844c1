import mdxServer from '@astrojs/mdx/server.js';
import { experimental_AstroContainer } from 'astro/container';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { site } from '../../config/site.ts';
import { teams } from '../../config/teams.ts';
import { projectRoot } from './openapi/validate.ts';
import { printSources } from './markdown-pool.ts';
import { htmlToMarkdown, markdownDocument } from './page-markdown.ts';
import { isoDay } from './page-review.ts';
import { markdownPath } from './page-upkeep.ts';

/**
 * Build-time Markdown of handbook pages, for the `.md` copies and
 * `/llms-full.txt`. A page whose source is plain Markdown is printed from
 * its source (`sourceToMarkdown`, on worker threads: markdown-pool.ts, all
 * pages at once as soon as {@link handbookPages} lists them); any other
 * page body is rendered to HTML with Astro's container API (so MDX
 * components render as on the page) and converted with
 * {@link htmlToMarkdown}, which costs five times as much. Results are cached
 * for the build.
 */

let container: Promise<experimental_AstroContainer> | undefined;
const cache = new Map<string, Promise<string>>();
/** Markdown printed from each page's source, by id; `undefined` for pages that need rendering. */
let printed: Map<string, Promise<string | undefined>> | undefined;

/** The root-relative URL of a docs entry's HTML page: `/roles/backend/`, `/` for `index`. */
export function pagePath(id: string): string {
  return id === 'index' ? '/' : `/${id}/`;
}

/** The `.md` copy of one page (see {@link markdownDocument}). */
export function entryMarkdown(entry: CollectionEntry<'docs'>): Promise<string> {
  let result = cache.get(entry.id);
  if (!result) {
    result = (async () => {
      const source =
        printed?.get(entry.id) ??
        printSources([{ key: entry.id, source: entry.body ?? '' }], site.url, projectRoot()).get(entry.id);
      const body = (await source) ?? (await rendered(entry));
      const { data } = entry;
      return markdownDocument(
        {
          title: data.title,
          description: data.description,
          url: new URL(pagePath(entry.id), site.url).href,
          // Both are required on handbook pages (src/content.config.ts).
          ownerName: data.owner ? teams[data.owner].name : '',
          lastReviewed: data.lastReviewed ? isoDay(data.lastReviewed) : '',
        },
        body,
      );
    })();
    cache.set(entry.id, result);
  }
  return result;
}

/** A page's Markdown from its rendered body. */
async function rendered(entry: CollectionEntry<'docs'>): Promise<string> {
  container ??= experimental_AstroContainer.create({
    renderers: [{ name: 'astro:jsx', ssr: mdxServer }],
  });
  const { Content } = await render(entry);
  return htmlToMarkdown(await (await container).renderToString(Content), site.url);
}

/** Handbook pages in sidebar-independent, stable order: by URL. Drafts are left out. */
export async function handbookPages(): Promise<CollectionEntry<'docs'>[]> {
  const entries = await getCollection('docs', (entry) => !entry.data.draft);
  printed ??= printSources(
    entries.map((entry) => ({ key: entry.id, source: entry.body ?? '' })),
    site.url,
    projectRoot(),
  );
  return entries.sort((a, b) => pagePath(a.id).localeCompare(pagePath(b.id)));
}

export { markdownPath };
