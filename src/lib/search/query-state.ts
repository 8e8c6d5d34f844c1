import { FILTER_NAMES, type FilterName } from './facets.ts';

/** What a search is: the query and, per filter, the chosen value (none = any). */
export interface SearchState {
  q: string;
  filters: Partial<Record<FilterName, string>>;
}

/** Longest query kept from a URL, in characters; longer input is cut, not rejected. */
export const MAX_QUERY_LENGTH = 200;

/**
 * Reads a search from a query string, as `/search/?q=…&kind=…` links carry
 * it. Unknown parameters are ignored, empty ones mean "any", and a filter
 * value not in `allowed` (when given) is dropped, so a stale or hand-edited
 * link still searches instead of showing nothing.
 *
 * @param params e.g. `new URLSearchParams(location.search)`.
 * @param allowed Per filter, the values the site has (from the rendered controls).
 */
export function parseSearchState(
  params: URLSearchParams,
  allowed?: Partial<Record<FilterName, ReadonlySet<string>>>,
): SearchState {
  const q = (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH);
  const filters: SearchState['filters'] = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(name)?.trim();
    if (!value) continue;
    if (allowed?.[name] && !allowed[name].has(value)) continue;
    filters[name] = value;
  }
  return { q, filters };
}

/**
 * The query string for a search: `q` first, then the filters in
 * {@link FILTER_NAMES} order; empty values are left out.
 *
 * @returns e.g. `q=rollback&kind=checklist` (no leading `?`), `''` for an empty search.
 */
export function searchStateToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const name of FILTER_NAMES) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  return params.toString();
}

/** The state's filters as Pagefind's `search(term, { filters })` expects them. */
export function pagefindFilters(state: SearchState): Record<string, string> {
  return Object.fromEntries(Object.entries(state.filters).filter(([, v]) => v));
}
