import type { APIRoute } from 'astro';
import { site } from '../../config/site.ts';
import { entryMarkdown, handbookPages } from '../lib/entry-markdown.ts';

/** `/llms-full.txt`: every handbook page's Markdown copy, in URL order, in one file (https://llmstxt.org/). */
export const GET: APIRoute = async () => {
  const pages = await Promise.all((await handbookPages()).map(entryMarkdown));
  return new Response(`# ${site.title}\n\n> ${site.description}\n\n${pages.join('\n---\n\n')}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
