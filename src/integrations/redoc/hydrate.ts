/**
 * Hydrates Redoc's prerendered HTML: fetches the bundled spec, rebuilds
 * Redoc's store with the same options the server used (options.ts) and
 * attaches React to the existing DOM. Loaded on demand by
 * src/scripts/api-reference.ts; this module pulls in Redoc, React,
 * styled-components and MobX.
 */
import { createElement, Component, startTransition, type ReactNode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { AppStore, Redoc } from 'redoc';
import { redocOptions } from './options.ts';

/**
 * Renders Redoc unchanged, reports when React has attached to it, and
 * catches any error Redoc throws while rendering, so the caller can put the
 * prerendered HTML back instead of leaving a blank page.
 */
class Boundary extends Component<
  { onMount: () => void; onError: (error: unknown) => void; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override componentDidMount(): void {
    if (!this.state.failed) this.props.onMount();
  }
  override componentDidCatch(error: unknown): void {
    this.props.onError(error);
  }
  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}

/**
 * @param root The element whose only child is Redoc's prerendered `.redoc-wrap`.
 * @param specId The spec's id, e.g. `projects`.
 * @param specUrl Same-origin URL of the bundled spec as JSON, e.g. `/api/projects.json`.
 * @returns When Redoc is interactive.
 * @throws {Error} If the spec cannot be fetched or parsed, or Redoc throws
 *   while rendering; the prerendered HTML is then back in `root`, unchanged.
 */
export async function hydrateRedoc(root: HTMLElement, specId: string, specUrl: string): Promise<void> {
  const response = await fetch(specUrl);
  if (!response.ok) throw new Error(`${specUrl}: HTTP ${response.status}`);
  const spec = (await response.json()) as object;
  // React removes what it cannot hydrate; keep a copy to put back on failure.
  const prerendered = [...root.childNodes].map((n) => n.cloneNode(true));
  let reactRoot: Root | undefined;
  try {
    const store = new AppStore(spec as never, undefined, redocOptions(specId), false);
    await new Promise<void>((resolve, reject) => {
      const app = createElement(Boundary, {
        onMount: resolve,
        onError: reject,
        children: createElement(Redoc, { store }),
      });
      // As a transition, React hydrates in slices of about 5 ms and lets the
      // browser handle input in between, instead of blocking the main thread
      // for the whole reference (React 18 time-slices transition lanes only).
      startTransition(() => {
        reactRoot = hydrateRoot(root, app, {
          // A mismatch makes React re-render Redoc on the client, which still works.
          onRecoverableError: (error) => console.warn('Redoc hydration:', error),
        });
      });
    });
  } catch (error) {
    reactRoot?.unmount();
    root.replaceChildren(...prerendered);
    throw error;
  }
}
