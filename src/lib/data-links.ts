import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * Finds the internal links in parsed YAML data (checklists, comparisons,
 * workflow, backend flow): every root-relative Markdown link or definition
 * in a string, and every `href` field. Pure; src/integrations/data-links.ts
 * checks them against the built pages.
 */

/** One internal link found in a data file. */
export interface DataLink {
  /** Where it is, as a dotted path into the document, e.g. `sections.0.items.3.links.0.href`. */
  field: string;
  /** The link target as written, e.g. `/concepts/security/#csp`. */
  href: string;
}

const parser = unified().use(remarkParse).use(remarkGfm);

/** True for a root-relative link (`/x/`), not a protocol-relative one (`//host/`). */
function isInternal(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//');
}

/** Root-relative link targets in one Markdown string, in order. */
export function markdownLinks(markdown: string): string[] {
  const hrefs: string[] = [];
  visit(parser.parse(markdown), (node) => {
    if ((node.type === 'link' || node.type === 'definition') && 'url' in node) {
      const url = String(node.url);
      if (isInternal(url)) hrefs.push(url);
    }
  });
  return hrefs;
}

/** Every internal link in a parsed YAML document: Markdown links in strings and `href` fields. */
export function internalLinks(data: unknown, field: string[] = []): DataLink[] {
  if (typeof data === 'string') {
    const key = field.at(-1);
    const hrefs = key === 'href' ? (isInternal(data) ? [data] : []) : markdownLinks(data);
    return hrefs.map((href) => ({ field: field.join('.') || '(root)', href }));
  }
  if (data !== null && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => internalLinks(value, [...field, key]));
  }
  return [];
}

/**
 * The path part of an internal link, without `#fragment` or `?query`, e.g.
 * `/concepts/security/#csp` → `/concepts/security/`.
 */
export function linkPath(href: string): string {
  return href.replace(/[?#].*$/, '');
}
