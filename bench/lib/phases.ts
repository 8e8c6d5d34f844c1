/**
 * Where one `astro build` spent its time, read from its log (Astro 7.3's
 * wording; a phase whose line is missing is `null`, so a rewording shows as
 * a gap in the report rather than a wrong figure).
 */
export interface BuildPhases {
  /** Astro's own total, "N page(s) built in X s"; wall time minus this is start-up (loading config, Vite). */
  astroMs: number | null;
  /** "Collecting build info… ✓ Completed in": content layer sync and route collection. */
  collectMs: number | null;
  /** Sum of Vite's "✓ built in" (server and client bundles). */
  viteMs: number | null;
  /** "generating static routes … ✓ Completed in": rendering every page and endpoint. */
  renderMs: number | null;
  /** Pagefind's "Finished building search index in". */
  pagefindMs: number | null;
  /** The per-route "(+N ms)" figures summed by kind of route ({@link routeKind}). */
  routes: Record<string, { count: number; ms: number }>;
}

const ESC = new RegExp(String.fromCharCode(27) + String.raw`\[[0-9;]*m`, 'g');

/** One duration as Astro prints it: "950ms", "8.20s" or "1m 27s". */
const DURATION = String.raw`((?:\d+m )?[\d.]+)(ms|s)`;

/** "950ms", "8.20s" or "1m 27s" (value and unit split as {@link DURATION} captures them) → milliseconds. */
function duration(value: string, unit: string): number {
  const [min, rest] = value.includes('m ') ? value.split('m ') : ['0', value];
  return Math.round(Number(min) * 60_000 + Number(rest) * (unit === 's' ? 1000 : 1));
}

/**
 * The kind of a built route, for summing render times: `api`, `checklists`,
 * `comparisons`, `data` (non-HTML endpoints: .json, .yaml, .md, .xml),
 * `synthetic rich` (a generated page with a checklist and a comparison: every
 * tenth, bench/lib/synth.ts), `synthetic` or `page`.
 *
 * @param route the path Astro prints, e.g. `/section-01/page-0010/index.html`.
 */
export function routeKind(route: string): string {
  if (!route.endsWith('.html')) return 'data';
  const top = /^\/(api|checklists|comparisons)\//.exec(route)?.[1];
  if (top) return top;
  const n = /\/page-(\d+)\//.exec(route)?.[1];
  if (n !== undefined) return Number(n) % 10 === 0 ? 'synthetic rich' : 'synthetic';
  return 'page';
}

/**
 * Reads the phases of one build from its combined stdout and stderr.
 *
 * @example buildPhases('20:05:43 [build] 77 page(s) built in 23.74s').astroMs // 23740
 */
export function buildPhases(log: string): BuildPhases {
  const text = log.replace(ESC, '');
  const one = (pattern: string, flags = ''): number | null => {
    const m = new RegExp(pattern.replace('DURATION', DURATION), flags).exec(text);
    return m ? duration(m[1]!, m[2]!) : null;
  };
  const vite = [...text.matchAll(new RegExp(String.raw`\[vite\] ✓ built in ${DURATION}`, 'g'))].map((m) =>
    duration(m[1]!, m[2]!),
  );
  const routes: BuildPhases['routes'] = {};
  // A route's "(+N ms)" can land lines after its path when the page logs
  // something while it renders, so pair each figure with the last path seen.
  let pending: string | undefined;
  for (const line of text.split('\n')) {
    const path = /[├└]─ (\/[^\s\d]\S*?|\/)(?=\s|\d\d:|$)/.exec(line)?.[1];
    if (path) pending = path.replace(/(\.html).*$/, '$1');
    const ms = /\(\+(\d+)ms\)/.exec(line)?.[1];
    if (ms && pending) {
      const r = (routes[routeKind(pending)] ??= { count: 0, ms: 0 });
      r.count += 1;
      r.ms += Number(ms);
      pending = undefined;
    }
  }
  return {
    astroMs: one(String.raw`page\(s\) built in DURATION`),
    collectMs: one(String.raw`Collecting build info\.\.\.\n[^\n]*✓ Completed in DURATION`),
    viteMs: vite.length > 0 ? vite.reduce((a, b) => a + b, 0) : null,
    renderMs: one(String.raw`^\d\d:\d\d:\d\d ✓ Completed in DURATION`, 'm'),
    pagefindMs: one(String.raw`Finished building search index in DURATION`),
    routes,
  };
}
