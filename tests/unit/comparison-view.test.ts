import { describe, expect, it } from 'vitest';
import { comparisonView } from '../../src/lib/comparison-view.ts';
import { comparisonSchema } from '../../src/schemas/comparison.ts';

/** A fixture comparison: expectations below follow from these scores alone. */
const scored = comparisonSchema.parse({
  title: 'Drinks compared',
  summary: 'Tea and coffee scored on taste and price.',
  assumptions: 'An office kitchen.',
  page: '/choosing/',
  scored: true,
  options: [
    { id: 'tea', label: 'Tea' },
    { id: 'coffee', label: 'Coffee' },
    { id: 'water', label: 'Water' },
  ],
  criteria: [
    { id: 'taste', label: 'Taste', description: 'How good it *tastes*.', weight: 3 },
    { id: 'price', label: 'Price', description: 'What a cup costs.', weight: 1, higherIsBetter: false },
  ],
  cells: {
    tea: { taste: { score: 4, rationale: 'Pleasant.' }, price: { score: 1, rationale: 'Cheap.' } },
    coffee: { taste: { score: 5, rationale: 'Very **good**.' }, price: { score: 3, rationale: 'Dearer.' } },
    water: { taste: { score: 1, rationale: 'Plain.' }, price: { score: 1, rationale: 'Free.' } },
  },
  sources: [{ title: 'Example', url: 'https://example.com/' }],
});

describe('comparisonView', () => {
  it('ranks scored rows by default weighted total and marks the best cell per criterion', () => {
    const view = comparisonView(scored);
    expect(view.scored).toBe(true);
    // tea (4×3 + 5×1)/4 = 4.25; coffee (5×3 + 3×1)/4 = 4.5; water (1×3 + 5×1)/4 = 2.
    expect(view.rows.map((r) => [r.id, r.total, r.rank])).toEqual([
      ['coffee', 4.5, 1],
      ['tea', 4.25, 2],
      ['water', 2, 3],
    ]);
    const best = (criterion: number) => view.rows.filter((r) => r.cells[criterion]!.best).map((r) => r.id);
    expect(best(0)).toEqual(['coffee']);
    expect(best(1).sort()).toEqual(['tea', 'water']);
    expect(view.rows[0]!.cells[0]!.html).toBe('Very <strong>good</strong>.');
    expect(view.columns.map((c) => c.id)).toEqual(['taste', 'price']);
  });

  it('keeps an unscored comparison in file order, with text cells and no totals', () => {
    const view = comparisonView(
      comparisonSchema.parse({
        title: 'Formats',
        summary: 'Two formats.',
        page: '/choosing/',
        options: [
          { id: 'json', label: 'JSON' },
          { id: 'xml', label: 'XML' },
        ],
        criteria: [{ id: 'syntax', label: 'Syntax', description: 'What it looks like.' }],
        cells: { json: { syntax: 'Braces, `{}`' }, xml: { syntax: 'Tags' } },
        sources: [{ title: 'Example', url: 'https://example.com/' }],
      }),
    );
    expect(view.scored).toBe(false);
    expect(view.rows.map((r) => [r.id, r.total, r.rank])).toEqual([
      ['json', null, null],
      ['xml', null, null],
    ]);
    expect(view.rows[0]!.cells[0]!.html).toBe('Braces, <code>{}</code>');
  });
});
