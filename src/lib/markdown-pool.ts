import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { sourceToMarkdown } from './page-markdown.ts';

/**
 * Prints many pages' sources as Markdown on worker threads
 * (markdown-worker.ts), so the `.md` copies of a large handbook are made on
 * the cores the build's main thread leaves idle while it renders pages:
 * the build renders one page at a time. On the bench's 1,000-page handbook
 * the copies cost 4.7 s of main-thread time.
 *
 * The worker's module is read from the project's own source, `src/lib/`
 * under `root` (the page code that calls this is bundled elsewhere by the
 * build); Node runs it with type stripping. If a worker cannot start, the
 * pages are printed on the calling thread instead.
 *
 * @param pages Each page's key (its id) and MDX source.
 * @param siteUrl Origin for absolute links (see {@link sourceToMarkdown}).
 * @param root The project root (holding `src/lib/markdown-worker.ts`).
 * @returns One promise per key: the Markdown, or `undefined` where the page must be rendered.
 */
export function printSources(
  pages: ReadonlyArray<{ key: string; source: string }>,
  siteUrl: string,
  root: string,
): Map<string, Promise<string | undefined>> {
  const results = new Map<string, Promise<string | undefined>>();
  const settle = new Map<string, (markdown: string | undefined) => void>();
  for (const { key } of pages) results.set(key, new Promise((resolve) => settle.set(key, resolve)));
  const onThread = (page: { key: string; source: string }) =>
    settle.get(page.key)!(sourceToMarkdown(page.source, siteUrl));

  const size = Math.min(2, Math.max(1, availableParallelism()), pages.length);
  let workers: Worker[];
  try {
    workers = Array.from({ length: size }, () => new Worker(join(root, 'src/lib/markdown-worker.ts')));
  } catch {
    for (const page of pages) onThread(page);
    return results;
  }
  let pending = pages.length;
  for (const [i, worker] of workers.entries()) {
    const mine = pages.filter((_, n) => n % size === i);
    worker.on('message', ({ key, markdown }: { key: string; markdown: string | undefined }) => {
      settle.get(key)!(markdown);
      if (--pending === 0) for (const w of workers) void w.terminate();
    });
    // A worker that fails leaves its pages to this thread.
    worker.on('error', () => {
      for (const page of mine) onThread(page);
    });
    worker.unref();
    for (const page of mine) worker.postMessage({ key: page.key, source: page.source, siteUrl });
  }
  return results;
}
