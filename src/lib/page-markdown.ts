import type { Element, Root, RootContent } from 'hast';
import type { Root as MdastRoot, RootContent as MdastContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import rehypeParse from 'rehype-parse';
import rehypeRemark, { type Options as RehypeRemarkOptions } from 'rehype-remark';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { readPage } from '../../config/html-stream.ts';

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
 * anchor links, comparisons' controls (option toggles, weights, "Show only
 * differences"), checklists' permalinks and progress bars (all marked
 * `data-pagefind-ignore`). A plain predicate, not CSS selectors: testing
 * every node against a list of selectors with hast-util-select was most of
 * the 12 ms each page took, and every page's copy is made in every build.
 */
const STRIP_TAGS = new Set(['script', 'style', 'template', 'button', 'noscript', 'fieldset']);
const STRIP_PROPERTIES = ['hidden', 'dataJsOnly', 'dataPagefindIgnore'];
const STRIP_CLASSES = ['sl-anchor-link', 'cmp-toolbar'];

function isStripped(node: RootContent): boolean {
  if (node.type === 'comment') return true;
  if (node.type !== 'element') return false;
  if (STRIP_TAGS.has(node.tagName)) return true;
  if (STRIP_PROPERTIES.some((p) => node.properties[p] !== undefined && node.properties[p] !== false))
    return true;
  const classes = node.properties['className'];
  return Array.isArray(classes) && STRIP_CLASSES.some((c) => classes.includes(c));
}

/** Whether an element's `class` lists `name`. */
const hasClass = (node: Element, name: string): boolean => {
  const classes = node.properties['className'];
  return Array.isArray(classes) && classes.includes(name);
};

/**
 * Gives Expressive Code's `<code>` the `language-*` class hast-util-to-mdast
 * reads, and drops its frames' captions ("Terminal window", file names).
 */
function codeLanguages(tree: Root): void {
  visit(tree, 'element', (block: Element) => {
    if (!hasClass(block, 'expressive-code')) return undefined;
    visit(block, 'element', (node: Element) => {
      if (node.tagName === 'figure') {
        node.children = node.children.filter(
          (child) => !(child.type === 'element' && child.tagName === 'figcaption'),
        );
      } else if (node.tagName === 'pre') {
        const code = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
        const language = node.properties['dataLanguage'];
        if (code && typeof language === 'string') code.properties['className'] = [`language-${language}`];
      }
    });
    return SKIP;
  });
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

/** The hast steps both conversions share: controls and furniture out, code languages in, links absolute. */
function cleanHtml(siteUrl: string) {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (isStripped(node as RootContent)) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      return undefined;
    });
    codeLanguages(tree);
    absoluteLinks(siteUrl)(tree);
  };
}

/**
 * The conversion both {@link htmlToMarkdown} and {@link htmlToMarkdownConverter}
 * run: HTML fragment → cleaned hast → mdast (with hast-util-to-mdast's
 * `handlers` added) → GFM Markdown ending in a newline.
 */
async function printHtml(
  html: string,
  siteUrl: string,
  handlers: RehypeRemarkOptions['handlers'] = {},
): Promise<string> {
  const file = await unified()
    .use(rehypeParse, { fragment: true })
    .use(() => cleanHtml(siteUrl))
    .use(rehypeRemark, { handlers })
    .use(remarkGfm)
    .use(remarkStringify, { bullet: '-', rule: '-' })
    .process(html);
  return `${String(file).trim()}\n`;
}

/**
 * @param html The rendered body of a page (no layout), e.g. from Astro's container API.
 * @param siteUrl Origin that root-relative links are resolved against, e.g. `https://handbook.example.com`.
 * @returns GFM Markdown, ending in a newline.
 */
export function htmlToMarkdown(html: string, siteUrl: string): Promise<string> {
  return printHtml(html, siteUrl);
}

/** The element that stands in for a converted block while the rest of a page is converted. */
const BLOCK_TAG = 'handbook-copied-block';

/**
 * Where the top-level custom elements of a page's content are (a `-` in the
 * tag name, as the HTML standard requires of them): the handbook's embedded
 * components, `<check-list>` and `<comparison-table>`, each written out in
 * full wherever a page embeds it.
 *
 * @returns Offsets into `html`, each from the element's `<` to just after its
 *   end tag, in document order.
 */
export function topLevelCustomElements(html: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  let depth = 0;
  let start = -1;
  readPage(html, [
    {
      onopentag(name, _attributes, at) {
        if (depth++ === 0 && name.includes('-')) start = at.start;
      },
      onclosetag(name, at) {
        if (--depth > 0 || start < 0) return;
        // An explicit end tag only: htmlparser2 also closes elements left open at the end.
        if (html.startsWith(`</${name}`, at.start)) found.push({ start, end: at.end + 1 });
        start = -1;
      },
    },
  ]);
  return found;
}

/**
 * {@link htmlToMarkdown} for many pages that embed the same components: a
 * top-level custom element ({@link topLevelCustomElements}) is parsed and
 * turned into Markdown's tree on its own, once for all the pages that hold
 * the same HTML, and that tree is put back in its place before the page is
 * printed. On the bench's 1,000-page handbook, embedded checklists and
 * comparisons were 81% of the HTML the copies converted (5.6 of 7.0 MB on
 * 99 pages); converting the 99 pages took 0.93 s instead of 1.63 s (medians
 * of 5 warm runs, Node 24, 2026-12-04).
 *
 * The Markdown equals {@link htmlToMarkdown}'s when, as in MDX output, the
 * component starts and ends with block content and nothing but whitespace
 * lies between it and its neighbours (a paragraph's loose text next to it
 * would otherwise join the component's first paragraph). Printing is done
 * on the whole page's tree, so lists next to a component stay apart as
 * before (tests/unit/page-markdown.test.ts).
 *
 * @param siteUrl Origin that root-relative links are resolved against.
 * @returns A function from a page's content HTML to GFM Markdown ending in
 *   a newline; it keeps each distinct component's tree for its lifetime.
 */
export function htmlToMarkdownConverter(siteUrl: string): (html: string) => Promise<string> {
  const blocks = new Map<string, Promise<MdastContent[]>>();
  const toTree = unified()
    .use(rehypeParse, { fragment: true })
    .use(() => cleanHtml(siteUrl))
    .use(rehypeRemark);
  const blockTree = (html: string): Promise<MdastContent[]> => {
    let tree = blocks.get(html);
    if (!tree) {
      tree = toTree.run(toTree.parse(html)).then((root) => (root as MdastRoot).children);
      blocks.set(html, tree);
    }
    return tree;
  };
  return async (html) => {
    const found = topLevelCustomElements(html);
    const trees = await Promise.all(found.map(({ start, end }) => blockTree(html.slice(start, end))));
    let page = '';
    let from = 0;
    for (const [i, { start, end }] of found.entries()) {
      page += `${html.slice(from, start)}<${BLOCK_TAG} data-index="${i}"></${BLOCK_TAG}>`;
      from = end;
    }
    page += html.slice(from);
    return printHtml(page, siteUrl, {
      // A copy: the printer may not change nodes, but nothing shared should rely on that.
      [BLOCK_TAG]: (_state, node) => structuredClone(trees[Number(node.properties['dataIndex'])]),
    });
  };
}

/** Starlight's asides (`:::note` … `:::`) and the title each shows when it has no label of its own. */
const ASIDE_TITLES: Record<string, string> = {
  note: 'Note',
  tip: 'Tip',
  caution: 'Caution',
  danger: 'Danger',
};

/** Parses and prints Markdown the way {@link htmlToMarkdown} prints it (GFM, `-` bullets and rules). */
const markdownProcessor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkDirective)
  .use(remarkStringify, { bullet: '-', rule: '-' });

/**
 * A page's Markdown straight from its MDX source, when the source is plain
 * Markdown: the same document {@link htmlToMarkdown} makes from the rendered
 * page (asides as their title and text, root-relative links absolute), for a
 * fifth of the time, as nothing is rendered. Most pages of a large handbook
 * are plain Markdown.
 *
 * @param source The MDX body (no frontmatter).
 * @param siteUrl Origin that root-relative links are resolved against.
 * @returns GFM Markdown ending in a newline, or `undefined` when the source
 *   needs rendering: it imports or exports, holds JSX or HTML (which
 *   Markdown parses as `html`), an `{expression}` outside code, or a
 *   directive that is not one of Starlight's asides.
 */
export function sourceToMarkdown(source: string, siteUrl: string): string | undefined {
  const tree = markdownProcessor.parse(source) as MdastRoot;
  let plain = true;
  visit(tree, (node) => {
    if (
      node.type === 'html' ||
      node.type === 'leafDirective' ||
      node.type === 'textDirective' ||
      (node.type === 'containerDirective' && !ASIDE_TITLES[node.name]) ||
      (node.type === 'text' && /[{}]/.test(node.value)) ||
      (node.type === 'paragraph' && /^(?:import|export)\s/.test(toText(node.children[0])))
    ) {
      plain = false;
      return false;
    }
    return undefined;
  });
  if (!plain) return undefined;
  visit(tree, (node, index, parent) => {
    if (
      (node.type === 'link' || node.type === 'image' || node.type === 'definition') &&
      isRootRelative(node.url)
    ) {
      node.url = new URL(node.url, siteUrl).href;
    }
    if (node.type === 'containerDirective' && parent && index !== undefined) {
      parent.children.splice(index, 1, ...asideContent(node));
      return index;
    }
    return undefined;
  });
  return `${markdownProcessor.stringify(tree).trim()}\n`;
}

/** The text of a leading text node, or ''. */
const toText = (node: MdastContent | undefined): string => (node?.type === 'text' ? node.value : '');

const isRootRelative = (url: string): boolean => url.startsWith('/') && !url.startsWith('//');

/** An aside as the rendered page shows it: its title (the label, or the default), then its content. */
function asideContent(aside: ContainerDirective): MdastContent[] {
  const [first, ...rest] = aside.children;
  const labelled = first?.type === 'paragraph' && first.data?.directiveLabel;
  const title: MdastContent = labelled
    ? { type: 'paragraph', children: first.children }
    : { type: 'paragraph', children: [{ type: 'text', value: ASIDE_TITLES[aside.name]! }] };
  return [title, ...(labelled ? rest : aside.children)];
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
