import type { Element, Root, RootContent } from 'hast';
import { matches, select, selectAll } from 'hast-util-select';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Turns a handbook page's rendered HTML back into Markdown for its `.md`
 * copy and `/llms-full.txt`: the same approach as the `starlight-llms-txt`
 * plugin (HTML → hast → mdast with rehype-remark, then GFM), so every
 * component comes out as what it shows: a checklist's items (which start
 * with a checkbox) as a GFM task list, a comparison as a table, code blocks
 * with their language.
 */

/**
 * Elements that are controls or screen-reader furniture, not content:
 * buttons and scripts, hidden and JavaScript-only parts, Starlight's heading
 * anchor links, comparisons' controls, checklists' permalinks and progress bars (all marked
 * `data-pagefind-ignore`). Simple selectors only: hast-util-select's
 * `matches` takes no combinators.
 */
const STRIP = [
  'script',
  'style',
  'template',
  'button',
  'noscript',
  '[hidden]',
  '[data-js-only]',
  '[data-pagefind-ignore]',
  '.sl-anchor-link',
  // A comparison's option toggles, weights and "Show only differences".
  '.cmp-toolbar',
  'fieldset',
];

/**
 * Gives Expressive Code's `<code>` the `language-*` class hast-util-to-mdast
 * reads, and drops its frames' captions ("Terminal window", file names).
 */
function codeLanguages(tree: Root): void {
  for (const figure of selectAll('.expressive-code figure', tree)) {
    figure.children = figure.children.filter(
      (child) => !(child.type === 'element' && child.tagName === 'figcaption'),
    );
  }
  for (const pre of selectAll('.expressive-code pre', tree)) {
    const code = select('code', pre);
    const language = pre.properties['dataLanguage'];
    if (!code || typeof language !== 'string') continue;
    code.properties['className'] = [`language-${language}`];
  }
}

/** Makes root-relative links and images absolute, so the Markdown still works elsewhere. */
function absoluteLinks(siteUrl: string) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      for (const attribute of ['href', 'src'] as const) {
        const value = node.properties[attribute];
        if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')) {
          node.properties[attribute] = new URL(value, siteUrl).href;
        }
      }
    });
  };
}

/**
 * @param html The rendered body of a page (no layout), e.g. from Astro's container API.
 * @param siteUrl Origin that root-relative links are resolved against, e.g. `https://handbook.example.com`.
 * @returns GFM Markdown, ending in a newline.
 */
export async function htmlToMarkdown(html: string, siteUrl: string): Promise<string> {
  const file = await unified()
    .use(rehypeParse, { fragment: true })
    .use(() => (tree: Root) => {
      visit(tree, (node, index, parent) => {
        if (!parent || index === undefined) return;
        if (node.type === 'comment' || STRIP.some((selector) => matches(selector, node as RootContent))) {
          parent.children.splice(index, 1);
          return [SKIP, index];
        }
        return undefined;
      });
      codeLanguages(tree);
    })
    .use(() => absoluteLinks(siteUrl))
    .use(rehypeRemark)
    .use(remarkGfm)
    .use(remarkStringify, { bullet: '-', rule: '-' })
    .process(html);
  return `${String(file).trim()}\n`;
}

/** A page's front matter as its Markdown copy starts it. */
export interface MarkdownPage {
  title: string;
  description: string;
  /** Absolute URL of the HTML page. */
  url: string;
  ownerName: string;
  /** `YYYY-MM-DD`. */
  lastReviewed: string;
}

/**
 * The whole `.md` copy of a page: the title as the `#` heading, the
 * description as a quote, a source line, then the body.
 */
export function markdownDocument(page: MarkdownPage, body: string): string {
  return [
    `# ${page.title}`,
    '',
    `> ${page.description}`,
    '',
    `Source: ${page.url} · Owned by ${page.ownerName} · Last reviewed ${page.lastReviewed}`,
    '',
    body.trim(),
    '',
  ].join('\n');
}
