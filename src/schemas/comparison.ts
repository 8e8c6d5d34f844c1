import { z } from 'astro/zod';
import { SCORE_MAX, SCORE_MIN, WEIGHT_MAX, WEIGHT_MIN } from '../lib/comparison-scoring.ts';
import { renderInlineMarkdown } from '../lib/markdown.ts';
import { KEBAB_CASE, strictObject } from './common.ts';
import { inlineText } from './inline-text.ts';

/** Lower-case kebab-case ids, used in URLs (`?backend-stacks.sort=maturity`). */
const id = z
  .string()
  .regex(KEBAB_CASE, 'Use a lower-case kebab-case id such as `spring-boot` (letters, digits, hyphens).');

/** Cell text: one line of inline Markdown, checked where the cell is known (see the superRefine below). */
const inline = z.string().trim().min(1, 'Write some text here; it must not be empty.');

const option = strictObject({
  id,
  /** Row heading, e.g. "Java / Spring Boot". */
  label: z.string().min(1),
});

const criterion = strictObject({
  id,
  /** Column heading, e.g. "Hiring pool". */
  label: z.string().min(1),
  /** What the criterion measures, in one sentence (inline Markdown). Shown under the table. */
  description: inlineText('description'),
  /** Default weight 0–5 (scored comparisons only): how much the criterion counts in the total. */
  weight: z
    .number()
    .int()
    .min(WEIGHT_MIN, `A weight is a whole number from ${WEIGHT_MIN} to ${WEIGHT_MAX}.`)
    .max(WEIGHT_MAX, `A weight is a whole number from ${WEIGHT_MIN} to ${WEIGHT_MAX}.`)
    .optional(),
  /** `false` when a lower score is better (scored comparisons only). Defaults to `true`. */
  higherIsBetter: z.boolean().default(true),
});

/** A scored cell: score 1–5 and a one-line rationale (inline Markdown) that is also the cell's text. */
const scoredCell = strictObject({
  score: z
    .number({ error: `Give a \`score\` from ${SCORE_MIN} to ${SCORE_MAX}.` })
    .int(`Scores are whole numbers from ${SCORE_MIN} to ${SCORE_MAX}.`)
    .min(
      SCORE_MIN,
      `Scores run from ${SCORE_MIN} to ${SCORE_MAX}; raise this score to at least ${SCORE_MIN}.`,
    )
    .max(
      SCORE_MAX,
      `Scores run from ${SCORE_MIN} to ${SCORE_MAX}; lower this score to at most ${SCORE_MAX}.`,
    ),
  rationale: inline.optional(),
});

/**
 * A comparison table, one YAML file per comparison in content/comparisons/
 * (the file name is the id used by `<Comparison id="…" />`).
 *
 * - `options` become rows, `criteria` columns; `cells[option][criterion]` is
 *   every cell, none missing.
 * - Unscored comparisons (`scored: false`): each cell is inline Markdown text.
 * - Scored comparisons (`scored: true`): each cell is `{ score: 1–5, rationale }`
 *   and each criterion has a default `weight` 0–5; 5 is best unless the
 *   criterion says `higherIsBetter: false`.
 * - `sources`: where the facts come from (title and URL), at least one.
 *
 * Errors name the cell ("Go × Performance"), the field and the fix; Astro
 * adds the file name.
 */
export const comparisonSchema = strictObject({
  /** Table caption, e.g. "Backend stacks compared". */
  title: z.string().min(1),
  /** One or two sentences shown above the table (inline Markdown): what is compared and how to read it. */
  summary: inlineText('summary'),
  /** For scored comparisons: the situation the scores assume (inline Markdown). */
  assumptions: inlineText('assumptions').optional(),
  /** The handbook page the comparison belongs on, root-relative with a trailing slash, e.g. `/choosing/backend/`. */
  page: z
    .string()
    .regex(
      /^\/([a-z0-9-]+\/)*$/,
      'Give `page` as a root-relative path with a trailing slash, e.g. `/choosing/backend/`.',
    ),
  scored: z.boolean().default(false),
  options: z.array(option).min(2, 'A comparison needs at least two options.'),
  criteria: z.array(criterion).min(1, 'Add at least one criterion.'),
  cells: z.record(z.string(), z.record(z.string(), z.union([inline, scoredCell]))),
  sources: z
    .array(
      strictObject({
        title: z.string().min(1),
        url: z.httpUrl('Give the full `url`, starting with https:// (or http://).'),
      }),
    )
    .min(1, 'List at least one source (title and url) for the facts in the table.'),
}).superRefine((data, ctx) => {
  const optionIds = data.options.map((o) => o.id);
  const criterionIds = data.criteria.map((c) => c.id);
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message });

  for (const [list, ids] of [
    ['options', optionIds],
    ['criteria', criterionIds],
  ] as const) {
    ids.forEach((x, i) => {
      if (ids.indexOf(x) !== i) issue([list, i, 'id'], `Duplicate id "${x}"; give each entry its own id.`);
    });
  }
  if (data.scored && data.assumptions === undefined) {
    issue(
      ['assumptions'],
      'A scored comparison must state the situation its scores assume in `assumptions`.',
    );
  }
  data.criteria.forEach((c, i) => {
    if (data.scored && c.weight === undefined) {
      issue(['criteria', i, 'weight'], `Give criterion "${c.id}" a default \`weight\` from 0 to 5.`);
    }
    if (!data.scored && (c.weight !== undefined || !c.higherIsBetter)) {
      issue(
        ['criteria', i],
        `Remove \`weight\` and \`higherIsBetter\` from "${c.id}", or set \`scored: true\`.`,
      );
    }
  });

  for (const [optionId, row] of Object.entries(data.cells)) {
    if (!optionIds.includes(optionId)) {
      issue(
        ['cells', optionId],
        `Unknown option "${optionId}"; use one of ${optionIds.join(', ')} or add it to \`options\`.`,
      );
      continue;
    }
    for (const criterionId of Object.keys(row)) {
      if (!criterionIds.includes(criterionId)) {
        issue(
          ['cells', optionId, criterionId],
          `Unknown criterion "${criterionId}" in option "${optionId}"; use one of ${criterionIds.join(', ')} or add it to \`criteria\`.`,
        );
      }
    }
  }

  for (const o of data.options) {
    for (const c of data.criteria) {
      const cell = data.cells[o.id]?.[c.id];
      const where = `Cell ${o.label} × ${c.label}`;
      const path = ['cells', o.id, c.id];
      if (cell === undefined) {
        issue(path, `${where} is missing; add \`cells.${o.id}.${c.id}\`.`);
      } else if (data.scored && typeof cell === 'string') {
        issue(path, `${where} needs \`score\` (1–5) and \`rationale\` in a scored comparison.`);
      } else if (data.scored && typeof cell !== 'string' && cell.rationale === undefined) {
        issue([...path, 'rationale'], `${where} has no \`rationale\`; explain the score in one line.`);
      } else if (!data.scored && typeof cell !== 'string') {
        issue(
          path,
          `${where} is scored but the comparison is not; write plain text or set \`scored: true\`.`,
        );
      }
      const text = typeof cell === 'string' ? cell : cell?.rationale;
      if (text !== undefined) {
        try {
          renderInlineMarkdown(text);
        } catch (e) {
          issue(path, `${where}: ${(e as Error).message}`);
        }
      }
    }
  }
});

/** A comparison as validated, before rendering. */
export type ComparisonData = z.infer<typeof comparisonSchema>;
