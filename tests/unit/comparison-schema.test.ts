import { describe, expect, it } from 'vitest';
import { buildFixture } from './build-fixture.ts';
import { comparisonSchema } from '../../src/schemas/comparison.ts';

/** A valid scored comparison: two options, two criteria. Tests break one thing at a time. */
function scored() {
  return {
    title: 'Drinks compared',
    summary: 'Tea and coffee scored on taste and price.',
    assumptions: 'An office kitchen.',
    page: '/choosing/',
    scored: true,
    options: [
      { id: 'tea', label: 'Tea' },
      { id: 'coffee', label: 'Coffee' },
    ],
    criteria: [
      { id: 'taste', label: 'Taste', description: 'How good it tastes.', weight: 3 },
      { id: 'price', label: 'Price', description: 'What a cup costs.', weight: 2, higherIsBetter: false },
    ],
    cells: {
      tea: { taste: { score: 4, rationale: 'Pleasant.' }, price: { score: 1, rationale: 'Cheap.' } },
      coffee: { taste: { score: 5, rationale: 'Very **good**.' }, price: { score: 3, rationale: 'Dearer.' } },
    } as Record<string, Record<string, unknown>>,
    sources: [{ title: 'Example', url: 'https://example.com/' }],
  };
}

/** The issues zod reports, as `path: message` lines. */
function issues(data: unknown): string[] {
  const result = comparisonSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('comparison schema', () => {
  it('rejects a source URL that is not http(s)', () => {
    const data = scored();
    data.sources[0]!.url = 'javascript:alert(1)';
    expect(issues(data)).toEqual([
      'sources.0.url: Give the full `url`, starting with https:// (or http://).',
    ]);
  });

  it('rejects block Markdown in summary, assumptions and criterion descriptions', () => {
    const data = scored();
    data.summary = 'One.\n\nTwo.';
    data.assumptions = '- a list';
    data.criteria[0]!.description = '# A heading';
    expect(issues(data)).toEqual([
      'summary: `summary` must be one line of inline Markdown: remove the list, heading or blank line.',
      'assumptions: `assumptions` must be one line of inline Markdown: remove the list, heading or blank line.',
      'criteria.0.description: `description` must be one line of inline Markdown: remove the list, heading or blank line.',
    ]);
  });

  it('rejects an unknown field, listing the allowed ones', () => {
    const data = { ...scored(), scoring: true };
    expect(issues(data)).toEqual([
      ': Unknown field `scoring`. Allowed fields: title, summary, assumptions, page, scored, options, criteria, cells, sources.',
    ]);
  });

  it('accepts a complete scored comparison and defaults higherIsBetter to true', () => {
    const parsed = comparisonSchema.parse(scored());
    expect(parsed.criteria[0]!.higherIsBetter).toBe(true);
    expect(parsed.criteria[1]!.higherIsBetter).toBe(false);
  });

  it('names the missing cell and how to add it', () => {
    const data = scored();
    delete data.cells['coffee']!['price'];
    expect(issues(data)).toEqual([
      'cells.coffee.price: Cell Coffee × Price is missing; add `cells.coffee.price`.',
    ]);
  });

  it('rejects a score outside 1–5 and says which way to move it', () => {
    const data = scored();
    data.cells['tea']!['taste'] = { score: 6, rationale: 'Too good.' };
    expect(issues(data)).toEqual([
      'cells.tea.taste.score: Scores run from 1 to 5; lower this score to at most 5.',
    ]);
    data.cells['tea']!['taste'] = { score: 0, rationale: 'Awful.' };
    expect(issues(data)[0]).toMatch(/^cells\.tea\.taste\.score: .*raise this score to at least 1/);
  });

  it('rejects an option the comparison does not list', () => {
    const data = scored();
    data.cells['cocoa'] = { taste: { score: 3, rationale: 'Sweet.' } };
    expect(issues(data)).toEqual([
      'cells.cocoa: Unknown option "cocoa"; use one of tea, coffee or add it to `options`.',
    ]);
  });

  it('rejects a criterion the comparison does not list', () => {
    const data = scored();
    data.cells['tea']!['caffeine'] = { score: 2, rationale: 'Some.' };
    expect(issues(data)).toEqual([
      'cells.tea.caffeine: Unknown criterion "caffeine" in option "tea"; use one of taste, price or add it to `criteria`.',
    ]);
  });

  it('asks for a rationale for every score', () => {
    const data = scored();
    data.cells['tea']!['price'] = { score: 1 };
    expect(issues(data)).toEqual([
      'cells.tea.price.rationale: Cell Tea × Price has no `rationale`; explain the score in one line.',
    ]);
  });

  it('asks for default weights and stated assumptions in scored comparisons', () => {
    const data = scored();
    delete (data.criteria[0] as { weight?: number }).weight;
    delete (data as { assumptions?: string }).assumptions;
    expect(issues(data)).toEqual([
      'assumptions: A scored comparison must state the situation its scores assume in `assumptions`.',
      'criteria.0.weight: Give criterion "taste" a default `weight` from 0 to 5.',
    ]);
  });

  it('rejects a cell with block Markdown, naming the cell', () => {
    const data = {
      ...scored(),
      scored: false,
      assumptions: undefined,
      criteria: [{ id: 'taste', label: 'Taste', description: 'How good.' }],
    };
    data.cells = { tea: { taste: 'Good.' }, coffee: { taste: '- a list\n- of things' } };
    expect(issues(data)[0]).toMatch(/^cells\.coffee\.taste: Cell Coffee × Taste: Expected inline Markdown/);
  });
});

describe('a comparison file with a bad score', () => {
  it('fails the build with a message naming the file, the cell and the fix', async () => {
    const error = await buildFixture('bad-comparison');
    expect(error, 'the build should have failed').toBeDefined();
    const text = `${error!.message} ${error!.loc?.file ?? ''}`;
    expect(text).toMatch(/score-too-high/);
    expect(text).toMatch(/cells\.coffee\.taste\.score/);
    expect(text).toMatch(/lower this score to at most 5/);
  }, 90_000);
});
