import { parentPort, workerData } from 'node:worker_threads';
import { htmlToMarkdownConverter, sourceToMarkdown } from './page-markdown.ts';

/**
 * A job for this worker: a page's MDX source to print (`source`), or the
 * HTML of a built page's content to convert (`html`).
 */
export interface MarkdownJob {
  id: number;
  kind: 'source' | 'html';
  text: string;
  siteUrl: string;
}

/** What MarkdownPool starts its workers with: only such a worker answers jobs. */
export const WORKER_DATA = { handbookMarkdownWorker: true } as const;

/** One converter per site URL, so a component embedded in many pages is converted once. */
const converters = new Map<string, (html: string) => Promise<string>>();

/**
 * What a job gives: Markdown, or `undefined` for a source that must be
 * rendered instead. Async, so that a job that throws rejects.
 */
export async function runJob({ kind, text, siteUrl }: MarkdownJob): Promise<string | undefined> {
  if (kind === 'source') return sourceToMarkdown(text, siteUrl);
  let convert = converters.get(siteUrl);
  if (!convert) converters.set(siteUrl, (convert = htmlToMarkdownConverter(siteUrl)));
  return convert(text);
}

/**
 * Worker thread for src/lib/markdown-pool.ts: prints pages' MDX sources
 * ({@link sourceToMarkdown}) and converts built pages' HTML
 * ({@link htmlToMarkdownConverter}) to Markdown off the build's main thread.
 * Answers `{ id, markdown }`; `markdown` is `undefined` for a source that
 * must be rendered instead, and `error` is set if the job failed (the
 * pool then runs it on its own thread, where it throws).
 */
if ((workerData as Partial<typeof WORKER_DATA> | null)?.handbookMarkdownWorker) {
  parentPort?.on('message', (job: MarkdownJob) => {
    runJob(job).then(
      (markdown) => parentPort!.postMessage({ id: job.id, markdown }),
      (error: unknown) => parentPort!.postMessage({ id: job.id, error: String(error) }),
    );
  });
}
