/**
 * The page of the real handbook that stands for each page type in the bench
 * (weight, Lighthouse, Redoc). The first candidate that exists in dist/ is
 * used; a type with none is reported as a gap (its feature has not landed).
 */
export const PAGE_TYPES: ReadonlyArray<{ type: string; candidates: readonly string[] }> = [
  { type: 'landing', candidates: ['/'] },
  { type: 'content', candidates: ['/concepts/apis/', '/concepts/ssr-vs-csr/'] },
  { type: 'checklist', candidates: ['/checklists/release-readiness/', '/checklists/pull-request-review/'] },
  { type: 'comparison', candidates: ['/comparisons/backend-stacks/', '/comparisons/rendering-strategies/'] },
  { type: 'api (projects)', candidates: ['/api/projects/'] },
  { type: 'api index', candidates: ['/api/'] },
];

/** A page of the plain-Starlight synthetic site with a table and a code block: the baseline page. */
export const BASELINE_PAGE = '/section-01/page-0001/';

/**
 * Twenty search queries for the synthetic handbooks; each word occurs in the
 * generated text (bench/lib/synth.ts), so every query has results.
 */
export const SEARCH_QUERIES = [
  'migration',
  'idempotent',
  'pagination',
  'rollback',
  'latency',
  'session cookie',
  'schema contract',
  'retry timeout',
  'accessibility',
  'throughput',
  'deploy',
  'feature flag',
  'endpoint',
  'dashboard',
  'token session',
  'replica',
  'estimate',
  'middleware logging',
  'keyboard focus',
  'region',
] as const;
