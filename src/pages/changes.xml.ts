import type { APIRoute } from 'astro';
import { site } from '../../config/site.ts';
import { atomFeed, xmlEscape } from '../lib/atom-feed.ts';
import { changeUrl, changeViews } from '../lib/changes-view.ts';

/** /changes.xml: the Atom feed of /changes/, one entry per commit with links to the pages it changed. */
export const GET: APIRoute = async () => {
  const { changes } = await changeViews();
  const body = atomFeed({
    self: new URL('/changes.xml', site.url).href,
    alternate: new URL('/changes/', site.url).href,
    title: `${site.title}: recent changes`,
    author: site.title,
    entries: changes.map((change) => ({
      id: changeUrl(change),
      title: change.subject,
      updated: change.date,
      link: changeUrl(change),
      html: `<ul>${change.pages
        .map((page) =>
          page.href
            ? `<li><a href="${xmlEscape(new URL(page.href, site.url).href)}">${xmlEscape(page.title)}</a></li>`
            : `<li>${xmlEscape(page.title)} (removed)</li>`,
        )
        .join('')}</ul>`,
    })),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
