/**
 * `<check-list>`: enhances a server-rendered checklist (src/components/internal/ChecklistView.astro).
 *
 * - restores ticks from the progress store (src/lib/progress-store.ts),
 *   dropping any whose item text changed, and follows changes made in other
 *   tabs and in other embeds of the same checklist;
 * - saves each tick, announces "3 of 12 done" through a live region, and says
 *   so once when this browser cannot save progress;
 * - shows progress from a share link (`?done=…`) without touching the
 *   reader's own saved progress: ticks and Reset there change only the shared
 *   view, until the reader chooses "Keep this progress";
 * - copies, downloads and opens exports (src/lib/checklist-export.ts);
 * - turns each item's "Link" into "Copy link" (a plain click copies; Ctrl, ⌘,
 *   Shift or middle click still open the link as the browser would).
 *
 * Data comes from the JSON `<script>` child: a {@link ChecklistExport} plus
 * `trackers` (the new-issue URLs from config/site.ts).
 */
import {
  exportItems,
  toIssueBody,
  toJiraChecklist,
  toMarkdownDocument,
  toMarkdownTaskList,
  trackerIssueUrl,
  type ChecklistExport,
  type Tracker,
} from '../lib/checklist-export.ts';
import {
  decodeShareState,
  readProgress,
  SHARE_PARAM,
  shareUrl,
  storageKey,
  writeProgress,
} from '../lib/checklist-state.ts';
import { progressStore } from '../lib/progress-store.ts';

type Data = ChecklistExport & { trackers: Record<Tracker, string> };

class CheckList extends HTMLElement {
  #data!: Data;
  #boxes = new Map<string, HTMLInputElement>();
  /** True while the list shows progress from a share link that has not been kept. */
  #shared = false;
  #store = progressStore();
  /** Set once the element has been enhanced; a reconnected element is not enhanced twice. */
  #enhanced = false;
  /** Removes the store subscription when the element leaves the document. */
  #unsubscribe: (() => void) | undefined;

  connectedCallback(): void {
    if (!this.#enhanced) this.#enhance();
    this.#unsubscribe ??= this.#store.subscribe(storageKey(this.#data.id), () => {
      if (!this.#shared) this.#show(this.#stored());
      this.#noticeStorage();
    });
  }

  disconnectedCallback(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  #enhance(): void {
    this.#enhanced = true;
    this.#data = JSON.parse(this.querySelector('script[type="application/json"]')!.textContent!) as Data;
    for (const li of this.querySelectorAll<HTMLElement>('[data-item]')) {
      this.#boxes.set(li.dataset['item']!, li.querySelector('input')!);
    }
    for (const link of this.querySelectorAll('.checklist-permalink')) link.textContent = 'Copy link';
    for (const el of this.querySelectorAll('[data-js-only]')) el.removeAttribute('hidden');

    const shared =
      this.dataset['mode'] === 'page' ? new URLSearchParams(location.search).get(SHARE_PARAM) : null;
    if (shared === null) this.#show(this.#stored());
    else this.#showShared(shared);
    this.#noticeStorage();

    this.addEventListener('change', () => {
      // A shared view is the reader's scratch copy: only "Keep" saves it.
      if (!this.#shared) this.#save(this.#ticked());
      this.#count();
    });
    this.addEventListener('click', (event) => this.#onClick(event));
  }

  #stored(): Set<string> {
    return readProgress(this.#store.read(storageKey(this.#data.id)), exportItems(this.#data));
  }

  #save(ticked: ReadonlySet<string>): void {
    this.#store.write(storageKey(this.#data.id), writeProgress(ticked, exportItems(this.#data)));
    this.#noticeStorage();
  }

  /** Shows the "will not be saved" notice once the store has found storage blocked or full. */
  #noticeStorage(): void {
    if (!this.#store.persistent) this.querySelector('[data-storage-notice]')?.removeAttribute('hidden');
  }

  #ticked(): Set<string> {
    return new Set([...this.#boxes].filter(([, box]) => box.checked).map(([id]) => id));
  }

  #show(ticked: ReadonlySet<string>): void {
    for (const [id, box] of this.#boxes) box.checked = ticked.has(id);
    this.#count();
  }

  #count(): void {
    const done = this.#ticked().size;
    this.querySelector('[data-progress]')!.textContent = `${done} of ${this.#boxes.size} done`;
  }

  #showShared(value: string): void {
    const { ticked, changed, unknown } = decodeShareState(value, exportItems(this.#data));
    this.#shared = true;
    this.#show(ticked);
    const gone = unknown.length ? ` ${unknown.length} shared item(s) no longer exist and were left out.` : '';
    const reworded = changed.length
      ? ` ${changed.length} item(s) were reworded since the link was made and were left unticked.`
      : '';
    this.querySelector('[data-shared-text]')!.textContent =
      `You are looking at progress from a shared link: ${ticked.size} of ${this.#boxes.size} done.${gone}${reworded} ` +
      'Your own saved progress is unchanged until you keep this.';
    this.querySelector('[data-shared]')!.removeAttribute('hidden');
  }

  #endShared(): void {
    this.#shared = false;
    this.querySelector('[data-shared]')!.setAttribute('hidden', '');
    history.replaceState(null, '', location.pathname + location.hash);
  }

  async #onClick(event: Event): Promise<void> {
    const target = event.target as HTMLElement;
    const link = target.closest<HTMLAnchorElement>('.checklist-permalink');
    if (link) {
      const mouse = event as MouseEvent;
      // Ctrl/⌘/Shift/Alt-click and non-primary buttons keep the link's own behaviour (new tab, window, download).
      if (mouse.button !== 0 || mouse.ctrlKey || mouse.metaKey || mouse.shiftKey || mouse.altKey) return;
      event.preventDefault();
      return this.#copy(link.href, 'Link to the item copied.');
    }
    // The item text names its checkbox; clicking it ticks the box, as a <label> would.
    const text = target.closest('.checklist-text');
    if (text && !target.closest('a')) {
      const input = text.closest('[data-item]')?.querySelector('input');
      input?.click();
      return;
    }
    const action = target.closest<HTMLElement>('[data-action]')?.dataset['action'];
    const data = this.#data;
    const ticked = this.#ticked();
    switch (action) {
      case 'markdown':
        return this.#copy(toMarkdownTaskList(data, ticked), 'Task list copied as Markdown.');
      case 'jira':
        return this.#copy(
          toJiraChecklist(data, ticked),
          'Checklist copied for Jira (Smart Checklist format).',
        );
      case 'share':
        return this.#copy(shareUrl(location.href, ticked, exportItems(data)), 'Share link copied.');
      case 'download':
        return this.#download(toMarkdownDocument(data, ticked));
      case 'github':
      case 'gitlab':
      case 'linear': {
        const body = toIssueBody(data, ticked);
        const { url, complete } = trackerIssueUrl(action, data.trackers[action], data.title, body);
        if (!complete)
          await this.#copy(
            body,
            'The list is too long for a link, so it is on your clipboard: paste it into the new issue.',
          );
        window.open(url, '_blank', 'noopener');
        return;
      }
      case 'print':
        return window.print();
      case 'reset':
        this.#show(new Set());
        // In a shared view, Reset clears only what is shown; the reader's own progress stays saved.
        if (this.#shared) return this.#say('Shared view cleared; your own saved progress is unchanged.');
        this.#store.remove(storageKey(data.id));
        return this.#say('Progress cleared.');
      case 'keep':
        this.#endShared();
        this.#save(ticked);
        return this.#say('Shared progress kept.');
      case 'discard':
        this.#endShared();
        this.#show(this.#stored());
        return this.#say('Shared progress discarded; showing your own.');
    }
  }

  async #copy(text: string, done: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.#say(done);
    } catch {
      this.#say('Copying failed: this browser blocked the clipboard.');
    }
  }

  #download(text: string): void {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([text], { type: 'text/markdown' }));
    a.download = `${this.#data.id}.md`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    this.#say(`Downloaded ${a.download}.`);
  }

  #say(message: string): void {
    this.querySelector('[data-message]')!.textContent = message;
  }
}

customElements.define('check-list', CheckList);
