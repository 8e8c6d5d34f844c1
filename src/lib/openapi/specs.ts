import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadRedoc } from '../../integrations/redoc/ssr.ts';
import { markdownToText } from '../markdown.ts';
import { prerenderPages } from './pages.ts';
import { splitOptions, type ApiPage } from './split.ts';
import { formatProblem, projectRoot, validateSpec } from './validate.ts';

/** Folder holding one OpenAPI file per API, `content/apis/<id>.yaml`, under the project root being built. */
function specDir(): string {
  return join(projectRoot(), 'content/apis');
}

/** HTTP methods an OpenAPI path item can hold, in Redoc's display order. */
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** One operation, as listed on /api/, embedded by `<ApiOperation>` and indexed for search. */
export interface ApiOperationInfo {
  operationId: string;
  /** Upper-case HTTP method, e.g. `POST`. */
  method: string;
  /** Path template, e.g. `/projects/{projectId}`. */
  path: string;
  summary: string;
  /** Markdown from the spec; empty if there is none. */
  description: string;
  /** First tag, or '' if untagged. */
  tag: string;
  /** Redoc's anchor for the operation, e.g. `tag/Projects/operation/createProject`. */
  anchor: string;
  /** True for an OpenAPI 3.1 webhook (`webhooks.<name>`); `path` is then the webhook's name. */
  webhook: boolean;
  /** URL path of the page that renders it: `/api/<id>/`, or `/api/<id>/<page>/` for a split spec. */
  page: string;
}

/** A tag and its description, as declared in the spec. */
export interface ApiTag {
  name: string;
  /** Markdown; empty if there is none. */
  description: string;
  /** Redoc's anchor for the tag, e.g. `tag/Projects`. */
  anchor: string;
}

/** A validated, bundled spec and what the pages need from it. */
export interface ApiSpec {
  /** File name without extension, e.g. `projects`; the page is /api/<id>/. */
  id: string;
  file: string;
  title: string;
  version: string;
  /** `info.summary`, or the first paragraph of `info.description`, as plain text; may be empty. */
  summary: string;
  /** A 20–160 character plain-text page description derived from `info` ({@link pageDescription}). */
  description: string;
  /** `openapi` of the rendered document, e.g. `3.1.0`. */
  openapi: string;
  /** The file's own version when it was converted, e.g. `Swagger 2.0`; else ''. */
  convertedFrom: string;
  operations: ApiOperationInfo[];
  tags: ApiTag[];
  bundled: Record<string, unknown>;
  /**
   * Empty for a spec of at most `splitAbove` operations, rendered whole on
   * /api/<id>/. Otherwise its pages (split.ts), already prerendered
   * (pages.ts): /api/<id>/ is then an index of every operation, and each
   * page /api/<id>/<slug>/ is Redoc on part of the spec.
   */
  pages: ApiPage[];
}

/** Redoc's own slug for a tag name (its `safeSlugify`), e.g. `Projects` → `Projects`. */
function redocTagSlug(tag: string): string {
  return loadRedoc().safeSlugify(tag);
}

/**
 * Redoc's anchor for an operation: `tag/<Tag>/operation/<operationId>`, or
 * `operation/<id>` if untagged. Without an operationId, Redoc uses the
 * operation's JSON pointer: `tag/<Tag>/paths/~1pets/get`.
 */
export function redocOperationAnchor(tag: string, operationId: string, path = '', method = ''): string {
  const parent = tag ? `tag/${redocTagSlug(tag)}` : '';
  if (operationId) return parent ? `${parent}/operation/${operationId}` : `operation/${operationId}`;
  const pointer = `/paths/${path.replace(/~/g, '~0').replace(/\//g, '~1')}/${method}`;
  return parent ? `${parent}${pointer}` : pointer.slice(1);
}

type PathItem = Partial<Record<(typeof METHODS)[number], Record<string, unknown>>> & { $ref?: string };

/**
 * Replaces path items given as a local `$ref` (OpenAPI 3.1
 * `components/pathItems`, or any `#/…` pointer) under `paths` and `webhooks`
 * by the objects they point at, in place, so Redoc, the operation index and
 * search all see their operations.
 *
 * @throws {Error} If a `$ref` does not point into the document (the bundler
 *   has already inlined external files, so this means a broken spec).
 */
export function inlinePathItemRefs(bundled: Record<string, unknown>, file = 'spec'): void {
  const resolvePointer = (ref: string): unknown =>
    ref
      .replace(/^#\/?/, '')
      .split('/')
      .filter(Boolean)
      .map((part) => decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], bundled);
  for (const section of ['paths', 'webhooks'] as const) {
    const items = bundled[section] as Record<string, PathItem> | undefined;
    for (const [name, item] of Object.entries(items ?? {})) {
      let target: PathItem | undefined = item;
      for (let depth = 0; target?.$ref && depth < 10; depth++) {
        const ref: string = target.$ref;
        const next = ref.startsWith('#') ? (resolvePointer(ref) as PathItem | undefined) : undefined;
        if (!next)
          throw new Error(`${file}: ${section}.${name}: $ref "${ref}" does not resolve inside the spec.`);
        const { $ref: _ignored, ...siblings } = target;
        target = { ...next, ...siblings };
      }
      items![name] = target!;
    }
  }
}

/**
 * Lists a bundled spec's operations in Redoc's order: webhooks (OpenAPI 3.1)
 * first, then paths, each in document order. Path items must already be
 * inlined ({@link inlinePathItemRefs}).
 */
export function listOperations(bundled: Record<string, unknown>): ApiOperationInfo[] {
  const operations: ApiOperationInfo[] = [];
  const sections = [
    [(bundled['webhooks'] ?? bundled['x-webhooks'] ?? {}) as Record<string, PathItem>, true],
    [(bundled['paths'] ?? {}) as Record<string, PathItem>, false],
  ] as const;
  for (const [items, webhook] of sections) {
    for (const [path, item] of Object.entries(items)) {
      for (const method of METHODS) {
        const op = item[method];
        if (!op) continue;
        const operationId = String(op['operationId'] ?? '');
        const tag = String((op['tags'] as string[] | undefined)?.[0] ?? '');
        operations.push({
          operationId,
          method: method.toUpperCase(),
          path,
          summary: String(op['summary'] ?? ''),
          description: String(op['description'] ?? '').trim(),
          tag,
          anchor: redocOperationAnchor(tag, operationId, path, method),
          webhook,
          page: '',
        });
      }
    }
  }
  return operations;
}

/** Clips plain text to at most `max` characters at a word boundary, adding `…`. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:.-]+$/, '')}…`;
}

/**
 * A page description that always fits the frontmatter schema (20–200
 * characters; we aim at 50–160), whatever a spec's `info` holds: the plain
 * text of `info.summary` or of the first paragraph of `info.description`,
 * clipped at a word to 160 characters; if that is under 50 characters, a
 * sentence built from the title and version.
 */
export function pageDescription(title: string, version: string, summary: string): string {
  const text = summary.replace(/\s+/g, ' ').trim();
  if (text.length >= 50) return clip(text, 160);
  const fallback = `Reference for the ${clip(title, 80)}${version ? ` ${clip(version, 20)}` : ''}, rendered from its OpenAPI spec.`;
  return clip(text ? `${text.replace(/[.\s]+$/, '')}. ${fallback}` : fallback, 160);
}

let cache: Promise<ApiSpec[]> | undefined;

/**
 * Validates and bundles every spec in content/apis/ (once per build), and
 * prints each warning. Used by the /api/ pages, the download endpoints and
 * `<ApiOperation>`.
 *
 * @throws {SpecValidationError} If any spec has an error; the build stops
 *   with the file, line, JSON pointer and rule of each.
 * @throws {Error} If a file name is not a valid id (lower-case letters,
 *   digits and hyphens, ending in `.yaml`).
 */
export function loadSpecs(): Promise<ApiSpec[]> {
  cache ??= (async () => {
    const dir = specDir();
    const files = readdirSync(dir)
      .filter((f) => !f.startsWith('_') && !f.startsWith('.'))
      .sort();
    const specs: ApiSpec[] = [];
    for (const name of files) {
      const file = relative(process.cwd(), join(dir, name));
      const match = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.(?:yaml|json)$/.exec(name);
      if (!match) {
        throw new Error(
          `${file}: an API spec's file name must be its id in lower-case kebab-case with a .yaml (or .json) extension, e.g. content/apis/projects.yaml. Rename the file.`,
        );
      }
      const { bundled, warnings, convertedFrom } = await validateSpec(file);
      for (const w of warnings) console.warn(`[api] ${formatProblem(w)}`);
      const openapi = String(bundled['openapi'] ?? '');
      if (!/^3\.[01]\.\d+$/.test(openapi)) {
        throw new Error(
          `${file}: \`openapi\` is "${openapi}", but the handbook renders OpenAPI 3.0 and 3.1 (and converts Swagger 2.0). ` +
            'Convert the spec and set `openapi: 3.1.0`.',
        );
      }
      inlinePathItemRefs(bundled, file);
      const info = (bundled['info'] ?? {}) as Record<string, unknown>;
      const text = (key: string) => (typeof info[key] === 'string' ? (info[key] as string) : '');
      const title = text('title').trim() || match[1]!;
      const version = String(info['version'] ?? '').trim();
      const summary = markdownToText(text('summary') || text('description').split(/\n\s*\n/)[0]!)
        .replace(/\s+/g, ' ')
        .trim();
      const id = match[1]!;
      const operations = listOperations(bundled);
      const tags = ((bundled['tags'] ?? []) as { name: string; description?: string }[]).map((t) => ({
        name: t.name,
        description: (t.description ?? '').trim(),
        anchor: `tag/${redocTagSlug(t.name)}`,
      }));
      const options = splitOptions();
      const pages =
        operations.length > options.splitAbove
          ? await prerenderPages(
              id,
              file,
              bundled,
              operations,
              tags.map((t) => t.name),
              options,
            )
          : [];
      for (const op of operations) op.page = `/api/${id}/`;
      for (const page of pages) for (const op of page.operations) op.page = `/api/${id}/${page.slug}/`;
      specs.push({
        id,
        file,
        title,
        version,
        summary,
        description: pageDescription(title, version, summary),
        openapi,
        convertedFrom,
        operations,
        tags,
        bundled,
        pages,
      });
    }
    return specs;
  })();
  return cache;
}

/**
 * Finds one operation for `<ApiOperation>`.
 *
 * @throws {Error} If the spec or the operationId does not exist; the message
 *   lists what does, so the author can fix the typo.
 */
export async function findOperation(
  specId: string,
  operationId: string,
): Promise<{ spec: ApiSpec; operation: ApiOperationInfo }> {
  const specs = await loadSpecs();
  const spec = specs.find((s) => s.id === specId);
  if (!spec) {
    throw new Error(
      `<ApiOperation spec="${specId}">: no spec content/apis/${specId}.yaml (or .json). Known specs: ${specs.map((s) => s.id).join(', ')}.`,
    );
  }
  const operation = spec.operations.find((o) => o.operationId === operationId);
  if (!operation) {
    throw new Error(
      `<ApiOperation spec="${specId}" operationId="${operationId}">: no such operationId in ${spec.file}. ` +
        `Known operationIds: ${spec.operations.map((o) => o.operationId).join(', ')}.`,
    );
  }
  return { spec, operation };
}
