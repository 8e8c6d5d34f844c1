import type { ComparisonData } from '../schemas/comparison.ts';
import { bestOptions, rankOptions, type OptionScores } from './comparison-scoring.ts';
import { markdownToText, renderInlineMarkdown } from './markdown.ts';

/** One column of the table: a criterion, with its description and default weight rendered. */
export interface ViewColumn {
  id: string;
  label: string;
  descriptionHtml: string;
  /** Default weight 0–5, or `null` in unscored comparisons. */
  weight: number | null;
  higherIsBetter: boolean;
}

/** One cell: its HTML, the value it sorts by, and whether it is the best in its column. */
export interface ViewCell {
  criterionId: string;
  html: string;
  /** Score 1–5 in scored comparisons, plain text otherwise. */
  value: number | string;
  best: boolean;
}

/** One row: an option, its cells in column order and (scored) its default total and rank. */
export interface ViewRow {
  id: string;
  label: string;
  cells: ViewCell[];
  total: number | null;
  rank: number | null;
}

/** Everything Comparison.astro needs to render a table in its default view. */
export interface ComparisonView {
  scored: boolean;
  columns: ViewColumn[];
  /** Best first when scored (by default weights); in file order otherwise. */
  rows: ViewRow[];
}

/**
 * Turns a validated comparison into the default view: inline Markdown
 * rendered to HTML (src/lib/markdown.ts), default weighted totals and ranks,
 * the best option per criterion marked, rows sorted by rank.
 *
 * @throws {Error} from renderInlineMarkdown on block Markdown; the schema
 *   rejects that earlier with the file and cell.
 */
export function comparisonView(data: ComparisonData): ComparisonView {
  const columns: ViewColumn[] = data.criteria.map((c) => ({
    id: c.id,
    label: c.label,
    descriptionHtml: renderInlineMarkdown(c.description),
    weight: data.scored ? (c.weight ?? 0) : null,
    higherIsBetter: c.higherIsBetter,
  }));
  const scores = data.options.map((o) => {
    const row: OptionScores = {};
    for (const c of data.criteria) {
      const cell = data.cells[o.id]?.[c.id];
      if (typeof cell === 'object') row[c.id] = cell.score;
    }
    return { id: o.id, scores: row };
  });
  const weights = Object.fromEntries(columns.map((c) => [c.id, c.weight ?? 0]));
  const ranked = data.scored ? rankOptions(scores, data.criteria, weights) : [];
  const best = new Map(data.criteria.map((c) => [c.id, data.scored ? bestOptions(scores, c) : []]));

  const rows: ViewRow[] = data.options.map((o) => {
    const rank = ranked.find((r) => r.id === o.id);
    return {
      id: o.id,
      label: o.label,
      total: rank?.total ?? null,
      rank: rank?.rank ?? null,
      cells: data.criteria.map((c) => {
        const cell = data.cells[o.id]![c.id]!;
        const text = typeof cell === 'string' ? cell : (cell.rationale ?? '');
        return {
          criterionId: c.id,
          html: renderInlineMarkdown(text),
          value: typeof cell === 'string' ? markdownToText(cell) : cell.score,
          best: best.get(c.id)!.includes(o.id),
        };
      }),
    };
  });
  if (data.scored) rows.sort((a, b) => a.rank! - b.rank!);
  return { scored: data.scored, columns, rows };
}
