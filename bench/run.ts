/**
 * `npm run bench`: measures build cost, page weight, Lighthouse scores,
 * search and Redoc in one run on this machine, against a plain Starlight
 * baseline built in the same run, and writes bench/report.json,
 * bench/report.md and the summary table in README.md ("Latest figures").
 * Generated sites go to bench/out/ (gitignored).
 *
 * Options (all optional):
 *   --only=build,weight,lighthouse,search,redoc  sections to run (default: all). Sections not run
 *                               keep their last figures; `--only=report` only rewrites the reports.
 *                               `--only=baseline` measures the plain page the budgets derive from.
 *   --runs=3                    repetitions of each build and Lighthouse run (medians of these)
 *   --runs-large=3              repetitions of the 1,000-page builds
 *   --sizes=200,1000            synthetic handbook sizes, in pages
 * Port: BENCH_PORT, else E2E_PORT, else 4407 (a local static server with gzip).
 *
 * Run with Node 24 (native type stripping): `node bench/run.ts`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { CHROMIUM_ARGS } from '../playwright.config.ts';
import { BASELINE, maxCss, maxJsGzip } from './budgets.ts';
import { BASELINE_PAGE, PAGE_TYPES, SEARCH_QUERIES } from './pages.ts';
import { folderSize, launch } from './lib/browser.ts';
import { isolateCache, timedBuild, type BuildSample } from './lib/build.ts';
import { lighthouseRuns, type LighthouseSample } from './lib/lighthouse.ts';
import { prerenderTimes, timeToFirstOperation } from './lib/redoc.ts';
import { renderReport } from './lib/report.ts';
import { measureSearch, OUR_DEBOUNCE_MS, PAGEFIND_DEBOUNCE_MS } from './lib/search.ts';
import { serveDist } from './lib/serve.ts';
import { linearFit, summarise, type Summary } from './lib/stats.ts';
import { generateSite, type Flavour, type SynthInfo } from './lib/synth.ts';
import { htmlFileFor, measurePage, type PageWeight } from './lib/weight.ts';

const repo = fileURLToPath(new URL('..', import.meta.url));
const out = join(repo, 'bench/out');
const astroBin = join(repo, 'node_modules/astro/bin/astro.mjs');
const chromePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const port = Number(process.env['BENCH_PORT'] ?? process.env['E2E_PORT'] ?? 4407);

const arg = (name: string): string | undefined =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const runs = Number(arg('runs') ?? 3);
const runsLarge = Number(arg('runs-large') ?? runs);
const sizes = (arg('sizes') ?? '200,1000').split(',').map(Number);
const only = new Set((arg('only') ?? 'build,weight,lighthouse,search,redoc').split(','));
const largest = Math.max(...sizes);

const log = (msg: string): void => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`);

/** Everything the report shows; each section carries the time it was measured. */
export interface Report {
  machine?: { cpus: number; node: string; date: string; loadavg: number[] };
  build?: {
    at: string;
    handbook: { pages: number; wallMs: Summary; peakRssMiB: Summary };
    synthetic: Array<{
      pages: number;
      flavour: Flavour;
      info: Omit<SynthInfo, 'dir'>;
      wallMs: Summary;
      peakRssMiB: Summary;
      msPerPage: number;
    }>;
    ratio: Array<{ pages: number; ratio: number }>;
    fit: Array<{ flavour: Flavour; msPerPage: number; fixedMs: number }>;
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
    pages: number;
    debounceMs: number;
    sites: Array<{
      flavour: Flavour;
      index: { bytes: number; files: number };
      firstQuery: { transfer: number; raw: number; requests: number };
      idleUi: { transfer: number; raw: number; requests: number };
      /** The flavour's debounce: Pagefind UI's for plain, ours for ours. */
      debounceMs?: number;
      ms: Summary;
      timings: Array<{ query: string; ms: number }>;
    }>;
  };
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

const reportJson = join(repo, 'bench/report.json');
const report: Report = existsSync(reportJson) ? (JSON.parse(readFileSync(reportJson, 'utf8')) as Report) : {};
const now = (): string => new Date().toISOString();
/** Writes both reports; the JSON through Prettier so that `prettier --check .` passes on it. */
const save = async (): Promise<void> => {
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
};

/** The real handbook's page for each type, or null when none of its candidates was built. */
function realPages(): Array<{ type: string; path: string | null }> {
  return PAGE_TYPES.map(({ type, candidates }) => ({
    type,
    path: candidates.find((p) => existsSync(htmlFileFor(join(repo, 'dist'), p))) ?? null,
  }));
}

async function buildSection(): Promise<void> {
  mkdirSync(out, { recursive: true });
  log(`real handbook: ${runs} cold builds`);
  const real: BuildSample[] = [];
  let realLog = '';
  for (let r = 0; r < runs; r++) {
    real.push(timedBuild(repo, astroBin, ['node_modules/.astro']));
    realLog = readFileSync(join(repo, '.bench-build.log'), 'utf8');
    log(`  run ${r + 1}: ${real.at(-1)!.wallMs} ms, ${real.at(-1)!.peakRssMiB} MiB`);
  }
  const synthetic: NonNullable<Report['build']>['synthetic'] = [];
  for (const size of sizes) {
    const sites = (['ours', 'plain'] as const).map((flavour) => {
      const info = generateSite(repo, out, size, flavour);
      isolateCache(info.dir);
      return { flavour, info, samples: [] as BuildSample[] };
    });
    const n = size === largest ? runsLarge : runs;
    log(`${size} pages: ${n} cold builds each of ours and plain, interleaved`);
    for (let r = 0; r < n; r++) {
      for (const s of sites) {
        s.samples.push(timedBuild(s.info.dir, astroBin, ['.bench-cache']));
        log(
          `  ${s.flavour} run ${r + 1}: ${s.samples.at(-1)!.wallMs} ms, ${s.samples.at(-1)!.peakRssMiB} MiB`,
        );
      }
    }
    for (const s of sites) {
      const wallMs = summarise(s.samples.map((x) => x.wallMs));
      const { dir: _dir, ...info } = s.info;
      synthetic.push({
        pages: size,
        flavour: s.flavour,
        info,
        wallMs,
        peakRssMiB: summarise(s.samples.map((x) => x.peakRssMiB)),
        msPerPage: wallMs.median / size,
      });
    }
  }
  const med = (pages: number, f: Flavour): number =>
    synthetic.find((s) => s.pages === pages && s.flavour === f)!.wallMs.median;
  report.build = {
    at: now(),
    handbook: {
      pages: real[0]!.pages,
      wallMs: summarise(real.map((x) => x.wallMs)),
      peakRssMiB: summarise(real.map((x) => x.peakRssMiB)),
    },
    synthetic,
    ratio: sizes.map((pages) => ({ pages, ratio: med(pages, 'ours') / med(pages, 'plain') })),
    fit: (['ours', 'plain'] as const).map((flavour) => {
      const { slope, intercept } = linearFit(sizes.map((p) => [p, med(p, flavour)]));
      return { flavour, msPerPage: slope, fixedMs: intercept };
    }),
    prerender: Object.fromEntries(prerenderTimes(realLog)),
  };
  await save();
}

function baselineWeight(): PageWeight {
  const small = Math.min(...sizes);
  const dist = join(out, `synth-plain-${small}/dist`);
  if (!existsSync(htmlFileFor(dist, BASELINE_PAGE))) {
    log('baseline: building a small plain Starlight site');
    const info = generateSite(repo, out, small, 'plain');
    isolateCache(info.dir);
    timedBuild(info.dir, astroBin, ['.bench-cache']);
  }
  return measurePage(dist, BASELINE_PAGE);
}

async function weightSection(): Promise<void> {
  const baseline = baselineWeight();
  report.baseline = { at: now(), measured: baseline, committed: BASELINE };
  report.weight = {
    at: now(),
    baseline,
    pages: realPages().map(({ type, path }) => ({
      type,
      weight: path ? measurePage(join(repo, 'dist'), path) : null,
    })),
    limits: { jsGzip: maxJsGzip, css: maxCss },
  };
  await save();
  log(
    `baseline page: JS ${baseline.js.raw}/${baseline.js.gzip}, CSS ${baseline.css.raw}/${baseline.css.gzip} (raw/gzip); ` +
      `committed in bench/budgets.ts: JS ${BASELINE.js.raw}/${BASELINE.js.gzip}, CSS ${BASELINE.css.raw}/${BASELINE.css.gzip}`,
  );
}

async function lighthouseSection(): Promise<void> {
  const targets = realPages().filter((p): p is { type: string; path: string } => p.path !== null);
  const pages: NonNullable<Report['lighthouse']>['pages'] = [];
  const collect = (type: string, path: string, samples: LighthouseSample[]): void => {
    const s = (k: keyof Omit<LighthouseSample, 'losses'>): Summary => summarise(samples.map((x) => x[k]));
    // Losses of the median-performance run.
    const mid = [...samples].sort((a, b) => a.performance - b.performance)[Math.floor(samples.length / 2)]!;
    pages.push({
      type,
      path,
      performance: s('performance'),
      accessibility: s('accessibility'),
      bestPractices: s('bestPractices'),
      seo: s('seo'),
      tbtMs: s('tbtMs'),
      lcpMs: s('lcpMs'),
      transferBytes: s('transferBytes'),
      losses: mid.losses,
    });
  };
  let server = await serveDist(join(repo, 'dist'), port);
  try {
    log(`Lighthouse: ${targets.length} pages × ${runs}`);
    const res = await lighthouseRuns(
      targets.map((t) => `http://127.0.0.1:${port}${t.path}`),
      runs,
      chromePath,
      CHROMIUM_ARGS,
    );
    for (const t of targets) collect(t.type, t.path, res.get(`http://127.0.0.1:${port}${t.path}`)!);
  } finally {
    server.close();
  }
  const plainDist = join(out, `synth-plain-${Math.min(...sizes)}/dist`);
  if (existsSync(plainDist)) {
    server = await serveDist(plainDist, port);
    try {
      log('Lighthouse: plain Starlight baseline page');
      const url = `http://127.0.0.1:${port}${BASELINE_PAGE}`;
      const res = await lighthouseRuns([url], runs, chromePath, CHROMIUM_ARGS);
      collect('plain baseline', BASELINE_PAGE, res.get(url)!);
    } finally {
      server.close();
    }
  }
  report.lighthouse = { at: now(), runs, pages };
  await save();
}

async function searchSection(): Promise<void> {
  const browser = await launch(chromePath, CHROMIUM_ARGS);
  const sites: NonNullable<Report['search']>['sites'] = [];
  try {
    for (const flavour of ['ours', 'plain'] as const) {
      const dist = join(out, `synth-${flavour}-${largest}/dist`);
      if (!existsSync(dist)) {
        // `--only=search` on a fresh checkout: one build of each site, not the build section's timed series.
        log(`search: building the ${largest}-page ${flavour} site once (no build section output)`);
        const info = generateSite(repo, out, largest, flavour);
        isolateCache(info.dir);
        const built = timedBuild(info.dir, astroBin, ['.bench-cache']);
        if (!existsSync(dist)) throw new Error(`${dist} is missing after a build of ${built.wallMs} ms.`);
      }
      const server = await serveDist(dist, port);
      try {
        log(`search: ${flavour}, ${largest} pages`);
        const r = await measureSearch(
          browser,
          `http://127.0.0.1:${port}${BASELINE_PAGE}`,
          [...SEARCH_QUERIES],
          flavour,
        );
        sites.push({
          flavour,
          index: folderSize(join(dist, 'pagefind')),
          firstQuery: r.firstQuery,
          idleUi: r.idleUi,
          debounceMs: flavour === 'ours' ? OUR_DEBOUNCE_MS : PAGEFIND_DEBOUNCE_MS,
          ms: summarise(r.timings.map((t) => t.ms)),
          timings: r.timings,
        });
      } finally {
        server.close();
      }
    }
  } finally {
    await browser.close();
  }
  report.search = { at: now(), pages: largest, debounceMs: PAGEFIND_DEBOUNCE_MS, sites };
  await save();
}

async function redocSection(): Promise<void> {
  const api = realPages().filter((p) => p.type.startsWith('api'));
  const buildLog = existsSync(join(repo, '.bench-build.log'))
    ? readFileSync(join(repo, '.bench-build.log'), 'utf8')
    : '';
  const prerender = prerenderTimes(buildLog);
  const pages: NonNullable<Report['redoc']>['pages'] = [];
  const browser = await launch(chromePath, CHROMIUM_ARGS);
  const server = await serveDist(join(repo, 'dist'), port);
  try {
    for (const { type, path } of api) {
      const id = type.replace(/^api \((.*)\)$/, '$1');
      if (!path) {
        pages.push({
          path: `/api/${id}/`,
          prerenderMs: prerender.get(id) ?? null,
          firstOperationMs: null,
          tbtMs: null,
        });
        continue;
      }
      const samples: number[] = [];
      for (let r = 0; r < runs; r++)
        samples.push(await timeToFirstOperation(browser, `http://127.0.0.1:${port}${path}`));
      const lh = report.lighthouse?.pages.find((p) => p.path === path);
      pages.push({
        path,
        prerenderMs: prerender.get(id) ?? null,
        firstOperationMs: summarise(samples),
        tbtMs: lh?.tbtMs ?? null,
      });
    }
  } finally {
    server.close();
    await browser.close();
  }
  report.redoc = { at: now(), pages };
  await save();
}

async function main(): Promise<void> {
  const { cpus, loadavg } = await import('node:os');
  report.machine = { cpus: cpus().length, node: process.version, date: now(), loadavg: loadavg() };
  const started = Date.now();
  if (only.has('build')) await buildSection();
  else if (['weight', 'lighthouse', 'redoc'].some((x) => only.has(x))) {
    // These read dist/, which must match the source: build it once (not a timed sample).
    log('building the handbook into dist/');
    timedBuild(repo, astroBin);
  }
  if (only.has('weight') || only.has('baseline')) await weightSection();
  if (only.has('lighthouse')) await lighthouseSection();
  if (only.has('search')) await searchSection();
  if (only.has('redoc')) await redocSection();
  await save();
  log(`done in ${Math.round((Date.now() - started) / 1000)} s: bench/report.md`);
}

await main();
