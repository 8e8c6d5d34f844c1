/**
 * Checklist progress in the browser: what is stored in localStorage, how a
 * tick is dropped when its item's text changes, and how progress travels in a
 * share link. Pure functions with no DOM access, so the custom element stays
 * small and this logic is unit-tested.
 */

/** An item as far as progress is concerned: its permanent id and the hash of its text. */
export interface ItemKey {
  id: string;
  hash: string;
}

/**
 * What one checklist's progress looks like in localStorage, under the key
 * from {@link storageKey} (`checklist:<checklist-id>`). Each ticked item maps
 * to the {@link hashText} of its text when it was ticked:
 *
 * ```json
 * { "v": 1, "ticked": { "parameterised-queries": "9f3c2a1b", "csp-header": "04be77d2" } }
 * ```
 *
 * An item whose current hash differs from the stored one has been reworded
 * since it was ticked, so the tick is dropped (the reader must check it again).
 */
export interface StoredProgress {
  v: typeof STORED_VERSION;
  ticked: Record<string, string>;
}

/** The {@link StoredProgress} format version this build reads and writes. */
export const STORED_VERSION = 1;

/** The localStorage key for a checklist; the checklist page and every embed share it. */
export function storageKey(checklistId: string): string {
  return `checklist:${checklistId}`;
}

/**
 * 32-bit FNV-1a hash of a string's UTF-16 code units, as 8 lowercase hex
 * digits. Not cryptographic: it only has to notice that an item's text
 * changed. Algorithm: http://www.isthe.com/chongo/tech/comp/fnv/
 *
 * @example hashText('') // '811c9dc5'
 */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * Reads stored progress, keeping only ticks whose item still exists with the
 * same text hash. Malformed or foreign JSON, and any format version other
 * than {@link STORED_VERSION}, count as no progress.
 *
 * @param json The raw localStorage value, or `null` if there is none.
 * @param items The checklist's current items.
 * @returns The ids of the items that are still validly ticked.
 */
export function readProgress(json: string | null, items: readonly ItemKey[]): Set<string> {
  const ticked = new Set<string>();
  if (!json) return ticked;
  let stored: unknown;
  try {
    stored = JSON.parse(json);
  } catch {
    return ticked;
  }
  const progress = stored as Partial<StoredProgress> | null;
  // Another format version (written by a newer or older build) is not read as this one.
  if (progress?.v !== STORED_VERSION) return ticked;
  const map = progress.ticked;
  if (!map || typeof map !== 'object') return ticked;
  for (const item of items) if ((map as Record<string, unknown>)[item.id] === item.hash) ticked.add(item.id);
  return ticked;
}

/** Serialises ticked item ids to the {@link StoredProgress} JSON, in checklist order. */
export function writeProgress(ticked: ReadonlySet<string>, items: readonly ItemKey[]): string {
  const stored: StoredProgress = { v: STORED_VERSION, ticked: {} };
  for (const item of items) if (ticked.has(item.id)) stored.ticked[item.id] = item.hash;
  return JSON.stringify(stored);
}

/** The query parameter that carries shared progress: `?done=<id>~<hash>.<id>~<hash>`. */
export const SHARE_PARAM = 'done';

/** How many leading hex digits of an item's {@link hashText} a share link carries. */
export const SHARE_HASH_LENGTH = 4;

/**
 * Encodes ticked items for a share link: for each, in checklist order, its id,
 * `~` and the first {@link SHARE_HASH_LENGTH} hex digits of its text hash,
 * joined by `.`. Item ids are kebab-case, so neither `~` nor `.` occurs in
 * one, and the result needs no percent-encoding. Nothing ticked encodes as `''`.
 *
 * @example encodeShareState(new Set(['a']), [{ id: 'a', hash: '9f3c2a1b' }]) // 'a~9f3c'
 */
export function encodeShareState(ticked: ReadonlySet<string>, items: readonly ItemKey[]): string {
  return items
    .filter((item) => ticked.has(item.id))
    .map((item) => `${item.id}~${item.hash.slice(0, SHARE_HASH_LENGTH)}`)
    .join('.');
}

/**
 * Decodes a share-link value back into ticked items. An entry whose hash no
 * longer matches its item's text was reworded after the link was made, so it
 * is not ticked. Links made before hashes were added (bare `id`) still tick
 * their items, as they always did.
 *
 * @returns `ticked`: ids that exist with the same text; `changed`: ids whose
 *   text changed since the link was made; `unknown`: ids the checklist no
 *   longer has. `changed` and `unknown` are reported to the reader, not applied.
 */
export function decodeShareState(
  value: string,
  items: readonly ItemKey[],
): { ticked: Set<string>; changed: string[]; unknown: string[] } {
  const known = new Map(items.map((item) => [item.id, item.hash]));
  const ticked = new Set<string>();
  const changed: string[] = [];
  const unknown: string[] = [];
  for (const entry of value.split('.')) {
    if (entry === '') continue;
    const [id = '', hash] = entry.split('~');
    const current = known.get(id);
    if (current === undefined) unknown.push(id);
    else if (hash !== undefined && current.slice(0, SHARE_HASH_LENGTH) !== hash) changed.push(id);
    else ticked.add(id);
  }
  return { ticked, changed, unknown };
}

/** The page URL with `?done=…` set, keeping the path and dropping any #fragment. */
export function shareUrl(pageUrl: string, ticked: ReadonlySet<string>, items: readonly ItemKey[]): string {
  const url = new URL(pageUrl);
  url.hash = '';
  url.search = `?${SHARE_PARAM}=${encodeShareState(ticked, items)}`;
  return url.href;
}
