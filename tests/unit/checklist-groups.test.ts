import { describe, expect, it } from 'vitest';
import { checklistGroups, checklistItems, stageGroup } from '../../src/lib/checklist-groups.ts';
import { checklistSchema } from '../../src/schemas/checklist.ts';

const base = {
  id: 'x',
  title: 'X',
  purpose: 'A checklist that only exists in this test.',
  audience: ['qa'],
  items: [{ id: 'one', text: 'One.' }],
};
/** Titles as the `workflow` collection gives them; not the handbook's, so the test cannot pass by a copy. */
const titles = new Map([['testing', 'Testing and review']]);

describe('stageGroup', () => {
  it("labels a topic checklist with its stage's title and puts an onboarding one under 'Onboarding'", () => {
    expect(stageGroup(checklistSchema.parse({ ...base, stage: 'testing' }), titles)).toEqual({
      value: 'testing',
      label: 'Testing and review',
    });
    expect(stageGroup(checklistSchema.parse({ ...base, kind: 'onboarding' }), titles)).toEqual({
      value: 'onboarding',
      label: 'Onboarding',
    });
  });

  it('names the checklist and stages.yaml when the stage has no title', () => {
    expect(() => stageGroup(checklistSchema.parse({ ...base, stage: 'planning' }), titles)).toThrow(
      'content/checklists/x.yaml: stage "planning" has no entry in content/workflow/stages.yaml.',
    );
  });
});

describe('checklistGroups and checklistItems', () => {
  it('treat a checklist without sections as one untitled group and flatten sections in order', () => {
    const flat = checklistSchema.parse({ ...base, stage: 'testing' });
    expect(checklistGroups(flat)).toEqual([{ items: flat.items }]);
    const sectioned = checklistSchema.parse({
      ...base,
      stage: 'testing',
      items: undefined,
      sections: [
        { title: 'A', items: [{ id: 'a', text: 'A.' }] },
        { title: 'B', items: [{ id: 'b', text: 'B.' }] },
      ],
    });
    expect(checklistItems(sectioned).map((item) => item.id)).toEqual(['a', 'b']);
  });
});
