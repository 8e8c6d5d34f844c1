import { globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readPage } from '../../config/html-stream.ts';
import { site } from '../../config/site.ts';
import { teams } from '../../config/teams.ts';
import { HANDBOOK_DIR, pageUrl, readFrontmatter } from '../lib/handbook-pages.ts';
import { MarkdownPool } from '../lib/markdown-pool.ts';
import { htmlToMarkdownConverter, markdownDocument } from '../lib/page-markdown.ts';
import { markdownPath } from '../lib/page-upkeep.ts';

/** One handbook page, as its Markdown copy needs it. */
interface CopyPage {
  /** Repository-relative source, e.g. `content/handbook/roles/backend.mdx`. */
  file: string;
  /** Collection id, e.g. `roles/backend`, `workflow` for `workflow/index.mdx`, '' for the home page. */
  id: string;
  /** URL path of the HTML page, e.g. `/roles/backend/`. */
  url: string;
  frontmatter: Record<string, unknown>;
  /** The MDX body, without its frontmatter. */
  body: string;
}

/** The handbook's pages (content/handbook/, not `_` drafts nor `draft: true`), by URL. */
function listPages(root: string): CopyPage[] {
  return globSync('**/[!_]*.{md,mdx}', { cwd: join(root, HANDBOOK_DIR) })
    .map((relative) => {
      const rel = relative.split('\\').join('/');
      const file = `${HANDBOOK_DIR}/${rel}`;
      const source = readFileSync(join(root, file), 'utf8');
      const url = pageUrl(rel);
      return {
        file,
        id: url.replace(/^\/|\/$/g, ''),
        url,
        frontmatter: readFrontmatter(file, source),
        body: source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, ''),
      };
    })
    .filter((page) => page.frontmatter['draft'] !== true)
    .sort((a, b) => a.url.localeCompare(b.url));
}

/**
 * The inner HTML of a built page's content, `<div class="sl-markdown-content">`:
 * what the page's MDX renders to, without Starlight's layout.
 *
 * @throws {Error} If the page has no such element.
 */
export function contentHtml(html: string, file: string): string {
  let start = -1;
  let end = -1;
  let depth = 0;
  readPage(html, [
    {
      onopentag(name, attributes, at) {
        if (end >= 0 || name !== 'div') return;
        if (start >= 0) depth++;
        else if ((attributes['class'] ?? '').split(/\s+/).includes('sl-markdown-content')) start = at.end + 1;
      },
      onclosetag(name, at) {
        if (start < 0 || end >= 0 || name !== 'div') return;
        if (depth === 0) end = at.start;
        else depth--;
      },
    },
  ]);
  if (start < 0 || end < 0)
    throw new Error(`${file}: no <div class="sl-markdown-content"> to make its Markdown copy from.`);
  return html.slice(start, end);
}

/**
 * The handbook's Markdown copies: every page as Markdown next to its URL
 * (`/roles/backend/` → `/roles/backend.md`, the home page → `/index.md`),
 * with its title as the `#` heading, its description, a source line and the
 * body ({@link markdownDocument}); and `/llms-full.txt`, all of them in URL
 * order (https://llmstxt.org/).
 *
 * - A page whose source is plain Markdown is printed from its source
 *   (`sourceToMarkdown`, on a worker thread while the build renders pages:
 *   src/lib/markdown-pool.ts).
 * - Any other page (with components) is converted from its built HTML
 *   ({@link htmlToMarkdownConverter}: a component embedded in many pages is
 *   converted once), so nothing is rendered twice. This integration's
 *   `astro:build:done` hook reads that HTML and hands it to the same worker
 *   threads, which convert it while the post-build pass reads every page.
 * - {@link MarkdownCopies.write} writes every copy when a later hook calls
 *   it: config/post-build.ts does, while Pagefind writes its index.
 *
 * Made as routes, the copies took 7 s of a 1,000-page build's rendering;
 * converted on the main thread after it, 2.7 s; now the main thread only
 * writes them, in about 0.5 s (`npm run bench`, 2026-12-04).
 *
 * Not in `astro dev`: the copies are made by the build.
 *
 * @throws {Error} From `readFrontmatter` (invalid YAML), or when a page's
 *   HTML has no content element.
 */
export function markdownCopies(): MarkdownCopies {
  let root = '';
  let pages: CopyPage[] = [];
  let pool: MarkdownPool | undefined;
  let printed = new Map<string, Promise<string | undefined>>();
  /** Each page's Markdown body: printed from its source, or being converted from its HTML. */
  let bodies: Array<{ markdown: string } | { converting: Promise<string> }> | undefined;
  let dist = '';
  let log: AstroIntegrationLogger | undefined;
  return {
    name: 'handbook:markdown-copies',
    async write() {
      if (!bodies || !log)
        throw new Error('markdownCopies: write() was called before its astro:build:done hook ran.');
      const started = performance.now();
      const copies: string[] = [];
      for (const [i, page] of pages.entries()) {
        const body = bodies[i]!;
        const data = page.frontmatter;
        const owner = teams[data['owner'] as keyof typeof teams];
        const copy = markdownDocument(
          {
            title: String(data['title'] ?? ''),
            description: String(data['description'] ?? ''),
            url: new URL(page.url, site.url).href,
            ownerName: owner?.name ?? '',
            lastReviewed: String(data['lastReviewed'] ?? ''),
          },
          'markdown' in body ? body.markdown : await body.converting,
        );
        const out = join(dist, markdownPath(page.id));
        mkdirSync(dirname(out), { recursive: true });
        writeFileSync(out, copy);
        copies.push(copy);
      }
      writeFileSync(
        join(dist, 'llms-full.txt'),
        `# ${site.title}\n\n> ${site.description}\n\n${copies.join('\n---\n\n')}`,
      );
      const rendered = bodies.filter((body) => 'converting' in body).length;
      log.info(
        `${copies.length} Markdown copies and /llms-full.txt (${copies.length - rendered} from source, ${rendered} from HTML) in ${Math.round(performance.now() - started)} ms.`,
      );
    },
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        root = fileURLToPath(config.root);
        if (command !== 'build') return;
        // Print once the last bundle (the client's: Astro builds it after
        // the pages', astro/dist/core/build/static-build.js) is written, when
        // the build starts rendering pages: printing while Vite bundles, on
        // threads of its own, slowed Vite as much as it saved.
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'handbook:markdown-copies',
                closeBundle() {
                  if (this.environment.name !== 'client' || pages.length > 0) return;
                  pages = listPages(root);
                  pool = new MarkdownPool(root, site.url);
                  printed = new Map(pages.map((page) => [page.file, pool!.source(page.body)]));
                },
              },
            ],
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        dist = fileURLToPath(dir);
        log = logger;
        if (pages.length === 0) pages = listPages(root);
        const workers = pool;
        const convert = workers ? (html: string) => workers.html(html) : htmlToMarkdownConverter(site.url);
        const conversions: Array<Promise<string>> = [];
        try {
          const sources = await Promise.all(pages.map((page) => printed.get(page.file)));
          // Read now, before later hooks rewrite the pages; convert on the
          // workers while the post-build pass reads every page.
          bodies = pages.map((page, i) => {
            const markdown = sources[i];
            if (markdown !== undefined) return { markdown };
            const htmlFile = join(dist, page.url, 'index.html');
            const converting = convert(contentHtml(readFileSync(htmlFile, 'utf8'), htmlFile));
            // Awaited in write(); until then a failure must not count as unhandled.
            converting.catch(() => {});
            conversions.push(converting);
            return { converting };
          });
        } finally {
          // The workers end once their conversions are done, or at once if there are none.
          void Promise.allSettled(conversions).then(() => workers?.close());
        }
      },
    },
  };
}

/** {@link markdownCopies}: an Astro integration whose copies a later `astro:build:done` hook writes. */
export type MarkdownCopies = AstroIntegration & {
  /**
   * Writes every copy and /llms-full.txt, once the conversions of pages
   * with components are done. Call it once, after this integration's
   * `astro:build:done` hook, and await it: the build has no copies until it
   * resolves.
   *
   * @throws {Error} When called before that hook; from the conversion, or a write.
   */
  write: () => Promise<void>;
};
