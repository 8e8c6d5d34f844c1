import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Element, Parent, Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { matches, select, selectAll } from 'hast-util-select';
import { parse } from 'parse5';
import * as pagefind from 'pagefind';
import type { CustomRecord } from 'pagefind';

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
  const tree = fromParse5(parse(html)) as Root;
  const body = select('[data-pagefind-body]', tree);
  if (!body) return [];
  const inherited: Record<string, string[]> = {};
  for (const el of selectAll('[data-pagefind-filter]', tree)) {
    const [name, ...rest] = String(el.properties['dataPagefindFilter'] ?? '').split(':');
    if (!name || name === 'kind' || rest.length === 0) continue;
    (inherited[name] ??= []).push(rest.join(':').trim());
  }
  const pageTitle = text(select('h1', tree));
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
  for (const el of selectAll(`[${RECORD_ATTR}]`, body)) {
    const kind = String(el.properties['dataSearchRecord']);
    const where = `${url}: the ${el.tagName} marked ${RECORD_ATTR}="${kind}"`;
    const id =
      el.properties['id'] ?? select('h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]', el)?.properties['id'];
    if (!id)
      throw new Error(`${where} has no id to link to. Give it (or its heading) the anchor its result opens.`);
    const title = text(select('[data-search-title]', el) ?? select('h1, h2, h3, h4, h5, h6', el));
    if (!title) throw new Error(`${where} (#${id}) has no title. Mark its title element data-search-title.`);
    const meta: Record<string, string> = {};
    if (el.properties['dataSearchMethod']) meta['method'] = String(el.properties['dataSearchMethod']);
    if (el.properties['dataSearchPath']) meta['path'] = String(el.properties['dataSearchPath']);
    if (kind === 'checklist' && pageTitle) meta['checklist'] = pageTitle;
    records.push(record(kind, String(id), title, text(el), meta));
  }
  if (select(`[${TERMS_ATTR}]`, tree)) {
    const parentOf = parents(body);
    for (const heading of selectAll('.sl-markdown-content h3[id]', body)) {
      const parts: string[] = [];
      const wrapper = parentOf.get(heading);
      const start = wrapper && matches('.sl-heading-wrapper', wrapper) ? wrapper : heading;
      const siblings = elementChildren(parentOf.get(start)!);
      for (const next of siblings.slice(siblings.indexOf(start) + 1)) {
        if (matches('h2, h3', next) || select('h2, h3', next)) break;
        parts.push(text(next));
      }
      const title = text(heading);
      records.push(record('term', String(heading.properties['id']), title, `${title}. ${parts.join(' ')}`));
    }
  }
  return records;
}

/** The element children of a hast node. */
const elementChildren = (node: Parent): Element[] =>
  node.children.filter((c): c is Element => c.type === 'element');

/** Each element's parent below `root` (hast has no parent links). */
function parents(root: Element): Map<Element, Element> {
  const map = new Map<Element, Element>();
  const walk = (node: Element) => {
    for (const child of elementChildren(node)) {
      map.set(child, node);
      walk(child);
    }
  };
  walk(root);
  return map;
}

/** An element's text without `data-pagefind-ignore` parts, whitespace collapsed. */
function text(el: Element | undefined): string {
  if (!el) return '';
  const parts: string[] = [];
  const walk = (node: Element) => {
    for (const child of node.children) {
      if (child.type === 'text') parts.push(child.value);
      else if (child.type === 'element' && child.properties['dataPagefindIgnore'] === undefined) walk(child);
    }
  };
  walk(el);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** `dist/a/b/index.html` → `/a/b/`; `dist/404.html` → `/404.html`. */
function pageUrl(dist: string, file: string): string {
  const path = relative(dist, file).split(sep).join('/');
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Builds the Pagefind index into `dist/pagefind/` after the site is built:
 * every page with `data-pagefind-body`, as Starlight's own indexing does, plus
 * a record per checklist item, API operation and glossary term
 * ({@link extractRecords}). Replaces Starlight's indexing, which is turned off
 * (`pagefind: false` in astro.config.mjs) because it cannot add records.
 *
 * @throws Error listing Pagefind's errors, or from extractRecords.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'handbook:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(errors.join('\n'));
          const pages = await index.addDirectory({ path: dist });
          if (pages.errors.length) throw new Error(pages.errors.join('\n'));
          let count = 0;
          const files = readdirSync(dist, { recursive: true, encoding: 'utf8' })
            .filter((f) => f.endsWith('.html'))
            .map((f) => join(dist, f));
          for (const file of files) {
            for (const rec of extractRecords(readFileSync(file, 'utf8'), pageUrl(dist, file))) {
              const added = await index.addCustomRecord(rec);
              if (added.errors.length) throw new Error(`${rec.url}: ${added.errors.join('\n')}`);
              count++;
            }
          }
          const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
          if (written.errors.length) throw new Error(written.errors.join('\n'));
          const ms = Math.round(performance.now() - started);
          logger.info(`Indexed ${pages.page_count} pages and ${count} records in ${ms} ms.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
