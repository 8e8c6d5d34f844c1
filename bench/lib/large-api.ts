import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser } from '@playwright/test';
import { parse, parseDocument, stringify } from 'yaml';
import { inlinePathItemRefs, listOperations } from '../../src/lib/openapi/specs.ts';
import { timedBuild, isolateCache } from './build.ts';
import { summarise, type Summary } from './stats.ts';
import { platformSpec } from './platform-spec.ts';
import { serveDist } from './serve.ts';
import { generateSite } from './synth.ts';

/**
 * The large-spec section of `npm run bench` (issue #10): each large spec is
 * added to a copy of this project (a small synthetic handbook with our whole
 * configuration: Redoc pages, our search index, the CSP pass), built, and
 * compared with the same copy without it. Measures what the issue sets
 * targets for: build time added and peak memory, the largest HTML page, a
 * Redoc deep link, and in Chromium the main-thread blocking, JS heap and DOM
 * nodes after the first interaction with the page a deep link lands on and
 * with the largest page.
 *
 * The specs:
 * - `github`: GitHub's REST API (`api.github.com.json` from npm
 *   `@octokit/openapi`, 12 MB, about 1,500 operations and webhooks), fetched
 *   with `npm pack` into bench/out/ once;
 * - `platform`: a generated spec of 1,260 operations in 9 large tags
 *   (platform-spec.ts), so the section also runs offline.
 *
 * Before the split (one page, Redoc rendering everything in the browser on
 * the first interaction) GitHub's spec blocked 36 s, used 1.0 GB of heap and
 * built 1.35 M DOM nodes (issue #10).
 */
const OCTOKIT = '@octokit/openapi@23.0.2';
const BEFORE = { blockingMs: 36_000, heapMiB: 1024, domNodes: 1_350_000 };

/** Figures of one page after the first interaction, over the runs. */
export interface InteractionFigures {
  path: string;
  blockingMs: Summary;
  longTasksMs: Summary;
  heapMiB: Summary;
  domNodes: Summary;
}

/** One large spec's figures; build and browser figures are medians over the runs. */
export interface LargeSpecReport {
  id: string;
  source: string;
  bytes: number;
  operations: number;
  /** Pages of the split spec, besides its index. */
  pages: number;
  wallMs: Summary;
  peakRssMiB: Summary;
  /** Wall time over the same site without the spec, paired run by run, ms. */
  addedMs: Summary;
  largestPage: { path: string; bytes: number };
  deepLink: { from: string; landed: string; ok: boolean };
  /** After the first interaction (hover) until Redoc has hydrated and the page is idle. */
  interaction: InteractionFigures[];
}

export interface LargeApiReport {
  at: string;
  runs: number;
  /** The same site without a large spec. */
  baseline: { wallMs: Summary; peakRssMiB: Summary };
  specs: LargeSpecReport[];
  before: typeof BEFORE;
}

/** Downloads GitHub's spec once (npm pack, the registry's ordinary client) and returns its path. */
function githubSpec(out: string): string {
  const dir = join(out, 'octokit');
  const file = join(dir, 'package/generated/api.github.com.json');
  if (existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  const tgz = execFileSync('npm', ['pack', OCTOKIT, '--silent'], { cwd: dir, encoding: 'utf8' }).trim();
  execFileSync('tar', ['xzf', tgz, 'package/generated/api.github.com.json'], { cwd: dir });
  return file;
}

/** The specs of the section, written into bench/out/: id, file, where it came from, and a deep link to check. */
function largeSpecs(out: string): Array<{ id: string; file: string; source: string; deepLink: string }> {
  const generated = platformSpec({ editions: 4, tagBy: 'domain' });
  const file = join(out, 'platform-large.yaml');
  writeFileSync(file, stringify(generated.spec, { lineWidth: 0, aliasDuplicateObjects: false }));
  return [
    {
      id: 'github',
      file: githubSpec(out),
      source: `${OCTOKIT} generated/api.github.com.json`,
      // The issue's own example: the largest tag, `repos`.
      deepLink: '/api/github/#tag/repos/operation/repos/get',
    },
    {
      id: 'platform',
      file,
      source: `bench/lib/platform-spec.ts, 4 editions tagged by domain (${generated.operations} operations)`,
      // The last operation of the largest tag, on its last page.
      deepLink: '/api/platform/#tag/Commerce/operation/approveReturnE4',
    },
  ];
}

/**
 * A copy of this project with a 10-page synthetic handbook (synth.ts), and
 * with the spec, if given, as `content/apis/<id>.<ext>`, relaxed to Redocly's
 * `minimal` rules in redocly.yaml as a third-party spec would be.
 */
async function writeSite(repo: string, out: string, name: string, spec?: { id: string; file: string }) {
  const { dir } = await generateSite(repo, out, 10, 'ours', name);
  isolateCache(dir);
  if (spec) {
    const ext = spec.file.endsWith('.json') ? 'json' : 'yaml';
    cpSync(spec.file, join(dir, `content/apis/${spec.id}.${ext}`));
    const config = parseDocument(readFileSync(join(dir, 'redocly.yaml'), 'utf8'));
    config.setIn(['apis', spec.id], { root: `content/apis/${spec.id}.${ext}`, extends: ['minimal'] });
    writeFileSync(join(dir, 'redocly.yaml'), config.toString());
  }
  return dir;
}

function largestHtml(dist: string, under: string): { path: string; bytes: number } {
  let best = { path: '', bytes: 0 };
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else if (name.endsWith('.html') && s.size > best.bytes)
        best = { path: `/${relative(dist, p).replace(/index\.html$/, '')}`, bytes: s.size };
    }
  };
  walk(join(dist, under));
  return best;
}

/** Hovers the reference (the first interaction), waits for Redoc to hydrate and the page to go idle, and measures. */
async function measureInteraction(browser: Browser, url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push(e.startTime, e.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(url, { waitUntil: 'load' });
    // The index forwards a deep link to the page that holds the operation.
    await page.waitForURL((u) => !/^\/api\/[^/]+\/$/.test(u.pathname), { timeout: 10_000 }).catch(() => {});
    await page.waitForLoadState('load');
    const landed = page.url();
    await page.waitForTimeout(1000);
    const start = await page.evaluate(() => performance.now());
    await page.locator('api-reference').hover();
    await page.locator('api-reference[data-hydrated]').waitFor({ state: 'attached', timeout: 300_000 });
    await page.waitForTimeout(3000);
    const { tasks, domNodes } = await page.evaluate(() => ({
      tasks: (window as unknown as { __longTasks: number[] }).__longTasks,
      domNodes: document.getElementsByTagName('*').length,
    }));
    let longTasksMs = 0;
    let blockingMs = 0;
    for (let i = 0; i < tasks.length; i += 2) {
      if (tasks[i]! < start) continue;
      longTasksMs += tasks[i + 1]!;
      blockingMs += Math.max(0, tasks[i + 1]! - 50);
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    // The page's JS heap in use after a full collection: what the reference keeps, not garbage.
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return {
      landed: new URL(landed).pathname + new URL(landed).hash,
      longTasksMs: Math.round(longTasksMs),
      blockingMs: Math.round(blockingMs),
      heapMiB: Math.round(usedSize / 1024 / 1024),
      domNodes,
    };
  } finally {
    await context.close();
  }
}

/**
 * Runs the section: `runs` rounds of builds (the site without a large spec,
 * then with each spec, interleaved so that load on the machine hits all
 * alike), then `runs` measurements of each page in Chromium.
 *
 * @param browser A launched Chromium (bench/lib/browser.ts).
 * @throws Error if a build fails or a page does not hydrate within 5 minutes.
 */
export async function largeApiSection(
  repo: string,
  astroBin: string,
  browser: Browser,
  port: number,
  runs: number,
  log: (message: string) => void = console.log,
): Promise<LargeApiReport> {
  const out = join(repo, 'bench/out');
  mkdirSync(out, { recursive: true });
  const specs = largeSpecs(out);
  const baselineDir = await writeSite(repo, out, 'large-api-baseline');
  const dirs = new Map<string, string>();
  for (const spec of specs) dirs.set(spec.id, await writeSite(repo, out, `large-api-${spec.id}`, spec));
  const builds = new Map<string, ReturnType<typeof timedBuild>[]>();
  for (let run = 1; run <= runs; run++) {
    for (const [id, dir] of [['(none)', baselineDir] as const, ...dirs]) {
      const sample = timedBuild(dir, astroBin, ['.bench-cache']);
      builds.set(id, [...(builds.get(id) ?? []), sample]);
      log(`large spec: run ${run}, ${id}: ${sample.wallMs} ms, ${sample.peakRssMiB} MiB`);
    }
  }
  const baseline = builds.get('(none)')!;
  const reports: LargeSpecReport[] = [];
  for (const spec of specs) {
    const dist = join(dirs.get(spec.id)!, 'dist');
    const samples = builds.get(spec.id)!;
    const document = parse(readFileSync(spec.file, 'utf8')) as Record<string, unknown>;
    inlinePathItemRefs(document);
    const largestPage = largestHtml(dist, `api/${spec.id}`);
    const server = await serveDist(dist, port);
    try {
      const base = `http://127.0.0.1:${port}`;
      const deep: Awaited<ReturnType<typeof measureInteraction>>[] = [];
      const biggest: Awaited<ReturnType<typeof measureInteraction>>[] = [];
      for (let run = 0; run < runs; run++) {
        deep.push(await measureInteraction(browser, base + spec.deepLink));
        biggest.push(await measureInteraction(browser, base + largestPage.path));
      }
      const landed = deep[0]!.landed;
      const anchor = spec.deepLink.replace(/^[^#]*/, '');
      reports.push({
        id: spec.id,
        source: spec.source,
        bytes: statSync(spec.file).size,
        operations: listOperations(document).length,
        pages: readdirSync(join(dist, `api/${spec.id}`), { withFileTypes: true }).filter((d) =>
          d.isDirectory(),
        ).length,
        wallMs: summarise(samples.map((x) => x.wallMs)),
        peakRssMiB: summarise(samples.map((x) => x.peakRssMiB)),
        addedMs: summarise(samples.map((x, i) => x.wallMs - baseline[i]!.wallMs)),
        largestPage,
        deepLink: {
          from: spec.deepLink,
          landed,
          ok:
            deep.every((d) => d.landed === landed) &&
            landed.startsWith(`/api/${spec.id}/`) &&
            landed.endsWith(anchor) &&
            landed !== spec.deepLink,
        },
        interaction: [figures(landed.replace(/#.*/, ''), deep), figures(largestPage.path, biggest)],
      });
    } finally {
      server.close();
    }
  }
  return {
    at: new Date().toISOString(),
    runs,
    baseline: {
      wallMs: summarise(baseline.map((x) => x.wallMs)),
      peakRssMiB: summarise(baseline.map((x) => x.peakRssMiB)),
    },
    specs: reports,
    before: BEFORE,
  };
}

/** Medians of a page's measurements. */
function figures(
  path: string,
  runs: Array<{ blockingMs: number; longTasksMs: number; heapMiB: number; domNodes: number }>,
): InteractionFigures {
  const of = (key: 'blockingMs' | 'longTasksMs' | 'heapMiB' | 'domNodes') =>
    summarise(runs.map((r) => r[key]));
  return {
    path,
    blockingMs: of('blockingMs'),
    longTasksMs: of('longTasksMs'),
    heapMiB: of('heapMiB'),
    domNodes: of('domNodes'),
  };
}

/** `median (min–max)` of a summary, each formatted by `f`; just the median for one run. */
const mmm = (x: Summary, f: (n: number) => string) =>
  x.n > 1 ? `${f(x.median)} (${f(x.min)}–${f(x.max)})` : f(x.median);
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(2)} MB`;
const sec = (ms: number) => `${(ms / 1000).toFixed(0)} s`;
const count = (n: number) => Math.round(n).toLocaleString('en');

/** Rows for the report's summary table: figure, measured, target, met. */
export function largeApiSummaryRows(r: LargeApiReport): Array<[string, string, string, boolean]> {
  return r.specs.flatMap((spec): Array<[string, string, string, boolean]> => {
    const worst = (key: 'blockingMs' | 'heapMiB' | 'domNodes') =>
      Math.max(...spec.interaction.map((i) => i[key].median));
    return [
      [
        `Large spec ${spec.id} (${count(spec.operations)} operations): build time added / peak memory`,
        `${mmm(spec.addedMs, sec)} / ${mmm(spec.peakRssMiB, (n) => `${count(n)} MiB`)}`,
        '≤ 180 s / < 4,096 MiB',
        spec.addedMs.median <= 180_000 && spec.peakRssMiB.median < 4096,
      ],
      [
        `Large spec ${spec.id}: largest HTML page; deep link`,
        `${mb(spec.largestPage.bytes)} (${spec.largestPage.path}); ${spec.deepLink.ok ? 'lands on its operation' : 'WRONG'}`,
        '≤ 1.5 MB; lands',
        spec.largestPage.bytes <= 1.5 * 1024 * 1024 && spec.deepLink.ok,
      ],
      [
        `Large spec ${spec.id}: after the first interaction, blocking / heap / DOM nodes (worst page)`,
        `${count(worst('blockingMs'))} ms / ${count(worst('heapMiB'))} MB / ${count(worst('domNodes'))}`,
        '< 500 ms / < 150 MB / < 60,000 (before: 36 s / 1.0 GB / 1.35 M)',
        worst('blockingMs') < 500 && worst('heapMiB') < 150 && worst('domNodes') < 60_000,
      ],
    ];
  });
}

/** Markdown for bench/report.md. */
export function renderLargeApi(r: LargeApiReport): string {
  const lines = [
    '## Large specs (issue #10)',
    '',
    `_${r.at.slice(0, 16)}_, ${r.runs} run(s): medians (min–max). Each spec is added to a copy of this project with a 10-page synthetic handbook and built with our whole configuration; builds of the copies with and without a spec alternate. Without one it builds in ${mmm(r.baseline.wallMs, sec)} (${mmm(r.baseline.peakRssMiB, count)} MiB peak). Blocking is the sum over long tasks of their time beyond 50 ms (as in TBT), from the first interaction (hover) until Redoc has hydrated and 3 s have passed; heap is the JS heap in use after a garbage collection.`,
    '',
  ];
  for (const spec of r.specs) {
    lines.push(
      `### ${spec.id}: ${spec.source}`,
      '',
      `${mb(spec.bytes)}, ${count(spec.operations)} operations on ${spec.pages} pages plus an index.`,
      '',
      '| Figure | Measured | Target | Before (single page, issue #10) |',
      '| --- | --- | --- | --- |',
      `| Build time added | ${mmm(spec.addedMs, sec)} (${mmm(spec.wallMs, sec)} with the spec) | ≤ 180 s | — |`,
      `| Peak build memory | ${mmm(spec.peakRssMiB, (n) => `${count(n)} MiB`)} | < 4,096 MiB | — |`,
      `| Largest HTML page | ${mb(spec.largestPage.bytes)} (${spec.largestPage.path}) | ≤ 1.5 MB | — |`,
      `| Deep link ${spec.deepLink.from} | lands on ${spec.deepLink.landed} (${spec.deepLink.ok ? 'ok' : 'WRONG'}) | its operation | — |`,
      ...spec.interaction.map(
        (i) =>
          `| After the first interaction, ${i.path}: blocking / heap / DOM nodes | ${mmm(i.blockingMs, (n) => `${count(n)} ms`)} (long tasks ${count(i.longTasksMs.median)} ms) / ${mmm(i.heapMiB, (n) => `${count(n)} MB`)} / ${mmm(i.domNodes, count)} | < 500 ms / < 150 MB / < 60,000 | ${r.before.blockingMs / 1000} s / ${(r.before.heapMiB / 1024).toFixed(1)} GB / ${(r.before.domNodes / 1e6).toFixed(2)} M |`,
      ),
      '',
    );
  }
  return lines.join('\n');
}
