/**
 * Lists handbook pages whose review is overdue or falls due soon:
 *
 * ```sh
 * npm run report:stale              # a table
 * npm run report:stale -- --json    # the same rows as JSON
 * npm run report:stale -- --fail    # exit 1 when any page is overdue (scheduled CI)
 * ```
 *
 * Due dates are `lastReviewed` plus `reviewEvery` months (default and
 * look-ahead in config/teams.ts), computed in UTC by src/lib/page-review.ts.
 * Runs on Node 24's built-in type stripping.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { review } from '../config/teams.ts';
import { loadHandbookPages } from '../src/lib/handbook-pages.ts';
import { formatStaleTable, staleReport } from '../src/lib/page-review.ts';

const { values } = parseArgs({
  options: { json: { type: 'boolean', default: false }, fail: { type: 'boolean', default: false } },
});

try {
  const pages = loadHandbookPages(resolve(import.meta.dirname, '..'));
  const rows = staleReport(pages, new Date(), review.dueSoonDays);
  process.stdout.write(
    values.json
      ? `${JSON.stringify({ dueSoonDays: review.dueSoonDays, pages: pages.length, rows }, null, 2)}\n`
      : formatStaleTable(rows, pages.length, review.dueSoonDays),
  );
  if (values.fail && rows.some((row) => row.state === 'overdue')) process.exitCode = 1;
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 2;
}
