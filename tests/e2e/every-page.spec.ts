import { axeViolations, expect, sitemapPaths, test } from './test-utils.ts';

/*
 * One test per URL in the sitemap: the page loads, is well formed, stays on
 * this host, logs no errors, passes axe in both themes and reflows at 320 px (WCAG 2.2).
 */
// Three axe runs on a long page can take a while on a loaded 2-core machine.
test.describe.configure({ timeout: 90_000 });

for (const path of sitemapPaths()) {
  test(`${path} is whole, private, accessible and reflows at 320 px`, async ({
    page,
    foreignRequests,
    consoleErrors,
  }) => {
    const response = await page.goto(path);
    expect(response?.status(), 'HTTP status').toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    expect((await page.title()).trim()).not.toBe('');

    expect(await axeViolations(page), 'axe violations in the light theme').toEqual([]);
    await page.evaluate(() => (document.documentElement.dataset['theme'] = 'dark'));
    expect(await axeViolations(page), 'axe violations in the dark theme').toEqual([]);

    // WCAG 2.2 SC 1.4.10 Reflow: content fits 320 CSS px without scrolling sideways.
    await page.setViewportSize({ width: 320, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'horizontal overflow at 320 px (px)').toBeLessThanOrEqual(0);
    // Content that scrolls sideways only on a phone must still be reachable by keyboard.
    expect(await axeViolations(page), 'axe violations at 320 px (dark theme)').toEqual([]);

    await page.waitForLoadState('networkidle');
    expect(foreignRequests, 'requests to other hosts').toEqual([]);
    expect(consoleErrors, 'console errors').toEqual([]);
  });
}
