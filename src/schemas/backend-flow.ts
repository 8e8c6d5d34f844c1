import { z } from 'astro/zod';
import { strictObject } from './common.ts';
import { checklistIdList, inlineText, inlineTextList } from './inline-text.ts';

/**
 * Ids of the backend team's flow, in order. Each id is also the heading
 * anchor on the matching playbook page (/playbook/inputs/, /playbook/process/,
 * /playbook/outputs/), so the diagram can deep-link to it.
 */
export const FLOW_INPUTS = ['research-and-development', 'design', 'product-management'] as const;
export const FLOW_STEPS = [
  'requirement-understanding',
  'feasibility-and-architecture',
  'task-breakdown',
  'api-and-schema-planning',
  'development',
  'review-and-feedback',
  'documentation',
  'release-and-deployment',
] as const;
export const FLOW_OUTPUTS = [
  'api-documentation',
  'staging-endpoints',
  'green-pull-requests',
  'release-notes',
] as const;

/** An enum of fixed ids whose message lists the allowed ones. */
function idOf<const T extends readonly [string, ...string[]]>(ids: T, kind: string) {
  return z.enum(ids, {
    error: (issue) => `Unknown ${kind} id ${JSON.stringify(issue.input)}. Use one of: ${ids.join(', ')}.`,
  });
}

/** What one team must hand the backend team, e.g. design: final screens, validation rules. */
const flowInputSchema = strictObject({
  id: idOf(FLOW_INPUTS, 'input'),
  title: inlineText('title'),
  summary: inlineText('summary'),
  items: inlineTextList('items', 'item the team must hand over'),
});

/** One step of the backend team's process, e.g. "API and schema planning". */
const flowStepSchema = (checklistIds: readonly string[]) =>
  strictObject({
    id: idOf(FLOW_STEPS, 'step'),
    title: inlineText('title'),
    summary: inlineText('summary'),
    activities: inlineTextList('activities', 'activity'),
    checklists: checklistIdList(checklistIds).default([]),
  });

/** One deliverable of the backend team, e.g. green pull requests. */
const flowOutputSchema = (checklistIds: readonly string[]) =>
  strictObject({
    id: idOf(FLOW_OUTPUTS, 'output'),
    title: inlineText('title'),
    summary: inlineText('summary'),
    checklists: checklistIdList(checklistIds).default([]),
  });

/** Checks that `list` holds each id of `expected` once, in that order. */
function requireAll(
  list: readonly { id: string }[],
  expected: readonly string[],
  field: string,
  ctx: z.RefinementCtx,
): void {
  const ids = list.map((item) => item.id);
  for (const id of expected) {
    const count = ids.filter((x) => x === id).length;
    if (count === 0)
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: `\`${field}\` is missing "${id}": add an entry with \`id: ${id}\`.`,
      });
    if (count > 1)
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: `\`${field}\` lists "${id}" ${count} times: keep one.`,
      });
  }
  if (ids.length === expected.length && ids.some((id, i) => id !== expected[i])) {
    ctx.addIssue({
      code: 'custom',
      path: [field],
      message: `Put \`${field}\` in this order: ${expected.join(', ')}.`,
    });
  }
}

/**
 * The backend team's whole flow (content/backend-flow/flow.yaml): inputs from
 * R&D, design and product management; the eight process steps in order; the
 * four outputs. Every fixed id must appear exactly once; unknown (misspelt)
 * fields are errors.
 *
 * @param checklistIds The checklist ids that exist (content/checklists/<id>.yaml).
 */
export const backendFlowSchema = (checklistIds: readonly string[]) =>
  strictObject({
    inputs: z.array(flowInputSchema, { error: 'Add `inputs`: a list of what each team hands over.' }),
    steps: z.array(flowStepSchema(checklistIds), { error: 'Add `steps`: the list of process steps.' }),
    outputs: z.array(flowOutputSchema(checklistIds), { error: 'Add `outputs`: the list of deliverables.' }),
  }).superRefine((flow, ctx) => {
    requireAll(flow.inputs, FLOW_INPUTS, 'inputs', ctx);
    requireAll(flow.steps, FLOW_STEPS, 'steps', ctx);
    requireAll(flow.outputs, FLOW_OUTPUTS, 'outputs', ctx);
  });
export type BackendFlow = z.infer<ReturnType<typeof backendFlowSchema>>;
