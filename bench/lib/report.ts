import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import type { BASELINE } from '../budgets.ts';
import type { DistStats } from './dist-stats.ts';
import { largeApiSummaryRows, renderLargeApi, type LargeApiReport } from './large-api.ts';
import type { LighthouseSample } from './lighthouse.ts';
import type { BuildPhases } from './phases.ts';
import type { Summary } from './stats.ts';
import type { Flavour, SynthInfo } from './synth.ts';
import type { PageWeight } from './weight.ts';

/**
 * bench/report.json's shape, how it is read and written, and how
 * bench/report.md is rendered from it: a summary table of every target (the
 * one the README shows), then the details of each section.
 */

/** Everything the report shows; each section carries the time it was measured. */
export interface Report {
  machine?: { cpus: number; node: string; date: string; loadavg: number[] };
  build?: {
    at: string;
    /** 1-minute load average at the end of each build (2 cores shared with other work). */
    load?: Summary;
    handbook: {
      pages: number;
      wallMs: Summary;
      peakRssMiB: Summary;
      /** A plain Starlight build of the same pages (bench/lib/synth.ts, generatePlainHandbook), same run, interleaved. */
      plain?: { pages: number; wallMs: Summary; peakRssMiB: Summary };
      /** Median ours ÷ median plain. */
      ratio?: number;
      /** Where the median-time build of ours spent its time. */
      phases?: BuildPhases;
    };
    synthetic: Array<{
      pages: number;
      flavour: Flavour;
      info: Omit<SynthInfo, 'dir'>;
      wallMs: Summary;
      peakRssMiB: Summary;
      msPerPage: number;
      /** dist/ size and per-page HTML of the last build. */
      dist?: DistStats;
      /** Where the median-time build spent its time. */
      phases?: BuildPhases;
    }>;
    /** Median ours ÷ median plain, each size; min/max pair the fastest and slowest runs. */
    ratio: Array<{ pages: number; ratio: number; min?: number; max?: number }>;
    /** Least-squares line through (pages, median wall time), and the largest relative residual. */
    fit: Array<{ flavour: Flavour; msPerPage: number; fixedMs: number; maxResidual?: number }>;
    /**
     * Median page's HTML gzip at the largest size up to 1,000 pages ÷ at the
     * smallest size (issue 16: at most 1.3 from 100 to 1,000 pages).
     */
    htmlGrowth?: Array<{ flavour: Flavour; from: number; to: number; growth: number }>;
    prerender: Record<string, number>;
  };
  weight?: {
    at: string;
    baseline: PageWeight;
    pages: Array<{ type: string; weight: PageWeight | null }>;
    limits: { jsGzip: number; css: { raw: number; gzip: number } };
  };
  baseline?: { at: string; measured: PageWeight; committed: typeof BASELINE };
  lighthouse?: {
    at: string;
    runs: number;
    pages: Array<{
      type: string;
      path: string;
      performance: Summary;
      accessibility: Summary;
      bestPractices: Summary;
      seo: Summary;
      tbtMs: Summary;
      lcpMs: Summary;
      transferBytes: Summary;
      losses: LighthouseSample['losses'];
    }>;
  };
  search?: {
    at: string;
    /** The size issue 11's target applies to: the largest measured up to 1,000 pages. */
    pages: number;
    debounceMs: number;
    sites: Array<{
      flavour: Flavour;
      /** Pages of the synthetic site searched (reports before 2026-12-04: `search.pages`). */
      pages?: number;
      index: { bytes: number; files: number };
      firstQuery: { transfer: number; raw: number; requests: number };
      idleUi: { transfer: number; raw: number; requests: number };
      /** The flavour's debounce: Pagefind UI's for plain, ours for ours. */
      debounceMs?: number;
      ms: Summary;
      timings: Array<{ query: string; ms: number }>;
    }>;
  };
  largeApi?: LargeApiReport;
  redoc?: {
    at: string;
    pages: Array<{
      path: string;
      prerenderMs: number | null;
      firstOperationMs: Summary | null;
      tbtMs: Summary | null;
    }>;
  };
}

/** bench/report.json, relative to the repository root. */
const REPORT_JSON = 'bench/report.json';

/**
 * The last saved report (bench/report.json), or an empty one when none
 * exists yet. Sections a run does not measure keep these figures.
 *
 * @param repo The repository root (absolute path).
 * @throws {SyntaxError} If bench/report.json is not valid JSON.
 */
export function loadReport(repo: string): Report {
  const file = join(repo, REPORT_JSON);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Report) : {};
}

/**
 * Writes bench/report.json (through Prettier, so that `prettier --check .`
 * passes on it), bench/report.md ({@link renderReport}) and the summary
 * table in README.md between the `<!-- bench:summary -->` markers.
 *
 * @param repo The repository root (absolute path).
 */
export async function saveReport(repo: string, report: Report): Promise<void> {
  const reportJson = join(repo, REPORT_JSON);
  const options = (await prettier.resolveConfig(reportJson)) ?? {};
  writeFileSync(
    reportJson,
    await prettier.format(JSON.stringify(report), { ...options, filepath: reportJson }),
  );
  const md = renderReport(report);
  writeFileSync(join(repo, 'bench/report.md'), md);
  // The README's "Latest figures" show the summary table, between markers.
  const readme = join(repo, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const table = md.slice(md.indexOf('| Figure |')).split('\n\n')[0]!;
  const updated = text.replace(
    /(<!-- bench:summary -->\n)[\s\S]*?(<!-- \/bench:summary -->)/,
    `$1\n${table}\n\n_${report.machine?.date.slice(0, 10) ?? ''}, full report: [bench/report.md](bench/report.md)._\n\n$2`,
  );
  if (updated !== text) writeFileSync(readme, updated);
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number): string => `${Math.round(n).toLocaleString('en')} ms`;
/** "median (min–max)". */
const mmm = (s: Summary, f: (n: number) => string): string =>
  s.n > 1 ? `${f(s.median)} (${f(s.min)}–${f(s.max)})` : f(s.median);
const ok = (pass: boolean): string => (pass ? 'met' : '**missed**');
const GAP = '_gap: not on main yet_';

const mib = (n: number): string => `${Math.round(n).toLocaleString('en')} MiB`;
const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
type Build = NonNullable<Report['build']>;
type Synthetic = Build['synthetic'][number];

/** Issue 16's targets. */
const TARGET = { ratio: 1.1, ratioAt: 1000, htmlGrowth: 1.3, memoryMiB: 24 * 1024 } as const;

/**
 * Cost per page of each step between measured sizes, from the medians:
 * (t₂ − t₁) / (n₂ − n₁). Linear growth keeps these about equal; a quadratic
 * term (a sidebar in every page) makes them climb.
 */
export function marginalCosts(
  b: Build,
  flavour: string,
): Array<{ from: number; to: number; msPerPage: number }> {
  const points = b.synthetic.filter((s) => s.flavour === flavour).sort((x, y) => x.pages - y.pages);
  return points.slice(1).map((s, i) => ({
    from: points[i]!.pages,
    to: s.pages,
    msPerPage: (s.wallMs.median - points[i]!.wallMs.median) / (s.pages - points[i]!.pages),
  }));
}

function buildRows(b: Build): string[][] {
  const rows: string[][] = [];
  const at = (pages: number, flavour: string): Synthetic | undefined =>
    b.synthetic.find((s) => s.pages === pages && s.flavour === flavour);
  for (const x of b.ratio) {
    const target = x.pages === TARGET.ratioAt;
    rows.push([
      `Build time, ours ÷ plain Starlight, ${x.pages} pages (${at(x.pages, 'ours')?.wallMs.n ?? '?'} run(s) each, interleaved)`,
      `${x.ratio.toFixed(2)}${x.min !== undefined ? ` (${x.min.toFixed(2)}–${x.max!.toFixed(2)} per pair)` : ''}; ours ${mmm(at(x.pages, 'ours')!.wallMs, ms)}, plain ${mmm(at(x.pages, 'plain')!.wallMs, ms)}`,
      target ? `≤ ${TARGET.ratio.toFixed(2)}` : '(report)',
      target ? ok(x.ratio <= TARGET.ratio) : '',
    ]);
  }
  const h = b.handbook;
  if (h.plain && h.ratio !== undefined) {
    rows.push([
      `Real handbook build, ours (${h.pages} routes) ÷ plain Starlight of the same pages (${h.plain.pages})`,
      `${h.ratio.toFixed(2)}; ours ${mmm(h.wallMs, ms)}, ${mib(h.peakRssMiB.median)} peak; plain ${mmm(h.plain.wallMs, ms)}, ${mib(h.plain.peakRssMiB.median)} peak`,
      '(report)',
      '',
    ]);
  } else {
    rows.push([
      `Real handbook build (${h.pages} pages)`,
      `${mmm(h.wallMs, ms)}, ${h.peakRssMiB.median} MiB peak`,
      '(report)',
      '',
    ]);
  }
  for (const g of b.htmlGrowth ?? []) {
    const from = at(g.from, g.flavour)!.dist!.htmlGzip;
    const to = at(g.to, g.flavour)!.dist!.htmlGzip;
    rows.push([
      `htmlGrowth, ${g.flavour}: median page HTML gzip at ${g.to} ÷ at ${g.from} pages`,
      `${g.growth.toFixed(2)} (${kb(to.median)} ÷ ${kb(from.median)})`,
      g.flavour === 'ours' ? `≤ ${TARGET.htmlGrowth}` : '(baseline)',
      g.flavour === 'ours' ? ok(g.growth <= TARGET.htmlGrowth) : '',
    ]);
  }
  const largest = Math.max(...b.synthetic.map((s) => s.pages));
  const lo = at(largest, 'ours');
  const lp = at(largest, 'plain');
  if (lo && lp && largest > TARGET.ratioAt) {
    const fits = Math.max(lo.peakRssMiB.max, lp.peakRssMiB.max) < TARGET.memoryMiB;
    rows.push([
      `${largest}-page build: wall / peak memory / dist, ours vs plain (${lo.wallMs.n} run each)`,
      `ours ${mmm(lo.wallMs, ms)} / ${mib(lo.peakRssMiB.median)} / ${mb(lo.dist!.bytes)}; plain ${mmm(lp.wallMs, ms)} / ${mib(lp.peakRssMiB.median)} / ${mb(lp.dist!.bytes)}`,
      'fits 2 cores, 24 GiB',
      ok(fits),
    ]);
  }
  const sizes = [...new Set(b.synthetic.map((s) => s.pages))].sort((x, y) => x - y);
  for (const f of sizes.length > 1 ? b.fit : []) {
    const steps = marginalCosts(b, f.flavour);
    const linear = steps.length < 2 || steps.at(-1)!.msPerPage <= 1.25 * steps[0]!.msPerPage;
    rows.push([
      `Fitted build cost, ${f.flavour} (${sizes.join(', ')} pages)`,
      `${f.msPerPage.toFixed(1)} ms/page + ${(f.fixedMs / 1000).toFixed(1)} s fixed${f.maxResidual !== undefined ? `, largest residual ${(f.maxResidual * 100).toFixed(0)}%` : ''}; per page between sizes: ${steps.map((x) => `${x.from}→${x.to} ${x.msPerPage.toFixed(1)} ms`).join(', ')}`,
      f.flavour === 'ours' ? 'linear (last step ≤ 1.25× first)' : '(baseline)',
      f.flavour === 'ours' && steps.length >= 2 ? ok(linear) : '',
    ]);
  }
  return rows;
}

/** "where the time goes" for one build. */
function phaseCells(p: BuildPhases | undefined, wallMs: number): string {
  if (!p) return '_gap_';
  const part = (label: string, v: number | null): string => `${label} ${v === null ? '?' : ms(v)}`;
  const startup = p.astroMs === null ? null : wallMs - p.astroMs;
  return [
    part('start-up', startup),
    part('collect', p.collectMs),
    part('Vite', p.viteMs),
    part('render', p.renderMs),
    part('Pagefind', p.pagefindMs),
  ].join(' · ');
}

function routeCells(p: BuildPhases | undefined): string {
  if (!p) return '';
  return Object.entries(p.routes)
    .sort((x, y) => y[1].ms - x[1].ms)
    .map(([k, v]) => `${k} ${v.count} × ${(v.ms / v.count).toFixed(0)} ms = ${ms(v.ms)}`)
    .join('; ');
}

function summary(r: Report): string[] {
  const rows: string[][] = [];
  const b = r.build;
  if (b) rows.push(...buildRows(b));
  const w = r.weight;
  if (w) {
    for (const p of w.pages) {
      if (!p.weight) {
        rows.push([`JS / CSS, ${p.type}`, GAP, '', '']);
        continue;
      }
      const api = p.type.startsWith('api');
      rows.push([
        `JS gzip, ${p.type} (${p.weight.path})`,
        kb(p.weight.js.gzip),
        api ? '(report)' : `≤ ${kb(w.limits.jsGzip)} (plain ${kb(w.baseline.js.gzip)} + 8 KB)`,
        api ? '' : ok(p.weight.js.gzip <= w.limits.jsGzip),
      ]);
      rows.push([
        `CSS gzip / raw, ${p.type}`,
        `${kb(p.weight.css.gzip)} / ${kb(p.weight.css.raw)}`,
        `≤ ${kb(w.limits.css.gzip)} / ${kb(w.limits.css.raw)} (1.2× plain)`,
        ok(p.weight.css.gzip <= w.limits.css.gzip && p.weight.css.raw <= w.limits.css.raw),
      ]);
      if (!api) {
        rows.push([
          `Redoc JS on ${p.type}`,
          p.weight.redocFiles.length ? 'yes' : 'none',
          'none',
          ok(!p.weight.redocFiles.length),
        ]);
      }
    }
  }
  const l = r.lighthouse;
  if (l) {
    for (const p of l.pages) {
      const perfTarget = p.type.startsWith('api') ? 90 : 98;
      const baseline = p.type === 'plain baseline';
      rows.push([
        `Lighthouse perf / a11y / BP / SEO, ${p.type}`,
        [p.performance, p.accessibility, p.bestPractices, p.seo].map((s) => s.median).join(' / '),
        baseline ? '(reference)' : `≥ ${perfTarget} / 100 / 100 / 100`,
        baseline
          ? ''
          : ok(
              p.performance.median >= perfTarget &&
                p.accessibility.median === 100 &&
                p.bestPractices.median === 100 &&
                p.seo.median === 100,
            ),
      ]);
    }
  }
  const s = r.search;
  if (s) {
    for (const site of s.sites) {
      const pages = site.pages ?? s.pages;
      const plain = s.sites.find((x) => x.flavour === 'plain' && (x.pages ?? s.pages) === pages);
      const debounce = site.debounceMs ?? s.debounceMs;
      const ratio =
        plain && site !== plain ? `, ${(site.ms.median / plain.ms.median).toFixed(2)}× plain` : '';
      const targeted = site.flavour === 'ours' && pages === s.pages;
      rows.push([
        `Search, last keystroke → first result, ${site.flavour}, ${pages} pages`,
        `${mmm(site.ms, ms)}${ratio}; ${ms(site.ms.median - debounce)} after the ${debounce} ms debounce`,
        targeted ? '< 100 ms (issue 11)' : site.flavour === 'ours' ? '(report)' : '(baseline)',
        targeted ? ok(site.ms.median < 100) : '',
      ]);
      rows.push([
        `Search index / first query bytes, ${site.flavour}, ${pages} pages`,
        `${kb(site.index.bytes)} in ${site.index.files} files / ${kb(site.firstQuery.transfer)} transferred`,
        '(report)',
        '',
      ]);
    }
  }
  if (r.largeApi?.runs) {
    for (const [figure, measured, target, met] of largeApiSummaryRows(r.largeApi))
      rows.push([figure, measured, target, ok(met)]);
  }
  const d = r.redoc;
  if (d) {
    for (const p of d.pages) {
      rows.push([
        `Redoc ${p.path}: prerender / first operation / TBT`,
        [
          p.prerenderMs === null ? '_gap_' : ms(p.prerenderMs),
          p.firstOperationMs ? mmm(p.firstOperationMs, ms) : '_gap_',
          p.tbtMs ? mmm(p.tbtMs, ms) : '_gap_',
        ].join(' / '),
        '(report)',
        '',
      ]);
    }
  }
  return [
    '| Figure | Measured (median, min–max) | Target | Status |',
    '| --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
}

function details(r: Report): string[] {
  const out: string[] = [];
  const b = r.build;
  if (b) {
    out.push('', `## Build (${b.at})`, '');
    out.push(
      'Cold production builds (`astro build`, caches and dist/ deleted first), timed by `/usr/bin/time -v`; ours and plain',
      'built alternately in the same run. Peak memory is the largest single process (maximum resident set size).',
      b.load
        ? `Machine load (1-minute load average on 2 cores, at the end of each build): median ${b.load.median.toFixed(1)}, ${b.load.min.toFixed(1)}–${b.load.max.toFixed(1)}.`
        : '',
      '',
      '| Site | Pages | Wall time | ms/page | Peak RSS | dist/ | Median page HTML (raw / gzip) |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      `| Real handbook, ours | ${b.handbook.pages} | ${mmm(b.handbook.wallMs, ms)} | ${(b.handbook.wallMs.median / b.handbook.pages).toFixed(0)} | ${mmm(b.handbook.peakRssMiB, mib)} | | |`,
      ...(b.handbook.plain
        ? [
            `| Real handbook, plain Starlight of the same pages | ${b.handbook.plain.pages} | ${mmm(b.handbook.plain.wallMs, ms)} | ${(b.handbook.plain.wallMs.median / b.handbook.plain.pages).toFixed(0)} | ${mmm(b.handbook.plain.peakRssMiB, mib)} | | |`,
          ]
        : []),
      ...b.synthetic.map(
        (s) =>
          `| Synthetic, ${s.flavour} | ${s.pages} | ${mmm(s.wallMs, ms)} | ${s.msPerPage.toFixed(0)} | ${mmm(s.peakRssMiB, mib)} | ${s.dist ? `${mb(s.dist.bytes)} (${s.dist.files} files)` : ''} | ${s.dist ? `${kb(s.dist.htmlRaw.median)} / ${kb(s.dist.htmlGzip.median)}${s.dist.sampled < s.dist.pages ? ` (sample of ${s.dist.sampled})` : ''}` : ''} |`,
      ),
      '',
      '### Where the build time goes',
      '',
      "From the log of the median-time build of each site: start-up (Node, config, Vite; wall time minus Astro's own total),",
      "collecting (content layer sync, routes), Vite's server and client bundles, rendering every route, and Pagefind.",
      'Per-route render times are Astro\'s own "(+N ms)" figures, summed by kind of route (bench/lib/phases.ts).',
      '',
      '| Site | Pages | Phases | Render time by kind of route |',
      '| --- | --- | --- | --- |',
      `| Real handbook, ours | ${b.handbook.pages} | ${phaseCells(b.handbook.phases, b.handbook.wallMs.median)} | ${routeCells(b.handbook.phases)} |`,
      ...b.synthetic.map(
        (s) =>
          `| Synthetic, ${s.flavour} | ${s.pages} | ${phaseCells(s.phases, s.wallMs.median)} | ${routeCells(s.phases)} |`,
      ),
      '',
    );
    const first = b.synthetic[0]?.info;
    if (first) {
      out.push(
        `Synthetic pages: ${first.meanWords} words on average, headings, a table and a code block; every tenth page ` +
          `(${first.richPages} of ${first.pages}) also has a checklist and a comparison.`,
      );
    }
    const pr = Object.entries(b.prerender);
    out.push(
      '',
      pr.length
        ? `Redoc prerender times from the build log: ${pr.map(([k, v]) => `${k} ${ms(v)}`).join(', ')}.`
        : 'Redoc prerender times: none printed by the build (gap until the API reference lands and prints `prerendered <spec> in <ms> ms`).',
    );
  }
  const w = r.weight;
  if (w) {
    out.push('', `## Weight per page type (${w.at})`, '');
    out.push(
      'First view, search not opened, read from dist/ (bench/lib/weight.ts): HTML without inline scripts and styles;',
      'CSS and JS include inline ones and static imports. Raw / gzip (level 6).',
      '',
      '| Page type | Page | HTML | CSS | JS | Total | JS files |',
      '| --- | --- | --- | --- | --- | --- | --- |',
    );
    const row = (type: string, p: NonNullable<(typeof w.pages)[number]['weight']>): string =>
      `| ${type} | \`${p.path}\` | ${kb(p.html.raw)} / ${kb(p.html.gzip)} | ${kb(p.css.raw)} / ${kb(p.css.gzip)} | ` +
      `${kb(p.js.raw)} / ${kb(p.js.gzip)} | ${kb(p.total.raw)} / ${kb(p.total.gzip)} | ${p.jsFiles.length} |`;
    for (const p of w.pages) out.push(p.weight ? row(p.type, p.weight) : `| ${p.type} | ${GAP} | | | | | |`);
    out.push(row('plain Starlight (baseline)', w.baseline));
  }
  const base = r.baseline;
  if (base) {
    out.push(
      '',
      '## Baseline',
      '',
      `Measured now (${base.at}): JS ${base.measured.js.raw} / ${base.measured.js.gzip}, CSS ${base.measured.css.raw} / ${base.measured.css.gzip} (raw / gzip bytes).`,
      `Committed in bench/budgets.ts (${base.committed.measured}, Starlight ${base.committed.starlight}): JS ${base.committed.js.raw} / ${base.committed.js.gzip}, CSS ${base.committed.css.raw} / ${base.committed.css.gzip}.`,
      'If they differ, copy the measured figures into `BASELINE` in bench/budgets.ts.',
    );
  }
  const l = r.lighthouse;
  if (l) {
    out.push('', `## Lighthouse (${l.at})`, '');
    out.push(
      `Lighthouse 13, default mobile configuration (simulated throttling), Debian Chromium headless, ${l.runs} runs per page, served with gzip by bench/lib/serve.ts.`,
      '',
      '| Page type | Performance | Accessibility | Best practices | SEO | TBT | LCP | Transfer |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      ...l.pages.map(
        (p) =>
          `| ${p.type} \`${p.path}\` | ${mmm(p.performance, String)} | ${mmm(p.accessibility, String)} | ${mmm(p.bestPractices, String)} | ${mmm(p.seo, String)} | ${mmm(p.tbtMs, ms)} | ${mmm(p.lcpMs, ms)} | ${kb(p.transferBytes.median)} |`,
      ),
      '',
      'Audits that cost points (median-performance run; performance audits listed even at weight 0):',
      '',
    );
    for (const p of l.pages) {
      const losses = p.losses.slice(0, 8);
      out.push(
        `- ${p.type}: ${losses.length ? losses.map((a) => `${a.category}/${a.id} ${a.score.toFixed(2)}${a.display ? ` (${a.display})` : ''}`).join('; ') : 'none'}`,
      );
    }
  }
  const s = r.search;
  if (s) {
    out.push('', `## Search (${s.at}), synthetic handbooks`, '');
    out.push(
      `Playwright types each query into the site's search dialog (plain: Starlight's Pagefind Default UI; ours: our dialog on Pagefind's JS API); time from the last keystroke's input event to the first result in the DOM. Each site's debounce is part of its figure: Pagefind UI waits ${s.debounceMs} ms (its default; Starlight 0.42 has no option to change it), ours ${s.sites.find((x) => x.flavour === 'ours')?.debounceMs ?? '?'} ms (a keystroke searches at once unless a search is running). "Fetched at idle" is everything the page fetched after its load event and before search was opened; "first query fetches" counts from opening the dialog to the first result.`,
      '',
      '| Site | Pages | Index size | Fetched at idle | First query fetches | Keystroke → first result | Per query |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...s.sites.map(
        (x) =>
          `| ${x.flavour} | ${(x.pages ?? s.pages).toLocaleString('en-US')} | ${kb(x.index.bytes)} (${x.index.files} files) | ${kb(x.idleUi.transfer)} (${x.idleUi.requests} requests) | ${kb(x.firstQuery.transfer)} transferred, ${kb(x.firstQuery.raw)} decoded (${x.firstQuery.requests} requests) | ${mmm(x.ms, ms)} | ${x.timings.map((t) => `${t.query} ${t.ms}`).join(', ')} |`,
      ),
    );
  }
  const d = r.redoc;
  if (d) {
    out.push('', `## Redoc (${d.at})`, '');
    out.push(
      '| Page | Prerender | First operation visible (unthrottled) | TBT (Lighthouse mobile) |',
      '| --- | --- | --- | --- |',
      ...d.pages.map(
        (p) =>
          `| \`${p.path}\` | ${p.prerenderMs === null ? '_gap: the build prints no time_' : ms(p.prerenderMs)} | ${p.firstOperationMs ? mmm(p.firstOperationMs, ms) : GAP} | ${p.tbtMs ? mmm(p.tbtMs, ms) : GAP} |`,
      ),
    );
  }
  return out;
}

/** The whole report as Markdown. */
function renderReport(r: Report): string {
  const m = r.machine;
  return [
    '# Benchmark report',
    '',
    'Generated by `npm run bench` (bench/run.ts); do not edit by hand.',
    m
      ? `Machine: ${m.cpus} CPUs, Node ${m.node}, load average ${m.loadavg.map((x) => x.toFixed(1)).join(' ')} at ${m.date}.`
      : '',
    '',
    '## Summary',
    '',
    ...summary(r),
    ...details(r),
    '',
    r.largeApi?.runs ? renderLargeApi(r.largeApi) : '',
  ].join('\n');
}
