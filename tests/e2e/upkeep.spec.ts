import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import { parse as parseYaml } from 'yaml';
import { teams } from '../../config/teams.ts';
import { reviewDueDate } from '../../src/lib/page-review.ts';
import { expect, handbookPaths, test } from './test-utils.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));

/** A handbook page's frontmatter, read from its source file. */
function frontmatter(file: string): Record<string, unknown> {
  const source = readFileSync(join(repo, file), 'utf8');
  return parseYaml(/^---\n([\s\S]*?)\n---/.exec(source)![1]!) as Record<string, unknown>;
}

test.describe('owner and review lines', () => {
  const file = 'content/handbook/roles/backend.mdx';

  test('show the owner from the frontmatter, with its channel, as a Pagefind filter', async ({ page }) => {
    const data = frontmatter(file);
    const team = teams[data['owner'] as keyof typeof teams];
    await page.goto('/roles/backend/');
    const footer = page.locator('footer [data-page-upkeep]');
    await expect(footer).toContainText(`Owned by ${team.name}`);
    await expect(footer).toContainText(team.channel);
    await expect(footer.locator('[data-pagefind-filter="owner"]')).toHaveText(team.name);
    await expect(footer.locator('time').last()).toHaveAttribute('datetime', String(data['lastReviewed']));
    await expect(footer).toContainText('Last reviewed');
  });
});

test.describe('the overdue banner, on a fixture site', () => {
  // One worker builds the fixture once and runs both tests; two workers would build it into the same dist/ at once.
  test.describe.configure({ mode: 'default' });
  const root = join(repo, 'tests/fixtures/overdue-review/');
  const dist = join(root, 'dist');
  const origin = 'http://overdue.fixture.test';

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    await build({ root, logLevel: 'error' });
  });

  test.beforeEach(async ({ page }) => {
    // Serve the fixture's build from disk under its own origin.
    await page.route(`${origin}/**`, async (route) => {
      const { pathname } = new URL(route.request().url());
      let path = join(dist, decodeURIComponent(pathname));
      if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
      await (existsSync(path) ? route.fulfill({ path }) : route.fulfill({ status: 404, body: 'Not found' }));
    });
  });

  test('warns on an overdue page and links to a prefilled review issue for its owner', async ({ page }) => {
    await page.goto(`${origin}/overdue/`);
    const banner = page.locator('[data-review-overdue]');
    await expect(banner).toBeVisible();
    await expect(banner).toContainText('This page is overdue for review');
    await expect(banner).toContainText('January 15, 2020');
    await expect(banner).toContainText('Backend guild');
    const href = await banner.getByRole('link', { name: /review this page/i }).getAttribute('href');
    const issue = new URL(href!);
    expect(issue.searchParams.get('title')).toBe('Review "Overdue page"');
    expect(issue.searchParams.get('labels')).toBe('owner:backend-guild,review');
    expect(issue.searchParams.get('body')).toContain('content/handbook/overdue.md');
  });

  test('shows no banner on a page whose review is not due', async ({ page }) => {
    const data = parseYaml(readFileSync(join(root, 'content/handbook/index.md'), 'utf8').split('---')[1]!);
    const due = reviewDueDate(new Date(data.lastReviewed), data.reviewEvery);
    expect(due.getTime(), 'the fixture page must still be current').toBeGreaterThan(Date.now());
    await page.goto(`${origin}/`);
    await expect(page.locator('footer')).toContainText('Owned by Platform team');
    await expect(page.locator('[data-review-overdue]')).toHaveCount(0);
  });
});

test.describe('report a problem', () => {
  test('quotes the text the reader selected in the new issue', async ({ page }) => {
    let opened: URL | undefined;
    await page.route('https://github.com/**', async (route) => {
      opened = new URL(route.request().url());
      await route.fulfill({ contentType: 'text/html', body: '<title>tracker</title>' });
    });
    await page.goto('/roles/backend/');
    const paragraph = page.locator('.sl-markdown-content > p').first();
    await paragraph.click({ clickCount: 3 });
    const selected = (await page.evaluate(() => document.getSelection()?.toString() ?? '')).trim();
    expect(selected.length).toBeGreaterThan(20);

    await page.getByRole('link', { name: 'Report a problem with this page' }).click();
    await expect.poll(() => opened?.pathname).toBe('/example/web-delivery-handbook/issues/new');
    expect(opened!.searchParams.get('title')).toBe('Problem on "Backend engineering"');
    expect(opened!.searchParams.get('labels')).toMatch(/^owner:/);
    const body = opened!.searchParams.get('body')!;
    expect(body).toContain(`> ${selected.split('\n')[0]}`);
    expect(body).toContain('https://handbook.example.com/roles/backend/');
  });

  test('is a plain prefilled link without JavaScript, and "Copy page as Markdown" stays hidden', async ({
    browser,
  }) => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      baseURL: test.info().project.use.baseURL!,
    });
    const page = await context.newPage();
    await page.goto('/roles/backend/');
    const href = await page
      .getByRole('link', { name: 'Report a problem with this page' })
      .getAttribute('href');
    const body = new URL(href!).searchParams.get('body')!;
    expect(body).toContain('Page: [Backend engineering]');
    expect(body).not.toContain('About this passage');
    await expect(page.getByRole('button', { name: 'Copy page as Markdown' })).toBeHidden();
    await expect(page.getByRole('link', { name: 'View as Markdown' })).toHaveAttribute(
      'href',
      '/roles/backend.md',
    );
    await context.close();
  });
});

test.describe('Markdown copies', () => {
  test('serve each page next to its URL, with the title as the heading and components as Markdown', async ({
    request,
  }) => {
    const backend = await request.get('/roles/backend.md');
    expect(backend.headers()['content-type']).toMatch(/^text\/markdown/);
    expect((await backend.text()).split('\n')[0]).toBe(
      `# ${frontmatter('content/handbook/roles/backend.mdx')['title']}`,
    );

    // A page embedding checklists: their items become a task list.
    const development = await (await request.get('/workflow/development.md')).text();
    const checklist = parseYaml(
      readFileSync(join(repo, 'content/checklists/backend-development-done.yaml'), 'utf8'),
    );
    const firstItem = checklist.sections?.[0]?.items?.[0] ?? checklist.items[0];
    expect(development).toMatch(/^- \[ \] /m);
    expect(development).toContain(`- [ ] ${firstItem.text.split('`')[0]}`);
    expect(development).not.toContain('Copy as Markdown');

    // A page embedding a comparison: a GFM table with every option.
    const databases = await (await request.get('/choosing/databases.md')).text();
    const comparison = parseYaml(
      readFileSync(join(repo, 'content/comparisons/relational-vs-nosql.yaml'), 'utf8'),
    );
    for (const option of comparison.options)
      expect(databases).toMatch(new RegExp(`^\\| ${option.label} +\\|`, 'm'));
    expect(databases).not.toContain('Show only differences');
  });

  test('"Copy page as Markdown" copies the .md copy', async ({ page, context, request }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/roles/frontend/');
    await page.getByRole('button', { name: 'Copy page as Markdown' }).click();
    await expect(page.locator('[data-copy-status]')).toHaveText('Copied the page as Markdown.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await (await request.get('/roles/frontend.md')).text());
  });

  test('llms.txt lists every handbook page with its description, and llms-full.txt holds them all', async ({
    request,
  }) => {
    const llms = await (await request.get('/llms.txt')).text();
    expect(llms.split('\n')[0]).toBe('# Web Delivery Handbook');
    const pages = handbookPaths();
    for (const path of pages) {
      const md = path === '/' ? '/index.md' : `${path.slice(0, -1)}.md`;
      expect(llms, path).toContain(`](https://handbook.example.com${md}): `);
    }
    const backend = frontmatter('content/handbook/roles/backend.mdx');
    expect(llms).toContain(
      `- [${backend['title']}](https://handbook.example.com/roles/backend.md): ${backend['description']}`,
    );
    const full = await (await request.get('/llms-full.txt')).text();
    expect(full.match(/^Source: https:\/\/handbook\.example\.com\//gm)?.length).toBe(pages.length);
  });
});

test.describe('change log', () => {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();

  test('lists the newest handbook commit first and links its Atom feed from <head>', async ({
    page,
    request,
  }) => {
    const [hash, subject] = git(
      'log',
      '-1',
      '--no-merges',
      '--format=%H%n%s',
      '--',
      'content/handbook',
    ).split('\n');
    await page.goto('/changes/');
    const first = page.locator('[data-change]').first();
    await expect(first).toHaveAttribute('data-change', hash!);
    await expect(first).toContainText(subject!);
    const count = Number(git('rev-list', '--no-merges', '--count', 'HEAD', '--', 'content/handbook'));
    await expect(page.locator('[data-change]')).toHaveCount(Math.min(count, 100));
    await expect(page.locator('section[data-week] h2').first()).toHaveText(/^Week of /);

    const feedHref = await page
      .locator('head link[rel="alternate"][type="application/atom+xml"]')
      .getAttribute('href');
    expect(feedHref).toBe('/changes.xml');
    const feed = await request.get(feedHref!);
    // Static servers type it by extension: text/xml or application/xml; the <link> gives the Atom type.
    expect(feed.headers()['content-type']).toMatch(/^(text|application)\/(atom\+)?xml/);
    const xml = await feed.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(xml.match(/<entry>/g)?.length).toBe(Math.min(count, 100));
    expect(xml).toContain(`<id>https://handbook.example.com/changes/#change-${hash!.slice(0, 7)}</id>`);
  });
});
