/**
 * Byte budgets, checked on every page of the built site by
 * tests/e2e/budgets.spec.ts (in `npm test`) and reported by `npm run bench`.
 * Figures are bytes; "gzip" is zlib level 6. What counts towards a page is
 * defined in bench/lib/weight.ts (first view, search not opened).
 *
 * Source of the targets: issue 7, "Performance: one benchmark command, a
 * plain-Starlight baseline in the same run, and byte budgets in the tests".
 */

/**
 * A plain Starlight page, measured by `npm run bench`: a generated page of the
 * smallest plain-Starlight synthetic site (bench/out/synth-plain-100/, page
 * /section-01/page-0001/: ~600 words, headings, a table and a code block, so
 * it carries Expressive Code's CSS and copy-button script, the most a plain
 * Starlight content page ships).
 *
 * Why committed figures rather than measured at test time: `npm test` must not
 * build a second site, and Starlight's assets only take their final shape in
 * a build (bundled, split, hashed), so reading them from node_modules would
 * not match what a plain site ships.
 *
 * To refresh (after upgrading Astro or Starlight): `npm run bench -- --only=baseline`,
 * then copy the figures it prints (also in bench/report.md, "Baseline") here,
 * with the date and versions. The budget test fails when the installed
 * Starlight minor version differs from `starlight` below, to ask for this.
 */
export const BASELINE = {
  measured: '2026-12-04',
  astro: '7.3.5',
  starlight: '0.42.4',
  /** Linked and inline JS of the plain page, static imports followed. */
  js: { raw: 15872, gzip: 7049 },
  /** Linked and inline CSS of the plain page (print stylesheet included, as in ours). */
  css: { raw: 85454, gzip: 16332 },
} as const;

export const BUDGETS = {
  /**
   * Extra JS (gzip) a non-API page may ship over the plain page: our custom
   * elements (checklists, comparisons, search fix) together. Applies to every
   * page outside /api/ (the issue names content, checklist and comparison
   * pages; landing, 404 and index pages are held to it too).
   */
  jsGzipOverBaseline: 8 * 1024,
  /** Total CSS of any page, raw and gzip, at most this multiple of the plain page's (Tailwind and our components). */
  cssFactor: 1.2,
  /**
   * HTML (gzip, inline scripts and styles excluded) of any non-API page.
   * Each page carries only its own sidebar section (src/lib/section-sidebar.ts),
   * so this does not depend on the size of the handbook; a page that renders
   * the whole site's sidebar again would outgrow it as pages are added.
   * Measured on 2026-12-01 (bench/report.md): largest page
   * /choosing/backend/ (with a comparison) 16.4 KB, median page 8.1 KB;
   * the limit leaves room for long pages.
   */
  htmlGzip: 24 * 1024,
  /** Pages under this path prefix are API reference pages: the only ones that may load Redoc. */
  apiPrefix: '/api/',
  /**
   * Extra CSS an API reference page may ship on top of `cssFactor`: the
   * styles Redoc's server render inlines (styled-components' ServerStyleSheet,
   * measured at 10.7 KB raw / 2.4 KB gzip over `maxCss` for the 16-operation
   * `projects` spec on 2026-12-01: 113,462 − 102,544 bytes raw, 22,052 −
   * 19,599 gzip, bench/report.json). This MISSES issue 7's "total CSS at most
   * 1.2x the baseline" on API pages; it is a ceiling so the cost cannot grow
   * unnoticed, not a target met. Trimming Redoc's unused component styles is
   * the open follow-up.
   */
  apiCssAllowance: { raw: 16 * 1024, gzip: 3 * 1024 },
} as const;

/** Largest gzip JS a non-API page may ship, in bytes. */
export const maxJsGzip = BASELINE.js.gzip + BUDGETS.jsGzipOverBaseline;
/** Largest HTML (gzip) a non-API page may ship, in bytes. */
export const maxHtmlGzip = BUDGETS.htmlGzip;
/** Largest CSS any non-API page may ship, in bytes (raw and gzip). */
export const maxCss = {
  raw: Math.floor(BASELINE.css.raw * BUDGETS.cssFactor),
  gzip: Math.floor(BASELINE.css.gzip * BUDGETS.cssFactor),
} as const;
/** Largest CSS an API reference page may ship: {@link maxCss} plus Redoc's inlined styles. */
export const maxApiCss = {
  raw: maxCss.raw + BUDGETS.apiCssAllowance.raw,
  gzip: maxCss.gzip + BUDGETS.apiCssAllowance.gzip,
} as const;
