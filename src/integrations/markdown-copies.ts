import { globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readPage } from '../../config/html-stream.ts';
import { site } from '../../config/site.ts';
import { teams } from '../../config/teams.ts';
import { HANDBOOK_DIR, pageUrl, readFrontmatter } from '../lib/handbook-pages.ts';
import { MarkdownPool } from '../lib/markdown-pool.ts';
import { htmlToMarkdown, markdownDocument } from '../lib/page-markdown.ts';
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
 * A page whose source is plain Markdown is printed from its source
 * (`sourceToMarkdown`, on a worker thread while the build renders pages:
 * src/lib/markdown-pool.ts). Any other page (with components)
 * is converted from its built HTML once the build is done
 * ({@link htmlToMarkdown}), so nothing is rendered twice. Made as routes,
 * the copies took 7 s of a 1,000-page build's rendering, which is one page
 * at a time.
 *
 * Not in `astro dev`: the copies are made by the build.
 *
 * @throws {Error} From `readFrontmatter` (invalid YAML), or when a page's
 *   HTML has no content element.
 */
export function markdownCopies(): AstroIntegration {
  let root = '';
  let pages: CopyPage[] = [];
  let pool: MarkdownPool | undefined;
  let printed = new Map<string, Promise<string | undefined>>();
  return {
    name: 'handbook:markdown-copies',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        root = fileURLToPath(config.root);
        if (command !== 'build') return;
        // Print once the pages' bundle is written, when the build starts
        // rendering pages one at a time on one core: printing while Vite
        // bundles slowed Vite as much as it saved.
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'handbook:markdown-copies',
                closeBundle() {
                  if (this.environment.name !== 'prerender' || pages.length > 0) return;
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
        const started = performance.now();
        const dist = fileURLToPath(dir);
        if (pages.length === 0) pages = listPages(root);
        const copies: string[] = [];
        let rendered = 0;
        try {
          const bodies = await Promise.all(
            pages.map(async (page) => {
              const printedBody = await printed.get(page.file);
              if (printedBody !== undefined) return printedBody;
              const htmlFile = join(dist, page.url, 'index.html');
              rendered++;
              return htmlToMarkdown(contentHtml(readFileSync(htmlFile, 'utf8'), htmlFile), site.url);
            }),
          );
          for (const [i, page] of pages.entries()) {
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
              bodies[i]!,
            );
            const out = join(dist, markdownPath(page.id));
            mkdirSync(dirname(out), { recursive: true });
            writeFileSync(out, copy);
            copies.push(copy);
          }
        } finally {
          pool?.close();
        }
        writeFileSync(
          join(dist, 'llms-full.txt'),
          `# ${site.title}\n\n> ${site.description}\n\n${copies.join('\n---\n\n')}`,
        );
        logger.info(
          `${copies.length} Markdown copies and /llms-full.txt (${copies.length - rendered} from source, ${rendered} from HTML) in ${Math.round(performance.now() - started)} ms.`,
        );
      },
    },
  };
}
