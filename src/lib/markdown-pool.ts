import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { runJob, WORKER_DATA, type MarkdownJob } from './markdown-worker.ts';

/** A job sent to a worker, and how to settle the promise for it. */
interface Pending {
  job: MarkdownJob;
  resolve: (markdown: string | undefined) => void;
  reject: (error: unknown) => void;
}

/**
 * Makes pages' Markdown on worker threads (markdown-worker.ts), so the `.md`
 * copies of a large handbook are made on a core the build's main thread
 * leaves idle: sources are printed while it renders pages (on the bench's
 * 1,000-page handbook, printing the plain pages takes 4.7 s), and built
 * pages' HTML is converted while its last pass reads every page.
 *
 * The worker's module is read from the project's own source, `src/lib/`
 * under `root` (the page code that calls this is bundled elsewhere by the
 * build); Node runs it with type stripping. If a worker cannot start or
 * fails, its jobs run on the calling thread instead.
 */
export class MarkdownPool {
  readonly #siteUrl: string;
  readonly #workers: Worker[] = [];
  readonly #jobs = new Map<number, Pending>();
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
        const worker = new Worker(join(root, 'src/lib/markdown-worker.ts'), { workerData: WORKER_DATA });
        worker.on('message', ({ id, markdown, error }: { id: number; markdown?: string; error?: string }) => {
          const pending = this.#jobs.get(id);
          if (!pending) return;
          this.#jobs.delete(id);
          if (error === undefined) pending.resolve(markdown);
          else this.#onThread(pending);
        });
        // A failed worker: all jobs still waiting run on this thread.
        worker.on('error', () => this.close());
        this.#workers.push(worker);
      }
    } catch {
      this.close();
    }
  }

  /** A page's Markdown printed from its MDX source, or `undefined` if the page must be rendered (`sourceToMarkdown`). */
  source(text: string): Promise<string | undefined> {
    return this.#run('source', text);
  }

  /**
   * A page's Markdown converted from the HTML of its content
   * (`htmlToMarkdownConverter`: each worker converts a component that
   * several pages embed once).
   *
   * @throws {Error} (rejects) From the conversion.
   */
  async html(text: string): Promise<string> {
    return (await this.#run('html', text))!;
  }

  #run(kind: MarkdownJob['kind'], text: string): Promise<string | undefined> {
    const job: MarkdownJob = { id: this.#next++, kind, text, siteUrl: this.#siteUrl };
    const worker = this.#workers[job.id % Math.max(1, this.#workers.length)];
    if (!worker) return runJob(job);
    return new Promise((resolve, reject) => {
      this.#jobs.set(job.id, { job, resolve, reject });
      worker.postMessage(job);
    });
  }

  /** Ends the workers (call it when done, or they keep the process alive); jobs still waiting run on this thread. */
  close(): void {
    for (const worker of this.#workers.splice(0)) void worker.terminate();
    for (const [id, pending] of this.#jobs) {
      this.#jobs.delete(id);
      this.#onThread(pending);
    }
  }

  /** Runs a job that a worker failed or left on this thread, settling its promise. */
  #onThread({ job, resolve, reject }: Pending): void {
    runJob(job).then(resolve, reject);
  }
}
