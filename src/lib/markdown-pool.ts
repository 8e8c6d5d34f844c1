import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { MarkdownJob } from './markdown-worker.ts';
import { sourceToMarkdown } from './page-markdown.ts';

/**
 * Prints pages' MDX sources as Markdown on worker threads
 * (markdown-worker.ts), so the `.md` copies of a large handbook are made on
 * a core the build's main thread leaves idle while it renders pages one at
 * a time. On the bench's 1,000-page handbook, printing the plain pages takes
 * 4.7 s.
 *
 * The worker's module is read from the project's own source, `src/lib/`
 * under `root` (the page code that calls this is bundled elsewhere by the
 * build); Node runs it with type stripping. If a worker cannot start or
 * fails, its jobs run on the calling thread instead.
 */
export class MarkdownPool {
  readonly #siteUrl: string;
  readonly #workers: Worker[] = [];
  readonly #jobs = new Map<number, { job: MarkdownJob; resolve: (markdown: string | undefined) => void }>();
  #next = 0;

  /**
   * @param root The project root (holding `src/lib/markdown-worker.ts`).
   * @param siteUrl Origin for absolute links (see {@link sourceToMarkdown}).
   * @param size Worker threads; by default the cores but one, at least one, at most two.
   */
  constructor(root: string, siteUrl: string, size = Math.min(2, Math.max(1, availableParallelism() - 1))) {
    this.#siteUrl = siteUrl;
    try {
      for (let i = 0; i < size; i++) {
        const worker = new Worker(join(root, 'src/lib/markdown-worker.ts'));
        worker.on('message', ({ id, markdown, error }: { id: number; markdown?: string; error?: string }) => {
          const pending = this.#jobs.get(id);
          if (!pending) return;
          this.#jobs.delete(id);
          if (error === undefined) pending.resolve(markdown);
          else void this.#onThread(pending.job).then(pending.resolve);
        });
        // A failed worker: all jobs still waiting run on this thread.
        worker.on('error', () => this.close());
        this.#workers.push(worker);
      }
    } catch {
      this.close();
    }
  }

  /** A page's Markdown printed from its MDX source, or `undefined` if the page must be rendered ({@link sourceToMarkdown}). */
  source(text: string): Promise<string | undefined> {
    const job: MarkdownJob = { id: this.#next++, text, siteUrl: this.#siteUrl };
    const worker = this.#workers[job.id % Math.max(1, this.#workers.length)];
    if (!worker) return this.#onThread(job);
    return new Promise((resolve) => {
      this.#jobs.set(job.id, { job, resolve });
      worker.postMessage(job);
    });
  }

  /** Ends the workers (call it when done, or they keep the process alive); jobs still waiting run on this thread. */
  close(): void {
    for (const worker of this.#workers.splice(0)) void worker.terminate();
    for (const [id, pending] of this.#jobs) {
      this.#jobs.delete(id);
      void this.#onThread(pending.job).then(pending.resolve);
    }
  }

  #onThread(job: MarkdownJob): Promise<string | undefined> {
    return Promise.resolve(sourceToMarkdown(job.text, job.siteUrl));
  }
}
