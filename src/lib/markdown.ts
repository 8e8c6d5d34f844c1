import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';

/**
 * The URL schemes a link or image in data Markdown may use; relative URLs
 * (`/concepts/security/`, `#top`) are always allowed. Anything else, such as
 * `javascript:` or `data:`, is removed by rehype-sanitize.
 */
export const URL_PROTOCOLS = ['http', 'https', 'mailto'] as const;

/**
 * GitHub's sanitize schema (hast-util-sanitize's `defaultSchema`) with our
 * protocol allowlist, and without the `user-content-` id prefix, which data
 * Markdown has no use for. Images are dropped: the handbook requests nothing
 * from another host, and data files have no images (put them on a page).
 */
function sanitizeSchema(): SanitizeSchema {
  return {
    ...defaultSchema,
    clobberPrefix: '',
    tagNames: defaultSchema.tagNames!.filter((name) => name !== 'img'),
    protocols: { ...defaultSchema.protocols, href: [...URL_PROTOCOLS] },
  };
}

/**
 * Markdown we render ourselves from data files (checklist items, comparison
 * cells, workflow tasks), as opposed to pages, which Astro renders. Uses
 * unified with remark-gfm, so tables, task lists, strikethrough and
 * autolinks behave as they do on GitHub.
 *
 * Raw HTML in the source is dropped (remark-rehype's default), and the HTML
 * is then passed through rehype-sanitize with GitHub's schema and
 * {@link URL_PROTOCOLS}, so data files cannot inject markup or scripts: a
 * `[x](javascript:alert(1))` link keeps its text and loses its `href`.
 */
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, sanitizeSchema())
  .use(rehypeStringify)
  .freeze();

/**
 * Renders a block of GitHub-flavoured Markdown to HTML.
 *
 * @param markdown Source text, e.g. `"Run **all** tests.\n\n- one\n- two"`.
 * @returns HTML, e.g. `"<p>Run <strong>all</strong> tests.</p>\n<ul>…</ul>"`.
 */
export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown)).trim();
}

/**
 * Renders one line of inline Markdown (emphasis, code, links) to HTML without
 * a wrapping `<p>`, for use inside a table cell, list item or label.
 *
 * @example renderInlineMarkdown('Use `POST` for **create**') // 'Use <code>POST</code> for <strong>create</strong>'
 * @throws {Error} If the text holds block content (a list, heading, table or
 *   several paragraphs), which would not fit inline. The message quotes the
 *   start of the text; the caller adds the file and field.
 */
export function renderInlineMarkdown(markdown: string): string {
  const html = renderMarkdown(markdown);
  const match = /^<p>([\s\S]*)<\/p>$/.exec(html);
  if (html === '') return '';
  if (!match || match[1]!.includes('<p>')) {
    throw new Error(
      `Expected inline Markdown (one paragraph) but got block content in "${markdown.slice(0, 60)}". ` +
        'Remove the list, heading, table or blank line, or move it to a `details` field.',
    );
  }
  return match[1]!;
}

/**
 * Strips Markdown to plain text, for exports and `title` attributes.
 *
 * @example markdownToText('See [the guide](/x/) for **more**') // 'See the guide for more'
 */
export function markdownToText(markdown: string): string {
  return toString(processor.parse(markdown)).replace(/\s+/g, ' ').trim();
}
