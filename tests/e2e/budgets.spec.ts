import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import { BASELINE, BUDGETS, maxApiCss, maxCss, maxHtmlGzip, maxJsGzip } from '../../bench/budgets.ts';
import { pagePath } from '../../bench/lib/synth.ts';
import { allPagePaths, measurePage, type PageWeight } from '../../bench/lib/weight.ts';

/**
 * Byte budgets (bench/budgets.ts) on every page of the built dist/. Reads
 * files only: no browser, no rebuild. Timings are the bench's business
 * (`npm run bench`), never asserted here.
 */
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const isApi = (p: string): boolean => p.startsWith(BUDGETS.apiPrefix);

let weights: PageWeight[] = [];
test.beforeAll(() => {
  weights = allPagePaths(dist).map((p) => measurePage(dist, p));
});

test('measures every page of the built site', () => {
  // Guards against a budget run that silently measured nothing.
  expect(weights.length, 'pages found in dist/').toBeGreaterThan(10);
  expect(weights.map((w) => w.path)).toContain('/');
});

test('keeps JavaScript on every non-API page within the plain Starlight page plus 8 KB gzip', () => {
  const over = weights
    .filter((w) => !isApi(w.path) && w.js.gzip > maxJsGzip)
    .map((w) => `${w.path}: JS ${kb(w.js.gzip)} gzip > limit ${kb(maxJsGzip)} (${w.jsFiles.join(', ')})`);
  expect(over).toEqual([]);
});

/**
 * Content pages: handbook pages (content/handbook/) that embed none of our
 * components (no import from src/components/), so they carry only the
 * shell's scripts: Starlight's, search and the page actions.
 */
function contentPagePaths(): string[] {
  const root = new URL('../../content/handbook/', import.meta.url);
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter(
      (f) =>
        /\.mdx?$/.test(f) && !/from '[^']*src\/components\//.test(readFileSync(new URL(f, root), 'utf8')),
    )
    .map(pagePath);
}

test('keeps JavaScript on content pages, before any interaction, within the plain Starlight page (issue #11)', () => {
  const paths = new Set(contentPagePaths());
  const pages = weights.filter((w) => paths.has(w.path));
  expect(pages.length, 'content pages measured').toBe(paths.size);
  const over = pages
    .filter((w) => w.js.gzip > BASELINE.js.gzip)
    .map((w) => `${w.path}: JS ${w.js.gzip} B gzip > plain ${BASELINE.js.gzip} B (${w.jsFiles.join(', ')})`);
  expect(over).toEqual([]);
});

test('keeps the HTML of every non-API page within its budget, which a whole-site sidebar would outgrow', () => {
  const over = weights
    .filter((w) => !isApi(w.path) && w.html.gzip > maxHtmlGzip)
    .map((w) => `${w.path}: HTML ${kb(w.html.gzip)} gzip > limit ${kb(maxHtmlGzip)}`);
  expect(over).toEqual([]);
});

test('loads Redoc only on API reference pages', () => {
  const leaks = weights
    .filter((w) => !isApi(w.path) && w.redocFiles.length > 0)
    .map((w) => `${w.path}: loads Redoc from ${w.redocFiles.join(', ')}`);
  expect(leaks).toEqual([]);
});

test('keeps CSS on every non-API page within 1.2 times the plain Starlight page', () => {
  const over = weights
    .filter((w) => !isApi(w.path))
    .flatMap((w) =>
      (['raw', 'gzip'] as const)
        .filter((k) => w.css[k] > maxCss[k])
        .map(
          (k) => `${w.path}: CSS ${kb(w.css[k])} ${k} > limit ${kb(maxCss[k])} (${w.cssFiles.join(', ')})`,
        ),
    );
  expect(over).toEqual([]);
});

test("keeps CSS on API pages within that limit plus Redoc's inlined styles", () => {
  const api = weights.filter((w) => isApi(w.path));
  expect(api.length, 'API pages measured').toBeGreaterThan(0);
  const over = api.flatMap((w) =>
    (['raw', 'gzip'] as const)
      .filter((k) => w.css[k] > maxApiCss[k])
      .map(
        (k) => `${w.path}: CSS ${kb(w.css[k])} ${k} > limit ${kb(maxApiCss[k])} (${w.cssFiles.join(', ')})`,
      ),
  );
  expect(over).toEqual([]);
});

test('compares against a baseline measured with the installed Starlight version', () => {
  const pkg = fileURLToPath(new URL('../../node_modules/@astrojs/starlight/package.json', import.meta.url));
  const installed = (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
  const minor = (v: string): string => v.split('.').slice(0, 2).join('.');
  expect(
    minor(installed),
    `Starlight ${installed} is installed but BASELINE in bench/budgets.ts was measured with ${BASELINE.starlight}: ` +
      'run `npm run bench -- --only=baseline` and update BASELINE.',
  ).toBe(minor(BASELINE.starlight));
});
