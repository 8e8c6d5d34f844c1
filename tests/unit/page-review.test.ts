import { describe, expect, it } from 'vitest';
import {
  addMonthsUtc,
  daysUntil,
  formatStaleTable,
  reviewDueDate,
  reviewState,
  staleReport,
  type ReviewedPage,
} from '../../src/lib/page-review.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('due-date arithmetic', () => {
  it('adds calendar months in UTC', () => {
    expect(addMonthsUtc(day('2026-01-15'), 6)).toEqual(day('2026-07-15'));
    expect(addMonthsUtc(day('2026-09-30'), 6)).toEqual(day('2027-03-30'));
  });

  it('clamps to the last day of a shorter month', () => {
    expect(addMonthsUtc(day('2026-08-31'), 6)).toEqual(day('2027-02-28'));
    expect(addMonthsUtc(day('2027-08-31'), 6)).toEqual(day('2028-02-29'));
    expect(addMonthsUtc(day('2026-01-31'), 1)).toEqual(day('2026-02-28'));
  });

  it('ignores the time of day and the local time zone', () => {
    expect(addMonthsUtc(new Date('2026-05-31T23:59:59Z'), 1)).toEqual(day('2026-06-30'));
  });

  it('is due the interval after the last review', () => {
    expect(reviewDueDate(day('2026-11-21'), 12)).toEqual(day('2027-11-21'));
  });

  it('is overdue only after the due day, and due soon within the look-ahead', () => {
    const due = day('2026-06-01');
    expect(reviewState(due, new Date('2026-06-01T23:00:00Z'), 30)).toBe('due-soon');
    expect(reviewState(due, new Date('2026-06-02T00:00:00Z'), 30)).toBe('overdue');
    expect(reviewState(due, day('2026-05-02'), 30)).toBe('due-soon');
    expect(reviewState(due, day('2026-05-01'), 30)).toBe('current');
    expect(daysUntil(due, new Date('2026-06-04T12:00:00Z'))).toBe(-3);
  });
});

describe('stale report', () => {
  const page = (
    file: string,
    lastReviewed: string,
    reviewEvery = 6,
    owner = 'backend-guild',
  ): ReviewedPage => ({
    file,
    url: `/${file}/`,
    title: file,
    owner,
    lastReviewed: day(lastReviewed),
    reviewEvery,
  });
  const now = day('2026-12-01');
  const pages = [
    page('current', '2026-11-01'),
    page('due-soon', '2026-06-20'),
    page('overdue-a', '2026-01-01', 6, 'platform'),
    page('overdue-b', '2025-11-30', 12),
    page('yearly', '2026-01-01', 12),
  ];

  it('lists overdue pages (most overdue first), then pages due soon, and leaves current pages out', () => {
    const rows = staleReport(pages, now, 30);
    expect(rows.map((row) => [row.file, row.state, row.due, row.daysUntilDue])).toEqual([
      ['overdue-a', 'overdue', '2026-07-01', -153],
      ['overdue-b', 'overdue', '2026-11-30', -1],
      ['due-soon', 'due-soon', '2026-12-20', 19],
    ]);
    expect(rows[0]).toMatchObject({ owner: 'platform', lastReviewed: '2026-01-01' });
  });

  it('prints a table with owner, last review and due date, and a summary', () => {
    const table = formatStaleTable(staleReport(pages, now, 30), pages.length, 30);
    const lines = table.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^State\s+Due\s+Last reviewed\s+Owner\s+Page$/);
    expect(lines[2]).toMatch(/^overdue 153d\s+2026-07-01\s+2026-01-01\s+platform\s+overdue-a$/);
    expect(lines.at(-1)).toBe('2 overdue, 1 due in the next 30 days, of 5 pages.');
  });

  it('prints only the summary when nothing is due', () => {
    expect(formatStaleTable([], 48, 30)).toBe('0 overdue, 0 due in the next 30 days, of 48 pages.\n');
  });
});
