import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { parse } from 'yaml';
import { axeViolations, expect, test, useTheme } from './test-utils.ts';

/*
 * The API pages on fixture specs that must not be published on the real
 * site: a third-party 3.1 spec relaxed by redocly.yaml (webhook, `$ref`'d
 * path item, remote images), a Swagger 2.0 spec, and a spec split into pages.
 * The fixture site tests/fixtures/api-site/ is built by `npm run
 * build:api-fixture` (part of `npm test`), and served here from its dist/
 * through Playwright's routing, on an origin of its own, so it needs no port.
 * Every request to another host is recorded and refused.
 */
const DIST = fileURLToPath(new URL('../fixtures/api-site/dist/', import.meta.url));
const ORIGIN = 'http://api-fixtures.test';

test.describe.configure({ timeout: 120_000 });
test.beforeAll(() => {
  if (!existsSync(join(DIST, 'api/index.html'))) {
    throw new Error(`${DIST} is missing: build the fixture site first with \`npm run build:api-fixture\`.`);
  }
});

/** Serves the fixture's dist/ at ORIGIN and returns the list of requests to any other host. */
async function serveFixture(context: BrowserContext): Promise<string[]> {
  const foreign: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) {
      foreign.push(url.href);
      return route.abort();
    }
    let file = join(DIST, decodeURIComponent(url.pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return route.fulfill({ status: 404, body: 'Not found' });
    return route.fulfill({ path: file });
  });
  return foreign;
}

/** Operations (paths and webhooks) in a fixture spec as published, e.g. `many-tags`. */
function fixtureOperations(id: string): { operationId?: string; summary: string; tags: string[] }[] {
  const spec = parse(readFileSync(join(DIST, `api/${id}.yaml`), 'utf8')) as Record<string, unknown>;
  const methods = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
  return (['webhooks', 'paths'] as const).flatMap((section) =>
    Object.values((spec[section] ?? {}) as Record<string, Record<string, never>>).flatMap((item) =>
      Object.entries(item)
        .filter(([k]) => methods.has(k))
        .map(([, op]) => op),
    ),
  );
}

async function hydrate(page: Page): Promise<void> {
  await page.locator('api-reference').hover();
  await expect(page.locator('api-reference[data-hydrated]')).toHaveCount(1, { timeout: 90_000 });
}

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('a third-party 3.1 spec relaxed by redocly.yaml renders its webhook and $ref-ed path item', async ({
    page,
    context,
  }) => {
    const foreign = await serveFixture(context);
    await page.goto(`${ORIGIN}/api/vendor-pets/`);
    await expect(page.getByRole('heading', { level: 1, name: 'Vendor Pets API' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: /A pet was adopted/ })).toBeVisible();
    await expect(page.locator('[id="tag/events/operation/petAdopted"]')).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 3, name: /Get a pet by its id/ })).toBeVisible();
    // The remote image is a plain link, and nothing was fetched from its host.
    await expect(page.getByRole('link', { name: 'Vendor logo' })).toHaveAttribute(
      'href',
      'https://cdn.vendor.example/logo.png',
    );
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
  });

  test('a Swagger 2.0 spec is converted and rendered', async ({ page, context }) => {
    await serveFixture(context);
    await page.goto(`${ORIGIN}/api/legacy-inventory/`);
    await expect(page.getByText('converted from Swagger 2.0')).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 3, name: 'Get the stock level of an item' }),
    ).toBeVisible();
  });

  test('the index of a split spec lists every operation, each linking to its page', async ({
    page,
    context,
  }) => {
    await serveFixture(context);
    const operations = fixtureOperations('many-tags');
    await page.goto(`${ORIGIN}/api/many-tags/`);
    const entries = page.locator('api-operation-index li[id]');
    await expect(entries).toHaveCount(operations.length);
    for (const op of operations) {
      await expect(entries.filter({ hasText: op.summary }).getByRole('link')).toHaveAttribute(
        'href',
        new RegExp(`^/api/many-tags/[a-z0-9-]+/#tag/.+/operation/${op.operationId}$`),
      );
    }
    // With JavaScript off, a deep link lands on the index entry.
    await page.goto(`${ORIGIN}/api/many-tags/#tag/repos/operation/deleteRepo`);
    await expect(page.locator('[id="tag/repos/operation/deleteRepo"]')).toBeInViewport();
  });
});

test('a Redoc deep link into a split spec lands on the page that now holds the operation', async ({
  page,
  context,
}) => {
  const foreign = await serveFixture(context);
  await page.goto(`${ORIGIN}/api/many-tags/#tag/repos/operation/deleteRepo`);
  await expect(page).toHaveURL(/\/api\/many-tags\/repos-2\/#tag\/repos\/operation\/deleteRepo$/);
  const heading = page.getByRole('heading', { level: 3, name: 'Delete a repository' });
  await expect(heading).toBeInViewport();
  await hydrate(page);
  await expect(heading).toBeInViewport();
  expect(foreign).toEqual([]);
});

test('search indexes each operation and webhook of a fixture spec', async ({ page, context }) => {
  await serveFixture(context);
  await page.goto(`${ORIGIN}/api/`);
  const urls = await page.evaluate(async () => {
    const pagefind = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as {
      search: (
        q: string,
      ) => Promise<{ results: { data: () => Promise<{ sub_results: { url: string }[] }> }[] }>;
    };
    const { results } = await pagefind.search('adopted');
    const data = await Promise.all(results.map((r) => r.data()));
    return data.flatMap((d) => d.sub_results.map((s) => s.url));
  });
  expect(urls).toContain('/api/vendor-pets/#tag/events/operation/petAdopted');
});

for (const theme of ['light', 'dark'] as const) {
  test(`a hydrated third-party reference has no axe violations in the ${theme} theme`, async ({
    page,
    context,
  }) => {
    // Two axe passes over Redoc's hydrated DOM; slow on a busy machine.
    test.setTimeout(240_000);
    const foreign = await serveFixture(context);
    await useTheme(page, theme);
    await page.goto(`${ORIGIN}/api/vendor-pets/`);
    await hydrate(page);
    // The fixture site's header is plain Starlight (not the handbook's Search
    // override); the real header is checked on every page of the real site.
    expect(await axeViolations(page, { exclude: ['header.header'] })).toEqual([]);
    // Best-practice and contrast rules the WCAG tag set leaves out (Lighthouse runs them).
    const extra = await new AxeBuilder({ page })
      .withRules(['heading-order', 'color-contrast'])
      .exclude('header.header')
      .analyze();
    expect(extra.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    expect(foreign).toEqual([]);
  });
}
