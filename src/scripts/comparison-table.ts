import {
  bestOptions,
  rankOptions,
  sortRows,
  type ScoredCriterion,
  type SortValue,
} from '../lib/comparison-scoring.ts';
import {
  defaultState,
  parseState,
  serialiseState,
  type ComparisonState,
  type StateSchema,
} from '../lib/comparison-state.ts';

/**
 * `<comparison-table data-id="…" [data-scored]>` enhances the table that
 * src/components/Comparison.astro renders: sort buttons in the column
 * headers, option filters, live weights, rank and best-per-criterion marks,
 * "Show only differences" and Reset. All logic lives in src/lib/; this class
 * only reads the DOM, calls it, and writes the result back, keeping the
 * state in the URL query string.
 */
class ComparisonTable extends HTMLElement {
  #id = '';
  #schema!: StateSchema;
  #state!: ComparisonState;
  #criteria: ScoredCriterion[] = [];
  #headers: HTMLTableCellElement[] = [];
  #rows: HTMLTableRowElement[] = [];

  connectedCallback(): void {
    if (this.#id) return;
    this.#id = this.dataset['id'] ?? '';
    this.#headers = [...this.querySelectorAll<HTMLTableCellElement>('thead th')];
    this.#rows = [...this.querySelectorAll<HTMLTableRowElement>('tbody tr')];
    const weighted = this.#headers.filter((th) => th.dataset['weight'] !== undefined);
    this.#criteria = weighted.map((th) => ({
      id: th.dataset['key']!,
      higherIsBetter: !th.hasAttribute('data-lower'),
    }));
    this.#schema = {
      columns: this.#headers.map((th) => th.dataset['key']!),
      optionIds: this.#rows.map((tr) => tr.dataset['option']!),
      defaultWeights: Object.fromEntries(
        weighted.map((th) => [th.dataset['key']!, Number(th.dataset['weight'])]),
      ),
      defaultSort: this.hasAttribute('data-scored') ? 'rank' : null,
      defaultDirection: 'ascending',
    };
    // The file's order, so that ties and "no sort" fall back to it.
    this.#rows.sort(
      (a, b) =>
        this.#schema.optionIds.indexOf(a.dataset['option']!) -
        this.#schema.optionIds.indexOf(b.dataset['option']!),
    );

    for (const th of this.#headers) {
      const label = th.querySelector('.cmp-label') ?? th;
      const button = document.createElement('button');
      button.type = 'button';
      button.className =
        'cursor-pointer border-0 bg-transparent p-0 text-start [font-family:inherit] [font-size:inherit] [line-height:inherit] font-semibold text-inherit';
      button.append(...label.childNodes);
      label.append(button);
      button.addEventListener('click', () => this.#sortBy(th));
    }
    this.addEventListener('input', (e) => this.#onInput(e.target as HTMLInputElement));
    this.addEventListener('change', (e) => this.#onChange(e.target as HTMLInputElement));
    this.querySelector('[data-control="reset"]')?.addEventListener('click', () =>
      this.#update(defaultState(this.#schema)),
    );
    this.#state = parseState(location.search, this.#id, this.#schema);
    const changed =
      this.#state.hidden.length > 0 ||
      this.#criteria.some((c) => this.#state.weights[c.id] !== this.#schema.defaultWeights[c.id]);
    if (changed) this.querySelector('details')?.setAttribute('open', '');
    this.#render();
  }

  #sortBy(th: HTMLTableCellElement): void {
    const key = th.dataset['key']!;
    const { sort, direction } = this.#state;
    const first = th.dataset['first'] === 'descending' ? 'descending' : 'ascending';
    const next = sort === key ? (direction === 'ascending' ? 'descending' : 'ascending') : first;
    this.#update({ ...this.#state, sort: key, direction: next });
  }

  #onInput(input: HTMLInputElement): void {
    const criterion = input.dataset['weightInput'];
    if (criterion && /^[0-5]$/.test(input.value)) {
      this.#update({ ...this.#state, weights: { ...this.#state.weights, [criterion]: Number(input.value) } });
    }
  }

  #onChange(input: HTMLInputElement): void {
    const option = input.dataset['optionToggle'];
    if (option) {
      const hidden = this.#state.hidden.filter((o) => o !== option);
      this.#update({ ...this.#state, hidden: input.checked ? hidden : [...hidden, option] });
    } else if (input.dataset['control'] === 'diff') {
      this.#update({ ...this.#state, onlyDifferences: input.checked });
    } else if (input.dataset['weightInput']) {
      this.#render(); // puts back the last valid weight after an invalid entry
    }
  }

  #update(state: ComparisonState): void {
    this.#state = state;
    const status = this.querySelector('[role="status"]');
    const text = this.#render();
    if (status && this.#criteria.length > 0) status.textContent = text;
    const query = serialiseState(state, location.search, this.#id, this.#schema);
    history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
  }

  /** Value a row sorts by in one column: the row heading's text, or the cell's `data-value`. */
  #value(tr: HTMLTableRowElement, key: string, numeric: boolean): SortValue {
    const cell = tr.querySelector<HTMLElement>(key === 'option' ? 'th' : `td[data-key="${key}"]`);
    const raw = cell?.dataset['value'] ?? '';
    return raw === '' ? null : numeric ? Number(raw) : raw;
  }

  /** Shows the current state; returns the text announcing the top-ranked option (scored only). */
  #render(): string {
    const state = this.#state;
    const shown = this.#rows.filter((tr) => !state.hidden.includes(tr.dataset['option']!));
    const scores = shown.map((tr) => ({
      id: tr.dataset['option']!,
      scores: Object.fromEntries(this.#criteria.map((c) => [c.id, this.#value(tr, c.id, true) as number])),
    }));
    const ranked = rankOptions(scores, this.#criteria, state.weights);

    for (const tr of this.#rows) {
      const option = tr.dataset['option']!;
      tr.hidden = !shown.includes(tr);
      const rank = ranked.find((r) => r.id === option);
      this.#setCell(tr, 'rank', rank?.rank ?? null, String(rank?.rank ?? '–'));
      this.#setCell(tr, 'total', rank?.total ?? null, rank?.total?.toFixed(2) ?? '–');
    }
    for (const c of this.#criteria) {
      const best = bestOptions(scores, c);
      for (const tr of this.#rows) {
        const isBest = best.includes(tr.dataset['option']!);
        const td = tr.querySelector<HTMLElement>(`td[data-key="${c.id}"]`)!;
        td.classList.toggle('best', isBest);
        td.querySelector<HTMLElement>('.cmp-best')!.hidden = !isBest;
      }
    }
    for (const th of this.#headers) {
      const key = th.dataset['key']!;
      const values = new Set(shown.map((tr) => this.#value(tr, key, false)));
      const same =
        state.onlyDifferences && key !== 'option' && key !== 'rank' && key !== 'total' && values.size < 2;
      for (const cell of this.querySelectorAll<HTMLElement>(`[data-key="${key}"]`)) cell.hidden = same;
      if (key === state.sort) th.setAttribute('aria-sort', state.direction);
      else th.removeAttribute('aria-sort');
      const weight = th.querySelector('[data-weight-value]');
      if (weight) weight.textContent = String(state.weights[key]);
    }

    const numeric =
      this.#headers.find((th) => th.dataset['key'] === state.sort)?.dataset['type'] === 'number';
    const order = state.sort
      ? sortRows(
          this.#rows.map((tr) => ({ key: tr, value: this.#value(tr, state.sort!, numeric) })),
          state.direction,
        )
      : this.#rows;
    // Move rows only when the order changed: re-inserting them forces a full table layout.
    const tbody = this.querySelector('tbody')!;
    if (order.some((tr, i) => tbody.rows[i] !== tr)) tbody.append(...order);

    for (const input of this.querySelectorAll<HTMLInputElement>('input')) {
      const { optionToggle, weightInput, control } = input.dataset;
      if (optionToggle) {
        input.checked = !state.hidden.includes(optionToggle);
        input.disabled = input.checked && shown.length === 1;
      } else if (weightInput && input.value !== String(state.weights[weightInput])) {
        input.value = String(state.weights[weightInput]);
      } else if (control === 'diff') input.checked = state.onlyDifferences;
    }
    const top = ranked[0];
    if (top?.total == null) return '';
    const label = this.#rows.find((tr) => tr.dataset['option'] === top.id)?.querySelector('th')?.dataset[
      'value'
    ];
    return `Ranked first: ${label}, weighted score ${top.total.toFixed(2)} of 5.`;
  }

  /** Writes a rank or total into its cell (scored comparisons only). */
  #setCell(tr: HTMLTableRowElement, key: string, value: number | null, text: string): void {
    const td = tr.querySelector<HTMLElement>(`td[data-key="${key}"]`);
    if (!td) return;
    td.dataset['value'] = value === null ? '' : String(value);
    if (td.textContent !== text) td.textContent = text;
  }
}

if (!customElements.get('comparison-table')) customElements.define('comparison-table', ComparisonTable);
