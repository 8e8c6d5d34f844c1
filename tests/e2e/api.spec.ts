import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { axeViolations, expect, test, useTheme } from './test-utils.ts';

/** Operations in the built projects spec (dist/api/projects.json), so a content edit cannot break the count. */
const projectOperations = (() => {
  const spec = JSON.parse(readFileSync(new URL('../../dist/api/projects.json', import.meta.url), 'utf8')) as {
    paths: Record<string, Record<string, unknown>>;
  };
  const methods = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
  return Object.values(spec.paths).flatMap((item) => Object.keys(item).filter((k) => methods.has(k))).length;
})();

// Loading Redoc and running axe over its large DOM are slow on a busy CI machine.
test.describe.configure({ timeout: 120_000 });

const CREATE_PROJECT = 'tag/Projects/operation/createProject';

/** The prerendered section of one operation (Redoc's `data-section-id`). */
const operation = (page: Page, anchor: string) => page.locator(`[data-section-id="${anchor}"]`);

/** Points at the reference, which loads Redoc, and waits until it is interactive. */
async function hydrate(page: Page): Promise<void> {
  await page.locator('api-reference').hover();
  await expect(page.locator('api-reference[data-hydrated]')).toHaveCount(1, { timeout: 90_000 });
}

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('shows every operation of the reference API, with its responses', async ({ page }) => {
    await page.goto('/api/projects/');
    await expect(page.getByRole('heading', { name: 'Create a project', level: 3 })).toBeVisible();
    await expect(page.locator('h3[id*="/operation/"]')).toHaveCount(projectOperations);
    const create = operation(page, CREATE_PROJECT);
    await expect(create.getByRole('button', { name: /201 The project was created/ })).toBeVisible();
    await expect(create.getByText('Idempotency-Key').first()).toBeVisible();
  });
});

test('expands a response when it is clicked, hydrating Redoc first', async ({ page, consoleErrors }) => {
  await page.goto('/api/projects/');
  const create = operation(page, CREATE_PROJECT);
  const created = create.getByRole('button', { name: /201 The project was created/ });
  await created.scrollIntoViewIfNeeded();
  await expect(create.getByText('Response Headers')).toHaveCount(0);
  // The first click both loads Redoc and, once it has hydrated, is replayed.
  await created.click();
  await expect(page.locator('api-reference[data-hydrated]')).toHaveCount(1, { timeout: 90_000 });
  await expect(create.getByText('Response Headers')).toBeVisible();
  await expect(create.getByText('URL of the new project.')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('a deep link from the conventions page scrolls to its operation', async ({ page }) => {
  await page.goto('/integration/api-conventions/');
  await page.getByRole('link', { name: /POST \/projects Create a project/ }).click();
  await expect(page).toHaveURL(`/api/projects/#${CREATE_PROJECT}`);
  await expect(page.locator(`[id="${CREATE_PROJECT}"]`)).toBeInViewport();
});

test('a deep link still points at its operation after Redoc hydrates', async ({ page }) => {
  await page.goto(`/api/projects/#tag/Comments/operation/deleteComment`);
  await expect(page.getByRole('heading', { name: 'Delete a comment', level: 3 })).toBeInViewport();
  await hydrate(page);
  await expect(page.getByRole('heading', { name: 'Delete a comment', level: 3 })).toBeInViewport();
});

test('requests nothing outside the site, before or after hydration', async ({ page, foreignRequests }) => {
  await page.goto('/api/projects/');
  await hydrate(page);
  await operation(page, CREATE_PROJECT).getByRole('button', { name: /201/ }).click();
  await page.waitForLoadState('networkidle');
  expect(foreignRequests).toEqual([]);
});

test('keeps the prerendered reference, says so and logs it, when Redoc cannot load', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  // A broken spec makes Redoc throw while rendering.
  await page.route('**/api/projects.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: '{"openapi":"3.1.0","paths":{"/x":{"get":7}}}' }),
  );
  await page.goto('/api/projects/');
  await page.locator('api-reference').hover();
  await expect(page.locator('api-reference[data-failed]')).toHaveCount(1, { timeout: 90_000 });
  await expect(page.getByRole('status').filter({ hasText: 'could not load' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Create a project', level: 3 })).toBeVisible();
  await expect(page.locator('h3[id*="/operation/"]')).toHaveCount(projectOperations);
  expect(errors.some((e) => e.includes('Could not load the interactive API reference'))).toBe(true);
});

test('downloads the bundled spec from the site', async ({ page, request }) => {
  await page.goto('/api/projects/');
  const href = await page.getByRole('link', { name: 'Download', exact: true }).getAttribute('href');
  expect(href).toBe('/api/projects.yaml');
  const response = await request.get(href!);
  expect(response.ok()).toBe(true);
  expect(await response.text()).toContain('operationId: createProject');
});

for (const theme of ['light', 'dark'] as const) {
  test(`hydrated reference has no axe violations in the ${theme} theme`, async ({ page }) => {
    // Two axe passes over Redoc's large hydrated DOM; slow on a busy machine.
    test.setTimeout(240_000);
    await useTheme(page, theme);
    await page.goto('/api/projects/');
    await hydrate(page);
    await operation(page, CREATE_PROJECT).getByRole('button', { name: /201/ }).click();
    expect(await axeViolations(page)).toEqual([]);
    // Best-practice and contrast rules the WCAG tag set leaves out; Lighthouse runs them.
    const extra = await new AxeBuilder({ page }).withRules(['heading-order', 'color-contrast']).analyze();
    expect(extra.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  });
}

test('search for "create a project" lands on that operation', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /^Search/ }).click();
  await page
    .getByRole('dialog', { name: 'Search' })
    .getByRole('combobox', { name: 'Search' })
    .fill('create a project');
  const result = page.locator(`a[href$="/api/projects/#${CREATE_PROJECT}"]`).first();
  await expect(result).toBeVisible({ timeout: 15_000 });
  await result.click();
  await expect(page.getByRole('heading', { name: 'Create a project', level: 3 })).toBeInViewport();
});
