import { parentPort } from 'node:worker_threads';
import { sourceToMarkdown } from './page-markdown.ts';

/** A job for this worker: a page's MDX source to print. */
export interface MarkdownJob {
  id: number;
  text: string;
  siteUrl: string;
}

/**
 * Worker thread for src/lib/markdown-pool.ts: prints pages' MDX sources as
 * Markdown off the build's main thread ({@link sourceToMarkdown}). Answers
 * `{ id, markdown }`; `markdown` is `undefined` for a source that must be
 * rendered instead, and `error` is set if the job failed.
 */
parentPort?.on('message', ({ id, text, siteUrl }: MarkdownJob) => {
  try {
    parentPort!.postMessage({ id, markdown: sourceToMarkdown(text, siteUrl) });
  } catch (error) {
    parentPort!.postMessage({ id, error: String(error) });
  }
});
