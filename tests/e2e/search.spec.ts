import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { parse } from 'yaml';
import { axeViolations, expect, test, useTheme } from './test-utils.ts';

/**
 * The search dialog (src/components/overrides/Search.astro) and /search/ on
 * the real index. Expectations come from the built pages or the content
 * files, never from fixed counts or wording.
 */

// Each test searches a real index, several times; on a loaded 2-core machine that outlasts the default 30 s.
test.describe.configure({ timeout: 90_000 });

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search' });
const combobox = (page: Page) => dialog(page).getByRole('combobox', { name: 'Search' });
const options = (scope: Locator) => scope.getByRole('option');

/** Search-related requests: Pagefind's files and our lazily loaded search code. */
const isSearchRequest = (url: string) =>
  /\/pagefind\/|\/_astro\/(controller|engine|query-state)[.-]/.test(url);

/** Opens the dialog with the shortcut and types a query. */
async function searchFor(page: Page, query: string): Promise<Locator> {
  await page.keyboard.press('ControlOrMeta+k');
  await expect(combobox(page)).toBeFocused();
  await combobox(page).fill(query);
  const list = dialog(page).getByRole('listbox');
  await expect(options(list).first()).toBeVisible({ timeout: 15_000 });
  // The first results show before the rest have loaded; wait for all of them.
  await expect(list).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
  return list;
}

/** The `roles` frontmatter of the handbook page at a URL path. */
function rolesOf(pathname: string): string[] {
  const base = `content/handbook${pathname.replace(/\/$/, '')}`;
  for (const file of [`${base}.mdx`, `${base}/index.mdx`, 'content/handbook/index.mdx']) {
    try {
      const text = readFileSync(file, 'utf8');
      return (
        text
          .match(/^roles:\s*\[([^\]]*)\]/m)?.[1]
          ?.split(',')
          .map((r) => r.trim()) ?? []
      );
    } catch {
      continue;
    }
  }
  return [];
}

test('nothing search-related is fetched before intent; hovering the button loads Pagefind', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/roles/backend/', { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  expect(requests.filter(isSearchRequest)).toEqual([]);
  const loaded = page.waitForRequest((r) => r.url().endsWith('/pagefind/pagefind.js'));
  await page.getByRole('button', { name: /^Search/ }).hover();
  await loaded;
});

test('Ctrl+K straight after navigation opens the dialog with the input focused, and typing shows results', async ({
  page,
}) => {
  await page.goto('/');
  await page.keyboard.press('ControlOrMeta+k');
  await expect(dialog(page)).toBeVisible();
  await expect(combobox(page)).toBeFocused();
  await page.keyboard.type('authorization');
  const first = options(dialog(page).getByRole('listbox')).first();
  await expect(first).toBeVisible({ timeout: 15_000 });
  await expect(combobox(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(dialog(page).getByRole('status')).toContainText('authorization');
});

test('the search button is named after what it shows', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Search Ctrl K' })).toBeVisible();
});

test('/ opens search unless typing; Escape closes; Tab stays in the dialog', async ({ page }) => {
  await page.goto('/concepts/apis/');
  await page.keyboard.press('/');
  await expect(combobox(page)).toBeFocused();
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
});

test('arrow keys move the active option and Enter opens it', async ({ page }) => {
  await page.goto('/');
  const list = await searchFor(page, 'idempotency');
  expect(await options(list).count()).toBeGreaterThan(1);
  const input = combobox(page);
  const firstId = await options(list).nth(0).getAttribute('id');
  await expect(input).toHaveAttribute('aria-activedescendant', firstId!);
  await page.keyboard.press('ArrowDown');
  const second = options(list).nth(1);
  await expect(input).toHaveAttribute('aria-activedescendant', (await second.getAttribute('id'))!);
  await expect(second).toHaveAttribute('aria-selected', 'true');
  const href = (await second.getAttribute('href'))!;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new URL(href, page.url()).href);
});

test.describe('filters narrow the results', () => {
  const QUERY = 'review';

  async function resultsWith(page: Page, name: string, value: string) {
    const list = await searchFor(page, QUERY);
    const status = dialog(page).getByRole('status');
    const before = await status.textContent();
    await dialog(page).locator(`select[name="${name}"]`).selectOption(value);
    await expect(status).not.toHaveText(before!);
    return list;
  }

  test('kind', async ({ page }) => {
    await page.goto('/');
    const list = await resultsWith(page, 'kind', 'checklist');
    const labels = await options(list).locator('span:first-child > span:first-child').allTextContents();
    expect(labels.length).toBeGreaterThan(0);
    expect(new Set(labels)).toEqual(new Set(['Checklist']));
  });

  test('section', async ({ page }) => {
    await page.goto('/');
    const list = await resultsWith(page, 'section', 'Backend concepts');
    for (const href of await options(list).evaluateAll((els) =>
      els.map((e) => (e as HTMLAnchorElement).pathname),
    ))
      expect(href).toMatch(/^\/concepts\//);
  });

  test('role', async ({ page }) => {
    await page.goto('/');
    const list = await resultsWith(page, 'role', 'pm');
    const paths = await options(list).evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).pathname));
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths.filter((p) => !p.startsWith('/checklists/')))
      expect(rolesOf(path)).toContain('pm');
  });
});

test('a checklist item is its own result and lands on its permalink', async ({ page }) => {
  const data = parse(readFileSync('content/checklists/security-review.yaml', 'utf8')) as {
    title: string;
    sections: Array<{ items: Array<{ id: string; text: string }> }>;
  };
  const item = data.sections[0]!.items[0]!;
  const words = item.text.replace(/[*`]/g, '').split(/\s+/).slice(0, 6).join(' ');
  await page.goto('/');
  const list = await searchFor(page, words);
  const result = list.locator(`[role="option"][href$="/checklists/security-review/#${item.id}"]`).first();
  await expect(result).toBeVisible();
  await expect(result).toContainText(`In the checklist ${data.title}`);
  await result.click();
  await expect(page).toHaveURL(new RegExp(`#${item.id}$`));
  await expect(page.locator(`[id="${item.id}"]`)).toBeInViewport();
});

test('an API operation shows its method and path and lands on its anchor', async ({ page }) => {
  await page.goto('/api/projects/');
  const heading = page.locator('h3[id*="operation/"]').first();
  const [id, summary] = [(await heading.getAttribute('id'))!, (await heading.textContent())!.trim()];
  await page.goto('/');
  const list = await searchFor(page, summary);
  const result = options(list).first();
  await expect(result).toHaveAttribute('href', `/api/projects/#${id}`);
  await expect(result).toContainText('API operation');
  await expect(result.locator('.font-mono').first()).toHaveText(/^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/);
  await result.click();
  await expect(page.getByRole('heading', { name: summary, level: 3 })).toBeInViewport();
});

test('a glossary term is its own result, first for its exact name, and links to its anchor', async ({
  page,
}) => {
  await page.goto('/start-here/glossary/');
  // A term of two words or more, so the query is a phrase rather than a word every page uses.
  const term = page.locator('.sl-markdown-content h3[id]').filter({ hasText: / / }).first();
  const [id, name] = [(await term.getAttribute('id'))!, (await term.textContent())!.trim()];
  await page.keyboard.press('Escape');
  const list = await searchFor(page, name);
  const first = options(list).first();
  await expect(first).toHaveAttribute('href', `/start-here/glossary/#${id}`);
  await expect(first).toContainText('Glossary term');
});

test.describe('/search/', () => {
  test('round-trips its query string', async ({ page }) => {
    await page.goto('/search/?q=rollback&kind=checklist');
    const form = page.getByRole('main').getByRole('search');
    const input = form.getByRole('combobox', { name: 'Search' });
    await expect(input).toHaveValue('rollback');
    await expect(form.locator('select[name="kind"]')).toHaveValue('checklist');
    const list = page.getByRole('main').getByRole('listbox');
    await expect(options(list).first()).toBeVisible({ timeout: 15_000 });
    await expect(options(list).first()).toContainText('Checklist');
    await form.locator('select[name="kind"]').selectOption('page');
    await expect(page).toHaveURL(/\/search\/\?q=rollback&kind=page$/);
    await input.fill('rollback plan');
    await expect(page).toHaveURL(/\?q=rollback\+plan&kind=page$/);
  });

  test('an unknown filter value is ignored rather than matching nothing', async ({ page }) => {
    await page.goto('/search/?q=rollback&kind=nonsense');
    const main = page.getByRole('main');
    await expect(main.locator('select[name="kind"]')).toHaveValue('');
    await expect(options(main.getByRole('listbox')).first()).toBeVisible({ timeout: 15_000 });
  });

  test('the dialog links to it with the current search', async ({ page }) => {
    await page.goto('/');
    await searchFor(page, 'rollback');
    await dialog(page).locator('select[name="kind"]').selectOption('checklist');
    await expect(dialog(page).getByRole('link', { name: 'All results' })).toHaveAttribute(
      'href',
      '/search/?q=rollback&kind=checklist',
    );
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search button is a link to a GET form on /search/', async ({ page }) => {
    await page.goto('/concepts/apis/');
    await page.getByRole('link', { name: /^Search/ }).click();
    await expect(page).toHaveURL(/\/search\/$/);
    const form = page.locator('main form[role="search"]');
    await expect(form).toHaveAttribute('method', 'get');
    await form.locator('input[name="q"]').fill('rollback');
    await form.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=rollback/);
  });
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe is clean with the dialog open and results shown (${theme})`, async ({ page }) => {
    test.setTimeout(120_000); // axe over a whole page is slow on a busy machine
    await useTheme(page, theme);
    await page.goto('/concepts/apis/');
    await searchFor(page, 'checklist');
    expect(await axeViolations(page)).toEqual([]);
    const extra = await new AxeBuilder({ page })
      .withRules(['label-content-name-mismatch', 'heading-order', 'color-contrast'])
      .analyze();
    expect(
      extra.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
}
