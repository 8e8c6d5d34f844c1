/**
 * `<api-reference data-spec-id="projects" data-spec-url="/api/projects.json">`
 * wraps Redoc's prerendered HTML. The page is complete without JavaScript;
 * Redoc's code (about 300 KB gzip) loads only when the reader first points
 * at, touches, focuses or types in the reference, so it never competes with
 * the page's first paint. A click made before hydration finished is replayed
 * afterwards, so the first click on a response or menu item still works.
 *
 * If Redoc fails (the spec does not load, or Redoc throws), the prerendered
 * reference stays, a notice says that the interactive parts are off, and the
 * error is logged with `console.error`; the next interaction retries once.
 *
 * Sets `data-hydrated` once Redoc is interactive, `data-failed` when it gave
 * up (tests wait for these).
 */
const TRIGGERS = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown'] as const;

class ApiReference extends HTMLElement {
  #state: 'static' | 'loading' | 'hydrated' | 'failed' = 'static';
  #attempts = 0;
  #pendingClick: HTMLElement | undefined;

  connectedCallback(): void {
    // Astro's dev server does not run the Redoc bundle through the patches in
    // src/integrations/redoc/vite-plugin.ts, so there the page stays prerendered.
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
    const root = this.querySelector<HTMLElement>('.api-reference-root');
    const { specId, specUrl } = this.dataset;
    if (!root || !specId || !specUrl) return;
    this.#state = 'loading';
    this.#attempts++;
    try {
      const { hydrateRedoc } = await import('../integrations/redoc/hydrate.ts');
      await hydrateRedoc(root, specId, specUrl);
    } catch (error) {
      // The prerendered reference is back in place; say so, log why, allow one retry.
      console.error('Could not load the interactive API reference:', error);
      this.#fail();
      return;
    }
    this.#state = 'hydrated';
    this.dataset['hydrated'] = '';
    const click = this.#pendingClick;
    this.#pendingClick = undefined;
    // A plain link already navigated; replay only clicks that do something in Redoc.
    if (click?.isConnected && !click.closest('a[href]')) click.click();
  }

  #fail(): void {
    this.#pendingClick = undefined;
    const notice = this.querySelector<HTMLElement>('.api-reference-notice');
    if (notice) {
      notice.textContent =
        'The interactive reference could not load, so responses and schemas stay as shown. Reload the page to try again.';
      notice.hidden = false;
    }
    this.dataset['failed'] = '';
    if (this.#attempts < 2) {
      this.#state = 'static';
      for (const type of TRIGGERS) this.addEventListener(type, this.#start, { passive: true, once: true });
    } else {
      this.#state = 'failed';
    }
  }
}

customElements.define('api-reference', ApiReference);
