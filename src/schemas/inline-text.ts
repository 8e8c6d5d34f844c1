import { z } from 'astro/zod';
import { renderInlineMarkdown } from '../lib/markdown.ts';

/**
 * One line of inline Markdown (emphasis, `code`, links) from a data file, as
 * rendered by {@link renderInlineMarkdown}. Rejects empty strings and block
 * content (lists, headings, blank lines), naming the field and the fix.
 *
 * @param field The YAML field name, quoted in messages, e.g. `backendTasks`.
 */
export function inlineText(field: string) {
  return z
    .string({ error: `\`${field}\` must be a line of text (inline Markdown).` })
    .trim()
    .min(1, `\`${field}\` is empty: write the text or remove the line.`)
    .superRefine((text, ctx) => {
      try {
        renderInlineMarkdown(text);
      } catch {
        ctx.addIssue({
          code: 'custom',
          message: `\`${field}\` must be one line of inline Markdown: remove the list, heading or blank line.`,
        });
      }
    });
}

/**
 * A non-empty list of {@link inlineText} items.
 *
 * @param field The YAML field name, e.g. `frontendTasks`.
 * @param what What one item is, for the message, e.g. `frontend task`.
 */
export function inlineTextList(field: string, what: string) {
  return z
    .array(inlineText(field), {
      error: `Add \`${field}\`: a list of ${what}s, one per line starting with "- ".`,
    })
    .min(1, `\`${field}\` is empty: list at least one ${what}.`);
}

/**
 * A list of related checklist ids, each one of `checklistIds` (the file
 * names in content/checklists/, read by `dataFileIdsIn()` in
 * src/lib/data-files.ts), with no repeats. Empty is allowed; an unknown id
 * names the allowed ones.
 */
export function checklistIdList(checklistIds: readonly string[]) {
  return z
    .array(
      z.string().refine((id) => checklistIds.includes(id), {
        error: (issue) =>
          `Unknown checklist id ${JSON.stringify(issue.input)} in \`checklists\`: there is no content/checklists/${String(issue.input)}.yaml. Use one of: ${checklistIds.join(', ')}.`,
      }),
    )
    .superRefine((ids, ctx) => {
      ids.forEach((id, i) => {
        if (ids.indexOf(id) !== i) {
          ctx.addIssue({
            code: 'custom',
            path: [i],
            message: `Checklist "${id}" is listed twice in \`checklists\`: remove one.`,
          });
        }
      });
    });
}
