import { describe, expect, it } from 'vitest';
import {
  defaultState,
  parseState,
  serialiseState,
  type StateSchema,
} from '../../src/lib/comparison-state.ts';

const schema: StateSchema = {
  columns: ['option', 'rank', 'total', 'speed', 'cost'],
  optionIds: ['go', 'rails', 'django'],
  defaultWeights: { speed: 3, cost: 2 },
  defaultSort: 'rank',
  defaultDirection: 'ascending',
};

describe('comparison URL state', () => {
  it('uses the defaults when the query string says nothing', () => {
    expect(parseState('', 'stacks', schema)).toEqual(defaultState(schema));
    expect(serialiseState(defaultState(schema), '', 'stacks', schema)).toBe('');
  });

  it('round-trips a changed view through the query string', () => {
    const state = {
      sort: 'speed',
      direction: 'descending' as const,
      weights: { speed: 0, cost: 5 },
      hidden: ['rails'],
      onlyDifferences: true,
    };
    const query = serialiseState(state, '', 'stacks', schema);
    expect(query).toContain('stacks.sort=speed');
    expect(parseState(query, 'stacks', schema)).toEqual(state);
  });

  it('writes only the weights that differ from the defaults', () => {
    const state = { ...defaultState(schema), weights: { speed: 3, cost: 4 } };
    const params = new URLSearchParams(serialiseState(state, '', 'stacks', schema));
    expect(params.get('stacks.w')).toBe('cost:4');
  });

  it('keeps other tables and other parameters apart', () => {
    const other = '?db.sort=option&db.dir=descending&utm=x';
    const query = serialiseState({ ...defaultState(schema), onlyDifferences: true }, other, 'stacks', schema);
    const params = new URLSearchParams(query);
    expect(params.get('db.sort')).toBe('option');
    expect(params.get('utm')).toBe('x');
    expect(params.get('stacks.diff')).toBe('1');
    expect(parseState(query, 'db', { ...schema, defaultSort: null }).sort).toBe('option');
    expect(parseState(query, 'stacks', schema).sort).toBe('rank');
  });

  it('removes its parameters again when the view returns to the defaults', () => {
    const changed = serialiseState({ ...defaultState(schema), hidden: ['go'] }, '?a=1', 'stacks', schema);
    expect(serialiseState(defaultState(schema), changed, 'stacks', schema)).toBe('?a=1');
  });

  it('ignores invalid values and falls back to the defaults field by field', () => {
    const query =
      '?stacks.sort=nonsense&stacks.dir=sideways&stacks.w=speed:9,cost:-1,ghost:3,speed:x,cost:1.5&stacks.hide=nobody&stacks.diff=yes';
    expect(parseState(query, 'stacks', schema)).toEqual(defaultState(schema));
  });

  it('keeps the valid parts of a partly invalid query', () => {
    const state = parseState('?stacks.sort=cost&stacks.dir=up&stacks.w=speed:9,cost:0', 'stacks', schema);
    expect(state.sort).toBe('cost');
    expect(state.direction).toBe('ascending');
    expect(state.weights).toEqual({ speed: 3, cost: 0 });
  });

  it('ignores a filter that would hide every option', () => {
    expect(parseState('?stacks.hide=go,rails,django', 'stacks', schema).hidden).toEqual([]);
    expect(parseState('?stacks.hide=go,go,rails', 'stacks', schema).hidden).toEqual(['go', 'rails']);
  });
});
