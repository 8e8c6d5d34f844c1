import type { DefaultTreeAdapterMap } from 'parse5';

/**
 * Small helpers over parse5's default tree, for the build steps that read or
 * change every built page (search records, Redoc's search markup, the CSP
 * pass). parse5 parses as browsers do and is fast; richer trees (jsdom, hast
 * with hast-util-select) took seconds per megabyte on the pages of large API
 * specs, where a plain walk takes milliseconds.
 */
export type Element = DefaultTreeAdapterMap['element'];
export type ParentNode = DefaultTreeAdapterMap['parentNode'];

/** The element children of a node, in order. */
export const elementChildren = (node: ParentNode): Element[] =>
  node.childNodes.filter((c): c is Element => 'tagName' in c);

/** An attribute's value, or `undefined` if the element does not have it. */
export const getAttr = (el: Element, name: string): string | undefined =>
  el.attrs.find((a) => a.name === name)?.value;

/** Whether the element has the attribute (with any value). */
export const hasAttr = (el: Element, name: string): boolean => el.attrs.some((a) => a.name === name);

/** Whether the element's `class` lists `name`. */
export const hasClass = (el: Element, name: string): boolean =>
  (getAttr(el, 'class') ?? '').split(/\s+/).includes(name);

/** Sets an attribute, replacing its value if present. */
export function setAttr(el: Element, name: string, value: string): void {
  const attr = el.attrs.find((a) => a.name === name);
  if (attr) attr.value = value;
  else el.attrs.push({ name, value });
}

/** Removes an attribute if present. */
export function removeAttr(el: Element, name: string): void {
  el.attrs = el.attrs.filter((a) => a.name !== name);
}

/** The first element below `node` (not `node` itself), in document order, that `test` accepts. */
export function find(node: ParentNode, test: (el: Element) => boolean): Element | undefined {
  for (const child of elementChildren(node)) {
    if (test(child)) return child;
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

/** Every element below `node` (not `node` itself), in document order, that `test` accepts. */
export function findAll(node: ParentNode, test: (el: Element) => boolean, out: Element[] = []): Element[] {
  for (const child of elementChildren(node)) {
    if (test(child)) out.push(child);
    findAll(child, test, out);
  }
  return out;
}

/** Heading elements, `h1` to `h6`. */
export const isHeading = (el: Element): boolean => /^h[1-6]$/.test(el.tagName);

/**
 * An element's text, as `textContent` gives it, but without the subtrees
 * `skip` accepts, whitespace collapsed.
 */
export function textOf(el: Element | undefined, skip: (el: Element) => boolean = () => false): string {
  if (!el) return '';
  const parts: string[] = [];
  const walk = (node: ParentNode) => {
    for (const child of node.childNodes) {
      if (child.nodeName === '#text') parts.push((child as DefaultTreeAdapterMap['textNode']).value);
      else if ('tagName' in child && !skip(child)) walk(child);
    }
  };
  walk(el);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
