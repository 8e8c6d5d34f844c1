/**
 * The one source of the handbook's HTTP security and caching headers.
 *
 * The build (`config/csp-integration.ts`) hashes what each built page
 * inlines, then renders the same policy three ways from this file:
 * - `dist/_headers` for Netlify and Cloudflare Pages ({@link renderHeadersFile});
 * - `dist/_nginx/*.conf`, included by the committed `deploy/nginx.conf`
 *   ({@link renderNginxCspMap}, {@link renderNginxHeaders});
 * - a `<meta http-equiv="Content-Security-Policy">` in every page, which is all
 *   GitHub Pages can do ({@link metaPolicy}).
 *
 * Sources: CSP Level 3 (https://www.w3.org/TR/CSP3/), and the rules of MDN's
 * HTTP Observatory (https://developer.mozilla.org/en-US/observatory/docs/tests_and_scoring).
 */

/** What one built page inlines, as CSP hash sources (`'sha256-…'`). */
export interface PageInlines {
  /** The page's file under `dist/`, with a leading slash: `/roles/backend/index.html`, `/404.html`. */
  path: string;
  /** Hashes of inline `<script>` elements that run (not JSON data blocks). */
  scriptHashes: string[];
  /** Hashes of inline `<style>` elements. */
  styleHashes: string[];
  /** Hashes of `style="…"` attribute values (need `'unsafe-hashes'`). */
  styleAttrHashes: string[];
  /**
   * The page holds an API reference (`<api-reference>`): once Redoc hydrates,
   * its styled-components writes `<style>` elements at run time, whose hashes
   * cannot be known at build, so such a page alone gets `style-src
   * 'unsafe-inline'` (styles only; scripts stay hashed). Whole specs on
   * `/api/<id>/` and the pages of a split spec, `/api/<id>/<page>/`, have one;
   * the indexes `/api/` and `/api/<id>/` of a split spec are plain lists and stay strict.
   */
  runtimeStyles: boolean;
}

/** Directives that are the same on every page. Order is the rendered order. */
const FIXED_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['img-src', "'self' data:"],
  // Pagefind runs its search in a worker and compiles WebAssembly.
  ['worker-src', "'self' blob:"],
  ['connect-src', "'self'"],
];

/** `frame-ancestors` only works as a header: browsers ignore it (with a console error) in a `<meta>` policy. */
const HEADER_ONLY_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [['frame-ancestors', "'none'"]];

const sorted = (xs: string[]) => [...new Set(xs)].sort();

/**
 * The Content-Security-Policy of one page, as sent in the header.
 * `script-src` never gets `'unsafe-inline'` or `'unsafe-eval'`; `style-src`
 * gets `'unsafe-inline'` on API reference pages only (then without hashes,
 * since a hash would make browsers ignore `'unsafe-inline'`).
 */
export function pagePolicy(page: PageInlines): string {
  return renderPolicy([...FIXED_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES, ...fetchDirectives(page)]);
}

/** The same policy without the directives a `<meta>` element cannot carry. */
export function metaPolicy(page: PageInlines): string {
  return renderPolicy([...FIXED_DIRECTIVES, ...fetchDirectives(page)]);
}

function fetchDirectives(page: PageInlines): Array<[string, string]> {
  const scripts = ["'self'", "'wasm-unsafe-eval'", ...sorted(page.scriptHashes)];
  const styles = page.runtimeStyles
    ? ["'self'", "'unsafe-inline'"]
    : [
        "'self'",
        ...(page.styleAttrHashes.length ? ["'unsafe-hashes'"] : []),
        ...sorted([...page.styleHashes, ...page.styleAttrHashes]),
      ];
  return [
    ['script-src', scripts.join(' ')],
    ['style-src', styles.join(' ')],
  ];
}

/** A policy string as directive name → sources, e.g. `script-src` → `["'self'", "'sha256-…'"]`. */
export function parsePolicy(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

function renderPolicy(directives: ReadonlyArray<readonly [string, string]>): string {
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/**
 * Headers every response gets besides the CSP. `Permissions-Policy` lists
 * only features Chromium, Firefox and Safari all know: an unknown feature
 * name makes Chromium log a console error on every page.
 */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/** HSTS, two years: only for hosts that serve HTTPS (Netlify, Cloudflare Pages, an nginx with TLS). */
export const HSTS = 'max-age=63072000; includeSubDomains';

/** `Cache-Control` for files whose names carry a content hash. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** `Cache-Control` for everything else (HTML, `pagefind-entry.json`, favicon): revalidate each time. */
export const REVALIDATE = 'no-cache';

/**
 * Path patterns (Netlify/Cloudflare `_headers` syntax) of content-hashed
 * files: Astro's bundles, and Pagefind's index, fragments, filters and meta
 * file (`pagefind.en_<hash>.pf_meta`). `pagefind-entry.json` and
 * `pagefind.js` keep their names across builds, so they revalidate.
 */
export const IMMUTABLE_PATHS = [
  '/_astro/*',
  '/pagefind/index/*',
  '/pagefind/fragment/*',
  '/pagefind/filter/*',
  '/pagefind/*.pf_meta',
];

/**
 * `dist/_headers` for Netlify and Cloudflare Pages: common headers and HSTS on
 * every path, a per-page CSP on each page's path, immutable caching on hashed
 * files. Both hosts join repeated header names with commas, so each header
 * appears in one matching rule only: both already send
 * `max-age=0, must-revalidate` for everything else, which is the revalidation
 * HTML and `pagefind-entry.json` need.
 */
export function renderHeadersFile(pages: PageInlines[]): string {
  const lines = [
    '# Generated by config/csp-integration.ts from config/security-headers.ts. Do not edit.',
    '/*',
  ];
  for (const [name, value] of Object.entries(COMMON_HEADERS)) lines.push(`  ${name}: ${value}`);
  lines.push(`  Strict-Transport-Security: ${HSTS}`, '');
  for (const pattern of IMMUTABLE_PATHS) lines.push(pattern, `  Cache-Control: ${IMMUTABLE}`, '');
  // One rule a page, at its canonical URL (`/a/`, not `/a/index.html`): Cloudflare reads at most 100 rules.
  for (const page of sortedPages(pages)) {
    lines.push(servedPaths(page.path)[0]!, `  Content-Security-Policy: ${pagePolicy(page)}`, '');
  }
  return lines.join('\n');
}

/**
 * `dist/_nginx/csp-map.conf`: an nginx `map` from the request URI (after
 * `try_files` and `error_page` rewrites, so `/404.html` for a missing page) to
 * that page's CSP. Other URIs (CSS, JS, JSON) get the strictest policy.
 */
export function renderNginxCspMap(pages: PageInlines[]): string {
  const lines = [
    '# Generated by config/csp-integration.ts from config/security-headers.ts. Do not edit.',
    'map $uri $wdh_csp {',
    `  default "${pagePolicy({ path: '', scriptHashes: [], styleHashes: [], styleAttrHashes: [], runtimeStyles: false })}";`,
  ];
  for (const page of sortedPages(pages)) {
    for (const path of servedPaths(page.path)) lines.push(`  ${nginxString(path)} "${pagePolicy(page)}";`);
  }
  lines.push('}', '');
  return lines.join('\n');
}

/**
 * `dist/_nginx/headers.conf`: the `add_header` lines every `location` of
 * `deploy/nginx.conf` includes (nginx drops a server's `add_header`s in a
 * location that has its own, so each location includes this file). HSTS is
 * left to the TLS server block. `always` keeps the headers on 404s.
 */
export function renderNginxHeaders(): string {
  const lines = ['# Generated by config/csp-integration.ts from config/security-headers.ts. Do not edit.'];
  lines.push('add_header Content-Security-Policy $wdh_csp always;');
  for (const [name, value] of Object.entries(COMMON_HEADERS))
    lines.push(`add_header ${name} "${value}" always;`);
  lines.push('');
  return lines.join('\n');
}

/** `/a/b/index.html` is also served as `/a/b/`; `/404.html` only as itself. */
function servedPaths(file: string): string[] {
  return file.endsWith('/index.html') ? [file.slice(0, -'index.html'.length), file] : [file];
}

function sortedPages(pages: PageInlines[]): PageInlines[] {
  return [...pages].sort((a, b) => a.path.localeCompare(b.path));
}

function nginxString(value: string): string {
  if (/["\\$\s;{}]/.test(value))
    throw new Error(`security-headers: cannot put the path "${value}" in nginx.conf`);
  return value;
}
