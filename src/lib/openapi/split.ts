import type { ApiOperationInfo } from './specs.ts';

/**
 * How large specs are split into pages. A spec with more operations than
 * `splitAbove` gets one page per tag, and a tag with more than `perPage`
 * operations is cut into pages of at most `perPage`, each prerendered by
 * Redoc on its own filtered document. Figures behind the defaults are in
 * the README's "API reference" section and in `npm run bench` (large spec):
 * Redoc's hydration costs roughly 10 ms of main-thread time per operation,
 * so 40 operations stay under the 500 ms target.
 */
export interface SplitOptions {
  /** Specs with more operations than this are split (default 100). */
  splitAbove: number;
  /** At most this many operations per page (default 40). */
  perPage: number;
}

/** Defaults, overridden by `HANDBOOK_API_SPLIT_ABOVE` and `HANDBOOK_API_PER_PAGE` (set by the Redoc integration's options). */
export function splitOptions(): SplitOptions {
  const read = (name: string, fallback: number) => {
    const value = Number(process.env[name] ?? fallback);
    if (!Number.isInteger(value) || value < 1)
      throw new Error(`${name}="${process.env[name]}": expected a whole number ≥ 1.`);
    return value;
  };
  return { splitAbove: read('HANDBOOK_API_SPLIT_ABOVE', 100), perPage: read('HANDBOOK_API_PER_PAGE', 40) };
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
 * Groups a spec's operations into pages: by tag (in the spec's tag order,
 * then any other tags in operation order), each tag cut into parts of at
 * most `perPage` operations in document order.
 */
export function splitOperations(
  operations: ApiOperationInfo[],
  tagOrder: string[],
  perPage: number,
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
    const parts = Math.ceil(ops.length / perPage);
    let base = tag === WEBHOOKS ? 'webhooks' : pageSlug(tag);
    while (used.has(base)) base += '-tag';
    used.add(base);
    for (let part = 1; part <= parts; part++) {
      const slug = part === 1 ? base : `${base}-${part}`;
      used.add(slug);
      const name = tag === WEBHOOKS ? 'Webhooks' : tag || 'Other operations';
      pages.push({
        slug,
        tag: tag === WEBHOOKS ? '' : tag,
        name,
        part,
        parts,
        operations: ops.slice((part - 1) * perPage, part * perPage),
      });
    }
  }
  return pages;
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
