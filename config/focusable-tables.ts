import { readPage, type PageReader } from './html-stream.ts';

/** Escapes text for a double-quoted HTML attribute value. */
const attribute = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Makes every Markdown table of a built page keyboard-reachable. Starlight
 * lets a wide table scroll sideways inside itself (`display: block;
 * overflow: auto`); on a phone, keyboard users could not scroll it (WCAG
 * 2.1.1; axe rule `scrollable-region-focusable`). Each bare `<table>` (as
 * Markdown renders it: tables of components carry attributes and handle
 * this themselves) gets `tabindex="0"` and, unless it has a caption, an
 * `aria-label` naming its columns ("Table: Stage, Frontend, Backend"), so
 * the tab stop is announced with something meaningful.
 *
 * Runs on the finished HTML in the build's last pass (config/post-build.ts),
 * not as a Markdown plugin: a JavaScript plugin in Astro's Markdown
 * processor (Sätteri) made it hand every page's tree to JavaScript, about
 * 2 ms a page.
 *
 * @param html A built page.
 * @returns The page with its bare tables' start tags extended; the same string if it has none.
 */
export function focusableTables(html: string): string {
  if (!html.includes('<table>')) return html;
  const tables = tablesReader();
  readPage(html, [tables]);
  return tables.apply(html);
}

/**
 * {@link focusableTables} as a step of a pass over the page ({@link readPage}):
 * read the page, then `apply()` the edits to the same page.
 */
export function tablesReader(): PageReader & { apply(html: string): string } {
  const edits: Array<{ at: number; text: string }> = [];
  let table:
    { at: number; depth: number; caption: boolean; headers: string[]; cell?: string | undefined } | undefined;
  return {
    onopentag(name, attributes, at) {
      if (name === 'table') {
        if (table) table.depth++;
        else if (Object.keys(attributes).length === 0)
          table = { at: at.start + '<table'.length, depth: 0, caption: false, headers: [] };
      } else if (table?.depth === 0 && name === 'caption') table.caption = true;
      else if (table?.depth === 0 && name === 'th') table.cell = '';
    },
    ontext(text) {
      if (table?.cell !== undefined) table.cell += text;
    },
    onclosetag(name) {
      if (!table) return;
      if (name === 'th' && table.cell !== undefined) {
        if (table.cell.trim()) table.headers.push(table.cell.trim().replace(/\s+/g, ' '));
        table.cell = undefined;
      } else if (name === 'table' && table.depth-- === 0) {
        const columns = table.headers.slice(0, 6).join(', ');
        const label = table.caption
          ? ''
          : ` aria-label="${attribute(columns ? `Table: ${columns}` : 'Table')}"`;
        edits.push({ at: table.at, text: ` tabindex="0"${label}` });
        table = undefined;
      }
    },
    apply(html) {
      let out = html;
      for (const { at, text } of [...edits].reverse()) out = out.slice(0, at) + text + out.slice(at);
      return out;
    },
  };
}
