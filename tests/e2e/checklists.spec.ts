import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { axeViolations, expect, test, useTheme } from './test-utils.ts';

const PAGE = '/checklists/security-review/';
const SITE = 'https://handbook.example.com';
const TOTAL = 20;

/** The checkbox of an item on a checklist page, by its permanent id. */
const box = (page: Page, itemId: string) => page.locator(`[id="${itemId}"] input[type="checkbox"]`);

test.describe('A checklist page', () => {
  test('keeps a ticked item after a reload, and counts it', async ({ page, consoleErrors }) => {
    await page.goto(PAGE);
    const progress = page.getByRole('status').filter({ hasText: /done$/ });
    await expect(progress).toHaveText(`0 of ${TOTAL} done`);

    await page.getByRole('checkbox', { name: /Session cookies are Secure/ }).check();
    await expect(progress).toHaveText(`1 of ${TOTAL} done`);
    await page.reload();
    await expect(box(page, 'samesite-cookies')).toBeChecked();
    await expect(box(page, 'parameterised-queries')).not.toBeChecked();
    await expect(progress).toHaveText(`1 of ${TOTAL} done`);
    expect(consoleErrors).toEqual([]);
  });

  test('ticks an item from the keyboard or by clicking its text', async ({ page }) => {
    await page.goto(PAGE);
    await box(page, 'csp-header').focus();
    await page.keyboard.press('Space');
    await expect(box(page, 'csp-header')).toBeChecked();
    await page.getByText('All traffic uses TLS').click();
    await expect(box(page, 'tls-everywhere')).toBeChecked();
    await expect(page.getByText(`2 of ${TOTAL} done`)).toBeVisible();
  });

  test('drops a saved tick when the item text has changed since', async ({ page }) => {
    await page.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(
        'checklist:security-review',
        JSON.stringify({ v: 1, ticked: { 'csp-header': 'deadbeef', 'safe-urls': 'also-old' } }),
      );
    });
    await page.goto(PAGE);
    await expect(box(page, 'csp-header')).not.toBeChecked();
    await expect(page.getByText(`0 of ${TOTAL} done`)).toBeVisible();
  });

  test('clears every tick with Reset', async ({ page }) => {
    await page.goto(PAGE);
    await box(page, 'csp-header').check();
    await box(page, 'tls-everywhere').check();
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect(page.getByText(`0 of ${TOTAL} done`)).toBeVisible();
    await page.reload();
    await expect(box(page, 'csp-header')).not.toBeChecked();
  });

  test('copies the task list as Markdown with ticks and links back to each item', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(PAGE);
    await box(page, 'parameterised-queries').check();
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(page.getByText('Task list copied as Markdown.')).toBeVisible();

    const lines = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '### Injection',
      '',
      `- [x] Every SQL statement uses **parameterized queries** or the ORM's bound parameters; no user input is concatenated into SQL. ([handbook](${SITE}${PAGE}#parameterised-queries))`,
      `- [ ] User input never reaches a shell command, \`eval\`, a template compiler or a file path without an allow-list. ([handbook](${SITE}${PAGE}#no-shell-or-eval))`,
    ]);
    expect(lines.filter((line) => line.startsWith('- ['))).toHaveLength(TOTAL);
  });

  test('copies the Jira checklist and an item link', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(PAGE);
    await box(page, 'csp-header').check();
    await page.getByRole('button', { name: 'Copy for Jira' }).click();
    const jira = await page.evaluate(() => navigator.clipboard.readText());
    expect(jira).toContain(`+ Pages send a strict Content-Security-Policy, nonce- or hash-based`);
    expect(jira).toContain(`> ${SITE}${PAGE}#csp-header`);

    await page.locator('#safe-urls').getByRole('link', { name: 'Copy link' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${PAGE}#safe-urls`);
  });

  test('downloads the checklist as a Markdown file with the current ticks', async ({ page }) => {
    await page.goto(PAGE);
    await box(page, 'dependency-scanning').check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download .md' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('security-review.md');
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.startsWith(`# Security review\n`)).toBe(true);
    expect(text).toContain(`- [x] Dependencies are scanned for known vulnerabilities`);
    expect(text.match(/^- \[x\]/gm)).toHaveLength(1);
  });

  test('highlights and scrolls to the item a permanent link points at', async ({ page }) => {
    await page.goto(`${PAGE}#tls-everywhere`);
    const item = page.locator('#tls-everywhere');
    await expect(item).toBeInViewport();
    const style = (selector: string) =>
      page.locator(selector).evaluate((el) => {
        const s = getComputedStyle(el);
        return { outline: s.outlineStyle, background: s.backgroundColor, target: el.matches(':target') };
      });
    const target = await style('#tls-everywhere');
    const other = await style('#csp-header');
    expect(target.target).toBe(true);
    expect(target.outline).toBe('solid');
    expect(other.outline).toBe('none');
    expect(target.background).not.toBe(other.background);
  });

  test('restores ticks from a share link and keeps them only when asked', async ({
    page,
    context,
    browser,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(PAGE);
    await box(page, 'csp-header').check();
    await box(page, 'secrets-not-in-repo').check();
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).searchParams.get('done')?.replace(/~[0-9a-f]+/g, '')).toBe(
      'csp-header.secrets-not-in-repo',
    );

    // A colleague with no saved progress opens the link.
    const other = await browser.newContext();
    const colleague = await other.newPage();
    await colleague.goto(link);
    await expect(box(colleague, 'csp-header')).toBeChecked();
    await expect(box(colleague, 'secrets-not-in-repo')).toBeChecked();
    await expect(box(colleague, 'samesite-cookies')).not.toBeChecked();
    await expect(
      colleague.getByText(new RegExp(`progress from a shared link: 2 of ${TOTAL} done`)),
    ).toBeVisible();
    expect(await colleague.evaluate(() => localStorage.getItem('checklist:security-review'))).toBeNull();

    await colleague.getByRole('button', { name: 'Keep this progress' }).click();
    await expect(colleague).toHaveURL(new RegExp(`${PAGE}$`));
    await colleague.reload();
    await expect(box(colleague, 'secrets-not-in-repo')).toBeChecked();
    await other.close();
  });

  test('discards shared progress and shows your own', async ({ page }) => {
    await page.goto(PAGE);
    await box(page, 'tls-everywhere').check();
    await page.goto(`${PAGE}?done=csp-header`);
    await expect(box(page, 'tls-everywhere')).not.toBeChecked();
    await page.getByRole('button', { name: 'Discard' }).click();
    await expect(box(page, 'tls-everywhere')).toBeChecked();
    await expect(box(page, 'csp-header')).not.toBeChecked();
  });

  test('opens a prefilled GitHub issue', async ({ page, context }) => {
    await context.route('https://github.com/**', (route) => route.fulfill({ body: 'stub' }));
    await page.goto(PAGE);
    await box(page, 'csp-header').check();
    const [popup] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Open GitHub issue' }).click(),
    ]);
    const url = new URL(popup.url());
    expect(url.origin + url.pathname).toBe('https://github.com/example/product/issues/new');
    expect(url.searchParams.get('title')).toBe('Security review');
    expect(url.searchParams.get('body')).toContain(`- [x] Pages send a strict \`Content-Security-Policy\``);
  });

  test('prints as a paper checklist without the page chrome', async ({ page }) => {
    await page.goto(PAGE);
    await box(page, 'csp-header').check();
    const chrome = ['.page > header', '#starlight__sidebar', '.right-sidebar-container', 'footer'].map(
      (selector) => page.locator(selector).first(),
    );
    // includeHidden: a role query otherwise skips hidden elements, so "hidden" could mean "absent".
    const controls = [
      page.getByRole('button', { name: 'Copy as Markdown', includeHidden: true }),
      page.getByRole('link', { name: 'Copy link', includeHidden: true }).first(),
    ];
    // On screen first, so hiding them below is what print does, not a missing element.
    for (const part of [...chrome, ...controls]) await expect(part).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    for (const part of [...chrome, ...controls]) await expect(part).toBeHidden();
    await expect(page.getByText(`Checklist online: ${SITE}${PAGE}`)).toBeVisible();
    await expect(page.getByText('Every SQL statement uses')).toBeVisible();
    expect(await box(page, 'csp-header').evaluate((el) => getComputedStyle(el).appearance)).toBe('none');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`has no axe violations with ticks, a highlight and a shared-link notice (${theme})`, async ({
      page,
    }) => {
      await useTheme(page, theme);
      await page.goto(`${PAGE}?done=csp-header#csp-header`);
      await expect(page.getByText(/progress from a shared link/)).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe('Without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows every item and its link, and hides the controls that need a script', async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.locator('check-list li[data-item]')).toHaveCount(TOTAL);
    await expect(page.getByText('Every SQL statement uses')).toBeVisible();
    await expect(page.locator('#csp-header').getByRole('link', { name: 'Link' })).toHaveAttribute(
      'href',
      `${PAGE}#csp-header`,
    );
    await expect(page.getByRole('button', { name: 'Copy as Markdown' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Reset' })).toBeHidden();
    await expect(page.getByText(`${TOTAL} items`)).toBeVisible();
  });

  test('lists every checklist on the index, with the filters hidden', async ({ page }) => {
    await page.goto('/checklists/');
    await expect(page.locator('li[data-stage]')).toHaveCount(14);
    await expect(page.getByRole('combobox', { name: 'Stage' })).toBeHidden();
  });
});

test.describe('The checklist index', () => {
  test('filters by stage and by role, and keeps the filter in the URL', async ({ page }) => {
    await page.goto('/checklists/');
    const cards = page.locator('li[data-stage]:visible');
    await expect(cards).toHaveCount(14);

    await page.getByRole('combobox', { name: 'Stage' }).selectOption('testing');
    await expect(cards).toHaveCount(1);
    await expect(cards.getByRole('link')).toHaveText('Release readiness');
    await expect(page.getByRole('heading', { name: 'Planning' })).toBeHidden();
    await expect(page).toHaveURL(/\?stage=testing$/);

    await page.getByRole('combobox', { name: 'Stage' }).selectOption('');
    await page.getByRole('combobox', { name: 'Role' }).selectOption('qa');
    await expect(page.getByText('Showing 4 of 14 checklists')).toBeVisible();
    await expect(cards.getByRole('link')).toHaveText([
      'Integration testing',
      'Release readiness',
      'Documentation',
      'Onboarding for a product manager or QA engineer',
    ]);

    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Role' })).toHaveValue('qa');
    await expect(cards).toHaveCount(4);
  });
});

test.describe('Embedded checklists', () => {
  test('share progress with the checklist page and link items to it', async ({ page }) => {
    await page.goto('/checklists/embedding/');
    const embed = page.locator('check-list[data-checklist="release-readiness"]');
    await embed.getByRole('checkbox', { name: /QA has signed off/ }).check();
    await expect(embed.getByText('1 of 14 done')).toBeVisible();
    await expect(
      embed.locator('[data-item="rollback-plan"]').getByRole('link', { name: 'Copy link' }),
    ).toHaveAttribute('href', '/checklists/release-readiness/#rollback-plan');

    await page.goto('/checklists/release-readiness/');
    await expect(box(page, 'qa-sign-off')).toBeChecked();
  });

  test('show onboarding progress from the onboarding checklist', async ({ page }) => {
    await page.goto('/checklists/onboarding-frontend/');
    await box(page, 'read-how-to-use').check();
    await box(page, 'run-locally').check();
    await page.goto('/checklists/embedding/');
    const summary = page.locator('checklist-progress[data-checklist="onboarding-frontend"]');
    await expect(summary.getByText('2 of 21 done')).toBeVisible();
    await expect(summary.getByRole('progressbar')).toHaveAttribute('value', '2');
  });
});

test.describe('Search', () => {
  test("finds a checklist by an item's words", async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('ControlOrMeta+k');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    const input = dialog.getByRole('combobox', { name: 'Search' });
    await expect(input).toBeFocused();
    await input.fill('bound parameters');
    await expect(dialog.locator(`a[href^="${PAGE}"]`).first()).toBeVisible();
  });
});
