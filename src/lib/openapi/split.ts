import type { RedocPrerender } from '../../integrations/redoc/ssr.ts';
import type { ApiOperationInfo } from './specs.ts';

/**
 * How large specs are split into pages. A spec with more operations than
 * `splitAbove` gets one page per tag, and a tag is cut into consecutive
 * parts of at most `perPage` operations and `pageBytes` of Redoc's HTML, each
 * prerendered by Redoc on its own filtered document (src/lib/openapi/pages.ts).
 *
 * Why these defaults (GitHub's REST API, 1,493 operations, measured by
 * `npm run bench -- --only=large-api`; see the README's "API reference"):
 * one page of all of it blocked the main thread for 36 s once Redoc ran;
 * pages cut by count alone (40 operations) still reached 7.6 MB of HTML,
 * because one webhook's payload sample renders to 150 KB or more. A byte
 * budget keeps every page under the 1.5 MB target with room for the page
 * around it (Starlight's chrome, Redoc's styles and side menu, about 0.1 MB).
 */
export interface SplitOptions {
  /** Specs with more operations than this are split (default 100). */
  splitAbove: number;
  /** At most this many operations per page (default 40). */
  perPage: number;
  /** At most this many bytes of Redoc's HTML for the operations of one page (default 1,200,000), unless one operation alone is larger. */
  pageBytes: number;
}

/**
 * Defaults, overridden by `HANDBOOK_API_SPLIT_ABOVE`, `HANDBOOK_API_PER_PAGE`
 * and `HANDBOOK_API_PAGE_BYTES` (set by the Redoc integration's options).
 *
 * @throws {Error} If a variable is not a whole number of at least 1.
 */
export function splitOptions(): SplitOptions {
  const read = (name: string, fallback: number) => {
    const value = Number(process.env[name] ?? fallback);
    if (!Number.isInteger(value) || value < 1)
      throw new Error(`${name}="${process.env[name]}": expected a whole number ≥ 1.`);
    return value;
  };
  return {
    splitAbove: read('HANDBOOK_API_SPLIT_ABOVE', 100),
    perPage: read('HANDBOOK_API_PER_PAGE', 40),
    pageBytes: read('HANDBOOK_API_PAGE_BYTES', 1_200_000),
  };
}

/** One page of a split spec. */
export interface ApiPage {
  /** URL segment under /api/<id>/, e.g. `repos` or `repos-2`. */
  slug: string;
  /** Tag the page holds, e.g. `repos` ('' for untagged operations). */
  tag: string;
  /** Heading for the page: the tag, `Webhooks` (untagged webhooks) or `Other operations`. */
  name: string;
  /** 1-based part number within the tag, and how many parts it has. */
  part: number;
  parts: number;
  operations: ApiOperationInfo[];
  /** Redoc's prerender of the page's document, once pages.ts has made it. */
  prerendered?: RedocPrerender;
}

/** `Infrastructure: Secrets` → `infrastructure-secrets`; '' → `other`. */
export function pageSlug(tag: string): string {
  return (
    tag
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'other'
  );
}

/**
 * Cuts a run of operations into consecutive parts of at most `maxOps`
 * operations and `maxBytes` bytes (the sum of their `sizes`), as few parts as
 * those limits allow, and as even in bytes as that number of parts allows
 * (a tag of 41 operations becomes 21 + 20, not 40 + 1). An operation larger
 * than `maxBytes` gets a part of its own.
 *
 * @param sizes Bytes of each operation, in order; all 0 to cut by count only.
 * @returns The length of each part, in order; they add up to `sizes.length`.
 */
export function cutParts(sizes: readonly number[], maxOps: number, maxBytes: number): number[] {
  const greedy = (cap: number): number[] => {
    const parts: number[] = [];
    let count = 0;
    let bytes = 0;
    for (const size of sizes) {
      if (count > 0 && (count + 1 > maxOps || bytes + size > cap)) {
        parts.push(count);
        count = 0;
        bytes = 0;
      }
      count++;
      bytes += size;
    }
    if (count > 0) parts.push(count);
    return parts;
  };
  const total = sizes.reduce((a, b) => a + b, 0);
  const fewest = greedy(Math.min(maxBytes, total)).length;
  // The smallest byte cap that still needs no more parts evens them out.
  let lo = Math.max(0, ...sizes.map((s) => Math.min(s, maxBytes)));
  let hi = Math.min(maxBytes, total);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (greedy(mid).length <= fewest) hi = mid;
    else lo = mid + 1;
  }
  return greedy(lo);
}

/**
 * Groups a spec's operations into pages: by tag (in the spec's tag order,
 * then any other tags in operation order; untagged webhooks together), each
 * tag cut into parts in document order by {@link cutParts}.
 *
 * @param sizes Bytes of each operation's rendered HTML (see
 *   {@link operationBytes}); omit to cut by count only.
 * @param maxBytes Byte budget of one page's operations (with `sizes`).
 */
export function splitOperations(
  operations: ApiOperationInfo[],
  tagOrder: string[],
  perPage: number,
  sizes?: ReadonlyMap<ApiOperationInfo, number>,
  maxBytes = Infinity,
): ApiPage[] {
  const byTag = new Map<string, ApiOperationInfo[]>();
  for (const tag of tagOrder) byTag.set(tag, []);
  for (const op of operations) {
    // Untagged webhooks (GitHub's `x-webhooks`) get a group of their own.
    const key = !op.tag && op.webhook ? WEBHOOKS : op.tag;
    if (!byTag.has(key)) byTag.set(key, []);
    byTag.get(key)!.push(op);
  }
  const pages: ApiPage[] = [];
  const used = new Set<string>();
  for (const [tag, ops] of byTag) {
    if (ops.length === 0) continue;
    const lengths = cutParts(
      ops.map((op) => sizes?.get(op) ?? 0),
      perPage,
      maxBytes,
    );
    let base = tag === WEBHOOKS ? 'webhooks' : pageSlug(tag);
    while (used.has(base)) base += '-tag';
    used.add(base);
    let from = 0;
    for (const [i, length] of lengths.entries()) {
      const part = i + 1;
      const slug = part === 1 ? base : `${base}-${part}`;
      used.add(slug);
      pages.push({
        slug,
        tag: tag === WEBHOOKS ? '' : tag,
        name: tag === WEBHOOKS ? 'Webhooks' : tag || 'Other operations',
        part,
        parts: lengths.length,
        operations: ops.slice(from, from + length),
      });
      from += length;
    }
  }
  return pages;
}

/**
 * Bytes of each operation's section in Redoc's prerendered HTML, from where
 * its section (`data-section-id="<anchor>"`) starts to where the next one
 * starts, or to the end of the HTML for the last. What is before the first
 * section (Redoc's side menu) counts for no operation.
 *
 * @param html Redoc's `renderToString` output for a document holding `operations`.
 * @returns One size per operation, in the order given.
 * @throws {Error} If an operation has no section in `html` (its anchor is not Redoc's).
 */
export function operationBytes(html: string, operations: readonly ApiOperationInfo[]): number[] {
  const starts = operations.map((op) => {
    const attr = `data-section-id="${op.anchor.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
    const at = html.indexOf(attr);
    if (at < 0)
      throw new Error(`operationBytes: no Redoc section for ${op.method} ${op.path} (${op.anchor}).`);
    return html.lastIndexOf('<', at);
  });
  const sorted = [...starts].sort((a, b) => a - b);
  return starts.map((start) => {
    const next = sorted[sorted.indexOf(start) + 1];
    return (next ?? html.length) - start;
  });
}

/** Key for untagged webhooks, which cannot clash with a tag name. */
const WEBHOOKS = '\0webhooks';

const METHOD_KEYS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/**
 * A copy of a bundled spec holding only some operations (path items must be
 * inlined), each under its first tag only, with only the tags they use and
 * only the components they reach through `$ref`, so Redoc renders, and the
 * browser downloads, just that page.
 *
 * @param bundled The whole bundled spec; not changed.
 * @param operations The operations to keep (`webhook`, `path`, `method`).
 */
export function filterDocument(
  bundled: Record<string, unknown>,
  operations: ApiOperationInfo[],
): Record<string, unknown> {
  const keep = new Set(operations.map((o) => `${o.webhook ? 'w' : 'p'} ${o.path} ${o.method.toLowerCase()}`));
  const pick = (section: 'paths' | 'webhooks' | 'x-webhooks', prefix: string) => {
    const out: Record<string, Record<string, unknown>> = {};
    for (const [name, item] of Object.entries(
      (bundled[section] ?? {}) as Record<string, Record<string, unknown>>,
    )) {
      const entries = Object.entries(item).filter(
        ([key]) => !METHOD_KEYS.has(key) || keep.has(`${prefix} ${name} ${key}`),
      );
      if (!entries.some(([key]) => METHOD_KEYS.has(key))) continue;
      out[name] = Object.fromEntries(
        entries.map(([key, value]) => {
          if (!METHOD_KEYS.has(key)) return [key, value];
          const op = value as Record<string, unknown>;
          const tags = op['tags'] as string[] | undefined;
          return [key, tags && tags.length > 1 ? { ...op, tags: [tags[0]] } : op];
        }),
      );
    }
    return out;
  };
  const {
    components,
    tags,
    'x-tagGroups': _groups,
    paths: _p,
    webhooks: _w,
    'x-webhooks': _xw,
    ...rest
  } = bundled;
  const doc: Record<string, unknown> = { ...rest, paths: pick('paths', 'p') };
  // OpenAPI 3.1 `webhooks`, or Redoc's `x-webhooks` in 3.0 specs (GitHub's).
  for (const section of ['webhooks', 'x-webhooks'] as const) {
    if (bundled[section]) doc[section] = pick(section, 'w');
  }
  const usedTags = new Set(operations.map((o) => o.tag));
  if (Array.isArray(tags)) doc['tags'] = (tags as { name: string }[]).filter((t) => usedTags.has(t.name));
  if (components)
    doc['components'] = reachableComponents(doc, components as Record<string, Record<string, unknown>>);
  return doc;
}

/** The components a document reaches through local `$ref`s, transitively (security schemes are always kept). */
function reachableComponents(
  doc: Record<string, unknown>,
  components: Record<string, Record<string, unknown>>,
): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  if (components['securitySchemes']) out['securitySchemes'] = components['securitySchemes'];
  const seen = new Set<string>();
  const queue: unknown[] = [doc];
  while (queue.length > 0) {
    const node = queue.pop();
    if (Array.isArray(node)) {
      queue.push(...node);
    } else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string') {
          const m = /^#\/components\/([^/]+)\/([^/]+)(?:\/.*)?$/.exec(value);
          const [, type, rawName] = (m ?? []) as [string?, string?, string?];
          if (!type || !rawName || seen.has(`${type}/${rawName}`)) continue;
          seen.add(`${type}/${rawName}`);
          const name = rawName.replace(/~1/g, '/').replace(/~0/g, '~');
          const target = components[type]?.[name];
          if (target === undefined) continue;
          (out[type] ??= {})[name] = target;
          queue.push(target);
        } else if (typeof value === 'object') {
          queue.push(value);
        }
      }
    }
  }
  return out;
}
