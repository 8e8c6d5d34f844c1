import { describe, expect, it } from 'vitest';
import {
  bestOptions,
  normalisedScore,
  rankOptions,
  sortRows,
  weightedTotal,
} from '../../src/lib/comparison-scoring.ts';

const criteria = [
  { id: 'speed', higherIsBetter: true },
  { id: 'cost', higherIsBetter: true },
  { id: 'learning-curve', higherIsBetter: false },
];
const options = [
  { id: 'a', scores: { speed: 5, cost: 1, 'learning-curve': 3 } },
  { id: 'b', scores: { speed: 1, cost: 5, 'learning-curve': 3 } },
  { id: 'c', scores: { speed: 3, cost: 3, 'learning-curve': 1 } },
];

describe('weighted total', () => {
  it('is the weighted mean of the scores on the 1–5 scale', () => {
    expect(weightedTotal(options[0]!.scores, criteria, { speed: 3, cost: 1, 'learning-curve': 0 })).toBe(4);
  });

  it('turns a lower-is-better score round so that 5 stays best', () => {
    expect(normalisedScore(1, criteria[2]!)).toBe(5);
    expect(normalisedScore(5, criteria[2]!)).toBe(1);
    expect(weightedTotal(options[2]!.scores, criteria, { 'learning-curve': 2 })).toBe(5);
  });

  it('leaves out criteria whose weight is zero', () => {
    const withCost = weightedTotal(options[0]!.scores, criteria, { speed: 1, cost: 1 });
    const withoutCost = weightedTotal(options[0]!.scores, criteria, { speed: 1, cost: 0 });
    expect(withCost).toBe(3);
    expect(withoutCost).toBe(5);
  });

  it('has no total when every weight is zero', () => {
    expect(
      weightedTotal(options[0]!.scores, criteria, { speed: 0, cost: 0, 'learning-curve': 0 }),
    ).toBeNull();
  });

  it('rounds to two decimals', () => {
    expect(weightedTotal({ speed: 5, cost: 4 }, criteria, { speed: 1, cost: 2 })).toBe(4.33);
  });
});

describe('ranking', () => {
  it('puts the option with the best weighted total first', () => {
    const ranked = rankOptions(options, criteria, { speed: 5, cost: 1, 'learning-curve': 0 });
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([
      ['a', 1],
      ['c', 2],
      ['b', 3],
    ]);
  });

  it('changes when the weights change', () => {
    const ranked = rankOptions(options, criteria, { speed: 1, cost: 5, 'learning-curve': 0 });
    expect(ranked[0]!.id).toBe('b');
  });

  it('gives tied options the same rank and skips the next one', () => {
    const ranked = rankOptions(options, criteria, { speed: 1, cost: 1, 'learning-curve': 0 });
    // a and b both average 3, as does c: all tie for first.
    expect(ranked.map((r) => r.rank)).toEqual([1, 1, 1]);
    const partial = rankOptions(
      [...options, { id: 'd', scores: { speed: 5, cost: 5, 'learning-curve': 5 } }],
      criteria,
      { speed: 1, cost: 1 },
    );
    expect(partial.map((r) => [r.id, r.rank])).toEqual([
      ['d', 1],
      ['a', 2],
      ['b', 2],
      ['c', 2],
    ]);
  });

  it('uses competition ranking (1, 2, 2, 4), not dense ranking (1, 2, 2, 3)', () => {
    const ranked = rankOptions(
      [
        { id: 'top', scores: { speed: 5 } },
        { id: 'tie-1', scores: { speed: 4 } },
        { id: 'tie-2', scores: { speed: 4 } },
        { id: 'last', scores: { speed: 1 } },
      ],
      [{ id: 'speed', higherIsBetter: true }],
      { speed: 1 },
    );
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([
      ['top', 1],
      ['tie-1', 2],
      ['tie-2', 2],
      ['last', 4],
    ]);
  });

  it('ranks every option first when all weights are zero', () => {
    const ranked = rankOptions(options, criteria, {});
    expect(ranked.map((r) => [r.id, r.total, r.rank])).toEqual([
      ['a', null, 1],
      ['b', null, 1],
      ['c', null, 1],
    ]);
  });
});

describe('best option per criterion', () => {
  it('is the highest score, or the lowest where lower is better', () => {
    expect(bestOptions(options, criteria[0]!)).toEqual(['a']);
    expect(bestOptions(options, criteria[2]!)).toEqual(['c']);
  });

  it('lists every option that ties for best', () => {
    expect(bestOptions(options.slice(0, 2), criteria[2]!)).toEqual(['a', 'b']);
  });
});

describe('sorting rows', () => {
  it('sorts numbers and text in both directions, keeping ties in order', () => {
    const rows = [
      { key: 'x', value: 3 },
      { key: 'y', value: 1 },
      { key: 'z', value: 3 },
    ];
    expect(sortRows(rows, 'ascending')).toEqual(['y', 'x', 'z']);
    expect(sortRows(rows, 'descending')).toEqual(['x', 'z', 'y']);
    const text = [
      { key: 1, value: 'Node 10' },
      { key: 2, value: 'go' },
      { key: 3, value: 'Node 9' },
    ];
    expect(sortRows(text, 'ascending')).toEqual([2, 3, 1]);
  });

  it('puts rows without a value last in either direction', () => {
    const rows = [
      { key: 'none', value: null },
      { key: 'two', value: 2 },
      { key: 'one', value: 1 },
    ];
    expect(sortRows(rows, 'ascending')).toEqual(['one', 'two', 'none']);
    expect(sortRows(rows, 'descending')).toEqual(['two', 'one', 'none']);
  });
});
