import type { Browser } from '@playwright/test';
import { bytesDuring } from './browser.ts';
import type { Flavour } from './synth.ts';

/** Search figures for one built site. */
export interface SearchResult {
  /** Bytes fetched from opening the search dialog to the first query's first result. */
  firstQuery: { transfer: number; raw: number; requests: number };
  /** Bytes fetched after the page's load event and before search opens (Starlight imports its Pagefind UI at idle). */
  idleUi: { transfer: number; raw: number; requests: number };
  /** Per query: ms from the last keystroke to the first result in the DOM (includes the site's debounce). */
  timings: Array<{ query: string; ms: number }>;
}

/** Pagefind UI's default debounce (ms) between the last keystroke and the search; Starlight 0.42 cannot change it. */
export const PAGEFIND_DEBOUNCE_MS = 300;

/**
 * Our dialog's debounce (ms), DEBOUNCE_MS in src/scripts/search/engine.ts;
 * repeated here, as the bench does not import the site's browser code.
 */
export const OUR_DEBOUNCE_MS = 0;

/** How to drive each flavour's search: Starlight's Default UI, or our dialog (src/components/overrides/Search.astro). */
const SELECTORS: Record<
  Flavour,
  { input: string; results: string; result: string; ready?: string; settled?: string }
> = {
  plain: {
    input: '#starlight__search .pagefind-ui__search-input',
    results: '#starlight__search',
    result: '.pagefind-ui__result',
    // Starlight builds the Default UI at idle; wait for it, as a reader who waits would.
    ready: '#starlight__search .pagefind-ui__search-input',
  },
  ours: {
    input: '#site-search-input',
    results: '#site-search-results',
    result: '#site-search-results [role="option"]',
    // The rest of the results load after the first ones; a reader reads before typing again.
    settled: '#site-search-results[aria-busy="false"]',
  },
};

/**
 * Drives a site's search like a reader: loads a page, opens the dialog,
 * enters each query and times, in the page, from the `input` event of the
 * last keystroke to the first result element ({@link SELECTORS}: Starlight's
 * Default UI for `plain`, our dialog for `ours`). The query is
 * entered in one input event (Playwright's `fill`): typed key by key on this
 * busy 2-core machine, gaps between keys sometimes outlast the debounce and
 * results of a prefix appear before the last key. The field is cleared
 * between queries and the old results awaited gone.
 *
 * @throws Error when a query shows no result within 10 s (pick queries the site contains).
 */
export async function measureSearch(
  browser: Browser,
  pageUrl: string,
  queries: string[],
  flavour: Flavour = 'plain',
): Promise<SearchResult> {
  const sel = SELECTORS[flavour];
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(pageUrl, { waitUntil: 'load' });
  // What the page fetches after its load event and before any sign of
  // intent (Starlight imports its Default UI when the browser goes idle;
  // ours should fetch nothing).
  // Only requests made in that window count, not responses to earlier ones (the favicon's).
  const requested = new Set<string>();
  const onRequest = (r: { url(): string }) => requested.add(new URL(r.url()).pathname);
  page.on('request', onRequest);
  const idle = await bytesDuring(page, async () => {
    await page.waitForLoadState('networkidle');
    if (sel.ready) await page.locator(sel.ready).waitFor({ state: 'attached' });
    await page.waitForTimeout(1000);
  });
  page.off('request', onRequest);
  const fetched = idle.entries.filter((e) => requested.has(e.url));
  const idleUi = {
    transfer: fetched.reduce((a, e) => a + e.transfer, 0),
    raw: fetched.reduce((a, e) => a + e.raw, 0),
    requests: fetched.length,
  };

  const timings: SearchResult['timings'] = [];
  let firstQuery = { transfer: 0, raw: 0, requests: 0 };
  for (const [i, query] of queries.entries()) {
    const run = async (): Promise<void> => {
      if (i === 0) await page.locator('[data-open-modal]').click();
      const input = page.locator(sel.input);
      await input.fill('');
      await page.waitForFunction((s) => document.querySelectorAll(s).length === 0, sel.result);
      await page.evaluate((s) => {
        const w = window as unknown as { __lastInput?: number; __firstResult?: number };
        delete w.__lastInput;
        delete w.__firstResult;
        const el = document.querySelector(s.input);
        el?.addEventListener('input', () => (w.__lastInput = performance.now()));
        const results = document.querySelector(s.results)!;
        const obs = new MutationObserver(() => {
          if (w.__firstResult === undefined && document.querySelector(s.result)) {
            w.__firstResult = performance.now();
            obs.disconnect();
          }
        });
        obs.observe(results, { childList: true, subtree: true, attributes: true });
      }, sel);
      await input.fill(query);
      await page.waitForFunction(
        () => (window as unknown as { __firstResult?: number }).__firstResult !== undefined,
        null,
        {
          timeout: 10_000,
        },
      );
    };
    const settle = async (): Promise<void> => {
      if (sel.settled) await page.locator(sel.settled).waitFor({ state: 'attached', timeout: 10_000 });
    };
    if (i === 0) {
      const b = await bytesDuring(page, async () => {
        await run();
        await settle();
      });
      firstQuery = { transfer: b.transfer, raw: b.raw, requests: b.entries.length };
    } else {
      await run();
      await settle();
    }
    const ms = await page.evaluate(() => {
      const w = window as unknown as { __lastInput: number; __firstResult: number };
      return w.__firstResult - w.__lastInput;
    });
    timings.push({ query, ms: Math.round(ms) });
  }
  await context.close();
  return { firstQuery, idleUi, timings };
}
