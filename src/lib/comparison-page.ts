/**
 * The build-time check that a comparison's `page` names a handbook page that
 * really shows the table. Pure: the caller passes the docs entries.
 */

/** A handbook page as far as this check is concerned: its docs entry id and its MDX source. */
export interface DocsPage {
  /** Starlight docs entry id, e.g. `choosing/backend` (`index` for the home page). */
  id: string;
  body?: string | undefined;
}

/** The docs entry id a root-relative page path points at: `/choosing/backend/` → `choosing/backend`, `/` → `index`. */
export function docsIdOf(page: string): string {
  return page.replace(/^\/|\/$/g, '') || 'index';
}

/**
 * Checks a comparison's `page` field.
 *
 * @param id The comparison id (its file name), e.g. `backend-stacks`.
 * @param page The `page` field, e.g. `/choosing/backend/`.
 * @param docs Every handbook page.
 * @returns `undefined` when `page` is a handbook page whose MDX embeds
 *   `<Comparison id="<id>" />`; otherwise a message naming the YAML file, the field and the fix.
 */
export function comparisonPageProblem(
  id: string,
  page: string,
  docs: readonly DocsPage[],
): string | undefined {
  const file = `content/comparisons/${id}.yaml`;
  const target = docsIdOf(page);
  const entry = docs.find((doc) => doc.id === target || doc.id === `${target}/index`);
  if (!entry) {
    return `${file}: \`page: ${page}\` is not a handbook page (no content/handbook/${target}.mdx). Set \`page\` to the path of the page that shows the table.`;
  }
  const embed = new RegExp(`<Comparison\\s[^>]*\\bid=(["'])${id}\\1`);
  if (!embed.test(entry.body ?? '')) {
    return `${file}: \`page: ${page}\` does not show this table. Add \`<Comparison id="${id}" />\` to that page, or point \`page\` at the page that has it.`;
  }
  return undefined;
}
