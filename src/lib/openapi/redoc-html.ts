/**
 * Adjusts Redoc's prerendered HTML for search, before it is written to the
 * page. Pagefind makes a sub-result (a search hit that links to `#id`) only
 * for headings with an `id`; Redoc puts an operation's anchor id on the
 * section `div` around the heading. So each operation's id moves from the
 * section to its heading: `#tag/Projects/operation/createProject` still
 * scrolls to the same place (with or without JavaScript), and Pagefind's
 * result for "create a project" links straight to it. Redoc finds sections by
 * `data-section-id`, which stays, so its scroll spy is unaffected; hydration
 * does not restore attributes, so the moved id survives it.
 *
 * The side menu repeats every summary; it is marked `data-pagefind-ignore` so
 * that search excerpts come from the operations themselves.
 */
export function prepareRedocHtml(html: string): string {
  return html
    .replace(
      /<div id="([^"]*operation\/[^"]+)" data-section-id="\1"([^>]*>(?:(?!<h3[\s>])[\s\S])*?)<h3 /g,
      '<div data-section-id="$1"$2<h3 id="$1" ',
    )
    .replace(/<div class="([^"]*\bmenu-content)"/, '<div data-pagefind-ignore class="$1"');
}
