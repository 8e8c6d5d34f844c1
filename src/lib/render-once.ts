/**
 * A module-level cache for what a component derives from one content
 * collection entry (its data Markdown rendered to HTML, views, exports), so
 * that a checklist or comparison embedded in many pages is rendered once per
 * build, not once per page (issue 16). Astro renders every page of a build
 * in one process, so the cache lives as long as the build.
 *
 * Keyed by collection, entry id and the entry's `digest` (a hash of its data
 * that Astro's content layer computes): in `astro dev`, an edited YAML file
 * gets a new digest and is rendered afresh; the stale value is dropped.
 */
const cache = new Map<string, { digest: CacheableEntry['digest']; values: Map<string, unknown> }>();

/** The parts of a collection entry the cache key is made of. */
export interface CacheableEntry {
  collection: string;
  id: string;
  /** Astro's hash of the entry's data; absent for entries without one, which are then cached by id only. */
  digest?: string | number | undefined;
}

/**
 * Returns `compute()`'s result for this entry and key, computing it on the
 * first call only. `compute` must depend on nothing but the entry (and
 * constants): its result is shared by every page that asks.
 *
 * @param entry a content collection entry, e.g. from `getEntry('checklists', id)`.
 * @param key what is being derived, e.g. `'view'`; one entry can hold several.
 * @param compute derives the value; if it throws, nothing is cached and the error propagates.
 * @example const view = renderOnce(entry, 'view', () => comparisonView(entry.data));
 */
export function renderOnce<T>(entry: CacheableEntry, key: string, compute: () => T): T {
  const id = `${entry.collection}/${entry.id}`;
  let slot = cache.get(id);
  if (!slot || slot.digest !== entry.digest) {
    slot = { digest: entry.digest, values: new Map() };
    cache.set(id, slot);
  }
  if (slot.values.has(key)) return slot.values.get(key) as T;
  const value = compute();
  slot.values.set(key, value);
  return value;
}
