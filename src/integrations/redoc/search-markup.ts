import { parseFragment, serialize } from 'parse5';
import {
  elementChildren,
  find,
  findAll,
  getAttr,
  hasClass,
  removeAttr,
  setAttr,
  type Element,
} from '../../../config/html-tree.ts';

/** Section ids of operations, as Redoc builds them (see `redocOperationAnchor` in src/lib/openapi/specs.ts). */
const OPERATION_SECTION = /(?:^|\/)(?:operation|paths)\//;

/** Elements that start the part of an operation after its description. */
const SECTION_LABEL = new Set(['h4', 'h5', 'table', 'button']);

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
 * Works on parse5's tree, as the browser will parse the markup: on a 1 MB
 * page of GitHub's spec, jsdom took 0.9 s and hast 0.5 s, mostly building
 * and serialising their richer trees; parse5 alone takes about 0.1 s.
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
  const root = parseFragment(html);
  const menu = find(root, (el) => hasClass(el, 'menu-content'));
  if (menu) setAttr(menu, 'data-pagefind-ignore', '');
  // Operations and webhooks: `…operation/<operationId>`, or, without an
  // operationId, `…paths/<pointer>/<method>` (Redoc's JSON pointer).
  const sections = findAll(root, (el) => {
    const id = getAttr(el, 'id');
    return (
      el.tagName === 'div' && !!id && id === getAttr(el, 'data-section-id') && OPERATION_SECTION.test(id)
    );
  });
  for (const section of sections) {
    const heading = find(section, (el) => el.tagName === 'h3');
    if (!heading || getAttr(heading, 'id') !== undefined) continue;
    const id = getAttr(section, 'id')!;
    setAttr(heading, 'id', id);
    setAttr(heading, 'data-pagefind-weight', '10');
    removeAttr(section, 'id');
    // The heading's parent is the operation's middle panel; the right panel follows it.
    const middle = heading.parentNode as Element;
    const op = byAnchor.get(id);
    if (op) {
      setAttr(middle, 'data-search-record', 'operation');
      setAttr(middle, 'data-search-method', op.method);
      setAttr(middle, 'data-search-path', op.path);
    }
    // The description, if any, comes right after the heading; the security
    // requirements, parameters and responses that follow start with a section
    // label (h4 once patched, h5 in Redoc), a table or a button.
    const children = elementChildren(middle);
    const next = children[children.indexOf(heading) + 1];
    const description =
      next && !SECTION_LABEL.has(next.tagName) && !find(next, (el) => SECTION_LABEL.has(el.tagName))
        ? next
        : undefined;
    for (const child of children) {
      if (child !== heading && child !== description) setAttr(child, 'data-pagefind-ignore', '');
    }
    const row = middle.parentNode;
    const siblings = row ? elementChildren(row) : [];
    const right = siblings[siblings.indexOf(middle) + 1];
    for (const child of right ? elementChildren(right).slice(1) : [])
      setAttr(child, 'data-pagefind-ignore', '');
  }
  return serialize(root);
}
