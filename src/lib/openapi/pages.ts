import { prerenderRedoc, type RedocPrerender } from '../../integrations/redoc/ssr.ts';
import type { ApiOperationInfo } from './specs.ts';
import { filterDocument, operationBytes, splitOperations, type ApiPage, type SplitOptions } from './split.ts';

/** The operations of a page, as a key: the same set gives the same document, and the same prerender. */
const pageKey = (operations: readonly ApiOperationInfo[]): string =>
  operations.map((op) => `${op.method} ${op.path}`).join('\n');

/**
 * Splits a large spec into pages of at most `perPage` operations and
 * `pageBytes` of Redoc's HTML, and prerenders each page.
 *
 * How big an operation renders is only known once Redoc has rendered it, so
 * this renders twice where it must: first the spec's tags in runs of
 * `perPage` operations, which gives each operation's size
 * ({@link operationBytes}); then the tags are cut again by size as well as
 * count ({@link splitOperations}), and only the pages that differ from a
 * first-pass run are rendered again. Tags that fit keep their first render.
 * An operation larger than `pageBytes` alone gets a page of its own, and a
 * warning.
 *
 * @param id The spec's id, e.g. `github`.
 * @param file The spec's path, for warnings.
 * @param bundled The bundled spec (not changed).
 * @param operations Its operations ({@link listOperations}).
 * @param tagOrder Its tag names in order.
 * @param log Where to report each prerender and warning (the build log).
 * @returns The pages, each with its `prerendered` HTML and styles.
 */
export async function prerenderPages(
  id: string,
  file: string,
  bundled: Record<string, unknown>,
  operations: ApiOperationInfo[],
  tagOrder: string[],
  { perPage, pageBytes }: Pick<SplitOptions, 'perPage' | 'pageBytes'>,
  log: { info(message: string): void; warn(message: string): void } = console,
): Promise<ApiPage[]> {
  const rendered = new Map<string, RedocPrerender>();
  const render = async (page: ApiPage): Promise<RedocPrerender> => {
    const key = pageKey(page.operations);
    let done = rendered.get(key);
    if (!done) {
      done = await prerenderRedoc(id, filterDocument(bundled, page.operations));
      rendered.set(key, done);
      log.info(
        `[api] prerendered ${file}#${page.slug} (${page.operations.length} operations, ${Math.round(done.html.length / 1024)} KB) with Redoc in ${done.ms} ms`,
      );
    }
    return done;
  };

  const sizes = new Map<ApiOperationInfo, number>();
  for (const page of splitOperations(operations, tagOrder, perPage)) {
    const { html } = await render(page);
    for (const [i, bytes] of operationBytes(html, page.operations).entries())
      sizes.set(page.operations[i]!, bytes);
  }
  const pages = splitOperations(operations, tagOrder, perPage, sizes, pageBytes);
  for (const page of pages) {
    page.prerendered = await render(page);
    const [only] = page.operations;
    if (page.operations.length === 1 && only && sizes.get(only)! > pageBytes) {
      log.warn(
        `[api] ${file}: ${only.method} ${only.path} renders to ${Math.round(sizes.get(only)! / 1024)} KB of HTML on its own, over the page budget of ${Math.round(pageBytes / 1024)} KB; it gets a page of its own (/api/${id}/${page.slug}/).`,
      );
    }
  }
  return pages;
}
