/**
 * Weighted scoring and sorting for comparison tables (content/comparisons/).
 * Pure functions shared by the build (Comparison.astro renders the default
 * view) and the browser (src/scripts/comparison-table.ts re-renders it as
 * readers change weights), so both always agree.
 */

/** Lowest and highest score a cell may have, and the range of a weight. */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
export const WEIGHT_MIN = 0;
export const WEIGHT_MAX = 5;

/** What scoring needs to know about a criterion. */
export interface ScoredCriterion {
  id: string;
  /** `false` when a lower score is better (e.g. a steeper learning curve scores higher). */
  higherIsBetter: boolean;
}

/** Scores of one option: criterion id → score 1–5. */
export type OptionScores = Record<string, number>;

/** An option's weighted score and its rank among the options scored together. */
export interface RankedOption {
  id: string;
  /** Weighted mean on the 1–5 scale ("5" is best), or `null` when every weight is 0. */
  total: number | null;
  /** Competition rank ("1224"): tied options share a rank and the next rank is skipped. */
  rank: number;
}

/** A score turned so that 5 is always best: `6 - score` for lower-is-better criteria. */
export function normalisedScore(score: number, criterion: ScoredCriterion): number {
  return criterion.higherIsBetter ? score : SCORE_MIN + SCORE_MAX - score;
}

/**
 * Weighted mean of an option's normalised scores: Σ(weight × score) / Σ weight,
 * rounded to two decimals. Criteria with weight 0 do not count.
 *
 * @param weights criterion id → weight 0–5; a missing id counts as 0.
 * @returns a number from 1 to 5, or `null` if all weights are 0.
 */
export function weightedTotal(
  scores: OptionScores,
  criteria: readonly ScoredCriterion[],
  weights: Record<string, number>,
): number | null {
  let sum = 0;
  let weightSum = 0;
  for (const criterion of criteria) {
    const weight = weights[criterion.id] ?? 0;
    const score = scores[criterion.id];
    if (weight <= 0 || score === undefined) continue;
    sum += weight * normalisedScore(score, criterion);
    weightSum += weight;
  }
  return weightSum === 0 ? null : Math.round((sum / weightSum) * 100) / 100;
}

/**
 * Scores and ranks options, best first, keeping the given order among ties.
 * With every weight at 0 no option is better than another: all rank 1.
 */
export function rankOptions(
  options: readonly { id: string; scores: OptionScores }[],
  criteria: readonly ScoredCriterion[],
  weights: Record<string, number>,
): RankedOption[] {
  const totals = options.map((o) => ({ id: o.id, total: weightedTotal(o.scores, criteria, weights) }));
  const sorted = [...totals].sort((a, b) => (b.total ?? 0) - (a.total ?? 0));
  return sorted.map((o) => ({
    ...o,
    rank: 1 + sorted.filter((p) => (p.total ?? 0) > (o.total ?? 0)).length,
  }));
}

/**
 * Ids of the options with the best normalised score for one criterion (several
 * when tied). Empty when no option has a score.
 */
export function bestOptions(
  options: readonly { id: string; scores: OptionScores }[],
  criterion: ScoredCriterion,
): string[] {
  const scored = options.filter((o) => o.scores[criterion.id] !== undefined);
  if (scored.length === 0) return [];
  const best = Math.max(...scored.map((o) => normalisedScore(o.scores[criterion.id]!, criterion)));
  return scored.filter((o) => normalisedScore(o.scores[criterion.id]!, criterion) === best).map((o) => o.id);
}

/** A value to sort a row by: a number (score, total, rank) or text (names, unscored cells). */
export type SortValue = number | string | null;

/**
 * Orders row keys by their sort values. Numbers before text, `null` (no value)
 * always last in either direction; text compares with the locale collator,
 * numerically ("Node 9" before "Node 10"). Stable: equal values keep the
 * given order.
 */
export function sortRows<K>(
  rows: readonly { key: K; value: SortValue }[],
  direction: 'ascending' | 'descending',
): K[] {
  const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows]
    .sort((a, b) => {
      if (a.value === null || b.value === null) return a.value === b.value ? 0 : a.value === null ? 1 : -1;
      if (typeof a.value === 'number' && typeof b.value === 'number') return sign * (a.value - b.value);
      return sign * collator.compare(String(a.value), String(b.value));
    })
    .map((r) => r.key);
}
