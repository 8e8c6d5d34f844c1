/**
 * `<checklist-progress>`: shows how much of a checklist this browser has
 * ticked ("5 of 13 done" and a bar), read from the progress store entry the
 * checklist's own page writes (src/lib/progress-store.ts), and kept up to date
 * when the checklist changes in another tab or embed. `data-keys` lists the
 * items as `id:hash id:hash …`, so reworded items count as not done, as on the page.
 */
import { readProgress, storageKey } from '../lib/checklist-state.ts';
import { progressStore } from '../lib/progress-store.ts';

class ChecklistProgress extends HTMLElement {
  #unsubscribe: (() => void) | undefined;

  connectedCallback(): void {
    const key = storageKey(this.dataset['checklist']!);
    this.#unsubscribe ??= progressStore().subscribe(key, () => this.#render(key));
    this.#render(key);
  }

  disconnectedCallback(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  #render(key: string): void {
    const items = (this.dataset['keys'] ?? '').split(' ').map((pair) => {
      const [id = '', hash = ''] = pair.split(':');
      return { id, hash };
    });
    const done = readProgress(progressStore().read(key), items).size;
    this.querySelector('[data-count]')!.textContent =
      `${this.dataset['prefix'] ?? ''}${done} of ${items.length} done`;
    const bar = this.querySelector('progress');
    if (bar) {
      bar.value = done;
      bar.hidden = false;
    }
  }
}

customElements.define('checklist-progress', ChecklistProgress);
