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
 * The debounce, in milliseconds: none. A keystroke searches at once when no
 * search is running; keystrokes made while one runs wait for it and become
 * one search, for the latest text ({@link runSearch}). Index chunks are
 * preloaded on every keystroke (issue #11 allows at most 30 ms; a fixed
 * 20 ms was a fifth of the time to the first result).
 */
export const DEBOUNCE_MS = 0;

/** The search Pagefind is running now, if any: the next one starts when it ends. */
let running: Promise<unknown> = Promise.resolve();

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

/** How many results are loaded and shown first; the rest follow (`SearchOutcome.more`). */
const FIRST = 3;

/** How many results past the shown ones are checked for an exact title match. */
const LOOK_AHEAD = 16;

/** What a search found: how many results in all, and the first few, shaped and ranked. */
export interface SearchOutcome {
  total: number;
  hits: SearchHit[];
  /**
   * The full list, up to `limit`, once loaded: the rest of the shown
   * results, with an exact title match from further down (if the shown
   * ones have none) moved to the front. `null` if a newer search started.
   * Absent when `hits` is already everything. Loaded after the first
   * results are shown, so it does not delay them.
   */
  more?: Promise<SearchHit[] | null>;
}

/**
 * Runs a search: at once if no search is running, else when the running one
 * ends, and then only if no later call came meanwhile ({@link DEBOUNCE_MS};
 * Pagefind's own `debouncedSearch` sometimes returned `null` for the last
 * call on first use). An empty query with a filter lists everything the filter matches;
 * with neither there is nothing to search.
 *
 * @returns `null` when a later call superseded this one (drop the result).
 */
export async function runSearch(state: SearchState, limit: number): Promise<SearchOutcome | null> {
  const filters = pagefindFilters(state);
  if (!state.q && Object.keys(filters).length === 0) return { total: 0, hits: [] };
  const id = ++latest;
  const api = await loadPagefind();
  await running;
  if (id !== latest) return null;
  const search = api.search(state.q || null, { filters });
  running = search.catch(() => undefined);
  const found = await search;
  if (id !== latest) return null;
  const load = (from: number, to: number) => Promise.all(found.results.slice(from, to).map((r) => r.data()));
  const first = Math.min(FIRST, limit);
  const head = (await load(0, first)).map((d) => shapeResult(d));
  if (id !== latest) return null;
  const outcome: SearchOutcome = { total: found.results.length, hits: exactTitleFirst(head, state.q) };
  if (found.results.length <= first) return outcome;
  const q = normalise(state.q);
  outcome.more = (async () => {
    const rest = (await load(first, limit)).map((d) => shapeResult(d));
    if (id !== latest) return null;
    const hits = exactTitleFirst([...head, ...rest], state.q);
    if (!q || found.results.length <= limit || hits.some((h) => normalise(h.title) === q)) return hits;
    const ahead = (await load(limit, limit + LOOK_AHEAD)).map((d) => shapeResult(d));
    if (id !== latest) return null;
    const exact = ahead.filter((h) => normalise(h.title) === q);
    return [...exact, ...hits].slice(0, limit);
  })();
  return outcome;
}
