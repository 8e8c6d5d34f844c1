import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { site } from '../../config/site.ts';
import { toChecklistExport } from '../../src/lib/checklist-export-data.ts';
import {
  exportItems,
  toIssueBody,
  toJiraChecklist,
  toMarkdownDocument,
  toMarkdownTaskList,
} from '../../src/lib/checklist-export.ts';
import { checklistGroups, checklistItems, stageGroup } from '../../src/lib/checklist-groups.ts';
import { checklistPath } from '../../src/lib/checklist-paths.ts';
import { shareUrl, storageKey } from '../../src/lib/checklist-state.ts';
import { markdownToText } from '../../src/lib/markdown.ts';
import { ROLES, STAGES } from '../../src/schemas/taxonomy.ts';
import { CHECKLISTS, checklistById, pageChecklist } from './checklist-data.ts';
import { axeViolations, expect, test, useTheme } from './test-utils.ts';

/*
 * Checklist pages, the index and the embeds. Every expectation (items, their
 * wording, counts, exports) comes from content/checklists/*.yaml and the
 * site's own export functions, so rewording, adding or removing an item is
 * not a reason for these tests to fail.
 */
const CHECKLIST = pageChecklist();
const PAGE = checklistPath(CHECKLIST.id);
const SITE = site.url;
const EXPORT = toChecklistExport(CHECKLIST, SITE);
const ITEMS = checklistItems(CHECKLIST);
const TOTAL = ITEMS.length;
/** Four distinct items; `A` is the first item of the first section. */
const [A, B, C, D] = ITEMS.map((item) => item.id) as [string, string, string, string];
const textOf = (id: string) => markdownToText(ITEMS.find((item) => item.id === id)!.text);
const markdownOf = (id: string) => exportItems(EXPORT).find((item) => item.id === id)!.markdown;
/** An item whose text has no link, so clicking the middle of its text cannot follow one. */
const PLAIN = ITEMS.find((item) => item.id !== A && !/\]\(/.test(item.text))?.id;

/** The checkbox of an item on a checklist page, by its permanent id. */
const box = (page: Page, itemId: string) => page.locator(`[id="${itemId}"] input[type="checkbox"]`);
/** The checkbox of an item, by its accessible name: the item's text. */
const boxNamed = (scope: Page | ReturnType<Page['locator']>, text: string) =>
  scope.getByRole('checkbox', { name: text, exact: true });

test.describe('A checklist page', () => {
  test('keeps a ticked item after a reload, and counts it', async ({ page, consoleErrors }) => {
    await page.goto(PAGE);
    const progress = page.getByRole('status').filter({ hasText: /done$/ });
    await expect(progress).toHaveText(`0 of ${TOTAL} done`);

    await boxNamed(page, textOf(C)).check();
    await expect(progress).toHaveText(`1 of ${TOTAL} done`);
    await page.reload();
    await expect(box(page, C)).toBeChecked();
    await expect(box(page, A)).not.toBeChecked();
    await expect(progress).toHaveText(`1 of ${TOTAL} done`);
    expect(consoleErrors).toEqual([]);
  });

  test('ticks an item from the keyboard or by clicking its text', async ({ page }) => {
    expect(PLAIN, `${CHECKLIST.id}: needs an item (not the first) whose text has no link`).toBeDefined();
    await page.goto(PAGE);
    await box(page, A).focus();
    await page.keyboard.press('Space');
    await expect(box(page, A)).toBeChecked();
    await page.locator(`[id="${PLAIN}"] .checklist-text`).click();
    await expect(box(page, PLAIN!)).toBeChecked();
    await expect(page.getByText(`2 of ${TOTAL} done`)).toBeVisible();
  });

  test('drops a saved tick when the item text has changed since', async ({ page }) => {
    await page.addInitScript(
      ({ key, a, b }) => {
        if (sessionStorage.getItem('seeded')) return;
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem(key, JSON.stringify({ v: 1, ticked: { [a]: 'deadbeef', [b]: 'also-old' } }));
      },
      { key: storageKey(CHECKLIST.id), a: A, b: B },
    );
    await page.goto(PAGE);
    await expect(box(page, A)).not.toBeChecked();
    await expect(box(page, B)).not.toBeChecked();
    await expect(page.getByText(`0 of ${TOTAL} done`)).toBeVisible();
  });

  test('clears every tick with Reset', async ({ page }) => {
    await page.goto(PAGE);
    await box(page, A).check();
    await box(page, B).check();
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect(page.getByText(`0 of ${TOTAL} done`)).toBeVisible();
    await page.reload();
    await expect(box(page, A)).not.toBeChecked();
    await expect(box(page, B)).not.toBeChecked();
  });

  test('copies the task list as Markdown with ticks and links back to each item', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(PAGE);
    await box(page, A).check();
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(page.getByText('Task list copied as Markdown.')).toBeVisible();

    const text = await page.evaluate(() => navigator.clipboard.readText());
    const lines = text.split('\n');
    // The first section's heading, then its first item, ticked, with its permanent link.
    expect(lines.slice(0, 3)).toEqual([
      `### ${checklistGroups(CHECKLIST)[0]!.title}`,
      '',
      `- [x] ${markdownOf(A)} ([handbook](${SITE}${PAGE}#${A}))`,
    ]);
    expect(lines.filter((line) => line.startsWith('- ['))).toHaveLength(TOTAL);
    expect(lines.filter((line) => line.startsWith('- [x]'))).toHaveLength(1);
    expect(text).toBe(toMarkdownTaskList(EXPORT, new Set([A])));
  });

  test('copies the Jira checklist and an item link', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(PAGE);
    await box(page, A).check();
    await page.getByRole('button', { name: 'Copy for Jira' }).click();
    const jira = await page.evaluate(() => navigator.clipboard.readText());
    expect(jira).toContain(`+ ${textOf(A)}\n> ${SITE}${PAGE}#${A}\n`);
    expect(jira).toBe(toJiraChecklist(EXPORT, new Set([A])));

    await page.locator(`[id="${D}"]`).getByRole('link', { name: 'Copy link' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${PAGE}#${D}`);
  });

  test('downloads the checklist as a Markdown file with the current ticks', async ({ page }) => {
    await page.goto(PAGE);
    await box(page, C).check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download .md' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${CHECKLIST.id}.md`);
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.startsWith(`# ${CHECKLIST.title}\n`)).toBe(true);
    expect(text).toContain(`- [x] ${markdownOf(C)} ([handbook](${SITE}${PAGE}#${C}))`);
    expect(text.match(/^- \[x\]/gm)).toHaveLength(1);
    expect(text).toBe(toMarkdownDocument(EXPORT, new Set([C])));
  });

  test('highlights and scrolls to the item a permanent link points at', async ({ page }) => {
    // The last item, so that reaching it needs a scroll.
    const target = ITEMS.at(-1)!.id;
    await page.goto(`${PAGE}#${target}`);
    await expect(page.locator(`[id="${target}"]`)).toBeInViewport();
    const style = (id: string) =>
      page.locator(`[id="${id}"]`).evaluate((el) => {
        const s = getComputedStyle(el);
        return { outline: s.outlineStyle, background: s.backgroundColor, target: el.matches(':target') };
      });
    const targeted = await style(target);
    const other = await style(A);
    expect(targeted.target).toBe(true);
    expect(targeted.outline).toBe('solid');
    expect(other.outline).toBe('none');
    expect(targeted.background).not.toBe(other.background);
  });

  test('restores ticks from a share link and keeps them only when asked', async ({
    page,
    context,
    browser,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(PAGE);
    await box(page, A).check();
    await box(page, C).check();
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).searchParams.get('done')?.replace(/~[0-9a-f]+/g, '')).toBe(`${A}.${C}`);
    expect(link).toBe(shareUrl(`${baseURL}${PAGE}`, new Set([A, C]), exportItems(EXPORT)));

    // A colleague with no saved progress opens the link.
    const other = await browser.newContext();
    const colleague = await other.newPage();
    await colleague.goto(link);
    await expect(box(colleague, A)).toBeChecked();
    await expect(box(colleague, C)).toBeChecked();
    await expect(box(colleague, B)).not.toBeChecked();
    await expect(
      colleague.getByText(new RegExp(`progress from a shared link: 2 of ${TOTAL} done`)),
    ).toBeVisible();
    expect(await colleague.evaluate((key) => localStorage.getItem(key), storageKey(CHECKLIST.id))).toBeNull();

    await colleague.getByRole('button', { name: 'Keep this progress' }).click();
    await expect(colleague).toHaveURL(new RegExp(`${PAGE}$`));
    await colleague.reload();
    await expect(box(colleague, C)).toBeChecked();
    await other.close();
  });

  test('discards shared progress and shows your own', async ({ page }) => {
    await page.goto(PAGE);
    await box(page, B).check();
    await page.goto(`${PAGE}?done=${A}`);
    await expect(box(page, A)).toBeChecked();
    await expect(box(page, B)).not.toBeChecked();
    await page.getByRole('button', { name: 'Discard' }).click();
    await expect(box(page, B)).toBeChecked();
    await expect(box(page, A)).not.toBeChecked();
  });

  test('opens a prefilled GitHub issue', async ({ page, context }) => {
    await context.route('https://github.com/**', (route) => route.fulfill({ body: 'stub' }));
    await page.goto(PAGE);
    await box(page, A).check();
    const [popup] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Open GitHub issue' }).click(),
    ]);
    const url = new URL(popup.url());
    expect(url.origin + url.pathname).toBe(site.trackers.github);
    expect(url.searchParams.get('title')).toBe(CHECKLIST.title);
    const body = url.searchParams.get('body');
    expect(body, `${CHECKLIST.id}: its issue body should fit in the URL`).not.toBeNull();
    expect(body).toContain(`- [x] ${markdownOf(A)} `);
    expect(body).toBe(toIssueBody(EXPORT, new Set([A])));
  });

  test('prints as a paper checklist without the page chrome', async ({ page }) => {
    await page.goto(PAGE);
    await box(page, A).check();
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
    await expect(page.locator(`[id="${A}"] .checklist-text`)).toHaveText(textOf(A));
    await expect(page.locator(`[id="${A}"] .checklist-text`)).toBeVisible();
    expect(await box(page, A).evaluate((el) => getComputedStyle(el).appearance)).toBe('none');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`has no axe violations with ticks, a highlight and a shared-link notice (${theme})`, async ({
      page,
    }) => {
      await useTheme(page, theme);
      await page.goto(`${PAGE}?done=${A}#${A}`);
      await expect(page.getByText(/progress from a shared link/)).toBeVisible();
      await expect(box(page, A)).toBeChecked();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe('Without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows every item and its link, and hides the controls that need a script', async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.locator('check-list li[data-item]')).toHaveCount(TOTAL);
    await expect(page.locator('check-list li[data-item] .checklist-text')).toHaveText(
      ITEMS.map((i) => textOf(i.id)),
    );
    await expect(page.locator(`[id="${A}"] .checklist-text`)).toBeVisible();
    await expect(page.locator(`[id="${A}"]`).getByRole('link', { name: 'Link' })).toHaveAttribute(
      'href',
      `${PAGE}#${A}`,
    );
    await expect(page.getByRole('button', { name: 'Copy as Markdown' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Reset' })).toBeHidden();
    await expect(page.getByText(`${TOTAL} items`)).toBeVisible();
  });

  test('lists every checklist on the index, with the filters hidden', async ({ page }) => {
    await page.goto('/checklists/');
    await expect(page.locator('li[data-stage]')).toHaveCount(CHECKLISTS.length);
    await expect(page.getByRole('combobox', { name: 'Stage' })).toBeHidden();
  });
});

test.describe('The checklist index', () => {
  const stageTitles = new Map(
    (
      parse(readFileSync(new URL('../../content/workflow/stages.yaml', import.meta.url), 'utf8')) as {
        id: string;
        title: string;
      }[]
    ).map((s) => [s.id, s.title]),
  );
  const GROUP_ORDER: string[] = [...STAGES, 'onboarding'];
  const groupOf = (c: (typeof CHECKLISTS)[number]) => stageGroup(c, stageTitles);

  test('filters by stage and by role, and keeps the filter in the URL', async ({ page }) => {
    const total = CHECKLISTS.length;
    // A stage that some checklists have and others do not, and another group to see hidden.
    const stage = GROUP_ORDER.find((g) => {
      const n = CHECKLISTS.filter((c) => groupOf(c).value === g).length;
      return n > 0 && n < total;
    });
    expect(stage, 'content/checklists/ needs checklists in at least two stage groups').toBeDefined();
    const inStage = CHECKLISTS.filter((c) => groupOf(c).value === stage);
    const otherGroup = groupOf(CHECKLISTS.find((c) => groupOf(c).value !== stage)!).label;
    const role = ROLES.find((r) => {
      const n = CHECKLISTS.filter((c) => c.audience.includes(r)).length;
      return n > 0 && n < total;
    });
    expect(
      role,
      'content/checklists/ needs a role that some checklists are for and others not',
    ).toBeDefined();
    const forRole = CHECKLISTS.filter((c) => c.audience.includes(role!));
    const byGroup = (list: typeof CHECKLISTS) =>
      list.map((c) => groupOf(c).value).sort((a, b) => GROUP_ORDER.indexOf(a) - GROUP_ORDER.indexOf(b));

    await page.goto('/checklists/');
    const cards = page.locator('li[data-stage]:visible');
    await expect(cards).toHaveCount(total);

    await page.getByRole('combobox', { name: 'Stage' }).selectOption(stage!);
    await expect(cards).toHaveCount(inStage.length);
    expect((await cards.getByRole('link').allInnerTexts()).sort()).toEqual(
      inStage.map((c) => c.title).sort(),
    );
    await expect(page.getByRole('heading', { name: otherGroup, exact: true })).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`\\?stage=${stage}$`));

    await page.getByRole('combobox', { name: 'Stage' }).selectOption('');
    await page.getByRole('combobox', { name: 'Role' }).selectOption(role!);
    await expect(page.getByText(`Showing ${forRole.length} of ${total} checklists`)).toBeVisible();
    await expect(cards).toHaveCount(forRole.length);
    expect((await cards.getByRole('link').allInnerTexts()).sort()).toEqual(
      forRole.map((c) => c.title).sort(),
    );
    // Cards stay grouped by stage, in workflow order, onboarding last.
    expect(await cards.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset['stage']))).toEqual(
      byGroup(forRole),
    );

    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Role' })).toHaveValue(role!);
    await expect(cards).toHaveCount(forRole.length);
  });
});

test.describe('Embedded checklists', () => {
  // The ids that src/pages/checklists/embedding.astro embeds.
  test('share progress with the checklist page and link items to it', async ({ page }) => {
    const embedded = checklistById('release-readiness');
    const [first, second] = checklistItems(embedded);
    expect(second, 'release-readiness needs two items').toBeDefined();
    await page.goto('/checklists/embedding/');
    const embed = page.locator(`check-list[data-checklist="${embedded.id}"]`);
    await boxNamed(embed, markdownToText(first!.text)).check();
    await expect(embed.getByText(`1 of ${checklistItems(embedded).length} done`)).toBeVisible();
    await expect(
      embed.locator(`[data-item="${second!.id}"]`).getByRole('link', { name: 'Copy link' }),
    ).toHaveAttribute('href', `${checklistPath(embedded.id)}#${second!.id}`);

    await page.goto(checklistPath(embedded.id));
    await expect(box(page, first!.id)).toBeChecked();
    await expect(box(page, second!.id)).not.toBeChecked();
  });

  test('show onboarding progress from the onboarding checklist', async ({ page }) => {
    const onboarding = checklistById('onboarding-frontend');
    const items = checklistItems(onboarding);
    expect(items.length, 'onboarding-frontend needs more than two items').toBeGreaterThan(2);
    await page.goto(checklistPath(onboarding.id));
    await box(page, items[0]!.id).check();
    await box(page, items[1]!.id).check();
    await page.goto('/checklists/embedding/');
    const summary = page.locator(`checklist-progress[data-checklist="${onboarding.id}"]`);
    await expect(summary.getByText(`2 of ${items.length} done`)).toBeVisible();
    await expect(summary.getByRole('progressbar')).toHaveAttribute('value', '2');
  });
});

test.describe('Search', () => {
  test("finds a checklist by an item's words", async ({ page }) => {
    // Words from the items, longest (most telling) first.
    const words = [
      ...new Set(
        ITEMS.flatMap(
          (i) =>
            textOf(i.id)
              .toLowerCase()
              .match(/[a-z]{6,}/g) ?? [],
        ),
      ),
    ].sort((a, b) => b.length - a.length);
    await page.goto('/');
    // The first item word for which the search index ranks this checklist among
    // the first five results (the ones the dialog shows without "Load more").
    // None means the items are not indexed, and the test fails.
    const word = await page.evaluate(
      async ({ words, path }) => {
        const pagefind = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as {
          search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
        };
        for (const word of words) {
          const { results } = await pagefind.search(word);
          const urls = await Promise.all(results.slice(0, 5).map(async (r) => (await r.data()).url));
          if (urls.some((url) => url.startsWith(path))) return word;
        }
        return undefined;
      },
      { words, path: PAGE },
    );
    expect(word, `search finds ${PAGE} by none of its item words: ${words.join(', ')}`).toBeDefined();

    await page.keyboard.press('ControlOrMeta+k');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    const input = dialog.getByRole('combobox', { name: 'Search' });
    await expect(input).toBeFocused();
    await input.fill(word!);
    await expect(dialog.locator(`a[href^="${PAGE}"]`).first()).toBeVisible();
  });
});
