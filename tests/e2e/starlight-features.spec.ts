import { execFileSync } from 'node:child_process';
import { expect, handbookPaths, test } from './test-utils.ts';

/*
 * Pages are authored in content/handbook/, outside Starlight's default
 * src/content/docs/. These tests prove every Starlight feature still works
 * for them.
 */
test.describe('Starlight features on pages from content/', () => {
  test('renders :::note asides as Starlight asides', async ({ page }) => {
    await page.goto('/roles/frontend/');
    await expect(page.locator('aside.starlight-aside--note').first()).toBeVisible();
  });

  test('gives every h2 an anchor link that targets its heading', async ({ page }) => {
    await page.goto('/roles/backend/');
    const heading = page.locator('.sl-markdown-content h2').first();
    const id = await heading.getAttribute('id');
    expect(id).toBeTruthy();
    const anchor = page.locator(`.sl-markdown-content a.sl-anchor-link[href="#${id}"]`);
    await anchor.click();
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
  });

  test('links each page to the previous and next page in sidebar order', async ({ page }) => {
    await page.goto('/roles/backend/');
    const prev = page.locator('.pagination-links a[rel="prev"]');
    const next = page.locator('.pagination-links a[rel="next"]');
    await expect(prev).toHaveAttribute('href', '/roles/frontend/');
    await next.click();
    await expect(page).not.toHaveURL(/\/roles\/backend\/$/);
    await expect(page.locator('.pagination-links a[rel="prev"]')).toHaveAttribute('href', '/roles/backend/');
  });

  test('points "Edit page" at the source file in content/handbook/', async ({ page }) => {
    await page.goto('/roles/backend/');
    const edit = page.getByRole('link', { name: /edit page/i });
    await expect(edit).toHaveAttribute('href', /\/edit\/main\/content\/handbook\/roles\/backend\.mdx$/);
  });

  test('shows the last-updated date from git', async ({ page }) => {
    await page.goto('/roles/backend/');
    const time = page.locator('footer p', { hasText: 'Last updated' }).locator('time[datetime]');
    await expect(time).toHaveCount(1);
    const iso = await time.getAttribute('datetime');
    // The date of the newest commit that touched the file, not the build time.
    const committed = execFileSync(
      'git',
      ['log', '-1', '--format=%ct', '--', 'content/handbook/roles/backend.mdx'],
      { encoding: 'utf8' },
    ).trim();
    expect(committed, 'the page has a commit').not.toBe('');
    expect(Date.parse(iso!)).toBe(Number(committed) * 1000);
  });

  test('reaches every handbook page from the sidebar, through its section’s first page', async ({ page }) => {
    test.slow(); // one page load per section
    const sidebarPaths = (selector: string) =>
      page
        .locator(selector)
        .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    await page.goto('/roles/backend/');
    const reached = new Set(await sidebarPaths('nav.sidebar a[href]'));
    // Each page shows its own section in full and links to every other section's first page.
    for (const path of await sidebarPaths('nav.sidebar a[data-section]')) {
      await page.goto(path);
      for (const p of await sidebarPaths('nav.sidebar a[href]')) reached.add(p);
    }
    const missing = handbookPaths().filter((p) => p !== '/' && !reached.has(p));
    expect(missing, 'handbook pages the sidebar does not link to').toEqual([]);
  });

  test('switches to the dark theme and remembers it', async ({ page }) => {
    await page.goto('/roles/frontend/');
    await page
      .getByRole('combobox', { name: /select theme/i })
      .first()
      .selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(background);
    await page
      .getByRole('combobox', { name: /select theme/i })
      .first()
      .selectOption('light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(background);
  });
});

test.describe('Search', () => {
  test('finds the backend role page for "authorization" and opens it', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('ControlOrMeta+k');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('combobox', { name: 'Search' }).fill('authorization');
    // Checklist items and API operations are results too; keep to handbook pages.
    await dialog.locator('select[name="kind"]').selectOption('page');
    const result = dialog.locator('a[href^="/roles/backend/"]').first();
    await expect(result).toBeVisible({ timeout: 15_000 });
    await result.click();
    await expect(page).toHaveURL(/\/roles\/backend\//);
    await expect(page.locator('h1')).toHaveText(/backend/i);
  });

  test('opens from the search button and searches as you type', async ({ page }) => {
    await page.goto('/roles/frontend/');
    await page
      .getByRole('button', { name: /^search/i })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('combobox', { name: 'Search' }).fill('idempotent');
    await expect(dialog.getByRole('listbox').getByRole('option').first()).toBeVisible({ timeout: 15_000 });
  });
});
