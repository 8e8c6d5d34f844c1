import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { sidebar } from '../../config/sidebar.ts';
import { expect, test } from './test-utils.ts';

/** Sections whose pages this branch writes; they must hold real content, not placeholders. */
const WRITTEN_SECTIONS = ['Start here', 'Delivery workflow', 'Backend team playbook'];

/** Words of visible prose in the page's main content, for the "real page" check. */
async function mainWordCount(page: import('@playwright/test').Page): Promise<number> {
  const text = await page.locator('main .sl-markdown-content').innerText();
  return text.split(/\s+/).filter(Boolean).length;
}

const groups = sidebar.flatMap((entry) => (entry.items ? [{ label: entry.label, items: entry.items }] : []));
const topLinks = sidebar.flatMap((entry) => (entry.link ? [{ label: entry.label, link: entry.link }] : []));

test.describe('the rendered sidebar', () => {
  /** The sidebar's top-level entries as rendered: a section in full (`details`) or a link. */
  const topLevel = (page: import('@playwright/test').Page) =>
    page.locator('nav[aria-label="Main"] ul.top-level > li').evaluateAll((items) =>
      items.map((li) => {
        const details = li.querySelector(':scope > details');
        return details
          ? {
              label: details.querySelector('summary')?.textContent?.trim() ?? '',
              hrefs: [...details.querySelectorAll('a')].map((a) => a.getAttribute('href')),
            }
          : {
              label: li.textContent?.trim() ?? '',
              href: li.querySelector('a')?.getAttribute('href') ?? null,
            };
      }),
    );

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('on a page of each section, shows that section in full and every other section as a link to its first page, in config/sidebar.ts order', async ({
      page,
    }) => {
      for (const section of sidebar.filter((entry) => entry.items)) {
        // The section's last page, so that its "first page" link is not this page.
        await page.goto(`/${section.items!.at(-1)!.slug}/`);
        expect(await topLevel(page), `sidebar on a page of "${section.label}"`).toEqual(
          sidebar.map((entry) => {
            if (!entry.items) return { label: entry.label, href: entry.link };
            if (entry === section)
              return { label: entry.label, hrefs: entry.items.map((item) => `/${item.slug}/`) };
            return { label: entry.label, href: `/${entry.items[0]!.slug}/` };
          }),
        );
      }
    });
  });

  test('ends with the checklists and API reference links', async ({ page }) => {
    await page.goto('/workflow/');
    for (const entry of topLinks) {
      await expect(page.locator(`nav[aria-label="Main"] a[href="${entry.link}"]`)).toHaveText(entry.label);
    }
  });

  for (const label of WRITTEN_SECTIONS) {
    const group = groups.find((g) => g.label === label)!;
    for (const item of group.items) {
      test(`opens /${item.slug}/ as a written page of at least 400 words`, async ({ page }) => {
        const response = await page.goto(`/${item.slug}/`);
        expect(response?.status()).toBe(200);
        await expect(page.locator('main')).not.toContainText('placeholder until the complete handbook lands');
        expect(await mainWordCount(page)).toBeGreaterThanOrEqual(400);
      });
    }
  }
});

const flow = (
  parse(readFileSync(new URL('../../content/backend-flow/flow.yaml', import.meta.url), 'utf8')) as {
    backend: Record<'inputs' | 'steps' | 'outputs', { title: string }[]>;
  }
).backend;

test.describe('the backend flow diagram without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows every input, the eight steps in order and every output', async ({ page }) => {
    await page.goto('/playbook/');
    const figure = page.getByRole('figure', { name: /backend team's flow/ });
    await expect(figure).toBeVisible();
    await expect(figure.getByRole('region', { name: 'Inputs' }).getByRole('link')).toHaveText(
      flow.inputs.map((i) => i.title),
    );
    await expect(figure.getByRole('region', { name: 'Process' }).locator('ol > li > a')).toHaveText(
      flow.steps.map((s) => s.title),
    );
    await expect(figure.getByRole('region', { name: 'Outputs' }).getByRole('link')).toHaveText(
      flow.outputs.map((o) => o.title),
    );
  });

  test('reads left to right on a wide screen and top to bottom at 320 px (WCAG 2.2 reflow)', async ({
    page,
  }) => {
    const box = async (name: string) =>
      (await page.getByRole('figure').getByRole('region', { name }).boundingBox())!;

    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto('/playbook/');
    const [wideIn, wideSteps, wideOut] = [await box('Inputs'), await box('Process'), await box('Outputs')];
    expect(wideIn.x).toBeLessThan(wideSteps.x);
    expect(wideSteps.x).toBeLessThan(wideOut.x);

    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto('/playbook/');
    const [narrowIn, narrowSteps, narrowOut] = [
      await box('Inputs'),
      await box('Process'),
      await box('Outputs'),
    ];
    expect(narrowIn.y).toBeLessThan(narrowSteps.y);
    expect(narrowSteps.y).toBeLessThan(narrowOut.y);
    expect(narrowSteps.x + narrowSteps.width).toBeLessThanOrEqual(320);
  });
});

const stages = parse(
  readFileSync(new URL('../../content/workflow/stages.yaml', import.meta.url), 'utf8'),
) as {
  id: string;
  title: string;
  checklists: string[];
}[];

test.describe('the workflow data on the pages', () => {
  test('the matrix has a row for each of the six stages, linking to its page', async ({ page }) => {
    await page.goto('/workflow/');
    const table = page.getByRole('table', { name: /responsibilities at each of the six delivery stages/ });
    await expect(table.getByRole('columnheader')).toHaveText(['Stage', 'Frontend', 'Backend']);
    await expect(table.getByRole('rowheader').getByRole('link')).toHaveText(stages.map((s) => s.title));
  });

  for (const stage of stages) {
    test(`/workflow/${stage.id}/ shows the stage's tasks, handoffs and related checklists`, async ({
      page,
    }) => {
      await page.goto(`/workflow/${stage.id}/`);
      for (const heading of [
        'Goals',
        'Frontend tasks',
        'Backend tasks',
        'Handoffs',
        'Entry criteria',
        'Exit criteria',
      ]) {
        await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
      }
      const checklistLinks = page.getByRole('region', { name: 'Related checklists' }).getByRole('link');
      const hrefs = await checklistLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(hrefs).toEqual(stage.checklists.map((id) => `/checklists/${id}/`));
    });
  }
});
