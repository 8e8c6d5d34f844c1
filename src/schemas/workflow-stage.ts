import { z } from 'astro/zod';
import { strictObject } from './common.ts';
import { checklistIdList, inlineText, inlineTextList } from './inline-text.ts';
import { STAGES } from './taxonomy.ts';

/** The two engineering sides a handoff runs between. */
const HANDOFF_SIDES = ['frontend', 'backend'] as const;

const side = z.enum(HANDOFF_SIDES, {
  error: (issue) => `A handoff side must be "frontend" or "backend", not ${JSON.stringify(issue.input)}.`,
});

/** One thing handed from one side to the other, e.g. backend → frontend: "the OpenAPI draft". */
const handoffSchema = strictObject({
  from: side,
  to: side,
  what: inlineText('what'),
}).refine((h) => h.from !== h.to, {
  message: 'A handoff goes between the two sides: set `from` and `to` to different sides.',
  path: ['to'],
});
/**
 * One delivery stage, as written in content/workflow/stages.yaml. Text fields
 * are inline Markdown. `id` must be one of {@link STAGES}; `checklists` holds
 * ids of `checklistIds`. Unknown (misspelt) fields are errors.
 *
 * @param checklistIds The checklist ids that exist (content/checklists/<id>.yaml).
 */
export const workflowStageSchema = (checklistIds: readonly string[]) =>
  strictObject({
    id: z.enum(STAGES, {
      error: (issue) => `Unknown stage id ${JSON.stringify(issue.input)}. Use one of: ${STAGES.join(', ')}.`,
    }),
    title: inlineText('title'),
    summary: inlineText('summary'),
    goals: inlineTextList('goals', 'goal'),
    frontendTasks: inlineTextList('frontendTasks', 'frontend task'),
    backendTasks: inlineTextList('backendTasks', 'backend task'),
    handoffs: z
      .array(handoffSchema, { error: 'Add `handoffs`: a list of { from, to, what } entries.' })
      .min(1, '`handoffs` is empty: list at least one thing one side hands to the other.'),
    entryCriteria: inlineTextList('entryCriteria', 'entry criterion'),
    exitCriteria: inlineTextList('exitCriteria', 'exit criterion'),
    pitfalls: inlineTextList('pitfalls', 'pitfall'),
    checklists: checklistIdList(checklistIds),
  });
export type WorkflowStage = z.infer<ReturnType<typeof workflowStageSchema>>;

/**
 * The whole workflow file: exactly one entry for each of the six {@link STAGES}.
 * Reports a missing stage and a repeated id by name, so the fix is obvious.
 */
export const workflowStagesSchema = (checklistIds: readonly string[]) =>
  z
    .array(workflowStageSchema(checklistIds), {
      error: 'The workflow file must be a YAML list of stages (each starting with "- id:").',
    })
    .superRefine((stages, ctx) => {
      const seen = new Set<string>();
      stages.forEach((stage, i) => {
        if (seen.has(stage.id)) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'id'],
            message: `Stage "${stage.id}" appears twice: merge the two entries into one.`,
          });
        }
        seen.add(stage.id);
      });
      for (const id of STAGES) {
        if (!seen.has(id)) {
          ctx.addIssue({
            code: 'custom',
            path: [],
            message: `Stage "${id}" is missing: add an entry with \`id: ${id}\` (every stage in STAGES needs one).`,
          });
        }
      }
    });
