import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as RedocModule from 'redoc';
import { wrapPolished, type PolishedColourFunctions } from './polished-vars.ts';
import { redocOptions } from './options.ts';
import { patchRedocSource } from './patches.ts';

/*
 * Everything here runs at build time only. Redoc, React and styled-components
 * are loaded with Node's require from the project's node_modules, so Redoc and
 * our ServerStyleSheet share one styled-components instance (an ESM import
 * could load a second copy that would collect no styles).
 */
const require = createRequire(join(process.cwd(), 'package.json'));

type Redoc = typeof RedocModule;
let redoc: Redoc | undefined;

/** The DOMPurify export that Redoc's bundle requires, given a fresh jsdom window per prerender ({@link withPurifyWindow}). */
let purify: DOMPurifyExport | undefined;

/**
 * DOMPurify's output by input, for the whole build. Redoc sanitises every
 * rendered description (Markdown already turned into HTML), and large specs
 * repeat the same ones on every page (GitHub's "The account owner of the
 * repository…"); parsing each into a jsdom document was a third of a page's
 * prerender. The same input with the default config gives the same output.
 */
const sanitized = new Map<string, string>();

/** DOMPurify's CommonJS export: a factory that takes a window, with `sanitize` once it has one. */
interface DOMPurifyExport {
  (window: unknown): { sanitize: (html: string, config?: object) => string };
  sanitize?: (html: string, config?: object) => string;
}

/** Node's internal module API, used to compile the patched bundle as CommonJS. */
interface CompilableModule {
  filename: string;
  paths: string[];
  exports: unknown;
  _compile(code: string, filename: string): void;
}

/**
 * Loads Redoc's server bundle with the handbook's patches applied (no CDN
 * logo, demoted headings; see patches.ts), after making polished
 * understand CSS variables (polished-vars.ts).
 *
 * @throws {Error} If a patch no longer matches Redoc's code.
 */
export function loadRedoc(): Redoc {
  if (redoc) return redoc;
  const polished = require('polished') as PolishedColourFunctions;
  Object.assign(polished, wrapPolished({ ...polished }));
  // Redoc sanitises Markdown with DOMPurify (`sanitize: true`), which needs a
  // DOM; Node has none, so it gets jsdom's, as DOMPurify's README advises,
  // one window per prerender (withPurifyWindow).
  purify = require('dompurify') as DOMPurifyExport;
  const file = require.resolve('redoc');
  // Server rendering must not leave MobX reactions behind: without this,
  // every observer component of every prerender stays subscribed to its
  // store, and a large spec's build keeps every page's models in memory
  // (mobx-react's advice for SSR). Redoc requires mobx-react from its own folder.
  const mobxReact = createRequire(file)('mobx-react') as { enableStaticRendering(enable: boolean): void };
  mobxReact.enableStaticRendering(true);
  const source = patchRedocSource(readFileSync(file, 'utf8'), file);
  const ModuleClass = Module as unknown as {
    new (id: string): CompilableModule;
    _nodeModulePaths(dir: string): string[];
  };
  const mod = new ModuleClass(file);
  mod.filename = file;
  mod.paths = ModuleClass._nodeModulePaths(dirname(file));
  mod._compile(source, file);
  redoc = mod.exports as Redoc;
  return redoc;
}

/**
 * Runs `render` with DOMPurify working on a new jsdom window, and closes the
 * window after. DOMPurify parses every Markdown fragment into a document of
 * that window, and jsdom keeps those documents for as long as the window
 * lives: with one window for the whole build, GitHub's spec grew the heap by
 * about 40 MB per page and each page took longer than the last.
 */
function withPurifyWindow<T>(render: () => T): T {
  const { JSDOM } = require('jsdom') as typeof import('jsdom');
  const { window } = new JSDOM('');
  const instance = purify!(window);
  purify!.sanitize = (html, config) => {
    if (config) return instance.sanitize(html, config);
    let clean = sanitized.get(html);
    if (clean === undefined) sanitized.set(html, (clean = instance.sanitize(html)));
    return clean;
  };
  try {
    return render();
  } finally {
    purify!.sanitize = () => {
      throw new Error('DOMPurify was called outside a prerender (src/integrations/redoc/ssr.ts).');
    };
    window.close();
  }
}

/** Prerendered Redoc markup for one spec. */
export interface RedocPrerender {
  /** Redoc's HTML, to put inside the element that the browser hydrates. */
  html: string;
  /** styled-components' `<style>` element(s) with the CSS for that HTML. */
  styles: string;
  /** Time spent rendering, in milliseconds (reported in the build log). */
  ms: number;
}

/** The prerender running now, if any: prerenders wait for it ({@link prerenderRedoc}). */
let running: Promise<unknown> = Promise.resolve();

/**
 * Renders a bundled spec to HTML with Redoc's React components and collects
 * its CSS with styled-components' ServerStyleSheet.
 *
 * One prerender runs at a time, whatever the build's `concurrency`
 * (astro.config.mjs): each holds a Redoc store and a jsdom window while it
 * runs, and rendering is CPU-bound, so running them side by side would add
 * memory (the large-spec bench's peak) and save no time.
 *
 * @param id Spec id, e.g. `projects`, used for the download URL.
 * @param spec The bundled OpenAPI document (validate.ts).
 */
export function prerenderRedoc(id: string, spec: Record<string, unknown>): Promise<RedocPrerender> {
  const next = running.then(() => prerenderNow(id, spec));
  running = next.catch(() => undefined);
  return next;
}

async function prerenderNow(id: string, spec: Record<string, unknown>): Promise<RedocPrerender> {
  const started = performance.now();
  const { createStore, Redoc } = loadRedoc();
  const React = require('react') as typeof import('react');
  const { renderToString } = require('react-dom/server') as typeof import('react-dom/server');
  const { ServerStyleSheet } = require('styled-components') as typeof import('styled-components');
  // Redoc mutates the spec while parsing; give it a copy.
  const store = await createStore(structuredClone(spec), undefined, redocOptions(id));
  const sheet = new ServerStyleSheet();
  try {
    const html = withPurifyWindow(() =>
      renderToString(sheet.collectStyles(React.createElement(Redoc, { store }))),
    );
    const styles = sheet.getStyleTags();
    return { html, styles, ms: Math.round(performance.now() - started) };
  } finally {
    sheet.seal();
    store.dispose();
    // jsdom tracks node iterators through WeakRefs, which V8 keeps alive
    // until the current job ends; a build that renders page after page in
    // one run of microtasks would keep every page's documents. Yield a task.
    await new Promise((resolve) => setImmediate(resolve));
  }
}
