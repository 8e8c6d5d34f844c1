import type { APIRoute } from 'astro';
import { site } from '../../config/site.ts';
import { handbookPages, markdownPath } from '../lib/entry-markdown.ts';
import { sidebar } from '../../config/sidebar.ts';

/**
 * `/llms.txt` in the llms.txt convention (https://llmstxt.org/): the site's
 * name as `#`, its summary as a quote, then `##` sections of links, here one
 * per sidebar group, each page linking to its Markdown copy with its
 * description. Pages outside the sidebar are listed under "Other pages", so
 * every page appears once. `/llms-full.txt` holds all pages in full.
 */
export const GET: APIRoute = async () => {
  const pages = await handbookPages();
  const byId = new Map(pages.map((page) => [page.id, page]));
  const listed = new Set<string>();
  const line = (id: string) => {
    const page = byId.get(id);
    if (!page || listed.has(id)) return [];
    listed.add(id);
    return [`- [${page.data.title}](${new URL(markdownPath(id), site.url).href}): ${page.data.description}`];
  };
  const sections = [`# ${site.title}`, '', `> ${site.description}`, ''];
  sections.push(
    `The complete handbook in one file: ${new URL('/llms-full.txt', site.url).href}`,
    '',
    '## Home',
    '',
    ...line('index'),
    '',
  );
  for (const group of sidebar) {
    const lines = ('items' in group ? group.items : []).flatMap((item) =>
      typeof item === 'object' && 'slug' in item ? line(item.slug) : [],
    );
    if (lines.length > 0) sections.push(`## ${group.label}`, '', ...lines, '');
  }
  const rest = pages.flatMap((page) => line(page.id));
  if (rest.length > 0) sections.push('## Other pages', '', ...rest, '');
  return new Response(sections.join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
