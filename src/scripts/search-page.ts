import { parseSearchState, SearchController, searchStateToQuery } from './search/controller.ts';

/** Results the /search/ page shows. */
const PAGE_LIMIT = 50;

/**
 * `<search-page>` (src/pages/search.astro): runs the search in the URL on
 * load, and keeps the URL (`history.replaceState`, no new history entry per
 * keystroke) in step with the form, so the address bar is always the link to
 * paste. Submitting the form searches in place instead of reloading.
 */
class SearchPage extends HTMLElement {
  connectedCallback(): void {
    const search = new SearchController(this, PAGE_LIMIT, (state) => {
      const query = searchStateToQuery(state);
      history.replaceState(null, '', query ? `?${query}` : location.pathname);
    });
    search.form.addEventListener('submit', (e) => e.preventDefault());
    const state = parseSearchState(new URLSearchParams(location.search), search.allowedValues());
    search.set(state);
    search.input.focus();
  }
}

customElements.define('search-page', SearchPage);
