import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

/** Lighthouse's four category scores (0–100) and the figures the report needs from one run. */
export interface LighthouseSample {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Total Blocking Time, ms (simulated, mobile). */
  tbtMs: number;
  /** Largest Contentful Paint, ms (simulated, mobile). */
  lcpMs: number;
  /** First Contentful Paint, ms. */
  fcpMs: number;
  /** Total transfer size of the page load, bytes (Lighthouse's `total-byte-weight`). */
  transferBytes: number;
  /** Audits that cost points: category, id, title, score and display value, worst first. */
  losses: Array<{ category: string; id: string; title: string; score: number; display: string }>;
}

type Lhr = {
  categories: Record<string, { score: number | null; auditRefs: Array<{ id: string; weight: number }> }>;
  audits: Record<
    string,
    { title: string; score: number | null; numericValue?: number; displayValue?: string }
  >;
};

/**
 * Runs Lighthouse on URLs with its default (mobile) configuration: simulated
 * throttling (150 ms RTT, 1.6 Mbit/s, 4× CPU slowdown), Moto G Power screen.
 * One headless Chromium is started for all runs, with the flags tests use.
 *
 * @param chromePath the browser (Debian's /usr/bin/chromium here).
 * @param flags Chromium flags; `--headless` is added.
 */
export async function lighthouseRuns(
  urls: string[],
  runs: number,
  chromePath: string,
  flags: readonly string[],
): Promise<Map<string, LighthouseSample[]>> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: [...flags, '--headless'] });
  const out = new Map<string, LighthouseSample[]>();
  try {
    // A discarded warm-up run: the first load in a fresh browser is slower.
    if (urls[0])
      await lighthouse(urls[0], { port: chrome.port, logLevel: 'error', onlyCategories: ['performance'] });
    for (let r = 0; r < runs; r++) {
      for (const url of urls) {
        const result = await lighthouse(url, {
          port: chrome.port,
          logLevel: 'error',
          output: 'json',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        const lhr = result.lhr as unknown as Lhr;
        const score = (id: string): number => Math.round((lhr.categories[id]?.score ?? 0) * 100);
        const num = (id: string): number => Math.round(lhr.audits[id]?.numericValue ?? NaN);
        const losses: LighthouseSample['losses'] = [];
        for (const [cat, c] of Object.entries(lhr.categories)) {
          for (const ref of c.auditRefs) {
            const a = lhr.audits[ref.id];
            if (!a || a.score === null || a.score >= 1) continue;
            if (ref.weight === 0 && cat !== 'performance') continue;
            losses.push({
              category: cat,
              id: ref.id,
              title: a.title,
              score: a.score,
              display: a.displayValue ?? '',
            });
          }
        }
        losses.sort((a, b) => a.score - b.score);
        const sample: LighthouseSample = {
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          tbtMs: num('total-blocking-time'),
          lcpMs: num('largest-contentful-paint'),
          fcpMs: num('first-contentful-paint'),
          transferBytes: num('total-byte-weight'),
          losses,
        };
        out.set(url, [...(out.get(url) ?? []), sample]);
      }
    }
  } finally {
    chrome.kill();
  }
  return out;
}
