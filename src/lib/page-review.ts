/**
 * Review dates of handbook pages: when a review is due, and which pages are
 * overdue or due soon. Pure date arithmetic in UTC, shared by the page's
 * "Last reviewed" line and overdue banner, `npm run report:stale` and the
 * unit tests. The policy (default interval, look-ahead) is in config/teams.ts.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Adds whole calendar months in UTC. A day that does not exist in the target
 * month is clamped to its last day, as calendars do: 31 August + 6 months is
 * 28 (or 29) February, not 3 March.
 *
 * @param date Any instant; only its UTC calendar date is used.
 * @param months Whole months, may be negative.
 * @returns Midnight UTC of the resulting day.
 */
export function addMonthsUtc(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

/** The day a review falls due: `lastReviewed` plus `everyMonths` calendar months (midnight UTC). */
export function reviewDueDate(lastReviewed: Date, everyMonths: number): Date {
  return addMonthsUtc(lastReviewed, everyMonths);
}

/** Midnight UTC of the day `now` falls on. */
export function startOfUtcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/**
 * Where a page stands: `overdue` once its due date has passed (a review due
 * today is not yet overdue), `due-soon` when the due date is within
 * `dueSoonDays` days from today, otherwise `current`.
 */
export type ReviewState = 'overdue' | 'due-soon' | 'current';

/**
 * @param due From {@link reviewDueDate}.
 * @param now The moment of the check (the build, or the report run).
 * @param dueSoonDays Look-ahead in days (config/teams.ts `review.dueSoonDays`).
 */
export function reviewState(due: Date, now: Date, dueSoonDays: number): ReviewState {
  const today = startOfUtcDay(now).getTime();
  if (due.getTime() < today) return 'overdue';
  if (due.getTime() <= today + dueSoonDays * DAY_MS) return 'due-soon';
  return 'current';
}

/** Whole days from today (UTC) to `due`: negative when overdue. */
export function daysUntil(due: Date, now: Date): number {
  return Math.round((due.getTime() - startOfUtcDay(now).getTime()) / DAY_MS);
}

/** `YYYY-MM-DD` of a date in UTC. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** One page as the review report sees it. */
export interface ReviewedPage {
  /** Repository-relative source file, e.g. `content/handbook/roles/backend.mdx`. */
  file: string;
  /** Root-relative URL, e.g. `/roles/backend/`. */
  url: string;
  title: string;
  /** Team id from config/teams.ts. */
  owner: string;
  lastReviewed: Date;
  /** Review interval in months (the page's `reviewEvery`, or the default). */
  reviewEvery: number;
}

/** A row of the stale report. */
export interface StaleRow {
  file: string;
  url: string;
  title: string;
  owner: string;
  /** `YYYY-MM-DD`. */
  lastReviewed: string;
  /** `YYYY-MM-DD`. */
  due: string;
  /** Negative when overdue. */
  daysUntilDue: number;
  state: Exclude<ReviewState, 'current'>;
}

/**
 * The pages that are overdue or due within `dueSoonDays`, most overdue first
 * (ties by file name). Current pages are left out.
 */
export function staleReport(pages: readonly ReviewedPage[], now: Date, dueSoonDays: number): StaleRow[] {
  const rows: StaleRow[] = [];
  for (const page of pages) {
    const due = reviewDueDate(page.lastReviewed, page.reviewEvery);
    const state = reviewState(due, now, dueSoonDays);
    if (state === 'current') continue;
    rows.push({
      file: page.file,
      url: page.url,
      title: page.title,
      owner: page.owner,
      lastReviewed: isoDay(page.lastReviewed),
      due: isoDay(due),
      daysUntilDue: daysUntil(due, now),
      state,
    });
  }
  return rows.sort((a, b) => a.daysUntilDue - b.daysUntilDue || a.file.localeCompare(b.file));
}

/**
 * The report as a plain-text table with a summary line, for a terminal or a
 * CI log. Columns: state, due date, last review, owner, file.
 */
export function formatStaleTable(rows: readonly StaleRow[], totalPages: number, dueSoonDays: number): string {
  const overdue = rows.filter((row) => row.state === 'overdue').length;
  const summary = `${overdue} overdue, ${rows.length - overdue} due in the next ${dueSoonDays} days, of ${totalPages} pages.`;
  if (rows.length === 0) return `${summary}\n`;
  const header = ['State', 'Due', 'Last reviewed', 'Owner', 'Page'];
  const body = rows.map((row) => [
    row.state === 'overdue' ? `overdue ${-row.daysUntilDue}d` : `due in ${row.daysUntilDue}d`,
    row.due,
    row.lastReviewed,
    row.owner,
    row.file,
  ]);
  const widths = header.map((cell, i) => Math.max(cell.length, ...body.map((cells) => cells[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line), '', summary, ''].join(
    '\n',
  );
}
