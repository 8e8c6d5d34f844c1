import type { StarlightRouteData } from '@astrojs/starlight/route-data';

/** One entry of Starlight's sidebar route data (a link or a group). */
export type SidebarEntry = StarlightRouteData['sidebar'][number];
type SidebarGroup = Extract<SidebarEntry, { type: 'group' }>;
type SidebarLink = Extract<SidebarEntry, { type: 'link' }>;

/** True when the group, at any depth, holds the link to the page being rendered. */
function holdsCurrent(group: SidebarGroup): boolean {
  return group.entries.some((e) => (e.type === 'link' ? e.isCurrent : holdsCurrent(e)));
}

/** The first link in a group, depth first: the section's landing page. */
function landing(group: SidebarGroup): SidebarLink | undefined {
  for (const e of group.entries) {
    const link = e.type === 'link' ? e : landing(e);
    if (link) return link;
  }
  return undefined;
}

/**
 * The sidebar one page shows: the top-level group that holds the current
 * page in full (as Starlight renders it), and every other top-level group
 * as a single link, labelled with the group's label, to its landing page
 * (its first link). Top-level links stay as they are. A page outside every
 * group (the home page, a checklist page) shows every section as a link.
 *
 * Why: Starlight puts the whole sidebar into every page, so each page's
 * HTML grows with the site and dist/ with its square (issue 16). With this,
 * a page carries its own section plus one link per section.
 *
 * Starlight computes prev/next links before route middleware runs, so
 * pagination still walks the whole sidebar across sections.
 *
 * @param sidebar `starlightRoute.sidebar` for the page (Starlight route data).
 * @returns a new array; the input is not changed. A group with no link at
 *   all is kept as it is, since it has nowhere to point.
 */
export function sectionSidebar(sidebar: readonly SidebarEntry[]): SidebarEntry[] {
  return sidebar.map((entry) => {
    if (entry.type === 'link' || holdsCurrent(entry)) return entry;
    const first = landing(entry);
    if (!first) return entry;
    return {
      type: 'link',
      label: entry.label,
      href: first.href,
      isCurrent: false,
      badge: entry.badge,
      attrs: { 'data-section': '' },
    };
  });
}
