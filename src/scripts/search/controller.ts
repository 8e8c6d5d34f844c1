import { FILTER_NAMES, type FilterName } from '../../lib/search/facets.ts';
import { parseSearchState, searchStateToQuery, type SearchState } from '../../lib/search/query-state.ts';
import { loadPagefind, preload, runSearch, type SearchOutcome } from './engine.ts';
import { renderOutcome } from './render.ts';

// Re-exported so that pages load the search code as one chunk (site-search.ts imports it dynamically).
export { parseSearchState, searchStateToQuery };

/**
 * Drives one SearchControls form: reads the query and filters, preloads and
 * searches as the reader types, renders the results and moves the active
 * option with the arrow keys (`aria-activedescendant` on the input; focus
 * stays in the input). Enter opens the active option.
 */
export class SearchController {
  readonly input: HTMLInputElement;
  readonly form: HTMLFormElement;
  #list: HTMLElement;
  #status: HTMLElement;
  #selects: Map<FilterName, HTMLSelectElement>;
  #options: HTMLAnchorElement[] = [];
  #active = -1;
  #limit: number;
  #onState: (state: SearchState) => void;

  /**
   * @param root Element holding one SearchControls.
   * @param limit How many results to show.
   * @param onState Called with each search's state (e.g. to update a link or the URL).
   * @throws Error when `root` holds no SearchControls markup.
   */
  constructor(root: Element, limit: number, onState: (state: SearchState) => void = () => {}) {
    const input = root.querySelector<HTMLInputElement>('[data-search-input]');
    const form = root.querySelector<HTMLFormElement>('[data-search-form]');
    const list = root.querySelector<HTMLElement>('[data-search-results]');
    const status = root.querySelector<HTMLElement>('[data-search-status]');
    if (!input || !form || !list || !status) throw new Error('SearchController: no SearchControls markup');
    this.input = input;
    this.form = form;
    this.#list = list;
    this.#status = status;
    this.#limit = limit;
    this.#onState = onState;
    this.#selects = new Map(
      FILTER_NAMES.flatMap((name) => {
        const select = form.querySelector<HTMLSelectElement>(`select[data-filter="${name}"]`);
        return select ? [[name, select] as const] : [];
      }),
    );
    list.hidden = true;
    input.addEventListener('input', () => this.update());
    for (const select of this.#selects.values()) select.addEventListener('change', () => this.update());
    input.addEventListener('keydown', (e) => this.#onKey(e));
    list.addEventListener('pointermove', (e) => {
      const option = (e.target as Element).closest<HTMLAnchorElement>('[role="option"]');
      if (option) this.#activate(this.#options.indexOf(option));
    });
  }

  /** Starts loading Pagefind, so the first search does not wait for it. */
  warm(): void {
    loadPagefind().catch((error: unknown) => console.error(error));
  }

  /** The values each filter control offers, for validating URL state. */
  allowedValues(): Partial<Record<FilterName, ReadonlySet<string>>> {
    return Object.fromEntries(
      [...this.#selects].map(([name, s]) => [
        name,
        new Set([...s.options].map((o) => o.value).filter(Boolean)),
      ]),
    );
  }

  /** The form's current search. */
  state(): SearchState {
    const params = new URLSearchParams();
    params.set('q', this.input.value);
    for (const [name, select] of this.#selects) params.set(name, select.value);
    return parseSearchState(params);
  }

  /** Puts a search into the form (from a URL) and runs it. */
  set(state: SearchState): void {
    this.input.value = state.q;
    for (const [name, select] of this.#selects) select.value = state.filters[name] ?? '';
    this.update();
  }

  /** Searches for what the form holds now and shows the results. */
  update(): void {
    const state = this.state();
    this.#onState(state);
    preload(state);
    runSearch(state, this.#limit)
      .then((outcome) => {
        if (!outcome) return;
        // A newer keystroke may have changed the form while results loaded.
        if (searchStateToQuery(this.state()) !== searchStateToQuery(state)) return;
        this.#show(outcome, state.q, !!outcome.more);
        return outcome.more?.then((hits) => {
          if (searchStateToQuery(this.state()) !== searchStateToQuery(state)) return;
          this.#show({ ...outcome, hits: hits ?? outcome.hits }, state.q, false);
        });
      })
      .catch((error: unknown) => {
        this.#status.textContent = 'Search could not load. Reload the page to try again.';
        console.error(error);
      });
  }

  /** Renders results; `busy` while more are loading (`aria-busy`). The active option keeps its place. */
  #show(outcome: SearchOutcome, query: string, busy: boolean): void {
    const keep = this.#active;
    this.#options = renderOutcome(this.#list, this.#status, outcome, query);
    this.#list.setAttribute('aria-busy', String(busy));
    this.input.setAttribute('aria-expanded', String(this.#options.length > 0));
    this.#active = -1;
    this.#activate(this.#options.length === 0 ? -1 : keep > 0 && keep < this.#options.length ? keep : 0);
  }

  #activate(index: number): void {
    this.#options[this.#active]?.setAttribute('aria-selected', 'false');
    this.#active = index;
    const option = this.#options[index];
    if (!option) {
      this.input.removeAttribute('aria-activedescendant');
      return;
    }
    option.setAttribute('aria-selected', 'true');
    this.input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  }

  #onKey(e: KeyboardEvent): void {
    const count = this.#options.length;
    if (count === 0) return;
    const moves: Record<string, number | undefined> = {
      ArrowDown: (this.#active + 1) % count,
      ArrowUp: (this.#active - 1 + count) % count,
    };
    const to = moves[e.key];
    if (to !== undefined) {
      e.preventDefault();
      this.#activate(to);
    } else if (e.key === 'Enter' && this.#options[this.#active]) {
      e.preventDefault();
      this.#options[this.#active]!.click();
    }
  }
}
