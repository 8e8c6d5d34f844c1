/**
 * Reading-time totals for the onboarding paths, summed from the `minutes` of
 * checklist items (content/checklists/onboarding-*.yaml) so that no page types
 * a total by hand.
 */

/** The part of a checklist this module reads: items, loose or in sections. */
export interface TimedChecklist {
  id: string;
  items?: readonly { minutes?: number | undefined }[] | undefined;
  sections?: readonly { title: string; items: readonly { minutes?: number | undefined }[] }[] | undefined;
}

/** Every item of a checklist, in order, whether loose or in sections. */
function allItems(checklist: TimedChecklist): readonly { minutes?: number | undefined }[] {
  return [...(checklist.items ?? []), ...(checklist.sections ?? []).flatMap((s) => s.items)];
}

/**
 * Total `minutes` over a checklist's items (items without `minutes` count 0).
 *
 * @throws {Error} If no item has `minutes`: a page asked for a total the data
 *   cannot give, so the message names the checklist and the fix.
 */
export function totalMinutes(checklist: TimedChecklist): number {
  const timed = allItems(checklist).filter((item) => item.minutes !== undefined);
  if (timed.length === 0) {
    throw new Error(
      `content/checklists/${checklist.id}.yaml: no item has \`minutes\`, so there is no time to add up. ` +
        'Give the reading items a `minutes` estimate.',
    );
  }
  return timed.reduce((sum, item) => sum + item.minutes!, 0);
}

/**
 * A duration for prose, rounded to the nearest quarter hour once it is an
 * hour or more: `45` → "45 minutes", `365` → "6 hours", `455` → "7½ hours",
 * `470` → "7¾ hours". Rounding keeps "about" honest without false precision.
 *
 * @param minutes A whole number of minutes, at least 1.
 */
export function formatDuration(minutes: number): string {
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  const quarters = Math.round(minutes / 15);
  const hours = Math.floor(quarters / 4);
  const fraction = ['', '¼', '½', '¾'][quarters % 4];
  return `${hours}${fraction} hour${hours === 1 && !fraction ? '' : 's'}`;
}

/**
 * The sections of a checklist whose title matches, with the number of items
 * before it, so that a page can show one section as an ordered list that
 * continues the numbering of the previous one.
 *
 * @throws {Error} If no section has this title; the message lists the titles.
 */
export function findSection<S extends { title: string; items: readonly unknown[] }>(
  checklist: { id: string; sections?: readonly S[] | undefined },
  title: string,
): { section: S; start: number } {
  const sections = checklist.sections ?? [];
  const index = sections.findIndex((s) => s.title === title);
  if (index === -1) {
    const titles = sections.map((s) => `"${s.title}"`).join(', ');
    throw new Error(
      `content/checklists/${checklist.id}.yaml has no section "${title}". Use one of: ${titles}.`,
    );
  }
  const start = 1 + sections.slice(0, index).reduce((n, s) => n + s.items.length, 0);
  return { section: sections[index]!, start };
}
