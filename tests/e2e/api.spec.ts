import type { Page } from '@playwright/test';
import { axeViolations, expect, test, useTheme } from './test-utils.ts';

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
    await expect(page.locator('h3[id*="/operation/"]')).toHaveCount(16);
    const create = operation(page, CREATE_PROJECT);
    await expect(create.getByRole('button', { name: /201 The project was created/ })).toBeVisible();
    await expect(create.getByText('Idempotency-Key').first()).toBeVisible();
  });

  test('lists every operation of the large platform API', async ({ page }) => {
    await page.goto('/api/platform/');
    await expect(page.locator('h3[id*="/operation/"]')).toHaveCount(315);
    await expect(page.getByRole('heading', { name: 'Rotate a secret' })).toBeVisible();
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

test('a deep link into the large spec lands on its operation, and Redoc renders it', async ({ page }) => {
  await page.goto('/api/platform/#tag/Infrastructure:-Secrets/operation/rotateSecret');
  await expect(page.getByRole('heading', { name: 'Rotate a secret' })).toBeInViewport();
  await hydrate(page);
  await expect(page.locator('.redoc-wrap')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Rotate a secret', level: 3 })).toBeInViewport();
});

test('requests nothing outside the site, before or after hydration', async ({ page, foreignRequests }) => {
  await page.goto('/api/projects/');
  await hydrate(page);
  await operation(page, CREATE_PROJECT).getByRole('button', { name: /201/ }).click();
  await page.goto('/api/platform/');
  await hydrate(page);
  await page.waitForLoadState('networkidle');
  expect(foreignRequests).toEqual([]);
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
    await useTheme(page, theme);
    await page.goto('/api/projects/');
    await hydrate(page);
    await operation(page, CREATE_PROJECT).getByRole('button', { name: /201/ }).click();
    expect(await axeViolations(page)).toEqual([]);
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
