/**
 * `npm run bench`: measures build cost, page weight, Lighthouse scores,
 * search and Redoc in one run on this machine, against a plain Starlight
 * baseline built in the same run, and writes bench/report.json,
 * bench/report.md and the summary table in README.md ("Latest figures").
 * Generated sites go to bench/out/ (gitignored).
 *
 * Options (all optional):
 *   --only=build,weight,lighthouse,search,redoc,large-api  sections to run (default: all but large-api).
 *                               `large-api` builds large specs (GitHub's, a generated one) in copies of this site
 *                               (bench/lib/large-api.ts; a few minutes, so opt-in). Sections not run
 *                               keep their last figures; `--only=report` only rewrites the reports.
 *                               `--only=baseline` measures the plain page the budgets derive from.
 *   --runs=3                    repetitions of each build and Lighthouse run (medians of these)
 *   --runs-large=1              repetitions of the builds above 1,000 pages (a 5,000-page pair takes
 *                               about 12 minutes; issue 16's ratio is at 1,000 pages, built --runs times)
 *   --sizes=100,1000,5000       synthetic handbook sizes, in pages
 *   --check                     build each synthetic site (ours, plain) once at --sizes (default 50),
 *                               check it produced its pages, and write nothing: `npm run test:bench`
 * Port: BENCH_PORT, else E2E_PORT, else 4407 (a local static server with gzip).
 *
 * Run with Node 24 (native type stripping): `node bench/run.ts`.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS } from '../playwright.config.ts';
import { BASELINE, maxCss, maxJsGzip } from './budgets.ts';
import { BASELINE_PAGE, PAGE_TYPES, SEARCH_QUERIES } from './pages.ts';
import { folderSize, launch } from './lib/browser.ts';
import { isolateCache, timedBuild, type BuildSample } from './lib/build.ts';
import { lighthouseRuns, type LighthouseSample } from './lib/lighthouse.ts';
import { largeApiSection } from './lib/large-api.ts';
import { prerenderTimes, timeToFirstOperation } from './lib/redoc.ts';
import { loadReport, saveReport, type Report } from './lib/report.ts';
import { measureSearch, OUR_DEBOUNCE_MS, PAGEFIND_DEBOUNCE_MS } from './lib/search.ts';
import { serveDist } from './lib/serve.ts';
import { linearFit, summarise, type Summary } from './lib/stats.ts';
import { distStats } from './lib/dist-stats.ts';
import { buildPhases, type BuildPhases } from './lib/phases.ts';
import { generatePlainHandbook, generateSite, type Flavour, type SynthInfo } from './lib/synth.ts';
import { htmlFileFor, measurePage, type PageWeight } from './lib/weight.ts';

const repo = fileURLToPath(new URL('..', import.meta.url));
const out = join(repo, 'bench/out');
const astroBin = join(repo, 'node_modules/astro/bin/astro.mjs');
const chromePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const port = Number(process.env['BENCH_PORT'] ?? process.env['E2E_PORT'] ?? 4407);

const arg = (name: string): string | undefined =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const runs = Number(arg('runs') ?? 3);
const runsLarge = Number(arg('runs-large') ?? 1);
const check = process.argv.includes('--check');
const sizes = (arg('sizes') ?? (check ? '50' : '100,1000,5000')).split(',').map(Number);
const only = new Set((arg('only') ?? 'build,weight,lighthouse,search,redoc').split(','));
const largest = Math.max(...sizes);

const log = (msg: string): void => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`);

const report = loadReport(repo);
const now = (): string => new Date().toISOString();
const save = (): Promise<void> => saveReport(repo, report);

/** The real handbook's page for each type, or null when none of its candidates was built. */
function realPages(): Array<{ type: string; path: string | null }> {
  return PAGE_TYPES.map(({ type, candidates }) => ({
    type,
    path: candidates.find((p) => existsSync(htmlFileFor(join(repo, 'dist'), p))) ?? null,
  }));
}

/** The generated content pages of a synthetic site (not our checklist, comparison or API routes). */
const syntheticPage = (rel: string): boolean => /^section-\d+\/page-\d+\/index\.html$/.test(rel);

/** The machine's 1-minute load average at the end of each timed build of this run. */
const loads: number[] = [];

/** Builds `sites` `n` times each, interleaved (a, b, a, b…), so load on the shared machine hits both alike. */
function interleaved<T extends { label: string; dir: string; cache: string[] }>(
  sites: T[],
  n: number,
): Map<T, Array<BuildSample & { log: string }>> {
  const samples = new Map(sites.map((s) => [s, [] as Array<BuildSample & { log: string }>]));
  for (let r = 0; r < n; r++) {
    for (const s of sites) {
      const sample = timedBuild(s.dir, astroBin, s.cache);
      loads.push(loadavg()[0]!);
      samples.get(s)!.push({ ...sample, log: readFileSync(join(s.dir, '.bench-build.log'), 'utf8') });
      log(
        `  ${s.label} run ${r + 1}: ${sample.wallMs} ms, ${sample.peakRssMiB} MiB (load ${loadavg()[0]!.toFixed(1)})`,
      );
    }
  }
  return samples;
}

/** The phases of the median-time sample (the upper middle one for an even count). */
function medianPhases(samples: Array<BuildSample & { log: string }>): BuildPhases {
  const mid = [...samples].sort((a, b) => a.wallMs - b.wallMs)[Math.floor(samples.length / 2)]!;
  return buildPhases(mid.log);
}

/** Ratio of medians, with min and max over the runs paired in build order. */
function pairedRatio(a: BuildSample[], b: BuildSample[]): { ratio: number; min: number; max: number } {
  const pairs = a.map((x, i) => x.wallMs / b[i]!.wallMs);
  const s = summarise(pairs);
  return {
    ratio: summarise(a.map((x) => x.wallMs)).median / summarise(b.map((x) => x.wallMs)).median,
    min: s.min,
    max: s.max,
  };
}

/**
 * `--check`: builds each synthetic flavour once at each size and checks that
 * every generated page was built. Writes no report. This is what keeps the
 * bench from rotting unnoticed (`npm run test:bench`, part of `npm test`).
 *
 * @throws Error when a build fails or a page is missing from dist/.
 */
async function checkSection(): Promise<void> {
  mkdirSync(out, { recursive: true });
  for (const size of sizes) {
    for (const flavour of ['ours', 'plain'] as const) {
      const info = await generateSite(repo, out, size, flavour);
      isolateCache(info.dir);
      const sample = timedBuild(info.dir, astroBin, ['.bench-cache']);
      const stats = distStats(join(info.dir, 'dist'), syntheticPage);
      // Every generated page but the index is a section page.
      if (stats.pages !== size - 1) {
        throw new Error(
          `${flavour} at ${size} pages: ${stats.pages} section pages in dist/, expected ${size - 1}.`,
        );
      }
      log(`check: ${flavour} ${size} pages built in ${sample.wallMs} ms (${sample.pages} routes)`);
    }
  }
}

/**
 * @param afterHandbook runs once the real handbook's builds and the smallest
 *   synthetic size are done, while dist/ holds the last real build (the
 *   weight section measures it there, before the long synthetic builds).
 */
async function buildSection(afterHandbook?: () => Promise<void>): Promise<void> {
  mkdirSync(out, { recursive: true });
  log(
    `real handbook: ${runs} cold builds each of ours and a plain Starlight build of the same pages, interleaved`,
  );
  const plainHandbook = await generatePlainHandbook(repo, out);
  isolateCache(plainHandbook.dir);
  const handbookSites = [
    { label: 'handbook ours', dir: repo, cache: ['node_modules/.astro'] },
    { label: 'handbook plain', dir: plainHandbook.dir, cache: ['.bench-cache'] },
  ];
  const hb = interleaved(handbookSites, runs);
  const [realOurs, realPlain] = handbookSites.map((s) => hb.get(s)!) as [
    Array<BuildSample & { log: string }>,
    Array<BuildSample & { log: string }>,
  ];
  const realLog = realOurs.at(-1)!.log;

  const synthetic: NonNullable<Report['build']>['synthetic'] = [];
  const ratio: NonNullable<Report['build']>['ratio'] = [];
  /** Writes what has been measured so far (sizes in `done`), so a run cut short keeps its figures. */
  const record = async (done: number[]): Promise<void> => {
    const find = (pages: number, f: Flavour) => synthetic.find((s) => s.pages === pages && s.flavour === f)!;
    // Growth from the smallest size to the largest one up to 1,000 pages (issue 16's 100 → 1,000).
    const small = Math.min(...done);
    const growthTo = Math.max(...done.filter((x) => x <= 1000));
    report.build = {
      at: now(),
      load: summarise(loads),
      handbook: {
        pages: realOurs[0]!.pages,
        wallMs: summarise(realOurs.map((x) => x.wallMs)),
        peakRssMiB: summarise(realOurs.map((x) => x.peakRssMiB)),
        plain: {
          pages: realPlain[0]!.pages,
          wallMs: summarise(realPlain.map((x) => x.wallMs)),
          peakRssMiB: summarise(realPlain.map((x) => x.peakRssMiB)),
        },
        ratio: pairedRatio(realOurs, realPlain).ratio,
        phases: medianPhases(realOurs),
      },
      synthetic,
      ratio,
      fit: (['ours', 'plain'] as const).map((flavour) => {
        const points = done.map((p): [number, number] => [p, find(p, flavour).wallMs.median]);
        const { slope, intercept } = linearFit(points);
        const maxResidual = Math.max(...points.map(([x, y]) => Math.abs(y - (intercept + slope * x)) / y));
        return { flavour, msPerPage: slope, fixedMs: intercept, maxResidual };
      }),
      htmlGrowth:
        growthTo > small
          ? (['ours', 'plain'] as const).map((flavour) => ({
              flavour,
              from: small,
              to: growthTo,
              growth:
                find(growthTo, flavour).dist!.htmlGzip.median / find(small, flavour).dist!.htmlGzip.median,
            }))
          : [],
      prerender: Object.fromEntries(prerenderTimes(realLog)),
    };
    await save();
  };
  const done: number[] = [];
  for (const size of sizes) {
    const sites: Array<{ label: string; dir: string; cache: string[]; flavour: Flavour; info: SynthInfo }> =
      [];
    for (const flavour of ['ours', 'plain'] as const) {
      const info = await generateSite(repo, out, size, flavour);
      isolateCache(info.dir);
      sites.push({ label: `${flavour} ${size}`, dir: info.dir, cache: ['.bench-cache'], flavour, info });
    }
    const n = size > 1000 ? runsLarge : runs;
    log(`${size} pages: ${n} cold builds each of ours and plain, interleaved`);
    const samples = interleaved(sites, n);
    for (const s of sites) {
      const list = samples.get(s)!;
      const wallMs = summarise(list.map((x) => x.wallMs));
      const { dir: _dir, ...info } = s.info;
      synthetic.push({
        pages: size,
        flavour: s.flavour,
        info,
        wallMs,
        peakRssMiB: summarise(list.map((x) => x.peakRssMiB)),
        msPerPage: wallMs.median / size,
        dist: distStats(join(s.dir, 'dist'), syntheticPage),
        phases: medianPhases(list),
      });
    }
    ratio.push({ pages: size, ...pairedRatio(samples.get(sites[0]!)!, samples.get(sites[1]!)!) });
    done.push(size);
    await record(done);
    // dist/ still holds the last real build of ours (synthetic builds write to their own folders),
    // and the smallest plain site (the weight baseline) now exists.
    if (done.length === 1 && afterHandbook) await afterHandbook();
  }
}

async function baselineWeight(): Promise<PageWeight> {
  const small = Math.min(...sizes);
  const dist = join(out, `synth-plain-${small}/dist`);
  if (!existsSync(htmlFileFor(dist, BASELINE_PAGE))) {
    log('baseline: building a small plain Starlight site');
    const info = await generateSite(repo, out, small, 'plain');
    isolateCache(info.dir);
    timedBuild(info.dir, astroBin, ['.bench-cache']);
  }
  return measurePage(dist, BASELINE_PAGE);
}

async function weightSection(): Promise<void> {
  const baseline = await baselineWeight();
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

/**
 * Issue 11's target is at 1,000 pages: search is measured at the largest size
 * up to that, and again at the largest size when it is bigger, to show how
 * search holds up as the index grows.
 */
async function searchSection(): Promise<void> {
  const browser = await launch(chromePath, CHROMIUM_ARGS);
  const sites: NonNullable<Report['search']>['sites'] = [];
  const target = Math.max(...sizes.filter((x) => x <= 1000), Math.min(...sizes));
  try {
    for (const pages of new Set([target, largest])) {
      for (const flavour of ['ours', 'plain'] as const) {
        const dist = join(out, `synth-${flavour}-${pages}/dist`);
        if (!existsSync(dist)) {
          // `--only=search` on a fresh checkout: one build of each site, not the build section's timed series.
          log(`search: building the ${pages}-page ${flavour} site once (no build section output)`);
          const info = await generateSite(repo, out, pages, flavour);
          isolateCache(info.dir);
          const built = timedBuild(info.dir, astroBin, ['.bench-cache']);
          if (!existsSync(dist)) throw new Error(`${dist} is missing after a build of ${built.wallMs} ms.`);
        }
        const server = await serveDist(dist, port);
        try {
          log(`search: ${flavour}, ${pages} pages`);
          const r = await measureSearch(
            browser,
            `http://127.0.0.1:${port}${BASELINE_PAGE}`,
            [...SEARCH_QUERIES],
            flavour,
          );
          sites.push({
            flavour,
            pages,
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
    }
  } finally {
    await browser.close();
  }
  report.search = { at: now(), pages: target, debounceMs: PAGEFIND_DEBOUNCE_MS, sites };
  await save();
}

async function redocSection(): Promise<void> {
  const api = realPages().filter((p) => /^api \(/.test(p.type));
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
  if (!(only.size === 1 && only.has('report')))
    report.machine = { cpus: cpus().length, node: process.version, date: now(), loadavg: loadavg() };
  const started = Date.now();
  if (check) {
    await checkSection();
    log(`check done in ${Math.round((Date.now() - started) / 1000)} s`);
    return;
  }
  const weight = only.has('weight') || only.has('baseline');
  if (only.has('build')) await buildSection(weight ? weightSection : undefined);
  else if (['weight', 'lighthouse', 'redoc'].some((x) => only.has(x))) {
    // These read dist/, which must match the source: build it once (not a timed sample).
    log('building the handbook into dist/');
    timedBuild(repo, astroBin);
  }
  if (weight && !only.has('build')) await weightSection();
  if (only.has('lighthouse')) await lighthouseSection();
  if (only.has('search')) await searchSection();
  if (only.has('redoc')) await redocSection();
  if (only.has('large-api')) {
    const browser = await launch(chromePath, CHROMIUM_ARGS);
    try {
      report.largeApi = await largeApiSection(repo, astroBin, browser, port, runs, log);
    } finally {
      await browser.close();
    }
    await save();
  }
  await save();
  log(`done in ${Math.round((Date.now() - started) / 1000)} s: bench/report.md`);
}

await main();
