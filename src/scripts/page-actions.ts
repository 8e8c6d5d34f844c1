/**
 * Enhances a handbook page's actions (src/components/overrides/Footer.astro):
 *
 * - "Report a problem with this page": when the link is about to be followed
 *   (pointer down, keyboard focus), its prefilled issue URL is rebuilt with
 *   the text currently selected in the page's content, quoted. Without a
 *   selection, or without JavaScript, the server-rendered link stands.
 * - "Copy page as Markdown": shown only with JavaScript; fetches the page's
 *   `.md` copy and puts it on the clipboard.
 *
 * Only what must run at once is here: reading the selection before a press
 * clears it, and the listeners. The work (page-actions/actions.ts, with
 * every tracker's URL format) loads when the pointer enters the actions or
 * one is used, so a page that nobody reports ships no more script than plain
 * Starlight (issue #11); a click that comes before it arrives waits for it.
 */

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
  if (!actions) return;
  let work: Promise<typeof import('./page-actions/actions.ts')> | undefined;
  const load = () => (work ??= import('./page-actions/actions.ts'));
  actions.addEventListener('pointerenter', () => void load(), { once: true });

  const report = actions.querySelector<HTMLAnchorElement>('[data-report-problem]');
  let pending: Promise<void> | undefined;
  const refresh = () => {
    const quote = selectedContentText();
    const update = load().then(({ quoteInLink }) => {
      if (report) quoteInLink(actions, report, quote);
      if (pending === update) pending = undefined;
    });
    pending = update;
  };
  report?.addEventListener('pointerdown', refresh);
  report?.addEventListener('focus', refresh);
  report?.addEventListener('click', (e) => {
    // A plain click before the URL was rebuilt: follow the link once it is.
    if (!pending || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    void pending.then(() => location.assign(report.href));
  });

  const copy = actions.querySelector<HTMLButtonElement>('[data-copy-markdown]');
  if (!copy || !navigator.clipboard) return;
  copy.hidden = false;
  copy.addEventListener('click', () => void load().then(({ copyMarkdown }) => copyMarkdown(actions)));
}

init();
