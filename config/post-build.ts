import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { inlinesReader, withMetaPolicy, writeHeaderFiles } from './csp-integration.ts';
import { tablesReader } from './focusable-tables.ts';
import { readPage } from './html-stream.ts';
import { extractRecords, pageUrl } from './search-index.ts';
import { metaPolicy, type PageInlines } from './security-headers.ts';

/**
 * The build's last pass over `dist/` (`astro:build:done`; list it last in
 * astro.config.mjs), in one read of each page:
 *
 * 1. **Search.** Builds the Pagefind index into `dist/pagefind/`: every
 *    page with `data-pagefind-body`, as Starlight's own indexing does, plus a
 *    record per checklist item, API operation and glossary term
 *    (search-index.ts). Starlight's indexing is off (`pagefind: false`)
 *    because it cannot add records.
 * 2. **Tables.** Markdown tables get a tab stop and a label
 *    (focusable-tables.ts).
 * 3. **Security headers.** Hashes what each page inlines and writes its
 *    `<meta>` Content-Security-Policy, `dist/_headers` and `dist/_nginx/`
 *    (csp-integration.ts, security-headers.ts). Inline event handlers and
 *    `javascript:` URLs fail the build.
 *
 * Pagefind indexes in a process of its own while this thread reads, fixes
 * and hashes the pages; the pages are written back only once Pagefind has
 * read them, while it writes its index. Nothing outside `dist/` is written.
 *
 * @param options.whileIndexWrites Work of integrations listed earlier to run
 *   on this thread while Pagefind writes its index in its own process, when
 *   this thread would otherwise wait (writing the Markdown copies:
 *   src/integrations/markdown-copies.ts). Called once each, in order,
 *   after the pages are written back, and awaited: the build fails if one fails.
 * @throws Error listing Pagefind's errors, from extractRecords (a record
 *   with no id or title), or from collectInlines (a blocked inline handler);
 *   or the error a `whileIndexWrites` function throws.
 */
export function postBuild(
  options: { whileIndexWrites?: Array<() => Promise<unknown>> } = {},
): AstroIntegration {
  return {
    name: 'handbook:post-build',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const started = performance.now();
        const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
          .filter((f) => f.endsWith('.html'))
          .map((f) => join(root, f));
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(errors.join('\n'));
          const indexing = index.addDirectory({ path: root });
          const records = [];
          const pages: Array<{ file: string; html: string; inlines: PageInlines }> = [];
          for (const file of files) {
            const source = readFileSync(file, 'utf8');
            records.push(...extractRecords(source, pageUrl(root, file)));
            // One parse for both steps; a table's new attributes change no hash.
            const inlines = inlinesReader(`/${relative(root, file).split(sep).join('/')}`);
            const tables = tablesReader();
            readPage(source, [inlines, tables]);
            pages.push({ file, html: tables.apply(source), inlines: inlines.result() });
          }
          const indexed = await indexing;
          if (indexed.errors.length) throw new Error(indexed.errors.join('\n'));
          for (const record of records) {
            const added = await index.addCustomRecord(record);
            if (added.errors.length) throw new Error(`${record.url}: ${added.errors.join('\n')}`);
          }
          // Pagefind writes its index in its own process while this thread writes the pages.
          const writing = index.writeFiles({ outputPath: join(root, 'pagefind') });
          for (const { file, html, inlines } of pages)
            writeFileSync(file, withMetaPolicy(html, metaPolicy(inlines), inlines.path));
          writeHeaderFiles(
            root,
            pages.map((p) => p.inlines),
          );
          // Awaited together, so a failing piece of work leaves no rejection unhandled.
          const [written] = await Promise.all([
            writing,
            (async () => {
              for (const work of options.whileIndexWrites ?? []) await work();
            })(),
          ]);
          if (written.errors.length) throw new Error(written.errors.join('\n'));
          logger.info(
            `Indexed ${indexed.page_count} pages and ${records.length} records; ` +
              `Content-Security-Policy for ${pages.length} pages (<meta>, _headers, _nginx/); ` +
              `in ${Math.round(performance.now() - started)} ms.`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
