import { COMMON_HEADERS, IMMUTABLE, parsePolicy } from '../../config/security-headers.ts';
import { expect, sitemapPaths, test } from './test-utils.ts';

/*
 * The production server config (deploy/nginx.conf, which Playwright's web
 * server runs) and the security headers it sends. Every other spec runs on the
 * same nginx, and test-utils' `cspViolations` fixture fails any of them that
 * trips the Content-Security-Policy; this file checks the headers themselves,
 * and the page interactions most likely to need something the policy forbids.
 */

test.describe('headers of every page in the sitemap', () => {
  test.describe.configure({ timeout: 120_000 });
  // One HTTP request a page, no browser tab: fast even for every page.
  test('status 200, the security headers, a strict CSP matching the page’s <meta>, revalidation, gzip', async ({
    request,
  }) => {
    const paths = sitemapPaths();
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      const response = await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } });
      const headers = response.headers();
      expect(response.status(), path).toBe(200);
      for (const [name, value] of Object.entries(COMMON_HEADERS))
        expect(headers[name.toLowerCase()], `${path} ${name}`).toBe(value);
      expect(headers['cache-control'], `${path} Cache-Control`).toBe('no-cache');
      expect(headers['content-encoding'], `${path} gzip`).toBe('gzip');

      const csp = parsePolicy(headers['content-security-policy'] ?? '');
      expect(csp.get('default-src'), path).toEqual(["'self'"]);
      expect(csp.get('object-src'), path).toEqual(["'none'"]);
      expect(csp.get('base-uri'), path).toEqual(["'self'"]);
      expect(csp.get('form-action'), path).toEqual(["'self'"]);
      expect(csp.get('frame-ancestors'), path).toEqual(["'none'"]);
      expect(csp.get('img-src'), path).toEqual(["'self'", 'data:']);
      expect(csp.get('worker-src'), path).toEqual(["'self'", 'blob:']);
      const scripts = csp.get('script-src') ?? [];
      expect(scripts.slice(0, 2), path).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(
        scripts.slice(2).every((s) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(s)),
        `${path} script-src: hashes only`,
      ).toBe(true);
      const html = await response.text();
      const styles = csp.get('style-src') ?? [];
      if (html.includes('<api-reference')) expect(styles, path).toEqual(["'self'", "'unsafe-inline'"]);
      else
        expect(
          styles.filter((s) => !s.startsWith("'sha256-")),
          path,
        ).toEqual(["'self'", "'unsafe-hashes'"]);

      // The <meta> copy (for GitHub Pages) is the same policy less frame-ancestors.
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
      const expected = new Map(csp);
      expected.delete('frame-ancestors');
      expect(parsePolicy(meta?.replaceAll('&quot;', '"') ?? ''), `${path} <meta> policy`).toEqual(expected);
    }
  });

  test('hashed files are immutable, Pagefind’s entry point revalidates, host files stay private', async ({
    request,
  }) => {
    const home = await (await request.get('/')).text();
    const asset = /(?:src|href)="(\/_astro\/[^"]+)"/.exec(home)?.[1];
    expect(asset, 'an /_astro/ file linked from the home page').toBeTruthy();
    const hashed = await request.get(asset!);
    expect(hashed.status()).toBe(200);
    expect(hashed.headers()['cache-control']).toBe(IMMUTABLE);
    expect(hashed.headers()['x-content-type-options']).toBe('nosniff');

    const entry = await request.get('/pagefind/pagefind-entry.json');
    expect(entry.status()).toBe(200);
    expect(entry.headers()['cache-control']).toBe('no-cache');
    const { languages } = (await entry.json()) as { languages: Record<string, { hash: string }> };
    const { hash } = Object.values(languages)[0]!;
    const meta = await request.get(`/pagefind/pagefind.${hash}.pf_meta`);
    expect(meta.status()).toBe(200);
    expect(meta.headers()['cache-control']).toBe(IMMUTABLE);

    for (const path of ['/_headers', '/_nginx/csp-map.conf'])
      expect((await request.get(path)).status(), path).toBe(404);
  });

  test('a missing page gets the site’s 404 page with status 404 and the headers', async ({ request }) => {
    const response = await request.get('/no/such/page/');
    expect(response.status()).toBe(404);
    expect(await response.text()).toContain('<h1');
    expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
  });

  test('a directory without its slash redirects to it, on the same host and port', async ({
    request,
    baseURL,
  }) => {
    const path = sitemapPaths().find((p) => p !== '/')!;
    const response = await request.get(path.replace(/\/$/, ''), { maxRedirects: 0 });
    expect(response.status()).toBe(301);
    expect(new URL(response.headers()['location']!, baseURL).href).toBe(new URL(path, baseURL).href);
  });
});

test.describe('pages in use under the policy: no violation, no console error', () => {
  test.describe.configure({ timeout: 120_000 });
  const first = (prefix: string) => sitemapPaths().find((p) => p.startsWith(prefix) && p !== prefix)!;

  test('the detector sees a blocked inline script', async ({ page, cspViolations }) => {
    await page.goto('/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
    });
    // Reported twice: once by the header policy, once by the <meta> copy.
    await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
    expect(cspViolations[0]).toContain('script-src');
    expect(await page.evaluate(() => 'injected' in window)).toBe(false);
    cspViolations.length = 0; // seen; let the fixture's own check pass
  });

  test('search: opened and typed in', async ({ page, consoleErrors }) => {
    await page.goto('/');
    await page
      .getByRole('button', { name: /search/i })
      .first()
      .click();
    const dialog = page.getByRole('dialog', { name: 'Search' });
    const input = dialog.getByRole('combobox', { name: 'Search' });
    await expect(input).toBeFocused();
    await input.fill('API');
    // Results are options of the results listbox (the filter <select>s hold options too).
    const results = dialog.getByRole('listbox', { name: 'Results' });
    await expect(results.getByRole('option').first()).toBeVisible({ timeout: 30_000 });
    expect(consoleErrors).toEqual([]);
  });

  test('a checklist: an item ticked', async ({ page, consoleErrors }) => {
    await page.goto(first('/checklists/'));
    const box = page.locator('main input[type="checkbox"]').first();
    await box.check();
    await expect(box).toBeChecked();
    expect(consoleErrors).toEqual([]);
  });

  test('a comparison: sorted by a column', async ({ page, consoleErrors }) => {
    await page.goto(first('/comparisons/'));
    const column = page
      .locator('comparison-table thead th')
      .filter({ has: page.getByRole('button') })
      .nth(1);
    await column.getByRole('button').click();
    await expect(column).toHaveAttribute('aria-sort', /ascending|descending/);
    expect(consoleErrors).toEqual([]);
  });

  test('an API page: Redoc hydrated', async ({ page, consoleErrors }) => {
    await page.goto(first('/api/'));
    await page.locator('api-reference').hover();
    await expect(page.locator('api-reference[data-hydrated]')).toHaveCount(1, { timeout: 90_000 });
    expect(consoleErrors).toEqual([]);
  });
});
