import {
  exactTitleFirst,
  normalise,
  shapeResult,
  type PagefindResultData,
  type SearchHit,
} from '../../lib/search/results.ts';
import { pagefindFilters, type SearchState } from '../../lib/search/query-state.ts';

/** The part of Pagefind's JS API (`/pagefind/pagefind.js`, Pagefind 1.6) used here; https://pagefind.app/docs/api/ */
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: { filters?: Record<string, string> }): Promise<void>;
  search(
    term: string | null,
    options: { filters?: Record<string, string> },
  ): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> }>;
}

/**
 * Milliseconds to wait after a keystroke before searching. Short, as the
 * index chunks are preloaded on every keystroke (issue #11: at most 30).
 */
export const DEBOUNCE_MS = 20;

/** Counts searches, so a slower earlier one cannot overwrite a later one. */
let latest = 0;

/**
 * Ranking: a title match counts 10× a body match (Pagefind's default is 5×),
 * so a glossary term, checklist item or operation called what was typed
 * comes first; exactTitleFirst() settles the rest.
 * https://pagefind.app/docs/ranking/#configuring-metadata-weights
 */
const RANKING = { metaWeights: { title: 10 } };

let loading: Promise<PagefindApi> | undefined;

/**
 * Loads and initialises Pagefind once; later calls return the same promise.
 * Call it on intent (pointer or focus on the search button, the shortcut),
 * never at idle.
 */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/pagefind.js`;
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await api.options({ ranking: RANKING, excerptLength: 24 });
    await api.init();
    return api;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Starts fetching the index chunks a query will need, without searching. */
export function preload(state: SearchState): void {
  if (!state.q) return;
  void loadPagefind().then((api) => api.preload(state.q, { filters: pagefindFilters(state) }));
}

/** How many results past the shown ones are checked for an exact title match. */
const LOOK_AHEAD = 24;

/** What a search found: how many results in all, and the first `limit`, shaped and ranked. */
export interface SearchOutcome {
  total: number;
  hits: SearchHit[];
  /**
   * When no shown result is titled exactly as the query and more exist: the
   * hits again with an exact match found further down moved to the front,
   * or `null` if there is none (or a newer search started). Loaded after
   * the first results are shown, so it does not delay them.
   */
  exact?: Promise<SearchHit[] | null>;
}

/**
 * Runs a search after the debounce ({@link DEBOUNCE_MS}; Pagefind's own
 * `debouncedSearch` sometimes returned `null` for the last call on first use). An empty query with a filter lists
 * everything the filter matches; with neither there is nothing to search.
 *
 * @returns `null` when a later call superseded this one (drop the result).
 */
export async function runSearch(state: SearchState, limit: number): Promise<SearchOutcome | null> {
  const filters = pagefindFilters(state);
  if (!state.q && Object.keys(filters).length === 0) return { total: 0, hits: [] };
  const id = ++latest;
  const api = await loadPagefind();
  await new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS));
  if (id !== latest) return null;
  const found = await api.search(state.q || null, { filters });
  if (id !== latest) return null;
  const data = await Promise.all(found.results.slice(0, limit).map((r) => r.data()));
  if (id !== latest) return null;
  const hits = exactTitleFirst(
    data.map((d) => shapeResult(d)),
    state.q,
  );
  const outcome: SearchOutcome = { total: found.results.length, hits };
  const q = normalise(state.q);
  if (q && found.results.length > limit && !hits.some((h) => normalise(h.title) === q)) {
    outcome.exact = Promise.all(found.results.slice(limit, limit + LOOK_AHEAD).map((r) => r.data())).then(
      (more) => {
        const exact = more.map((d) => shapeResult(d)).filter((h) => normalise(h.title) === q);
        return id === latest && exact.length > 0 ? [...exact, ...hits].slice(0, limit) : null;
      },
    );
  }
  return outcome;
}
