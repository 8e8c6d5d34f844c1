import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { patchRedocSource } from './patches.ts';

/** Redoc's browser bundle, which `redoc`'s package.json points browsers at. */
const BROWSER_BUNDLE = /[\\/]node_modules[\\/]redoc[\\/]bundles[\\/]redoc\.browser\.lib\.js$/;
/** Any module of the `redoc` package. */
const REDOC_MODULE = /[\\/]node_modules[\\/]redoc[\\/]/;
/** The imports of Redoc's browser bundle that are swapped. */
const SWAPPED_IMPORT = /^(?:polished$|yaml$|@redocly\/openapi-core\/)/;

/**
 * Prepares Redoc 2.5's browser bundle for the /api/ pages (see README, "API
 * reference"): applies the same patches as the server render (patches.ts, in
 * ssr.ts), gives it polished with CSS-variable support (polished-browser.ts),
 * and swaps its spec loader and Swagger 2.0 converter (@redocly/openapi-core
 * 1.x and yaml, used only to load specs from a URL, which we never do) for a
 * stub. Specs are converted to OpenAPI 3 at build time (src/lib/openapi/validate.ts).
 *
 * Guarded: if the client build contains any module of the `redoc` package but
 * the browser bundle was not transformed exactly once (Redoc renamed or moved
 * it), the build fails instead of shipping an unpatched Redoc (CDN logo,
 * headings that do not match the prerendered HTML).
 */
export function redocBrowserBundle(): Plugin {
  const stub = '\0redoc-openapi-core-stub';
  const fromRedoc = (importer: string | undefined) => !!importer && BROWSER_BUNDLE.test(importer);
  let transformed = 0;
  let swappedPolished = 0;
  let sawRedoc = false;
  let ssrBuild = false;
  return {
    name: 'handbook:redoc-browser-bundle',
    enforce: 'pre',
    configResolved(config) {
      ssrBuild = !!config.build.ssr;
    },
    buildStart() {
      transformed = 0;
      swappedPolished = 0;
      sawRedoc = false;
    },
    // Hook filters: Rolldown calls these hooks only for matching ids, not
    // for every module of every page (Vite 8, "Hook Filters").
    resolveId: {
      filter: { id: SWAPPED_IMPORT },
      handler(source: string, importer: string | undefined, options?: { ssr?: boolean | undefined }) {
        if (options?.ssr || !fromRedoc(importer)) return null;
        if (source === 'polished') {
          swappedPolished++;
          return fileURLToPath(new URL('./polished-browser.ts', import.meta.url));
        }
        if (source.startsWith('@redocly/openapi-core/')) return stub;
        // Only swagger2openapi, inlined in Redoc for Swagger 2.0 specs, uses
        // yaml; the build hands Redoc OpenAPI 3.x only.
        if (source === 'yaml') return stub;
        return null;
      },
    },
    load: {
      filter: { id: new RegExp(`^${stub}$`) },
      handler() {
        return [
          'const disabled = () => { throw new Error("Redoc: loading or converting specs in the browser is disabled in the handbook"); };',
          'export const bundle = disabled, parse = disabled, stringify = disabled;',
          'export class Config {}',
          'export default { parse, stringify };',
        ].join('\n');
      },
    },
    transform: {
      filter: { id: REDOC_MODULE },
      handler(code: string, id: string, options?: { ssr?: boolean | undefined }) {
        if (!options?.ssr) sawRedoc = true;
        if (!BROWSER_BUNDLE.test(id)) return null;
        transformed++;
        return { code: patchRedocSource(code, id), map: null };
      },
    },
    buildEnd(error?: Error) {
      if (error || ssrBuild || !sawRedoc) return;
      if (transformed !== 1 || swappedPolished < 1) {
        this.error(
          `handbook:redoc-browser-bundle: the client build contains Redoc, but its browser bundle was transformed ${transformed} time(s) ` +
            `(expected 1) and polished swapped ${swappedPolished} time(s) (expected at least 1). Redoc probably moved ` +
            'bundles/redoc.browser.lib.js; update BROWSER_BUNDLE in src/integrations/redoc/vite-plugin.ts.',
        );
      }
    },
  };
}
