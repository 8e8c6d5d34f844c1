/**
 * Hydrates Redoc's prerendered HTML: fetches the bundled spec, rebuilds
 * Redoc's store with the same options the server used (redoc-options.ts) and
 * attaches React to the existing DOM. Loaded on demand by api-reference.ts;
 * this module pulls in Redoc, React, styled-components and MobX.
 */
import { createElement, Component, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { AppStore, Redoc } from 'redoc';
import { redocOptions } from '../lib/openapi/redoc-options.ts';

/** Renders Redoc unchanged and reports when React has attached to it. */
class WhenMounted extends Component<{ onMount: () => void; children: ReactNode }> {
  override componentDidMount(): void {
    this.props.onMount();
  }
  override render(): ReactNode {
    return this.props.children;
  }
}

/**
 * @param root The element whose only child is Redoc's prerendered `.redoc-wrap`
 *   (mode `hydrate`), or a stand-in that Redoc replaces (mode `render`).
 * @param specId The spec's id, e.g. `projects`.
 * @param specUrl Same-origin URL of the bundled spec as JSON, e.g. `/api/projects.json`.
 * @returns When Redoc is interactive.
 * @throws {Error} If the spec cannot be fetched.
 */
export async function hydrateRedoc(
  root: HTMLElement,
  specId: string,
  specUrl: string,
  mode: 'hydrate' | 'render',
): Promise<void> {
  const response = await fetch(specUrl);
  if (!response.ok) throw new Error(`${specUrl}: HTTP ${response.status}`);
  const spec = (await response.json()) as object;
  const store = new AppStore(spec as never, undefined, redocOptions(specId), false);
  await new Promise<void>((resolve) => {
    const app = createElement(WhenMounted, { onMount: resolve, children: createElement(Redoc, { store }) });
    if (mode === 'render') {
      // Redoc scrolls to the URL's #anchor once mounted.
      root.replaceChildren();
      createRoot(root).render(app);
      return;
    }
    hydrateRoot(root, app, {
      // A mismatch makes React re-render Redoc on the client, which still works.
      onRecoverableError: (error) => console.warn('Redoc hydration:', error),
    });
  });
}
