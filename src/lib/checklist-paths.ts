import GithubSlugger, { slug } from 'github-slugger';

/**
 * Where a checklist and its parts live on the site: the page path and the
 * anchors of its sections. Item anchors are the item ids themselves.
 */

/** Root-relative path of a checklist page, e.g. `/checklists/security-review/`. */
export function checklistPath(id: string): string {
  return `/checklists/${id}/`;
}

/**
 * The anchors of a checklist's section headings, slugged the way Starlight
 * slugs page headings (`github-slugger`, so `Sécurité` keeps its letters),
 * unique within the checklist: a repeated title gets `-1`, `-2`…, and a title
 * whose slug is an item id (the items' anchors) gets `-section`.
 *
 * @param groups The checklist's groups in page order (see `checklistGroups`).
 * @param itemIds Every item id of the checklist.
 * @returns One anchor per group, in order; `undefined` for an untitled group.
 *   A title with nothing to slug (only punctuation or emoji) gets `section-<n>`,
 *   `n` counting groups from 1.
 */
export function sectionAnchors(
  groups: readonly { title?: string | undefined }[],
  itemIds: ReadonlySet<string>,
): (string | undefined)[] {
  const slugger = new GithubSlugger();
  for (const id of itemIds) slugger.slug(id);
  return groups.map(({ title }, index) => {
    if (title === undefined) return undefined;
    const base = slug(title);
    if (base === '') return slugger.slug(`section-${index + 1}`);
    return slugger.slug(itemIds.has(base) ? `${base}-section` : base);
  });
}
