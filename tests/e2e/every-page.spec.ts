import { statSync } from 'node:fs';
import {
  axeViolations,
  expect,
  NARROW_AXE_RULES,
  sitemapPaths,
  test,
  THEME_AXE_RULES,
} from './test-utils.ts';

/*
 * One test per URL in the sitemap: the page loads, is well formed, stays on
 * this host, logs no errors, passes axe in the light theme, and reflows at
 * 320 px (WCAG 2.2 SC 1.4.10).
 *
 * A sample also gets axe's colour rules in the dark theme, and its layout
 * and colour rules at 320 px in the light theme (see test-utils.ts): in
 * every group of pages (the first path segment: /roles/, /checklists/,
 * /api/…) its first page in the sitemap and its largest built page. Pages of
 * a group share their layout and components, and the theme's colours come
 * from those, so the sample sees every component in both themes and at a
 * phone's width, while the suite stays inside CI's 20-minute budget: axe's
 * colour rules are its costliest, and running them twice on every page took
 * a third of the browser tests' time.
 */
test.describe.configure({ timeout: 90_000 });

/** Size in bytes of the built HTML of a sitemap path. */
const htmlBytes = (path: string) => statSync(new URL(`../../dist${path}index.html`, import.meta.url)).size;

/** The sampled paths: per group, the first in sitemap order and the largest. */
function narrowSample(paths: string[]): Set<string> {
  const groups = Map.groupBy(paths, (p) => p.split('/')[1] ?? '');
  return new Set(
    [...groups.values()].flatMap((group) => [
      group[0]!,
      group.reduce((a, b) => (htmlBytes(b) > htmlBytes(a) ? b : a)),
    ]),
  );
}

const paths = sitemapPaths();
const sample = narrowSample(paths);

for (const path of paths) {
  const inSample = sample.has(path);
  test(`${path} is whole, private, accessible${inSample ? ' in both themes and at 320 px' : ''} and reflows at 320 px`, async ({
    page,
    foreignRequests,
    consoleErrors,
  }) => {
    // Three axe runs on a long page (a Redoc reference) can outlast 90 s on a loaded 2-core machine.
    if (inSample) test.setTimeout(180_000);
    const response = await page.goto(path);
    expect(response?.status(), 'HTTP status').toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    expect((await page.title()).trim()).not.toBe('');

    expect(await axeViolations(page), 'axe violations in the light theme').toEqual([]);
    if (inSample) {
      await page.evaluate(() => (document.documentElement.dataset['theme'] = 'dark'));
      expect(
        await axeViolations(page, { only: THEME_AXE_RULES }),
        'axe violations in the dark theme',
      ).toEqual([]);
    }

    // WCAG 2.2 SC 1.4.10 Reflow: content fits 320 CSS px without scrolling sideways.
    await page.setViewportSize({ width: 320, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'horizontal overflow at 320 px (px)').toBeLessThanOrEqual(0);
    if (inSample) {
      // Content that scrolls sideways only on a phone must still be reachable by
      // keyboard. Back in the light theme, whose dark text fails if anything
      // lays it over Redoc's (always dark) code panels, which stack under the
      // text at this width: `content-visibility: auto` on operations once did.
      await page.evaluate(() => (document.documentElement.dataset['theme'] = 'light'));
      expect(
        await axeViolations(page, { only: NARROW_AXE_RULES }),
        'axe violations at 320 px (light theme)',
      ).toEqual([]);
    }

    await page.waitForLoadState('networkidle');
    expect(foreignRequests, 'requests to other hosts').toEqual([]);
    expect(consoleErrors, 'console errors').toEqual([]);
  });
}
