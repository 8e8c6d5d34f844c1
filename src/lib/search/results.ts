import { KIND_LABELS, KINDS, type Kind } from './facets.ts';

/**
 * The parts of a loaded Pagefind result (`await result.data()`) that search
 * uses. `meta` values are raw text; `excerpt` is HTML-escaped text with
 * `<mark>` around hits (Pagefind's guarantee, https://pagefind.app/docs/api/).
 */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

/** One result as the dialog and /search/ show it. */
export interface SearchHit {
  url: string;
  title: string;
  /** Excerpt HTML: escaped text and `<mark>` only. */
  excerpt: string;
  kind: Kind;
  kindLabel: string;
  section?: string;
  /** API operations: HTTP method (upper case) and path template. */
  method?: string;
  path?: string;
  /** Checklist items: the checklist's title. */
  checklist?: string;
}

/**
 * Shapes a Pagefind result for display. Meta keys come from the index:
 * `title` (Pagefind's, or the record's), `kind`, `section`, `method`,
 * `path`, `checklist` (config/search-index.ts, Search.astro).
 *
 * @param stripTrailingSlash Drop the trailing slash before any `#` (Astro's `trailingSlash: 'never'`).
 */
export function shapeResult(data: PagefindResultData, stripTrailingSlash = false): SearchHit {
  const kind = (KINDS as readonly string[]).includes(data.meta['kind'] ?? '')
    ? (data.meta['kind'] as Kind)
    : 'page';
  const url = stripTrailingSlash ? data.url.replace(/(.)\/(#.*)?$/, '$1$2') : data.url;
  const hit: SearchHit = {
    url,
    title: data.meta['title']?.trim() || url,
    excerpt: safeExcerpt(data.excerpt),
    kind,
    kindLabel: KIND_LABELS[kind],
  };
  for (const key of ['section', 'method', 'path', 'checklist'] as const) {
    const value = data.meta[key]?.trim();
    if (value) hit[key] = key === 'method' ? value.toUpperCase() : value;
  }
  return hit;
}

/** Lower case, trimmed, inner whitespace collapsed: how titles and queries are compared. */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Puts results whose title equals the query (ignoring case and spacing)
 * first, keeping Pagefind's order otherwise. Pagefind boosts title matches
 * (`ranking.metaWeights`) but can still rank a long page that repeats the
 * word above the term or item called exactly that.
 *
 * @returns A new array; the input is not changed.
 */
export function exactTitleFirst<T extends { title: string }>(hits: readonly T[], query: string): T[] {
  const q = normalise(query);
  if (!q) return [...hits];
  const exact = hits.filter((h) => normalise(h.title) === q);
  return [...exact, ...hits.filter((h) => normalise(h.title) !== q)];
}

/**
 * Keeps Pagefind's excerpt to escaped text and `<mark>` elements, removing
 * any other tag, so it can be set as HTML even if indexed text ever carried
 * markup through.
 */
export function safeExcerpt(html: string): string {
  return html.replace(/<(?!\/?mark>)[^>]*>/g, '');
}
