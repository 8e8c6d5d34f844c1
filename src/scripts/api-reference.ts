/**
 * `<api-reference data-spec-id="projects" data-spec-url="/api/projects.json" data-mode="hydrate">`
 * wraps Redoc's prerendered HTML (`data-mode="render"`: a prerendered
 * operation index that Redoc replaces, for very large specs). The page is complete without JavaScript;
 * Redoc's code (about 300 KB gzip) loads only when the reader first points
 * at, touches, focuses or types in the reference, so it never competes with
 * the page's first paint. A click made before hydration finished is replayed
 * afterwards, so the first click on a response or menu item still works.
 *
 * Sets `data-hydrated` once Redoc is interactive (tests wait for it).
 */
const TRIGGERS = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown'] as const;

class ApiReference extends HTMLElement {
  #state: 'static' | 'loading' | 'hydrated' = 'static';
  #pendingClick: HTMLElement | undefined;

  connectedCallback(): void {
    // Astro's dev server does not run the Redoc bundle through the patches in
    // astro.config.mjs, so there the page stays prerendered.
    if (!import.meta.env.PROD) return;
    for (const type of TRIGGERS) this.addEventListener(type, this.#start, { passive: true, once: true });
    this.addEventListener('click', this.#rememberClick, { capture: true });
  }

  disconnectedCallback(): void {
    for (const type of TRIGGERS) this.removeEventListener(type, this.#start);
    this.removeEventListener('click', this.#rememberClick, { capture: true });
  }

  #start = (): void => {
    void this.#hydrate();
  };

  #rememberClick = (event: MouseEvent): void => {
    if (this.#state === 'hydrated' || !(event.target instanceof HTMLElement)) return;
    this.#pendingClick = event.target;
    this.#start();
  };

  async #hydrate(): Promise<void> {
    if (this.#state !== 'static') return;
    this.#state = 'loading';
    const root = this.querySelector<HTMLElement>('.api-reference-root');
    const { specId, specUrl, mode } = this.dataset;
    if (!root || !specId || !specUrl) return;
    try {
      const { hydrateRedoc } = await import('./redoc-hydrate.ts');
      await hydrateRedoc(root, specId, specUrl, mode === 'render' ? 'render' : 'hydrate');
    } catch (error) {
      // The prerendered page stays usable; report why it did not hydrate.
      console.warn('Could not load the interactive API reference:', error);
      return;
    }
    this.#state = 'hydrated';
    this.dataset['hydrated'] = '';
    const click = this.#pendingClick;
    this.#pendingClick = undefined;
    if (click?.isConnected) click.click();
  }
}

customElements.define('api-reference', ApiReference);
