/**
 * `<check-list>`: enhances a server-rendered checklist (src/components/ChecklistView.astro).
 *
 * - restores ticks from localStorage, dropping any whose item text changed;
 * - saves each tick, announces "3 of 12 done" through a live region;
 * - shows progress from a share link (`?done=a.b`) and offers to keep it;
 * - copies, downloads and opens exports (src/lib/checklist-export.ts);
 * - turns each item's "Link" into "Copy link".
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

type Data = ChecklistExport & { trackers: Record<Tracker, string> };

class CheckList extends HTMLElement {
  #data!: Data;
  #boxes = new Map<string, HTMLInputElement>();
  /** True while the list shows progress from a share link that has not been kept. */
  #shared = false;

  connectedCallback(): void {
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

    this.addEventListener('change', () => {
      if (this.#shared) this.#endShared();
      localStorage.setItem(storageKey(this.#data.id), writeProgress(this.#ticked(), exportItems(this.#data)));
      this.#count();
    });
    this.addEventListener('click', (event) => this.#onClick(event));
  }

  #stored(): Set<string> {
    return readProgress(localStorage.getItem(storageKey(this.#data.id)), exportItems(this.#data));
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
    const { ticked, unknown } = decodeShareState(value, exportItems(this.#data));
    this.#shared = true;
    this.#show(ticked);
    const gone = unknown.length ? ` ${unknown.length} shared item(s) no longer exist and were left out.` : '';
    this.querySelector('[data-shared-text]')!.textContent =
      `You are looking at progress from a shared link: ${ticked.size} of ${this.#boxes.size} done.${gone} ` +
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
        localStorage.removeItem(storageKey(data.id));
        if (this.#shared) this.#endShared();
        this.#show(new Set());
        return this.#say('Progress cleared.');
      case 'keep':
        localStorage.setItem(storageKey(data.id), writeProgress(ticked, exportItems(data)));
        this.#endShared();
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
