import { problemIssueUrl, type IssuePage, type PageIssueTracker } from '../../lib/page-issue.ts';

/**
 * The page actions' work, loaded on intent by src/scripts/page-actions.ts:
 * the issue URL builders (every tracker's format) and the clipboard copy.
 */

/**
 * Rebuilds the "Report a problem" link's issue URL with `quote` (the text the
 * reader selected) from the page's issue data (`[data-page-issue]`, JSON).
 */
export function quoteInLink(actions: HTMLElement, report: HTMLAnchorElement, quote: string): void {
  const json = actions.querySelector('[data-page-issue]')?.textContent;
  if (!json) return;
  const { tracker, page } = JSON.parse(json) as { tracker: PageIssueTracker; page: IssuePage };
  report.href = problemIssueUrl(tracker, page, quote);
}

/** Copies the page's Markdown copy (the "View as Markdown" link) to the clipboard, and says how it went. */
export async function copyMarkdown(actions: HTMLElement): Promise<void> {
  const link = actions.querySelector<HTMLAnchorElement>('[data-markdown-link]');
  const status = actions.querySelector<HTMLElement>('[data-copy-status]');
  try {
    if (!link) throw new Error('no Markdown link');
    const response = await fetch(link.href);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    await navigator.clipboard.writeText(await response.text());
    if (status) status.textContent = 'Copied the page as Markdown.';
  } catch {
    if (status) status.textContent = 'Copying failed: open "View as Markdown" and copy from there.';
  }
}
