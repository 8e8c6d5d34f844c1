import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildFixture } from './build-fixture.ts';
import { parse } from 'yaml';
import { formatIssues } from '../../src/lib/checked-yaml-file.ts';
import { dataFileIdsIn } from '../../src/lib/data-files.ts';
import { STAGES } from '../../src/schemas/taxonomy.ts';
import {
  workflowStageSchema as stageSchema,
  workflowStagesSchema as stagesSchema,
  type WorkflowStage,
} from '../../src/schemas/workflow-stage.ts';

const FILE = 'content/workflow/stages.yaml';
const CHECKLIST_IDS = dataFileIdsIn(fileURLToPath(new URL('../../content/checklists/', import.meta.url)));
const workflowStagesSchema = stagesSchema(CHECKLIST_IDS);
const workflowStageSchema = stageSchema(CHECKLIST_IDS);
const raw: unknown = parse(readFileSync(new URL(`../../${FILE}`, import.meta.url), 'utf8'));

/** A deep copy of the real data, to break one field at a time. */
function stages(): WorkflowStage[] {
  return structuredClone(raw) as WorkflowStage[];
}

/** Messages zod gives for `data`, formatted as the build prints them. */
function buildMessage(data: unknown): string {
  const result = workflowStagesSchema.safeParse(data);
  expect(result.success, 'the broken data should be rejected').toBe(false);
  return formatIssues(FILE, data, result.error!.issues);
}

describe('the workflow data', () => {
  const parsed = workflowStagesSchema.parse(raw);

  it('holds all six stages, in the order of STAGES', () => {
    expect(parsed.map((s) => s.id)).toEqual([...STAGES]);
  });

  it.each(STAGES)('gives the %s stage tasks for both frontend and backend, and handoffs both ways', (id) => {
    const stage = parsed.find((s) => s.id === id)!;
    expect(stage.frontendTasks.length).toBeGreaterThan(1);
    expect(stage.backendTasks.length).toBeGreaterThan(1);
    expect(stage.handoffs.some((h) => h.from === 'frontend')).toBe(true);
    expect(stage.handoffs.some((h) => h.from === 'backend')).toBe(true);
    expect(stage.checklists.length).toBeGreaterThan(0);
  });
});

describe('the workflow schema', () => {
  it('names a missing stage and says how to add it', () => {
    const data = stages().filter((s) => s.id !== 'testing');
    expect(buildMessage(data)).toMatch(
      /stages\.yaml: \(whole file\): Stage "testing" is missing: add an entry with `id: testing`/,
    );
  });

  it('names the stage and field when a stage has no backend tasks', () => {
    const data = stages();
    data[3]!.backendTasks = [];
    expect(buildMessage(data)).toMatch(
      /\[3\] \(id: testing\) › backendTasks: `backendTasks` is empty: list at least one backend task/,
    );
  });

  it('asks for backend tasks when the field is left out', () => {
    const stage: Partial<WorkflowStage> = stages()[0]!;
    delete stage.backendTasks;
    const result = workflowStageSchema.safeParse(stage);
    expect(result.error?.issues[0]?.path).toEqual(['backendTasks']);
    expect(result.error?.issues[0]?.message).toMatch(/Add `backendTasks`: a list of backend tasks/);
  });

  it('rejects an unknown stage id and lists the allowed ones', () => {
    const data = stages();
    (data[0] as { id: string }).id = 'discovery';
    const message = buildMessage(data);
    expect(message).toMatch(
      /\[0\] \(id: discovery\) › id: Unknown stage id "discovery". Use one of: planning, development/,
    );
  });

  it('rejects a stage listed twice', () => {
    const data = stages();
    data.push(structuredClone(data[1]!));
    expect(buildMessage(data)).toMatch(
      /\[6\] \(id: development\) › id: Stage "development" appears twice: merge the two entries/,
    );
  });

  it('rejects a related checklist id that is not in the shared list', () => {
    const data = stages();
    (data[4]!.checklists as string[]).push('deploy-friday');
    expect(buildMessage(data)).toMatch(
      /\[4\] \(id: deployment\) › checklists › \[\d\]: Unknown checklist id "deploy-friday" in `checklists`: there is no content\/checklists\/deploy-friday\.yaml\. Use one of: [a-z-]+, /,
    );
  });

  it('rejects a handoff from a side to itself', () => {
    const data = stages();
    data[2]!.handoffs[0] = { from: 'backend', to: 'backend', what: 'Nothing useful.' };
    expect(buildMessage(data)).toMatch(
      /\[2\] \(id: integration\) › handoffs › \[0\] › to: A handoff goes between the two sides/,
    );
  });

  it('rejects block Markdown where a line of inline Markdown belongs', () => {
    const data = stages();
    data[0]!.goals[0] = 'First paragraph.\n\nSecond paragraph.';
    expect(buildMessage(data)).toMatch(
      /goals › \[0\]: `goals` must be one line of inline Markdown: remove the list, heading or blank line/,
    );
  });
});

describe('a site with broken workflow data', () => {
  it('fails the build with a message naming the file, the stage, the field and the fix', async () => {
    const error = await buildFixture('bad-workflow');
    expect(error, 'the build should have failed').toBeDefined();
    expect(error!.message).toMatch(
      /content\/workflow\/stages\.yaml: \[0\] \(id: planning\) › backendTasks: `backendTasks` is empty: list at least one backend task/,
    );
  }, 60_000);
});

describe('the checklist ids the workflow data may name', () => {
  it('are the checklist files, so adding a checklist needs no second edit', () => {
    const data = stages();
    data[0]!.checklists = ['no-such-checklist'];
    expect(buildMessage(data)).toMatch(
      /checklists › \[0\]: Unknown checklist id "no-such-checklist" in `checklists`: there is no content\/checklists\/no-such-checklist\.yaml/,
    );
    expect(workflowStagesSchema.safeParse(raw).success).toBe(true);
  });

  it('reject a misspelt field instead of dropping it', () => {
    const data = stages() as unknown as Record<string, unknown>[];
    data[1]!['checklist'] = data[1]!['checklists'];
    expect(buildMessage(data)).toMatch(
      /\[1\] \(id: \w+\): Unknown field `checklist`\. Allowed fields: id, title/,
    );
  });
});
