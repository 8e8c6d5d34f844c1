/**
 * `<checklist-filter>`: filters the server-rendered checklist index by stage
 * and role. Cards carry `data-stage` and `data-roles` (space-separated);
 * a stage group with no visible card is hidden too. The chosen filters are
 * kept in the URL (`?stage=testing&role=qa`) so a filtered view can be linked.
 */
class ChecklistFilter extends HTMLElement {
  #selects = new Map<string, HTMLSelectElement>();
  /** Set once enhanced, so a reconnected element does not add its listener twice. */
  #enhanced = false;

  connectedCallback(): void {
    if (this.#enhanced) return;
    this.#enhanced = true;
    const params = new URLSearchParams(location.search);
    for (const select of this.querySelectorAll<HTMLSelectElement>('select[data-filter]')) {
      const key = select.dataset['filter']!;
      this.#selects.set(key, select);
      if ([...select.options].some((o) => o.value === params.get(key))) select.value = params.get(key)!;
    }
    this.hidden = false;
    this.addEventListener('change', () => this.#apply(true));
    this.#apply(false);
  }

  #apply(updateUrl: boolean): void {
    const stage = this.#selects.get('stage')!.value;
    const role = this.#selects.get('role')!.value;
    const cards = [...document.querySelectorAll<HTMLElement>('li[data-stage]')];
    let shown = 0;
    for (const card of cards) {
      const match =
        (!stage || card.dataset['stage'] === stage) &&
        (!role || card.dataset['roles']!.split(' ').includes(role));
      card.hidden = !match;
      if (match) shown++;
    }
    for (const group of document.querySelectorAll<HTMLElement>('[data-group]')) {
      group.hidden = !group.querySelector('li[data-stage]:not([hidden])');
    }
    this.querySelector('[data-filter-count]')!.textContent = `Showing ${shown} of ${cards.length} checklists`;
    if (updateUrl) {
      const params = new URLSearchParams();
      if (stage) params.set('stage', stage);
      if (role) params.set('role', role);
      history.replaceState(null, '', params.toString() ? `?${params}` : location.pathname);
    }
  }
}

customElements.define('checklist-filter', ChecklistFilter);
