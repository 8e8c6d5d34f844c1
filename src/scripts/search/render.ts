import type { SearchHit } from '../../lib/search/results.ts';
import type { SearchOutcome } from './engine.ts';

/** Appends a span with text (never HTML) and classes. */
function span(parent: Element, className: string, text: string): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = className;
  el.textContent = text;
  parent.append(el);
  return el;
}

/**
 * One result as a listbox option: a link (so it opens, middle-clicks and
 * copies like one) with the option role. It shows the kind and section, the
 * title, an API operation's method and path or a checklist item's
 * checklist, and Pagefind's excerpt.
 */
export function renderHit(hit: SearchHit, id: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.id = id;
  a.href = hit.url;
  a.tabIndex = -1;
  a.setAttribute('role', 'option');
  a.setAttribute('aria-selected', 'false');
  a.className =
    'block rounded-md border border-sl-gray-5 bg-sl-black px-3 py-2 text-sl-white no-underline [overflow-wrap:anywhere] hover:border-sl-accent aria-selected:border-sl-accent aria-selected:bg-sl-accent-low';
  const label = span(a, 'flex flex-wrap gap-x-2 text-xs text-sl-gray-2', '');
  span(label, 'font-semibold uppercase tracking-wide', hit.kindLabel);
  if (hit.section) span(label, '', hit.section);
  span(a, 'block font-semibold leading-snug', hit.title);
  if (hit.method && hit.path) {
    const endpoint = span(a, 'block text-sm', '');
    span(endpoint, 'font-mono font-bold', hit.method);
    endpoint.append(' ');
    span(endpoint, 'font-mono break-all', hit.path);
  }
  if (hit.checklist) span(a, 'block text-sm text-sl-gray-2', `In the checklist ${hit.checklist}`);
  const excerpt = span(
    a,
    'block text-sm text-sl-gray-2 [&_mark]:bg-transparent [&_mark]:font-semibold [&_mark]:text-sl-white',
    '',
  );
  excerpt.innerHTML = hit.excerpt;
  return a;
}

/**
 * Replaces the listbox's options with `outcome`'s hits and says how many
 * there are in the status line.
 *
 * @returns The new options, in order.
 */
export function renderOutcome(
  list: HTMLElement,
  status: HTMLElement,
  outcome: SearchOutcome,
  query: string,
): HTMLAnchorElement[] {
  const options = outcome.hits.map((hit, i) => renderHit(hit, `${list.id}-${i}`));
  list.replaceChildren(...options);
  list.hidden = options.length === 0;
  const about = query ? ` for “${query}”` : '';
  status.textContent =
    outcome.total === 0
      ? query
        ? `No results${about}.`
        : ''
      : `${outcome.total} result${outcome.total === 1 ? '' : 's'}${about}` +
        (outcome.total > options.length ? `, showing the first ${options.length}.` : '.');
  return options;
}
