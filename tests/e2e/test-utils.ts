import { readdirSync, readFileSync } from 'node:fs';
import { sep } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * Paths of every page in the built sitemap (dist/sitemap-0.xml), e.g.
 * `/roles/backend/`. Read from disk once; the site must be built first.
 */
export function sitemapPaths(): string[] {
  const xml = readFileSync(new URL('../../dist/sitemap-0.xml', import.meta.url), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/**
 * URL paths of the handbook pages, one for each MDX file in content/handbook/
 * (`roles/backend.mdx` → `/roles/backend/`, `index.mdx` → `/`), sorted. Pages
 * our routes add (/search/, /changes/, /checklists/…) are not handbook pages.
 */
export function handbookPaths(): string[] {
  const root = new URL('../../content/handbook/', import.meta.url);
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => {
      const slug = f
        .split(sep)
        .join('/')
        .replace(/\.mdx?$/, '')
        .replace(/(?:^|\/)index$/, '');
      return slug ? `/${slug}/` : '/';
    })
    .sort();
}

/** Switches Starlight's theme before any page script runs, so there is no flash to wait out. */
export async function useTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
  await page.emulateMedia({ colorScheme: theme });
}

/**
 * Rules run on every page on top of the WCAG 2.2 AA tags: `heading-order`
 * (best practice) and `label-content-name-mismatch` (tagged experimental, so
 * no tag selects it) guard our overrides of Starlight and Redoc, and
 * `color-contrast` is named so it can never drop out with a tag change.
 * axe's `rules` option enables a rule whatever `runOnly` says.
 */
export const EXTRA_AXE_RULES = ['heading-order', 'label-content-name-mismatch', 'color-contrast'];

/**
 * The axe rules whose outcome depends on colour, for a second pass after a
 * theme switch: the rest read the DOM and ARIA, which a theme does not change.
 */
export const THEME_AXE_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * The axe rules whose outcome depends on layout, for a pass at a phone's
 * width: text over other boxes (contrast), regions that now scroll, and
 * target sizes (WCAG 2.2 SC 2.5.8).
 */
export const NARROW_AXE_RULES = ['color-contrast', 'scrollable-region-focusable', 'target-size'];

/**
 * Runs axe with the WCAG 2.2 AA rule set plus {@link EXTRA_AXE_RULES} and
 * returns its violations, summarised for a readable failure.
 *
 * Runs in axe's legacy mode: axe aggregates its results in the page itself
 * instead of a blank page it opens for each run, which halved the time of
 * every run (2.5 s to 1.3 s for a full run on a handbook page). The
 * aggregation page exists for cross-origin iframes, and the handbook has none.
 *
 * @param options.exclude CSS selectors axe skips.
 * @param options.only run just these rule ids (e.g. {@link THEME_AXE_RULES})
 *   instead of the full set.
 */
export async function axeViolations(page: Page, options: { exclude?: string[]; only?: string[] } = {}) {
  const rules = Object.fromEntries(EXTRA_AXE_RULES.map((id) => [id, { enabled: true }]));
  let builder = options.only
    ? new AxeBuilder({ page }).setLegacyMode().withRules(options.only)
    : new AxeBuilder({ page })
        .setLegacyMode()
        .options({ rules })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  return violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1] ?? ''}`),
  }));
}

/**
 * The Playwright `test` with three page fixtures that every browser test gets
 * for free:
 * - `foreignRequests`: URLs the page requested from any host other than the
 *   local server (the handbook is internal: no CDNs, fonts or telemetry);
 * - `consoleErrors`: `console.error` messages and uncaught exceptions;
 * - `cspViolations` (automatic): every `securitypolicyviolation` event the
 *   page fires. It runs in every test, used or not, and fails the test after
 *   its body when the Content-Security-Policy blocked anything, with the
 *   directive, what was blocked and where.
 */
export const test = base.extend<{
  foreignRequests: string[];
  consoleErrors: string[];
  cspViolations: string[];
}>({
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      await page.exposeBinding('__wdhCspViolation', (_source, violation: string) => {
        violations.push(violation);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          const report = (window as unknown as { __wdhCspViolation: (v: string) => void }).__wdhCspViolation;
          report(
            `${location.pathname}: ${e.effectiveDirective} blocked ${e.blockedURI || 'an inline resource'}` +
              ` at ${e.sourceFile || 'the document'}:${e.lineNumber} ${e.sample ? `(${e.sample})` : ''}`,
          );
        });
      });
      await use(violations);
      expect(violations, 'the Content-Security-Policy blocked something on the page').toEqual([]);
    },
    { auto: true },
  ],
  foreignRequests: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (req) => {
      const url = req.url();
      if (!url.startsWith(origin) && !/^(data|blob|about):/.test(url)) foreign.push(url);
    });
    await use(foreign);
  },
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(err.message));
    await use(errors);
  },
});

export { expect };
