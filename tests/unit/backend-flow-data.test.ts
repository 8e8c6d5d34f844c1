import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatIssues } from '../../src/lib/checked-yaml-file.ts';
import { dataFileIdsIn } from '../../src/lib/data-files.ts';
import {
  backendFlowSchema as flowSchema,
  FLOW_INPUTS,
  FLOW_OUTPUTS,
  FLOW_STEPS,
  type BackendFlow,
} from '../../src/schemas/backend-flow.ts';

const FILE = 'content/backend-flow/flow.yaml';
const backendFlowSchema = flowSchema(
  dataFileIdsIn(fileURLToPath(new URL('../../content/checklists/', import.meta.url))),
);
const raw = parse(readFileSync(new URL(`../../${FILE}`, import.meta.url), 'utf8')) as { backend: unknown };

/** A deep copy of the real flow, to break one field at a time. */
function flow(): BackendFlow {
  return structuredClone(raw.backend) as BackendFlow;
}

/** The message the build prints for a broken flow. */
function buildMessage(data: unknown): string {
  const result = backendFlowSchema.safeParse(data);
  expect(result.success, 'the broken flow should be rejected').toBe(false);
  return formatIssues(FILE, data, result.error!.issues);
}

describe('the backend flow data', () => {
  const parsed = backendFlowSchema.parse(raw.backend);

  it('holds what R&D, design and product management hand over', () => {
    expect(parsed.inputs.map((i) => i.id)).toEqual([...FLOW_INPUTS]);
    for (const input of parsed.inputs) expect(input.items.length).toBeGreaterThan(0);
  });

  it('holds every process step of FLOW_STEPS, in order', () => {
    expect(parsed.steps.map((s) => s.id)).toEqual([...FLOW_STEPS]);
  });

  it('holds the four outputs', () => {
    expect(parsed.outputs.map((o) => o.id)).toEqual([...FLOW_OUTPUTS]);
  });
});

describe('the backend flow schema', () => {
  it('names a missing step and how to add it', () => {
    const data = flow();
    data.steps = data.steps.filter((s) => s.id !== 'documentation');
    expect(buildMessage(data)).toMatch(
      /flow\.yaml: steps: `steps` is missing "documentation": add an entry with `id: documentation`/,
    );
  });

  it('asks for the steps in order', () => {
    const data = flow();
    data.steps.reverse();
    expect(buildMessage(data)).toMatch(
      /steps: Put `steps` in this order: requirement-understanding, feasibility-and-architecture/,
    );
  });

  it('names an input with nothing to hand over', () => {
    const data = flow();
    data.inputs[1]!.items = [];
    expect(buildMessage(data)).toMatch(
      /inputs › \[1\] \(id: design\) › items: `items` is empty: list at least one item/,
    );
  });

  it('rejects an unknown output id', () => {
    const data = flow();
    (data.outputs[0] as { id: string }).id = 'slides';
    expect(buildMessage(data)).toMatch(
      /outputs › \[0\] \(id: slides\) › id: Unknown output id "slides". Use one of: api-documentation/,
    );
  });

  it('rejects a misspelt field instead of dropping it', () => {
    const data = flow() as unknown as { steps: Record<string, unknown>[] };
    data.steps[2]!['checklist'] = ['security-review'];
    expect(buildMessage(data)).toMatch(
      /steps › \[2\] \(id: task-breakdown\): Unknown field `checklist`\. Allowed fields: id, title, summary, activities, checklists/,
    );
  });

  it('rejects a checklist id that has no file in content/checklists/', () => {
    const data = flow();
    data.steps[0]!.checklists = ['definition-of-done' as never];
    expect(buildMessage(data)).toMatch(
      /steps › \[0\] \(id: requirement-understanding\) › checklists › \[0\]: Unknown checklist id "definition-of-done"/,
    );
  });
});
