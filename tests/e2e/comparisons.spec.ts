import type { Locator, Page } from '@playwright/test';
import { axeViolations, expect, test, useTheme } from './test-utils.ts';

/*
 * The comparison table (src/components/Comparison.astro) and its custom
 * element (src/scripts/comparison-table.ts), on the stand-alone page of the
 * scored backend-stacks comparison.
 */
const STACKS = '/comparisons/backend-stacks/';

const table = (page: Page) => page.locator('comparison-table[data-id="backend-stacks"]');
const header = (page: Page, name: string) => table(page).locator('thead th').filter({ hasText: name });
/** Row headings of the visible rows, top to bottom. */
const rowOrder = (page: Page) => table(page).locator('tbody tr:not([hidden]) th').allInnerTexts();
const weight = (page: Page, name: string) => table(page).getByRole('spinbutton', { name, exact: true });

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
    await page.goto(STACKS);
    await expect(header(page, 'Rank')).toHaveAttribute('aria-sort', 'ascending');
    const before = await rowOrder(page);

    await header(page, 'Performance').getByRole('button').click();
    await expect(header(page, 'Performance')).toHaveAttribute('aria-sort', 'descending');
    await expect(header(page, 'Rank')).not.toHaveAttribute('aria-sort', /.*/);
    const descending = await rowOrder(page);
    expect(descending[0]).toBe('Go');
    expect(descending).not.toEqual(before);

    await header(page, 'Performance').getByRole('button').click();
    await expect(header(page, 'Performance')).toHaveAttribute('aria-sort', 'ascending');
    const scores = await table(page)
      .locator('tbody tr td[data-key="performance"]')
      .evaluateAll((tds) => tds.map((td) => Number((td as HTMLElement).dataset['value'])));
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect((await rowOrder(page)).at(-1)).toBe('Go');
  });

  test('re-ranks the options as the weights change', async ({ page }) => {
    await page.goto(STACKS);
    const firstRow = table(page).locator('tbody tr').first();
    await expect(firstRow.locator('th')).toHaveText('Node.js / Fastify');

    await table(page).getByText('Options and weights').click();
    for (const input of await table(page).locator('[data-weight-input]').all()) await input.fill('0');
    await weight(page, 'CPU-bound work').fill('5');

    await expect(firstRow.locator('th')).toHaveText('Java / Spring Boot');
    await expect(firstRow.locator('td[data-key="rank"]')).toHaveText('1');
    await expect(firstRow.locator('td[data-key="total"]')).toHaveText('5.00');
    await expect(header(page, 'CPU-bound work').locator('[data-weight-value]')).toHaveText('5');
    await expect(table(page).getByRole('status')).toHaveText(/Ranked first: Java \/ Spring Boot/);
  });

  test('reproduces the view from its URL after a reload', async ({ page }) => {
    await page.goto(STACKS);
    await header(page, 'Hiring pool').getByRole('button').click();
    await table(page).getByText('Options and weights').click();
    await table(page).getByRole('checkbox', { name: 'Python / Flask' }).uncheck();
    await weight(page, 'Maturity').fill('0');
    await table(page).getByRole('checkbox', { name: 'Show only differences' }).check();
    await expect(page).toHaveURL(/backend-stacks\.sort=hiring-pool/);
    const order = await rowOrder(page);
    const url = page.url();

    await page.reload();
    expect(page.url()).toBe(url);
    // A view with filters or changed weights opens the panel, so the reader sees why.
    await expect(table(page).locator('details:has(fieldset)')).toHaveAttribute('open');
    await expect(header(page, 'Hiring pool')).toHaveAttribute('aria-sort', 'descending');
    expect(await rowOrder(page)).toEqual(order);
    expect(order).not.toContain('Python / Flask');
    await expect(table(page).locator('tr[data-option="flask"]')).toBeHidden();
    await expect(weight(page, 'Maturity')).toHaveValue('0');
    await expect(header(page, 'Maturity').locator('[data-weight-value]')).toHaveText('0');
    await expect(table(page).getByRole('checkbox', { name: 'Show only differences' })).toBeChecked();

    await table(page).getByRole('button', { name: 'Reset view' }).click();
    await expect(page).toHaveURL(new RegExp(`${STACKS}$`));
    await expect(header(page, 'Rank')).toHaveAttribute('aria-sort', 'ascending');
    await expect(table(page).locator('tbody tr:not([hidden])')).toHaveCount(7);
  });

  test('ignores invalid state in the URL and shows the defaults', async ({ page, consoleErrors }) => {
    await page.goto(
      `${STACKS}?backend-stacks.sort=bogus&backend-stacks.w=maturity:9&backend-stacks.hide=nobody`,
    );
    await expect(header(page, 'Rank')).toHaveAttribute('aria-sort', 'ascending');
    await expect(table(page).locator('tbody tr:not([hidden])')).toHaveCount(7);
    await expect(table(page).locator('[data-weight-input="maturity"]')).toHaveValue('3');
    await expect(table(page).locator('details:has(fieldset)')).not.toHaveAttribute('open');
    expect(consoleErrors).toEqual([]);
  });

  test('hides criteria on which the shown options agree, and marks the best option', async ({ page }) => {
    await page.goto(STACKS);
    await table(page).getByText('Options and weights').click();
    for (const name of ['Node.js / Fastify', 'Ruby on Rails', 'Java / Spring Boot', 'Go', 'PHP / Laravel']) {
      await table(page).getByRole('checkbox', { name, exact: true }).uncheck();
    }
    // Django and Flask share their performance score (3) but differ on requirements fit (5 vs 3).
    await table(page).getByRole('checkbox', { name: 'Show only differences' }).check();
    await expect(header(page, 'Performance')).toBeHidden();
    await expect(header(page, 'Requirements fit')).toBeVisible();
    const djangoFit = table(page).locator('tr[data-option="django"] td[data-key="requirements-fit"]');
    await expect(djangoFit.getByText('Best', { exact: true })).toBeVisible();
    // The last option shown cannot be filtered out.
    await table(page).getByRole('checkbox', { name: 'Python / Flask' }).uncheck();
    await expect(table(page).getByRole('checkbox', { name: 'Python / Django' })).toBeDisabled();
  });

  test('works from the keyboard alone', async ({ page }) => {
    test.slow(); // many Tab presses through the header and sidebar
    await page.goto(STACKS);
    await tabTo(page, table(page).locator('summary').first());
    await page.keyboard.press('Enter');
    await tabTo(page, table(page).getByRole('checkbox', { name: 'Go', exact: true }));
    await page.keyboard.press('Space');
    await expect(table(page).locator('tr[data-option="go"]')).toBeHidden();

    await tabTo(page, weight(page, 'Requirements fit'));
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('0');
    await expect(header(page, 'Requirements fit').locator('[data-weight-value]')).toHaveText('0');
    await page.keyboard.press('ArrowUp');
    await expect(header(page, 'Requirements fit').locator('[data-weight-value]')).toHaveText('1');

    await tabTo(page, header(page, 'Ecosystem').getByRole('button'));
    await page.keyboard.press('Enter');
    await expect(header(page, 'Ecosystem')).toHaveAttribute('aria-sort', 'descending');
    await page.keyboard.press('Space');
    await expect(header(page, 'Ecosystem')).toHaveAttribute('aria-sort', 'ascending');

    await tabTo(page, table(page).getByRole('button', { name: 'Reset view' }), 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(table(page).locator('tr[data-option="go"]')).toBeVisible();
    await expect(header(page, 'Rank')).toHaveAttribute('aria-sort', 'ascending');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`has no axe violations with its controls open in the ${theme} theme`, async ({ page }) => {
      test.slow(); // axe over a 70-cell table on a shared machine
      await useTheme(page, theme);
      await page.goto(STACKS);
      await table(page).getByText('Options and weights').click();
      await table(page).getByText('What the columns mean').click();
      await header(page, 'Maturity').getByRole('button').click();
      expect(await axeViolations(page), `axe violations in the ${theme} theme`).toEqual([]);
    });
  }

  test('fits a 320 px screen (WCAG 2.2 reflow) by scrolling the table, not the page', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(STACKS);
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
    await page.goto(STACKS);
    await expect(table(page).locator('tbody tr')).toHaveCount(7);
    await expect(table(page).locator('thead th')).toHaveCount(13);
    await expect(table(page).locator('caption')).toContainText('Backend stacks compared');
    await expect(table(page).locator('tbody tr').first().locator('td[data-key="rank"]')).toHaveText('1');
    await expect(table(page).locator('tr[data-option="go"] td[data-key="performance"]')).toContainText(
      'Native code, low memory',
    );
    await expect(table(page).locator('.cmp-toolbar')).toBeHidden();
    for (const id of ['frontend-vs-backend', 'rest-graphql-websockets', 'relational-vs-nosql']) {
      await page.goto(`/comparisons/${id}/`);
      await expect(
        page.locator(`comparison-table[data-id="${id}"] table th[scope="row"]`).first(),
      ).toBeVisible();
    }
  });
});
