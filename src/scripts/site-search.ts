import type { SearchController } from './search/controller.ts';

/** Results the dialog shows; "All results" links to /search/ for the rest. */
const DIALOG_LIMIT = 8;

/**
 * `<site-search>` (Search.astro): turns the header's /search/ link into the
 * button that opens the search dialog, and wires the keyboard: Ctrl/⌘+K
 * (toggle) and `/` (open, unless typing in a field) anywhere, Escape closes
 * (the dialog's own `cancel`). `showModal()` makes the rest of the page
 * inert, so focus stays in the dialog. Pagefind and the search code
 * (controller.ts) load on the first sign of intent: pointer over or focus on
 * the button, or a shortcut; until then this is all a page runs. Anything
 * typed before they arrive is searched as soon as they do.
 */
class SiteSearch extends HTMLElement {
  connectedCallback(): void {
    const opener = this.querySelector<HTMLAnchorElement>('a[data-open-modal]');
    const dialog = this.querySelector('dialog');
    const frame = this.querySelector('[data-dialog-frame]');
    const all = this.querySelector<HTMLAnchorElement>('[data-search-all]');
    if (!opener || !dialog || !frame) return;
    const input = frame.querySelector<HTMLInputElement>('[data-search-input]');
    if (!input) return;
    let search: Promise<SearchController> | undefined;
    const intent = () => {
      // One dynamic import of one chunk: no preload helper in every page's script.
      search ??= import('./search/controller.ts').then(({ SearchController, searchStateToQuery }) => {
        const controller = new SearchController(frame, DIALOG_LIMIT, (state) => {
          if (all) all.href = `/search/?${searchStateToQuery(state)}`.replace(/\?$/, '');
        });
        controller.warm();
        if (input.value) controller.update();
        return controller;
      });
    };

    if (/(Mac|iPhone|iPod|iPad)/i.test(navigator.platform)) {
      const key = opener.querySelector('[data-platform-key]');
      if (key) key.textContent = '⌘';
      opener.setAttribute('aria-keyshortcuts', 'Meta+K /');
    }
    opener.setAttribute('role', 'button');

    const open = () => {
      intent();
      if (dialog.open) return;
      dialog.showModal();
      document.body.toggleAttribute('data-search-modal-open', true);
      input.focus();
      input.select();
    };
    opener.addEventListener('pointerenter', intent, { once: true });
    opener.addEventListener('focus', intent, { once: true });
    opener.addEventListener('click', (e) => {
      e.preventDefault();
      open();
    });
    // Space activates a button; the link turned button must do the same.
    opener.addEventListener('keydown', (e) => {
      if (e.key === ' ') {
        e.preventDefault();
        open();
      }
    });
    this.querySelector('[data-close-modal]')?.addEventListener('click', () => dialog.close());
    // showModal() makes the page inert, but Tab past the last control would
    // still leave for the browser's toolbar: wrap it around instead.
    dialog.addEventListener('keydown', (e) => {
      if (e.key !== 'Tab') return;
      const focusable = [
        ...dialog.querySelectorAll<HTMLElement>('input, select, button, a[href]:not([tabindex="-1"])'),
      ];
      const [first, last] = [focusable[0], focusable.at(-1)];
      if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first?.focus();
      } else if (e.shiftKey && document.activeElement === first) {
        e.preventDefault();
        last?.focus();
      }
    });
    dialog.addEventListener('close', () => document.body.toggleAttribute('data-search-modal-open', false));
    // A click on the backdrop (outside the frame) or on a result closes the dialog.
    dialog.addEventListener('click', (e) => {
      const target = e.target as Element;
      if (target === dialog || target.closest('a[href]')) dialog.close();
    });
    window.addEventListener('keydown', (e) => {
      if ((e.metaKey || e.ctrlKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        if (dialog.open) dialog.close();
        else open();
      } else if (e.key === '/' && !dialog.open && !isTyping(e.target)) {
        e.preventDefault();
        open();
      }
    });
  }
}

/** Whether a key event's target takes text, so `/` must type rather than open search. */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

customElements.define('site-search', SiteSearch);
