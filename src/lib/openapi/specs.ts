import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadRedoc } from './redoc-ssr.ts';
import { formatProblem, validateSpec } from './validate.ts';

/** Folder holding one OpenAPI file per API: content/apis/<id>.yaml. */
export const SPEC_DIR = 'content/apis';

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
}

/**
 * Specs with more operations than this are not prerendered with Redoc: its
 * full HTML for the 315-operation platform spec is about 4 MB and takes
 * minutes to render on a shared CI machine. Their page is prerendered as a
 * light operation index (summary, method, path, description), and Redoc
 * renders in the browser on the first interaction. Measured figures are in
 * the README's "API reference" section.
 */
export const PRERENDER_MAX_OPERATIONS = 100;

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
  /** `info.summary`, or the first paragraph of `info.description` (Markdown). */
  summary: string;
  openapi: string;
  operations: ApiOperationInfo[];
  tags: ApiTag[];
  bundled: Record<string, unknown>;
}

/** Redoc's own slug for a tag name (its `safeSlugify`), e.g. `Projects` → `Projects`. */
export function redocTagSlug(tag: string): string {
  return loadRedoc().safeSlugify(tag);
}

/** Redoc's anchor for an operation: `tag/<Tag>/operation/<operationId>`, or `operation/<id>` if untagged. */
export function redocOperationAnchor(tag: string, operationId: string): string {
  return tag ? `tag/${redocTagSlug(tag)}/operation/${operationId}` : `operation/${operationId}`;
}

type PathItem = Partial<Record<(typeof METHODS)[number], Record<string, unknown>>>;

/** Lists a bundled spec's operations in document order. */
export function listOperations(bundled: Record<string, unknown>): ApiOperationInfo[] {
  const paths = (bundled['paths'] ?? {}) as Record<string, PathItem>;
  const operations: ApiOperationInfo[] = [];
  for (const [path, item] of Object.entries(paths)) {
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
        anchor: redocOperationAnchor(tag, operationId),
      });
    }
  }
  return operations;
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
    const files = readdirSync(SPEC_DIR)
      .filter((f) => !f.startsWith('_') && !f.startsWith('.'))
      .sort();
    const specs: ApiSpec[] = [];
    for (const name of files) {
      const match = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.yaml$/.exec(name);
      if (!match) {
        throw new Error(
          `${join(SPEC_DIR, name)}: an API spec's file name must be its id in lower-case kebab-case with a .yaml extension, e.g. content/apis/projects.yaml. Rename the file.`,
        );
      }
      const file = join(SPEC_DIR, name);
      const { bundled, warnings } = await validateSpec(file);
      for (const w of warnings) console.warn(`[api] ${formatProblem(w)}`);
      const openapi = String(bundled['openapi'] ?? '');
      if (!/^3\.[01]\.\d+$/.test(openapi)) {
        throw new Error(
          `${file}: \`openapi\` is "${openapi || String(bundled['swagger'] ?? '')}", but the handbook renders OpenAPI 3.0 and 3.1 only. ` +
            'Convert the spec (for example with `npx swagger2openapi`) and set `openapi: 3.1.0`.',
        );
      }
      const info = (bundled['info'] ?? {}) as Record<string, string>;
      specs.push({
        id: match[1]!,
        file,
        title: info['title'] ?? match[1]!,
        version: info['version'] ?? '',
        summary: info['summary'] ?? (info['description'] ?? '').split(/\n\s*\n/)[0]!.trim(),
        openapi,
        operations: listOperations(bundled),
        tags: ((bundled['tags'] ?? []) as { name: string; description?: string }[]).map((t) => ({
          name: t.name,
          description: (t.description ?? '').trim(),
          anchor: `tag/${redocTagSlug(t.name)}`,
        })),
        bundled,
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
      `<ApiOperation spec="${specId}">: no spec content/apis/${specId}.yaml. Known specs: ${specs.map((s) => s.id).join(', ')}.`,
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
