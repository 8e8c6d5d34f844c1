import { JSDOM } from 'jsdom';

/** Section ids of operations, as Redoc builds them (see `redocOperationAnchor` in src/lib/openapi/specs.ts). */
const OPERATION_SECTION = /(?:^|\/)(?:operation|paths)\//;

/**
 * Adjusts Redoc's prerendered HTML for search, before it is written to the
 * page (build time only).
 *
 * - Pagefind makes a sub-result (a hit that links to `#id`) only for headings
 *   with an `id`, but Redoc puts an operation's anchor on the section `div`
 *   around the heading. Each operation's id moves to its heading:
 *   `#tag/Projects/operation/createProject` still scrolls to the same place,
 *   with or without JavaScript, and the search hit links straight to it.
 *   Redoc finds sections by `data-section-id`, which stays, and hydration does
 *   not restore attributes, so the move survives hydration.
 * - Only each operation's summary, description and endpoint (method and path)
 *   are indexed: parameters, schemas and samples are marked
 *   `data-pagefind-ignore`, or every operation that mentions "project" in a
 *   field would outrank the one called "Create a project". The heading gets
 *   Pagefind's top weight (10).
 * - The side menu repeats every summary and is ignored too.
 * - Each operation's middle panel is marked as a search record of its own
 *   (`data-search-record="operation"`, with its method and path from
 *   `operations`), so config/search-index.ts indexes it as an API operation
 *   result that links to its anchor.
 *
 * @param html Redoc's `renderToString` output.
 * @param operations The spec's operations (ApiSpec.operations); matched to Redoc's sections by anchor.
 * @returns The same markup with ids moved and search markers added.
 */
export function prepareRedocHtml(
  html: string,
  operations: ReadonlyArray<{ anchor: string; method: string; path: string }> = [],
): string {
  const byAnchor = new Map(operations.map((op) => [op.anchor, op]));
  const { document } = new JSDOM('').window;
  const root = document.createElement('div');
  root.innerHTML = html;
  root.querySelector('.menu-content')?.setAttribute('data-pagefind-ignore', '');
  for (const section of root.querySelectorAll<HTMLElement>('div[id][data-section-id]')) {
    // Operations and webhooks: `…operation/<operationId>`, or, without an
    // operationId, `…paths/<pointer>/<method>` (Redoc's JSON pointer).
    if (!OPERATION_SECTION.test(section.id)) continue;
    const heading = section.querySelector('h3');
    if (section.id !== section.dataset['sectionId'] || !heading || heading.id) continue;
    heading.id = section.id;
    heading.setAttribute('data-pagefind-weight', '10');
    section.removeAttribute('id');
    const middle = heading.parentElement;
    const op = byAnchor.get(heading.id);
    if (middle && op) {
      middle.setAttribute('data-search-record', 'operation');
      middle.setAttribute('data-search-method', op.method);
      middle.setAttribute('data-search-path', op.path);
    }
    // The description, if any, comes right after the heading; the security
    // requirements, parameters and responses that follow start with a section
    // label (h4 once patched, h5 in Redoc), a table or a button.
    const next = heading.nextElementSibling;
    const description = next && !next.querySelector('h4, h5, table, button') ? next : null;
    for (const child of middle?.children ?? []) {
      if (child !== heading && child !== description) child.setAttribute('data-pagefind-ignore', '');
    }
    const right = middle?.nextElementSibling;
    for (const child of [...(right?.children ?? [])].slice(1)) child.setAttribute('data-pagefind-ignore', '');
  }
  return root.innerHTML;
}
