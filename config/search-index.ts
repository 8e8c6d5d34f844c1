import { relative, sep } from 'node:path';
import type { CustomRecord } from 'pagefind';
import { parse } from 'parse5';
import {
  elementChildren,
  find,
  findAll,
  getAttr,
  hasAttr,
  hasClass,
  isHeading,
  textOf,
  type Element,
} from './html-tree.ts';

/**
 * Marker attributes the site's components render for search. The page-level
 * filters are `data-pagefind-filter` elements (Search.astro); these mark what
 * becomes a search result of its own.
 *
 * - `data-search-record="<kind>"` on an element with an `id` (or whose first
 *   heading has one): one record, linking to `<page>#<id>`, whose text is the element's (minus any
 *   `data-pagefind-ignore` part). Its title is the text of the first
 *   descendant marked `data-search-title`, else of its first heading.
 *   `data-search-method` and `data-search-path` add an API operation's
 *   endpoint.
 * - `data-search-terms` anywhere on a page: every `h3` with an `id` in the
 *   page's Markdown content is a glossary term, with the text up to the next
 *   `h2` or `h3` as its definition.
 */
export const RECORD_ATTR = 'data-search-record';
export const TERMS_ATTR = 'data-search-terms';

/**
 * Records for one built page, for Pagefind's `addCustomRecord`. Pages
 * without `data-pagefind-body` (404, /search/, pages set `pagefind: false`)
 * give none, as Pagefind does not index them either. Each record inherits the
 * page's `section` and `role` filters and gets `kind` from its marker.
 *
 * @param html The page's HTML.
 * @param url The page's URL path, e.g. `/checklists/security-review/`.
 * @throws Error naming the page and element when a record has no id or no title.
 */
export function extractRecords(html: string, url: string): CustomRecord[] {
  if (!html.includes(RECORD_ATTR) && !html.includes(TERMS_ATTR)) return [];
  const document = parse(html);
  const body = find(document, (el) => hasAttr(el, 'data-pagefind-body'));
  if (!body) return [];
  const inherited: Record<string, string[]> = {};
  for (const el of findAll(document, (e) => hasAttr(e, 'data-pagefind-filter'))) {
    const [name, ...rest] = (getAttr(el, 'data-pagefind-filter') ?? '').split(':');
    if (!name || name === 'kind' || rest.length === 0) continue;
    (inherited[name] ??= []).push(rest.join(':').trim());
  }
  const pageTitle = text(find(document, (el) => el.tagName === 'h1'));
  const section = inherited['section']?.[0];
  const record = (
    kind: string,
    id: string,
    title: string,
    content: string,
    meta: Record<string, string> = {},
  ) => ({
    url: `${url}#${id}`,
    content,
    language: 'en',
    meta: { title, kind, ...(section ? { section } : {}), ...meta },
    filters: { ...inherited, kind: [kind] },
  });

  const records: CustomRecord[] = [];
  for (const el of findAll(body, (e) => hasAttr(e, RECORD_ATTR))) {
    const kind = getAttr(el, RECORD_ATTR)!;
    const where = `${url}: the ${el.tagName} marked ${RECORD_ATTR}="${kind}"`;
    const id = getAttr(el, 'id') || getAttr(find(el, (h) => isHeading(h) && !!getAttr(h, 'id')) ?? el, 'id');
    if (!id)
      throw new Error(`${where} has no id to link to. Give it (or its heading) the anchor its result opens.`);
    const title = text(find(el, (t) => hasAttr(t, 'data-search-title')) ?? find(el, isHeading));
    if (!title) throw new Error(`${where} (#${id}) has no title. Mark its title element data-search-title.`);
    const meta: Record<string, string> = {};
    const method = getAttr(el, 'data-search-method');
    const path = getAttr(el, 'data-search-path');
    if (method) meta['method'] = method;
    if (path) meta['path'] = path;
    if (kind === 'checklist' && pageTitle) meta['checklist'] = pageTitle;
    records.push(record(kind, id, title, text(el), meta));
  }
  if (find(document, (el) => hasAttr(el, TERMS_ATTR))) {
    const headings = findAll(body, (el) => hasClass(el, 'sl-markdown-content')).flatMap((content) =>
      findAll(content, (el) => el.tagName === 'h3' && !!getAttr(el, 'id')),
    );
    for (const heading of headings) {
      const parent = heading.parentNode as Element;
      const start = hasClass(parent, 'sl-heading-wrapper') ? parent : heading;
      const siblings = elementChildren(start.parentNode as Element);
      const parts: string[] = [];
      for (const next of siblings.slice(siblings.indexOf(start) + 1)) {
        if (/^h[23]$/.test(next.tagName) || find(next, (el) => /^h[23]$/.test(el.tagName))) break;
        parts.push(text(next));
      }
      const title = text(heading);
      records.push(record('term', getAttr(heading, 'id')!, title, `${title}. ${parts.join(' ')}`));
    }
  }
  return records;
}

/** An element's text without `data-pagefind-ignore` parts, whitespace collapsed. */
const text = (el: Element | undefined): string => textOf(el, (e) => hasAttr(e, 'data-pagefind-ignore'));

/** `dist/a/b/index.html` → `/a/b/`; `dist/404.html` → `/404.html`. */
export function pageUrl(dist: string, file: string): string {
  const path = relative(dist, file).split(sep).join('/');
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}
