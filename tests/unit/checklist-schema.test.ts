import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dataFileIdsIn } from '../../src/lib/data-files.ts';
import { buildFixture } from './build-fixture.ts';
import { loadChecklists, parseChecklist } from '../../src/lib/load-checklists.ts';
import { checklistSchema } from '../../src/schemas/checklist.ts';

const valid = {
  id: 'release-check',
  title: 'Release check',
  purpose: 'What to confirm before a release goes out.',
  audience: ['pm', 'qa'],
  stage: 'testing',
  items: [
    { id: 'qa-sign-off', text: 'QA has **signed off**.' },
    {
      id: 'rollback-plan',
      text: 'The rollback plan is written.',
      details: 'Include:\n\n- the flag\n- the data',
    },
  ],
};

/** The issues zod reports for a checklist, as `path: message` lines. */
function issues(input: unknown): string[] {
  const result = checklistSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('checklist schema', () => {
  it('accepts a valid checklist and defaults kind to topic', () => {
    const parsed = checklistSchema.parse(valid);
    expect(parsed.kind).toBe('topic');
    expect(parsed.items?.map((i) => i.id)).toEqual(['qa-sign-off', 'rollback-plan']);
  });

  it('accepts an onboarding checklist without a stage, in sections', () => {
    const { stage: _stage, items, ...rest } = valid;
    const parsed = checklistSchema.parse({
      ...rest,
      kind: 'onboarding',
      sections: [{ title: 'Day one', items }],
    });
    expect(parsed.stage).toBeUndefined();
  });

  it('names a duplicate item id and its first use', () => {
    const items = [valid.items[0], { id: 'qa-sign-off', text: 'Again.' }];
    expect(issues({ ...valid, items })).toEqual([
      'items.1.id: Duplicate item id "qa-sign-off" (first used at items.0). Give each item a unique id.',
    ]);
  });

  it('finds duplicate ids across sections', () => {
    const { items: _items, ...rest } = valid;
    const sections = [
      { title: 'A', items: [{ id: 'same', text: 'One.' }] },
      { title: 'B', items: [{ id: 'same', text: 'Two.' }] },
    ];
    expect(issues({ ...rest, sections })).toEqual([
      'sections.1.items.0.id: Duplicate item id "same" (first used at sections.0.items.0). Give each item a unique id.',
    ]);
  });

  it('asks for a missing item id', () => {
    expect(issues({ ...valid, items: [{ text: 'No id.' }] })[0]).toMatch(
      /^items\.0\.id: Add an `id` to the item/,
    );
  });

  it('rejects an item id that is not kebab-case and shows the fix', () => {
    expect(issues({ ...valid, items: [{ id: 'QA_sign off', text: 'x' }] })).toEqual([
      'items.0.id: The item id "QA_sign off" is not kebab-case. Use lowercase letters, digits and single hyphens, e.g. "check-tls-expiry".',
    ]);
  });

  it('rejects an unknown stage and role, listing the allowed ones', () => {
    const found = issues({ ...valid, stage: 'launch', audience: ['wizard'] });
    expect(found).toContain(
      'stage: Unknown stage "launch". Use one of: planning, development, integration, testing, deployment, maintenance.',
    );
    expect(found).toContain(
      'audience.0: Unknown role "wizard". Use one of: frontend, backend, pm, qa, design.',
    );
  });

  it('rejects an empty checklist', () => {
    expect(issues({ ...valid, items: [] })).toEqual([
      'items: The checklist is empty. Add at least one item under `items` (or under a section).',
    ]);
  });

  it('requires a stage for a topic checklist and forbids one for onboarding', () => {
    const { stage: _stage, ...noStage } = valid;
    expect(issues(noStage)[0]).toMatch(/^stage: Add a `stage`/);
    expect(issues({ ...valid, kind: 'onboarding' })).toEqual([
      'stage: Remove `stage`: onboarding checklists belong to no workflow stage.',
    ]);
  });

  it('rejects block Markdown in an item text and points to details', () => {
    const [issue] = issues({ ...valid, items: [{ id: 'list', text: 'Check:\n\n- one\n- two' }] });
    expect(issue).toMatch(/^items\.0\.text: Expected inline Markdown/);
    expect(issue).toMatch(/move it to a `details` field/);
  });

  it('rejects a misspelt field, naming the allowed ones', () => {
    const items = [{ id: 'a', text: 'A.', detials: 'typo' }];
    expect(issues({ ...valid, items })).toEqual([
      'items.0: Unknown field `detials`. Allowed fields: id, text, details, links, minutes.',
    ]);
  });

  it('rejects items and sections together', () => {
    expect(issues({ ...valid, sections: [{ title: 'S', items: [{ id: 'b', text: 'B.' }] }] })).toEqual([
      'sections: Use either `items` or `sections`, not both: move the loose items into a section.',
    ]);
  });
});

describe('checklist files', () => {
  it('names the file, the field and the fix when a file is invalid', () => {
    const yaml =
      'id: broken\ntitle: Broken\npurpose: A checklist with an unknown stage.\naudience: [qa]\nstage: launch\nitems:\n  - id: a\n    text: A.\n';
    expect(() => parseChecklist('content/checklists/broken.yaml', yaml)).toThrow(
      'content/checklists/broken.yaml is not a valid checklist:\n  - stage: Unknown stage "launch".',
    );
  });

  it('rejects an id that does not match the file name', () => {
    const yaml =
      'id: other\ntitle: T\npurpose: The id inside differs from the file.\naudience: [qa]\nstage: testing\nitems:\n  - id: a\n    text: A.\n';
    expect(() => parseChecklist('content/checklists/mine.yaml', yaml)).toThrow(
      'content/checklists/mine.yaml: the id "other" does not match the file name.',
    );
  });

  it('names the file for invalid YAML and for an id that differs from a .yml file name', () => {
    expect(() => parseChecklist('content/checklists/x.yaml', 'id: [')).toThrow(
      /^content\/checklists\/x\.yaml: invalid YAML\./,
    );
    expect(() => parseChecklist('content/checklists/y.yml', JSON.stringify(valid))).toThrow(
      'content/checklists/y.yml: the id "release-check" does not match the file name. ' +
        'Rename the file to release-check.yaml or set `id: y`.',
    );
  });

  it('loads every checklist file the handbook ships', () => {
    const dir = fileURLToPath(new URL('../../content/checklists/', import.meta.url));
    const checklists = loadChecklists(dir);
    expect(checklists.map((c) => c.id)).toEqual(dataFileIdsIn(dir));
  }, 30_000);
});

describe('a site with a broken checklist', () => {
  it('fails the build naming the file, the item and the fix', async () => {
    const error = await buildFixture('bad-checklist');
    expect(error, 'the build should have failed').toBeDefined();
    expect(`${error!.message} ${error!.loc?.file ?? ''}`).toMatch(/duplicate-ids/);
    expect(error!.message).toMatch(/Duplicate item id "run-tests".*Give each item a unique id/);
  }, 60_000);
});
