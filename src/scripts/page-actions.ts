/**
 * Enhances a handbook page's actions (src/components/overrides/Footer.astro):
 *
 * - "Report a problem with this page": when the link is about to be followed
 *   (pointer down, keyboard focus), its prefilled issue URL is rebuilt with
 *   the text currently selected in the page's content, quoted. Without a
 *   selection, or without JavaScript, the server-rendered link stands.
 * - "Copy page as Markdown": shown only with JavaScript; fetches the page's
 *   `.md` copy and puts it on the clipboard.
 */
import { problemIssueUrl, type IssuePage, type PageIssueTracker } from '../lib/page-issue.ts';

/** The selected text, if the selection lies in the page's content (not the sidebar or the footer). */
function selectedContentText(): string {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return '';
  const node = selection.getRangeAt(0).commonAncestorContainer;
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest('main .sl-markdown-content, main h1') ? selection.toString() : '';
}

function init(): void {
  const actions = document.querySelector<HTMLElement>('[data-page-actions]');
  const json = actions?.querySelector('[data-page-issue]')?.textContent;
  if (!actions || !json) return;
  const { tracker, page } = JSON.parse(json) as { tracker: PageIssueTracker; page: IssuePage };

  const report = actions.querySelector<HTMLAnchorElement>('[data-report-problem]');
  const refresh = () => {
    if (report) report.href = problemIssueUrl(tracker, page, selectedContentText());
  };
  // Pressing the pointer on the link would clear the selection, so read it first.
  report?.addEventListener('pointerdown', refresh);
  report?.addEventListener('focus', refresh);

  const copy = actions.querySelector<HTMLButtonElement>('[data-copy-markdown]');
  const link = actions.querySelector<HTMLAnchorElement>('[data-markdown-link]');
  const status = actions.querySelector<HTMLElement>('[data-copy-status]');
  if (!copy || !link || !navigator.clipboard) return;
  copy.hidden = false;
  copy.addEventListener('click', async () => {
    try {
      const response = await fetch(link.href);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      await navigator.clipboard.writeText(await response.text());
      if (status) status.textContent = 'Copied the page as Markdown.';
    } catch {
      if (status) status.textContent = 'Copying failed: open "View as Markdown" and copy from there.';
    }
  });
}

init();
