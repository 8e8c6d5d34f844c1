import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { checklistSchema, type ChecklistData, type ChecklistItemData } from '../schemas/checklist.ts';
import { dataFileId } from '../schemas/common.ts';
import type { Role, Stage } from '../schemas/taxonomy.ts';
import type { ChecklistExport } from './checklist-export.ts';
import { hashText } from './checklist-state.ts';
import { dataFiles } from './data-files.ts';
import { markdownToText } from './markdown.ts';

/**
 * Build-time helpers for checklists: paths, flattening, the export shape and
 * a loader for scripts that run outside Astro (the issue-template export).
 * Not for the browser: it pulls in the Markdown pipeline and node:fs.
 */

/** Root-relative path of a checklist page, e.g. `/checklists/security-review/`. */
export function checklistPath(id: string): string {
  return `/checklists/${id}/`;
}

/** A checklist's items grouped by section; a checklist without sections is one untitled group. */
export function checklistGroups(data: ChecklistData): { title?: string; items: ChecklistItemData[] }[] {
  return data.sections ?? [{ items: data.items ?? [] }];
}

/** Every item of a checklist, in order. */
export function checklistItems(data: ChecklistData): ChecklistItemData[] {
  return checklistGroups(data).flatMap((group) => group.items);
}

/**
 * Makes the root-relative targets of inline Markdown links absolute, so an
 * item copied into a ticket still links to the handbook.
 *
 * @example absoluteLinks('See [security](/concepts/security/)', 'https://h.example') // 'See [security](https://h.example/concepts/security/)'
 */
export function absoluteLinks(markdown: string, origin: string): string {
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

/**
 * Parses and validates one checklist file with the same zod schema as the
 * content collection.
 *
 * @param file Path shown in errors, e.g. `content/checklists/security-review.yaml`.
 * @param source The file's YAML text.
 * @throws {Error} Naming the file, each failing field path (e.g.
 *   `items.3.id`) and how to fix it; or if the `id` does not match the file name.
 */
export function parseChecklist(file: string, source: string): ChecklistData {
  let raw: unknown;
  try {
    raw = parseYaml(source);
  } catch (error) {
    throw new Error(`${file}: invalid YAML. ${(error as Error).message}`, { cause: error });
  }
  const result = checklistSchema.safeParse(raw);
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
    throw new Error(`${file} is not a valid checklist:\n${lines.join('\n')}`);
  }
  const expected = dataFileId(basename(file));
  if (result.data.id !== expected) {
    throw new Error(
      `${file}: the id "${result.data.id}" does not match the file name. ` +
        `Rename the file to ${result.data.id}.yaml or set \`id: ${expected}\`.`,
    );
  }
  return result.data;
}

/** Loads and validates every checklist in a folder (see `dataFiles`), sorted by id. Throws on the first invalid file. */
export function loadChecklists(dir: string): ChecklistData[] {
  return dataFiles(dir).map((name) => parseChecklist(join(dir, name), readFileSync(join(dir, name), 'utf8')));
}

/** Display names of the roles in `ROLES` (src/schemas/taxonomy.ts), for filters and badges. */
export const ROLE_LABELS: Record<Role, string> = {
  frontend: 'Frontend',
  backend: 'Backend',
  pm: 'Product manager',
  qa: 'QA',
  design: 'Design',
};

/** Display names of the stages in `STAGES`. */
export const STAGE_LABELS: Record<Stage, string> = {
  planning: 'Planning',
  development: 'Development',
  integration: 'Integration',
  testing: 'Testing',
  deployment: 'Deployment',
  maintenance: 'Maintenance',
};

/** The filter value and label of a checklist's stage; onboarding checklists have their own group. */
export function stageGroup(data: ChecklistData): { value: string; label: string } {
  return data.stage
    ? { value: data.stage, label: STAGE_LABELS[data.stage] }
    : { value: 'onboarding', label: 'Onboarding' };
}

/**
 * A kebab-case anchor for a section heading that cannot collide with an
 * item id of the same checklist (item ids are the items' anchors).
 */
export function sectionAnchor(title: string, itemIds: ReadonlySet<string>): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return itemIds.has(slug) ? `${slug}-section` : slug;
}
