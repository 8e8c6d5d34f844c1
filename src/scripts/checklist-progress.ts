/**
 * `<checklist-progress>`: shows how much of a checklist this browser has
 * ticked ("5 of 13 done" and a bar), read from the localStorage entry the
 * checklist's own page writes. `data-keys` lists the items as
 * `id:hash id:hash …`, so reworded items count as not done, as on the page.
 */
import { readProgress, storageKey } from '../lib/checklist-state.ts';

class ChecklistProgress extends HTMLElement {
  connectedCallback(): void {
    const items = (this.dataset['keys'] ?? '').split(' ').map((pair) => {
      const [id = '', hash = ''] = pair.split(':');
      return { id, hash };
    });
    const done = readProgress(localStorage.getItem(storageKey(this.dataset['checklist']!)), items).size;
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
