import type { Page } from '@playwright/test';
import { hashText, SHARE_HASH_LENGTH, storageKey } from '../../src/lib/checklist-state.ts';
import { checklistItems } from '../../src/lib/checklist-groups.ts';
import { checklistPath } from '../../src/lib/checklist-paths.ts';
import { pageChecklist } from './checklist-data.ts';
import { expect, test } from './test-utils.ts';

/**
 * What a reader does to a checklist is never lost: progress in a shared view,
 * blocked or full storage, other tabs, reconnected elements. Expectations come
 * from the checklist's YAML (the same checklist as checklists.spec.ts, chosen
 * by its shape in checklist-data.ts), so rewording, adding or removing an item,
 * or renaming the checklist, does not break them.
 */
const checklist = pageChecklist();
const PAGE = checklistPath(checklist.id);
const KEY = storageKey(checklist.id);
const ITEMS = checklistItems(checklist);
const TOTAL = ITEMS.length;
const [first, second, third] = ITEMS.map((item) => item.id) as [string, string, string];
const shareEntry = (id: string) =>
  `${id}~${hashText(ITEMS.find((i) => i.id === id)!.text).slice(0, SHARE_HASH_LENGTH)}`;

const box = (page: Page, itemId: string) => page.locator(`[id="${itemId}"] input[type="checkbox"]`);
const progress = (page: Page) => page.locator('check-list [data-progress]');
const storedIds = (page: Page) =>
  page.evaluate((key) => Object.keys(JSON.parse(localStorage.getItem(key) ?? '{"ticked":{}}').ticked), KEY);

test.describe('A shared view', () => {
  test('never writes to your own saved progress unless you keep it', async ({ page }) => {
    await page.goto(PAGE);
    await box(page, third).check();
    expect(await storedIds(page)).toEqual([third]);

    await page.goto(`${PAGE}?done=${shareEntry(first)}`);
    await expect(box(page, first)).toBeChecked();
    await expect(box(page, third)).not.toBeChecked();
    await box(page, second).check();
    await expect(progress(page)).toHaveText(`2 of ${TOTAL} done`);
    await expect(page.getByText(/progress from a shared link/)).toBeVisible();
    expect(await storedIds(page)).toEqual([third]);

    // Reset clears the shared view only.
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect(progress(page)).toHaveText(`0 of ${TOTAL} done`);
    expect(await storedIds(page)).toEqual([third]);

    await page.getByRole('button', { name: 'Discard' }).click();
    await expect(box(page, third)).toBeChecked();
    await expect(box(page, second)).not.toBeChecked();
  });

  test('saves the shared view, with the ticks added to it, when you keep it', async ({ page }) => {
    await page.goto(`${PAGE}?done=${shareEntry(first)}`);
    await box(page, second).check();
    await page.getByRole('button', { name: 'Keep this progress' }).click();
    expect(await storedIds(page)).toEqual([first, second]);
    await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
  });

  test('does not tick an item reworded since the link was made', async ({ page }) => {
    await page.goto(`${PAGE}?done=${shareEntry(first)}.${second}~${'0'.repeat(SHARE_HASH_LENGTH)}`);
    await expect(box(page, first)).toBeChecked();
    await expect(box(page, second)).not.toBeChecked();
    await expect(page.getByText(/1 item\(s\) were reworded since the link was made/)).toBeVisible();
  });
});

test.describe('Storage', () => {
  test('blocked: the checklist still works and says progress will not be saved', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto(PAGE);
    await expect(page.getByRole('button', { name: 'Copy as Markdown' })).toBeVisible();
    await expect(page.getByText('Your progress will not be saved in this browser')).toBeVisible();
    await box(page, first).check();
    await expect(progress(page)).toHaveText(`1 of ${TOTAL} done`);
  });

  test('full: the tick is counted and the reader is told it will not be saved', async ({ page }) => {
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.startsWith('checklist:')) throw new DOMException('Quota exceeded.', 'QuotaExceededError');
        return setItem.call(this, key, value);
      };
    });
    await page.goto(PAGE);
    await expect(page.getByText('Your progress will not be saved in this browser')).toBeHidden();
    await box(page, first).check();
    await expect(progress(page)).toHaveText(`1 of ${TOTAL} done`);
    await expect(page.getByText('Your progress will not be saved in this browser')).toBeVisible();
  });

  test('keeps other tabs of the same checklist and its progress summaries in step', async ({ context }) => {
    const a = await context.newPage();
    const b = await context.newPage();
    const index = await context.newPage();
    await a.goto(PAGE);
    await b.goto(PAGE);
    await index.goto('/checklists/');
    await box(a, first).check();
    await expect(box(b, first)).toBeChecked();
    await expect(progress(b)).toHaveText(`1 of ${TOTAL} done`);
    await expect(index.locator(`checklist-progress[data-checklist="${checklist.id}"]`)).toHaveText(
      ` · 1 of ${TOTAL} done`,
    );
    await b.getByRole('button', { name: 'Reset' }).click();
    await expect(box(a, first)).not.toBeChecked();
  });
});

test.describe('The checklist element', () => {
  test('"Copy link" copies on a plain click but lets Ctrl/⌘/Shift-click open the link', async ({ page }) => {
    await page.goto(PAGE);
    const link = page.locator(`[id="${first}"] .checklist-permalink`);
    await expect(link).toHaveText('Copy link');
    /** Whether the checklist prevented the link's default action for a click with `init`. */
    const prevented = (init: { ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean }) =>
      link.evaluate((el, init) => {
        let seen = false;
        // Runs after the checklist's own listener; it stops the browser from following the link.
        document.addEventListener(
          'click',
          (e) => {
            seen = e.defaultPrevented;
            e.preventDefault();
          },
          { once: true },
        );
        el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ...init }));
        return seen;
      }, init);
    expect(await prevented({})).toBe(true);
    for (const modifier of ['ctrlKey', 'metaKey', 'shiftKey'] as const) {
      expect(await prevented({ [modifier]: true }), modifier).toBe(false);
    }
  });

  test('does not double its actions when moved in the document', async ({ page }) => {
    await page.goto(PAGE);
    await page.evaluate(() => {
      const w = window as unknown as { prints: number };
      w.prints = 0;
      window.print = () => void w.prints++;
      const list = document.querySelector('check-list')!;
      const parent = list.parentElement!;
      parent.append(list); // disconnect and reconnect
    });
    await page.getByRole('button', { name: 'Print' }).click();
    expect(await page.evaluate(() => (window as unknown as { prints: number }).prints)).toBe(1);
    await box(page, first).check();
    await expect(progress(page)).toHaveText(`1 of ${TOTAL} done`);
  });
});
