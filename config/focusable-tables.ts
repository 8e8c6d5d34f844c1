import type { HastNode, HastPluginDefinition } from 'satteri';

/** Concatenated text of a hast node and its descendants. */
function textOf(node: HastNode): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((child) => textOf(child as HastNode)).join('') : '';
}

/** The text of every `th` under `node`, in document order. */
function headerCells(node: HastNode): string[] {
  if (node.type === 'element' && node.tagName === 'th') return [textOf(node).trim()];
  return 'children' in node ? node.children.flatMap((child) => headerCells(child as HastNode)) : [];
}

/**
 * Sätteri hast plugin that makes every Markdown table keyboard-reachable.
 * Starlight lets a wide table scroll sideways inside itself (`display: block;
 * overflow: auto`); on a phone, keyboard users could not scroll it (WCAG
 * 2.1.1; axe rule `scrollable-region-focusable`). Each `<table>` gets
 * `tabindex="0"` and, unless it has a caption or label, an `aria-label` naming
 * its columns ("Table: Stage, Frontend, Backend") so the tab stop is
 * announced with something meaningful.
 *
 * Tables rendered by components (comparisons, the workflow matrix) are not
 * Markdown and handle this themselves.
 */
export const focusableTables: HastPluginDefinition = {
  name: 'handbook-focusable-tables',
  element: {
    filter: ['table'],
    visit(table) {
      const properties: Record<string, unknown> = { ...table.properties, tabindex: '0' };
      const hasCaption = table.children.some((c) => c.type === 'element' && c.tagName === 'caption');
      if (!hasCaption && !properties['aria-label'] && !properties['aria-labelledby']) {
        const columns = headerCells(table).filter(Boolean).slice(0, 6).join(', ');
        properties['aria-label'] = columns ? `Table: ${columns}` : 'Table';
      }
      return { ...table, properties } as HastNode;
    },
  },
};
