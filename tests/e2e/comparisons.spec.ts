import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { parse } from 'yaml';
import {
  normalisedScore,
  rankOptions,
  sortRows,
  type OptionScores,
} from '../../src/lib/comparison-scoring.ts';
import { comparisonView } from '../../src/lib/comparison-view.ts';
import { dataFiles } from '../../src/lib/data-files.ts';
import { markdownToText } from '../../src/lib/markdown.ts';
import { comparisonSchema } from '../../src/schemas/comparison.ts';
import { axeViolations, expect, test, useTheme } from './test-utils.ts';

/*
 * The comparison table (src/components/Comparison.astro) and its custom
 * element (src/scripts/comparison-table.ts), on the stand-alone page of the
 * first scored comparison in content/comparisons/. Every expectation (row
 * order, ranks, totals, the cells that differ) is computed from that YAML
 * with the site's own scoring functions (src/lib/comparison-scoring.ts), so
 * re-scoring a cell or adding an option does not break these tests. Where a
 * test needs the data to have a certain shape, it says so when the shape is
 * missing instead of passing without checking anything.
 */
const DIR = fileURLToPath(new URL('../../content/comparisons/', import.meta.url));
const comparisons = dataFiles(DIR).map((name) => ({
  id: name.replace(/\.ya?ml$/, ''),
  data: comparisonSchema.parse(parse(readFileSync(`${DIR}${name}`, 'utf8'))),
}));
const scored = comparisons.find((c) => c.data.scored);
if (!scored)
  throw new Error('content/comparisons/ has no scored comparison (`scored: true`) to test the table on');
const ID = scored.id;
const DATA = scored.data;
const PAGE = `/comparisons/${ID}/`;
const OPTIONS = DATA.options;
const CRITERIA = DATA.criteria;
const VIEW = comparisonView(DATA);

type Criterion = (typeof CRITERIA)[number];
type Option = (typeof OPTIONS)[number];

/** An option's raw score for a criterion, as in the YAML. */
const score = (option: Option, criterion: Criterion): number => {
  const cell = DATA.cells[option.id]![criterion.id]!;
  if (typeof cell !== 'object') throw new Error(`${ID}: cell ${option.id} × ${criterion.id} has no score`);
  return cell.score;
};
const labelOf = (id: string): string => OPTIONS.find((o) => o.id === id)!.label;
/** Option labels in the default ranking: the order the build renders the rows in. */
const DEFAULT_ORDER = VIEW.rows.map((r) => r.label);
/**
 * The options in the order the table's script starts from, which is the
 * rendered order: it reads the option ids from the rows, so among ties a sort
 * or a re-ranking keeps the default ranking's order. (The script's comment
 * says "the file's order"; it is the rendered one.)
 */
const RENDERED = VIEW.rows.map((r) => OPTIONS.find((o) => o.id === r.id)!);
const scoresOf = (options: readonly Option[]): { id: string; scores: OptionScores }[] =>
  options.map((o) => ({ id: o.id, scores: Object.fromEntries(CRITERIA.map((c) => [c.id, score(o, c)])) }));
/** The direction a column sorts in on its first click: best first for scores. */
const firstDirection = (c: Criterion) => (c.higherIsBetter ? 'descending' : 'ascending');
/** Option labels sorted by one criterion's scores, as the table sorts them. */
const sortedBy = (c: Criterion, direction: 'ascending' | 'descending'): string[] =>
  sortRows(
    RENDERED.map((o) => ({ key: o.label, value: score(o, c) })),
    direction,
  );
/** Option ids, totals and ranks, best first, for the given weights, as the table ranks them. */
const ranked = (weights: Record<string, number>) => rankOptions(scoresOf(RENDERED), CRITERIA, weights);

const table = (page: Page) => page.locator(`comparison-table[data-id="${ID}"]`);
/** A column header by its key: `option`, `rank`, `total` or a criterion id. */
const header = (page: Page, key: string) => table(page).locator(`thead th[data-key="${key}"]`);
/** Row headings of the visible rows, top to bottom. */
const rowOrder = (page: Page) => table(page).locator('tbody tr:not([hidden]) th').allInnerTexts();
const weight = (page: Page, c: Criterion) =>
  table(page).getByRole('spinbutton', { name: c.label, exact: true });
const optionBox = (page: Page, o: Option) =>
  table(page).getByRole('checkbox', { name: o.label, exact: true });

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard-only reader would. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error('Tab never reached the target');
}

test.describe('comparison table', () => {
  test('sorts rows by a column and keeps aria-sort in step', async ({ page }) => {
    // A column whose best-first order differs from the default ranking, so a sort is visible.
    const column = CRITERIA.find(
      (c) => sortedBy(c, firstDirection(c)).join('\n') !== DEFAULT_ORDER.join('\n'),
    );
    expect(column, `${ID}: needs a criterion whose order differs from the ranking`).toBeDefined();
    const c = column!;
    const first = firstDirection(c);
    const second = first === 'descending' ? 'ascending' : 'descending';

    await page.goto(PAGE);
    await expect(header(page, 'rank')).toHaveAttribute('aria-sort', 'ascending');
    expect(await rowOrder(page)).toEqual(DEFAULT_ORDER);

    await header(page, c.id).getByRole('button').click();
    await expect(header(page, c.id)).toHaveAttribute('aria-sort', first);
    await expect(header(page, 'rank')).not.toHaveAttribute('aria-sort', /.*/);
    expect(await rowOrder(page)).toEqual(sortedBy(c, first));

    await header(page, c.id).getByRole('button').click();
    await expect(header(page, c.id)).toHaveAttribute('aria-sort', second);
    expect(await rowOrder(page)).toEqual(sortedBy(c, second));
    const scores = await table(page)
      .locator(`tbody tr td[data-key="${c.id}"]`)
      .evaluateAll((tds) => tds.map((td) => Number((td as HTMLElement).dataset['value'])));
    expect(scores).toEqual([...scores].sort((a, b) => (second === 'ascending' ? a - b : b - a)));
  });

  test('re-ranks the options as the weights change', async ({ page }) => {
    // A criterion that, weighted alone, puts another option first than the default weights do.
    const only = (c: Criterion) => Object.fromEntries(CRITERIA.map((x) => [x.id, x.id === c.id ? 5 : 0]));
    const c = CRITERIA.find((x) => ranked(only(x))[0]!.id !== VIEW.rows[0]!.id);
    expect(c, `${ID}: needs a criterion that, weighted alone, changes who ranks first`).toBeDefined();
    const expected = ranked(only(c!));
    const top = expected[0]!;

    await page.goto(PAGE);
    const firstRow = table(page).locator('tbody tr').first();
    await expect(firstRow.locator('th')).toHaveText(DEFAULT_ORDER[0]!);

    await table(page).getByText('Options and weights').click();
    for (const input of await table(page).locator('[data-weight-input]').all()) await input.fill('0');
    await weight(page, c!).fill('5');

    await expect(firstRow.locator('th')).toHaveText(labelOf(top.id));
    expect(await rowOrder(page)).toEqual(expected.map((r) => labelOf(r.id)));
    await expect(firstRow.locator('td[data-key="rank"]')).toHaveText('1');
    await expect(firstRow.locator('td[data-key="total"]')).toHaveText(top.total!.toFixed(2));
    await expect(header(page, c!.id).locator('[data-weight-value]')).toHaveText('5');
    await expect(table(page).getByRole('status')).toHaveText(
      `Ranked first: ${labelOf(top.id)}, weighted score ${top.total!.toFixed(2)} of 5.`,
    );
  });

  test('reproduces the view from its URL after a reload', async ({ page }) => {
    const sortBy = CRITERIA.at(-2) ?? CRITERIA[0]!;
    const zeroed = CRITERIA.at(-1)!;
    const hidden = OPTIONS.at(-1)!;
    await page.goto(PAGE);
    await header(page, sortBy.id).getByRole('button').click();
    await table(page).getByText('Options and weights').click();
    await optionBox(page, hidden).uncheck();
    await weight(page, zeroed).fill('0');
    await table(page).getByRole('checkbox', { name: 'Show only differences' }).check();
    await expect(page).toHaveURL(new RegExp(`${ID}\\.sort=${sortBy.id}`));
    const order = await rowOrder(page);
    const url = page.url();

    await page.reload();
    expect(page.url()).toBe(url);
    // A view with filters or changed weights opens the panel, so the reader sees why.
    await expect(table(page).locator('details:has(fieldset)')).toHaveAttribute('open');
    await expect(header(page, sortBy.id)).toHaveAttribute('aria-sort', firstDirection(sortBy));
    expect(await rowOrder(page)).toEqual(order);
    expect(order).toEqual(sortedBy(sortBy, firstDirection(sortBy)).filter((l) => l !== hidden.label));
    await expect(table(page).locator(`tr[data-option="${hidden.id}"]`)).toBeHidden();
    await expect(weight(page, zeroed)).toHaveValue('0');
    await expect(header(page, zeroed.id).locator('[data-weight-value]')).toHaveText('0');
    await expect(table(page).getByRole('checkbox', { name: 'Show only differences' })).toBeChecked();

    await table(page).getByRole('button', { name: 'Reset view' }).click();
    await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
    await expect(header(page, 'rank')).toHaveAttribute('aria-sort', 'ascending');
    await expect(table(page).locator('tbody tr:not([hidden])')).toHaveCount(OPTIONS.length);
    expect(await rowOrder(page)).toEqual(DEFAULT_ORDER);
  });

  test('ignores invalid state in the URL and shows the defaults', async ({ page, consoleErrors }) => {
    const c = CRITERIA[0]!;
    await page.goto(`${PAGE}?${ID}.sort=bogus&${ID}.w=${c.id}:9&${ID}.hide=nobody`);
    await expect(header(page, 'rank')).toHaveAttribute('aria-sort', 'ascending');
    await expect(table(page).locator('tbody tr:not([hidden])')).toHaveCount(OPTIONS.length);
    await expect(table(page).locator(`[data-weight-input="${c.id}"]`)).toHaveValue(String(c.weight));
    await expect(table(page).locator('details:has(fieldset)')).not.toHaveAttribute('open');
    expect(await rowOrder(page)).toEqual(DEFAULT_ORDER);
    expect(consoleErrors).toEqual([]);
  });

  test('hides criteria on which the shown options agree, and marks the best option', async ({ page }) => {
    // Two options that agree on one criterion and differ on another.
    const pairs = OPTIONS.flatMap((a, i) => OPTIONS.slice(i + 1).map((b) => [a, b] as const));
    const found = pairs
      .map(([a, b]) => ({
        a,
        b,
        same: CRITERIA.find((c) => score(a, c) === score(b, c)),
        differs: CRITERIA.find((c) => score(a, c) !== score(b, c)),
      }))
      .find((p) => p.same && p.differs);
    expect(found, `${ID}: needs two options that share one score and differ on another`).toBeDefined();
    const { a, b, same, differs } = found!;
    const [better, worse] =
      normalisedScore(score(a, differs!), differs!) > normalisedScore(score(b, differs!), differs!)
        ? [a, b]
        : [b, a];

    await page.goto(PAGE);
    await table(page).getByText('Options and weights').click();
    for (const o of OPTIONS) if (o !== a && o !== b) await optionBox(page, o).uncheck();
    await table(page).getByRole('checkbox', { name: 'Show only differences' }).check();
    await expect(header(page, same!.id)).toBeHidden();
    await expect(header(page, differs!.id)).toBeVisible();
    const cell = (o: Option) =>
      table(page).locator(`tr[data-option="${o.id}"] td[data-key="${differs!.id}"]`);
    await expect(cell(better).getByText('Best', { exact: true })).toBeVisible();
    await expect(cell(worse).getByText('Best', { exact: true })).toBeHidden();
    // The last option shown cannot be filtered out.
    await optionBox(page, worse).uncheck();
    await expect(optionBox(page, better)).toBeDisabled();
  });

  test('works from the keyboard alone', async ({ page }) => {
    test.slow(); // many Tab presses through the header and sidebar
    const hidden = OPTIONS.at(-2)!;
    const weighted = CRITERIA[0]!;
    const sortBy = CRITERIA.find((c) => c.higherIsBetter && c !== weighted) ?? CRITERIA.at(-1)!;
    const first = firstDirection(sortBy);
    await page.goto(PAGE);
    await tabTo(page, table(page).locator('summary').first());
    await page.keyboard.press('Enter');
    await tabTo(page, optionBox(page, hidden));
    await page.keyboard.press('Space');
    await expect(table(page).locator(`tr[data-option="${hidden.id}"]`)).toBeHidden();

    await tabTo(page, weight(page, weighted));
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('0');
    await expect(header(page, weighted.id).locator('[data-weight-value]')).toHaveText('0');
    await page.keyboard.press('ArrowUp');
    await expect(header(page, weighted.id).locator('[data-weight-value]')).toHaveText('1');

    await tabTo(page, header(page, sortBy.id).getByRole('button'));
    await page.keyboard.press('Enter');
    await expect(header(page, sortBy.id)).toHaveAttribute('aria-sort', first);
    await page.keyboard.press('Space');
    await expect(header(page, sortBy.id)).toHaveAttribute(
      'aria-sort',
      first === 'descending' ? 'ascending' : 'descending',
    );

    await tabTo(page, table(page).getByRole('button', { name: 'Reset view' }), 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(table(page).locator(`tr[data-option="${hidden.id}"]`)).toBeVisible();
    await expect(header(page, 'rank')).toHaveAttribute('aria-sort', 'ascending');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`has no axe violations with its controls open in the ${theme} theme`, async ({ page }) => {
      test.slow(); // axe over a large table on a shared machine
      await useTheme(page, theme);
      await page.goto(PAGE);
      await table(page).getByText('Options and weights').click();
      await table(page).getByText('What the columns mean').click();
      await header(page, CRITERIA.at(-1)!.id).getByRole('button').click();
      expect(await axeViolations(page), `axe violations in the ${theme} theme`).toEqual([]);
    });
  }

  test('fits a 320 px screen (WCAG 2.2 reflow) by scrolling the table, not the page', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(PAGE);
    const scroller = table(page).getByRole('region');
    expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    const rowHeading = table(page).locator('tbody th').first();
    const left = (await rowHeading.boundingBox())!.x;
    await scroller.evaluate((el) => el.scrollBy(600, 0));
    expect((await rowHeading.boundingBox())!.x).toBe(left);
  });
});

test.describe('comparison table without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the full table with default ranks and no controls', async ({ page }) => {
    await page.goto(PAGE);
    await expect(table(page).locator('tbody tr')).toHaveCount(OPTIONS.length);
    // Option, Rank and Weighted score, then one column per criterion.
    await expect(table(page).locator('thead th')).toHaveCount(3 + CRITERIA.length);
    await expect(table(page).locator('caption')).toHaveText(DATA.title);
    expect(await rowOrder(page)).toEqual(DEFAULT_ORDER);
    await expect(table(page).locator('tbody td[data-key="rank"]')).toHaveText(
      VIEW.rows.map((r) => String(r.rank)),
    );
    await expect(table(page).locator('tbody tr').first().locator('td[data-key="rank"]')).toHaveText('1');
    // A cell's rationale is its text: the one in the last row and column that has one.
    const withText = OPTIONS.flatMap((option) =>
      CRITERIA.map((criterion) => {
        const cell = DATA.cells[option.id]![criterion.id]!;
        return { option, criterion, rationale: typeof cell === 'object' ? cell.rationale : cell };
      }),
    ).findLast((c) => c.rationale);
    expect(withText, `${ID}: needs a cell with a rationale to show`).toBeDefined();
    const { option, criterion, rationale } = withText!;
    await expect(
      table(page).locator(`tr[data-option="${option.id}"] td[data-key="${criterion.id}"]`),
    ).toContainText(markdownToText(rationale!));
    await expect(table(page).locator('.cmp-toolbar')).toBeHidden();

    const unscored = comparisons.filter((c) => !c.data.scored);
    expect(unscored.length, 'content/comparisons/ needs an unscored comparison').toBeGreaterThan(0);
    for (const { id, data } of unscored) {
      await page.goto(`/comparisons/${id}/`);
      const rows = page.locator(`comparison-table[data-id="${id}"] table th[scope="row"]`);
      await expect(rows).toHaveText(data.options.map((o) => o.label));
      await expect(rows.first()).toBeVisible();
    }
  });
});
