import type { ChecklistData } from '../schemas/checklist.ts';
import type { ChecklistExport } from './checklist-export.ts';
import { checklistGroups } from './checklist-groups.ts';
import { checklistPath } from './checklist-paths.ts';
import { hashText } from './checklist-state.ts';
import { markdownToText } from './markdown.ts';

/**
 * Builds the {@link ChecklistExport} shape from checklist data at build
 * time. Kept apart from src/lib/checklist-export.ts, the formatters the
 * browser also loads, because this pulls in the Markdown pipeline.
 */

/**
 * Makes the root-relative targets of inline Markdown links absolute, so an
 * item copied into a ticket still links to the handbook.
 *
 * @example absoluteLinks('See [security](/concepts/security/)', 'https://h.example') // 'See [security](https://h.example/concepts/security/)'
 */
function absoluteLinks(markdown: string, origin: string): string {
  return markdown.replace(/\]\(\//g, `](${origin}/`);
}

/**
 * Reduces a checklist to the shape the exporters use: plain-text items with
 * the {@link hashText} of their Markdown source, and absolute URLs.
 *
 * @param siteUrl The site's origin, e.g. `https://handbook.example.com` (a trailing slash is ignored).
 */
export function toChecklistExport(data: ChecklistData, siteUrl: string): ChecklistExport {
  const origin = siteUrl.replace(/\/$/, '');
  return {
    id: data.id,
    title: data.title,
    purpose: markdownToText(data.purpose),
    url: `${origin}${checklistPath(data.id)}`,
    sections: checklistGroups(data).map((group) => ({
      ...(group.title ? { title: group.title } : {}),
      items: group.items.map((item) => ({
        id: item.id,
        text: markdownToText(item.text),
        markdown: absoluteLinks(item.text, origin),
        hash: hashText(item.text),
      })),
    })),
  };
}
