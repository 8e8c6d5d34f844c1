import { describe, expect, it } from 'vitest';
import { sectionAnchor, stageGroup } from '../../src/lib/checklists.ts';
import { checklistSchema } from '../../src/schemas/checklist.ts';
import { parseChecklist } from '../../src/lib/checklists.ts';

const base = {
  id: 'x',
  title: 'X',
  purpose: 'A checklist that only exists in this test.',
  audience: ['qa'],
  items: [{ id: 'one', text: 'One.' }],
};

describe('stageGroup', () => {
  it("groups a topic checklist under its stage and an onboarding one under 'Onboarding'", () => {
    expect(stageGroup(checklistSchema.parse({ ...base, stage: 'testing' }))).toEqual({
      value: 'testing',
      label: 'Testing',
    });
    expect(stageGroup(checklistSchema.parse({ ...base, kind: 'onboarding' }))).toEqual({
      value: 'onboarding',
      label: 'Onboarding',
    });
  });
});

describe('sectionAnchor', () => {
  it('slugs a title and avoids an item id of the same name', () => {
    expect(sectionAnchor('Cookies & sessions', new Set())).toBe('cookies-sessions');
    expect(sectionAnchor('One', new Set(['one']))).toBe('one-section');
  });
});

describe('parseChecklist', () => {
  it('names the file for invalid YAML, schema errors and an id that differs from the file name', () => {
    expect(() => parseChecklist('content/checklists/x.yaml', 'id: [')).toThrow(
      /^content\/checklists\/x\.yaml: invalid YAML\./,
    );
    expect(() => parseChecklist('content/checklists/x.yaml', 'id: x\ntitle: X')).toThrow(
      /content\/checklists\/x\.yaml is not a valid checklist:\n {2}- purpose: /,
    );
    expect(() =>
      parseChecklist('content/checklists/y.yml', JSON.stringify({ ...base, stage: 'testing' })),
    ).toThrow(
      'content/checklists/y.yml: the id "x" does not match the file name. Rename the file to x.yaml or set `id: y`.',
    );
  });
});
