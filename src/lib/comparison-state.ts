import { WEIGHT_MAX, WEIGHT_MIN } from './comparison-scoring.ts';

/**
 * The reader's view of one comparison table, kept in the URL query string so
 * a link reproduces it. Parameters are namespaced by the comparison id
 * (`<id>.sort`, `<id>.dir`, `<id>.w`, `<id>.hide`, `<id>.diff`), so two
 * tables on one page keep separate state. Only values that differ from the
 * defaults are written, so the default view has a clean URL.
 *
 * Example: `?backend-stacks.sort=performance&backend-stacks.dir=descending&backend-stacks.w=hiring-pool:5,maturity:0`
 */
export interface ComparisonState {
  /** Column the rows are sorted by: `option`, `total`, or a criterion id; `null` keeps the file's order. */
  sort: string | null;
  direction: 'ascending' | 'descending';
  /** Criterion id → weight 0–5 (whole numbers). Scored comparisons only. */
  weights: Record<string, number>;
  /** Option ids filtered out of the table. */
  hidden: string[];
  /** Hide criteria on which every shown option has the same value. */
  onlyDifferences: boolean;
}

/** What a table allows, to validate state against. */
export interface StateSchema {
  /** Sortable column keys: `option`, `total` (scored only) and the criterion ids. */
  columns: readonly string[];
  optionIds: readonly string[];
  /** Default weight per criterion id; empty for unscored comparisons. */
  defaultWeights: Record<string, number>;
  defaultSort: string | null;
  defaultDirection: 'ascending' | 'descending';
}

/** The view a table opens with when the URL says nothing (or nothing valid). */
export function defaultState(schema: StateSchema): ComparisonState {
  return {
    sort: schema.defaultSort,
    direction: schema.defaultDirection,
    weights: { ...schema.defaultWeights },
    hidden: [],
    onlyDifferences: false,
  };
}

/**
 * Reads one table's state from a query string. Anything invalid (an unknown
 * column or option, a weight outside 0–5 or not a whole number, a bad
 * direction) is ignored field by field and the default used instead; hiding
 * every option is ignored too, as it would leave an empty table.
 */
export function parseState(
  search: string | URLSearchParams,
  id: string,
  schema: StateSchema,
): ComparisonState {
  const params = new URLSearchParams(search);
  const get = (key: string) => params.get(`${id}.${key}`);
  const state = defaultState(schema);

  const sort = get('sort');
  if (sort !== null && schema.columns.includes(sort)) state.sort = sort;
  const dir = get('dir');
  if (dir === 'ascending' || dir === 'descending') state.direction = dir;

  for (const pair of (get('w') ?? '').split(',')) {
    const [criterion = '', value = ''] = pair.split(':');
    const weight = Number(value);
    if (
      criterion in schema.defaultWeights &&
      /^\d$/.test(value) &&
      weight >= WEIGHT_MIN &&
      weight <= WEIGHT_MAX
    ) {
      state.weights[criterion] = weight;
    }
  }

  const hidden = [...new Set((get('hide') ?? '').split(','))].filter((o) => schema.optionIds.includes(o));
  if (hidden.length < schema.optionIds.length) state.hidden = hidden;
  state.onlyDifferences = get('diff') === '1';
  return state;
}

/**
 * Writes one table's state into a query string, leaving other parameters
 * (including other tables' state) untouched and omitting default values.
 *
 * @returns the new query string, with a leading `?`, or `''` when empty.
 */
export function serialiseState(
  state: ComparisonState,
  search: string | URLSearchParams,
  id: string,
  schema: StateSchema,
): string {
  const params = new URLSearchParams(search);
  const set = (key: string, value: string | null) =>
    value === null ? params.delete(`${id}.${key}`) : params.set(`${id}.${key}`, value);
  const defaults = defaultState(schema);

  const sortChanged = state.sort !== defaults.sort || state.direction !== defaults.direction;
  set('sort', sortChanged && state.sort !== null ? state.sort : null);
  set('dir', sortChanged && state.sort !== null ? state.direction : null);
  const weights = Object.entries(state.weights)
    .filter(([c, w]) => defaults.weights[c] !== undefined && defaults.weights[c] !== w)
    .map(([c, w]) => `${c}:${w}`);
  set('w', weights.length > 0 ? weights.join(',') : null);
  set('hide', state.hidden.length > 0 ? state.hidden.join(',') : null);
  set('diff', state.onlyDifferences ? '1' : null);

  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}
