import { parentPort } from 'node:worker_threads';
import { sourceToMarkdown } from './page-markdown.ts';

/**
 * Worker thread for src/lib/markdown-pool.ts: prints pages' MDX sources as
 * Markdown ({@link sourceToMarkdown}) off the build's main thread. Receives
 * `{ key, source, siteUrl }`, answers `{ key, markdown }` (`markdown` is
 * `undefined` when the page must be rendered instead).
 */
parentPort?.on('message', ({ key, source, siteUrl }: { key: string; source: string; siteUrl: string }) => {
  parentPort!.postMessage({ key, markdown: sourceToMarkdown(source, siteUrl) });
});
