import { trackerIssueUrl, type Tracker } from './checklist-export.ts';

/**
 * New-issue URLs about a handbook page: "report a problem" (with the text
 * the reader selected, quoted) and "review this page" (from the overdue
 * banner). Built on the checklists' {@link trackerIssueUrl}, so every
 * tracker in config/site.ts works; pure, so the page's script and the
 * server render share it.
 */

/** Where page issues go: `site.pageIssues` in config/site.ts. */
export interface PageIssueTracker {
  tracker: Tracker;
  /** The tracker's new-issue page, e.g. `https://github.com/example/web-delivery-handbook/issues/new`. */
  newIssueUrl: string;
}

/** The page an issue is about. */
export interface IssuePage {
  title: string;
  /** Absolute URL of the page. */
  url: string;
  /** Team id (config/teams.ts), used for the `owner:<id>` label. */
  ownerId: string;
  ownerName: string;
  /** Tracker handle, mentioned in the body so the team is notified. */
  ownerHandle: string;
}

/**
 * The longest selection quoted, in characters; longer selections are cut at
 * a word boundary and end in "…", so the URL stays under the trackers' limit.
 */
export const MAX_QUOTE_LENGTH = 1500;

/** `text` as a Markdown block quote, whitespace-trimmed and cut to {@link MAX_QUOTE_LENGTH}. */
export function quoteMarkdown(text: string): string {
  let quote = text.trim().replace(/\r\n?/g, '\n');
  if (quote.length > MAX_QUOTE_LENGTH) {
    const cut = quote.slice(0, MAX_QUOTE_LENGTH);
    quote = `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_QUOTE_LENGTH / 2))}…`;
  }
  return quote
    .split('\n')
    .map((line) => (line.trim() ? `> ${line}` : '>'))
    .join('\n');
}

/** The label every page issue carries to route it to its owner. */
export function ownerLabel(page: Pick<IssuePage, 'ownerId'>): string {
  return `owner:${page.ownerId}`;
}

/**
 * "Report a problem" issue URL: title `Problem on "<page>"`, a body with the
 * page link, the owner's handle and the selected text quoted (when there is
 * one), and the owner label.
 *
 * @param selection The text the reader selected on the page, or empty.
 */
export function problemIssueUrl(tracker: PageIssueTracker, page: IssuePage, selection = ''): string {
  const parts = [`Page: [${page.title}](${page.url})`, `Owner: ${page.ownerName} (${page.ownerHandle})`];
  if (selection.trim()) parts.push(`About this passage:\n\n${quoteMarkdown(selection)}`);
  parts.push('What is wrong, and what should it say instead?\n');
  return trackerIssueUrl(
    tracker.tracker,
    tracker.newIssueUrl,
    `Problem on "${page.title}"`,
    parts.join('\n\n'),
    undefined,
    [ownerLabel(page)],
  ).url;
}

/**
 * "Review this page" issue URL for the overdue banner: asks the owner to
 * check the page and bump its `lastReviewed` date.
 *
 * @param file Repository-relative source file, e.g. `content/handbook/roles/backend.mdx`.
 * @param lastReviewed `YYYY-MM-DD`.
 * @param due `YYYY-MM-DD`.
 */
export function reviewIssueUrl(
  tracker: PageIssueTracker,
  page: IssuePage,
  file: string,
  lastReviewed: string,
  due: string,
): string {
  const body = [
    `Page: [${page.title}](${page.url})`,
    `Owner: ${page.ownerName} (${page.ownerHandle})`,
    `Last reviewed ${lastReviewed}; the review was due ${due}.`,
    `- [ ] Read the whole page and fix what is wrong or dated\n- [ ] Set \`lastReviewed\` in \`${file}\` to the review date`,
  ].join('\n\n');
  return trackerIssueUrl(
    tracker.tracker,
    tracker.newIssueUrl,
    `Review "${page.title}"`,
    `${body}\n`,
    undefined,
    [ownerLabel(page), 'review'],
  ).url;
}
