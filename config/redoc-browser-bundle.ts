import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { patchRedocSource } from '../src/lib/openapi/redoc-patches.ts';

/**
 * Prepares Redoc 2.5's browser bundle for the /api/ pages (see README, "API
 * reference"): applies the same patches as the server render (no CDN logo,
 * demoted headings), gives it polished with CSS-variable support, and swaps
 * its spec loader and Swagger 2.0 converter (@redocly/openapi-core 1.x and
 * yaml, used only to load specs from a URL, which we never do) for a stub.
 * Server-side rendering is patched the same way in src/lib/openapi/redoc-ssr.ts.
 */
export function redocBrowserBundle(): Plugin {
  const stub = '\0redoc-openapi-core-stub';
  const fromRedoc = (importer: string | undefined) =>
    !!importer && /[\\/]redoc[\\/]bundles[\\/]redoc\.browser\.lib\.js$/.test(importer);
  return {
    name: 'handbook:redoc-browser-bundle',
    enforce: 'pre',
    resolveId(source: string, importer: string | undefined, options?: { ssr?: boolean }) {
      if (options?.ssr || !fromRedoc(importer)) return null;
      if (source === 'polished')
        return fileURLToPath(new URL('../src/lib/openapi/polished-browser.ts', import.meta.url));
      if (source.startsWith('@redocly/openapi-core/')) return stub;
      // Only swagger2openapi, inlined in Redoc for Swagger 2.0 specs, uses
      // yaml; our specs are OpenAPI 3.x (the validator rejects anything else).
      if (source === 'yaml') return stub;
      return null;
    },
    load(id: string) {
      if (id !== stub) return null;
      return [
        'const disabled = () => { throw new Error("Redoc: loading or converting specs in the browser is disabled in the handbook"); };',
        'export const bundle = disabled, parse = disabled, stringify = disabled;',
        'export class Config {}',
        'export default { parse, stringify };',
      ].join('\n');
    },
    transform(code: string, id: string) {
      if (!/[\\/]redoc[\\/]bundles[\\/]redoc\.browser\.lib\.js$/.test(id)) return null;
      return { code: patchRedocSource(code, id), map: null };
    },
  };
}
