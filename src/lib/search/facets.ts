/**
 * What search results can be narrowed by: the Pagefind filters the site is
 * indexed with, their labels, and the rules that give each page its values.
 * Pure TypeScript, shared by the index (build time), the search dialog and
 * the /search/ page.
 *
 * Pages carry their values as hidden `data-pagefind-filter` elements
 * (src/components/overrides/Search.astro); records for checklist items, API
 * operations and glossary terms get them from config/search-index.ts.
 */

/** Kinds of result, in the order the kind filter lists them. */
export const KINDS = ['page', 'checklist', 'operation', 'comparison', 'term'] as const;
export type Kind = (typeof KINDS)[number];

/** Display names of {@link KINDS}. */
export const KIND_LABELS: Record<Kind, string> = {
  page: 'Handbook page',
  checklist: 'Checklist',
  operation: 'API operation',
  comparison: 'Comparison',
  term: 'Glossary term',
};

/** One selectable value of a filter: `value` goes into the index and the URL, `label` is shown. */
export interface FacetOption {
  value: string;
  label: string;
}

/** A filter shown in the search dialog and on /search/, applied as the Pagefind filter `name`. */
export interface SearchFilter {
  /** Pagefind filter name and URL query parameter, e.g. `kind`. */
  name: string;
  /** Visible label of the control, e.g. "Kind". */
  label: string;
  /** The values, in display order. */
  options: FacetOption[];
}

/**
 * Query-string parameter names that are filters. Adding a filter is one line
 * here plus its options in {@link searchFilters}; the query `q` is not a filter.
 */
export const FILTER_NAMES = ['kind', 'section', 'role'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

/** Shape of Starlight's `sidebar` option as config/sidebar.ts uses it. */
export type SidebarConfig = ReadonlyArray<
  { label: string; items: ReadonlyArray<{ slug: string }> } | { label: string; link: string }
>;

/**
 * The filters and their options, in display order.
 *
 * @param sidebar config/sidebar.ts: its group labels are the sections.
 * @param roleLabels Role id → display name (ROLE_LABELS in src/schemas/taxonomy.ts).
 */
export function searchFilters(
  sidebar: SidebarConfig,
  roleLabels: Readonly<Record<string, string>>,
): Record<FilterName, SearchFilter> {
  return {
    kind: { name: 'kind', label: 'Kind', options: KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] })) },
    section: {
      name: 'section',
      label: 'Section',
      options: sidebar.map((g) => ({ value: g.label, label: g.label })),
    },
    role: {
      name: 'role',
      label: 'Role',
      options: Object.entries(roleLabels).map(([value, label]) => ({ value, label })),
    },
  };
}

/** `/a/b` and `/a/b/` → `/a/b/`. */
function withSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}

/**
 * The sidebar group a page belongs to: the group listing its slug, or the
 * group whose `link` is the page or one of its parents (`/checklists/` holds
 * `/checklists/security-review/`).
 *
 * @param pathname The page's URL path, e.g. `/roles/backend/`.
 * @returns The group's label, or `undefined` for a page in no group (the home page, comparisons).
 */
export function sectionFor(pathname: string, sidebar: SidebarConfig): string | undefined {
  const path = withSlash(pathname);
  for (const group of sidebar) {
    if ('items' in group) {
      if (group.items.some((item) => withSlash(`/${item.slug}`) === path)) return group.label;
    } else if (path.startsWith(withSlash(group.link))) return group.label;
  }
  return undefined;
}

/**
 * The kind of a page by its URL: `/checklists/<id>/` is a checklist,
 * `/comparisons/<id>/` a comparison, `/api/<id>/` an API reference (kind
 * `operation`, as its operations are); anything else is a handbook page.
 */
export function kindFor(pathname: string): Kind {
  if (/^\/checklists\/[^/]+\/?$/.test(pathname)) return 'checklist';
  if (/^\/comparisons\/[^/]+\/?$/.test(pathname)) return 'comparison';
  if (/^\/api\/[^/]+\/?$/.test(pathname)) return 'operation';
  return 'page';
}

/** Pages whose `h3` headings are glossary terms, each indexed as a `term` result (config/search-index.ts). */
export const GLOSSARY_PAGES: readonly string[] = ['/start-here/glossary/'];
