// @ts-check
import mdx from '@astrojs/mdx';
import starlight from '@astrojs/starlight';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { patchRedocSource } from './src/lib/openapi/redoc-patches.ts';
import { sidebar } from './config/sidebar.ts';
import { site } from './config/site.ts';

/**
 * Prepares Redoc 2.5's browser bundle for the /api/ pages (see README, "API
 * reference"): applies the same patches as the server render (no CDN logo,
 * demoted headings), gives it polished with CSS-variable support, and swaps
 * its spec loader and Swagger 2.0 converter (@redocly/openapi-core 1.x and
 * yaml, used only to load specs from a URL, which we never do) for a stub.
 * Server-side rendering is patched the same way in src/lib/openapi/redoc-ssr.ts.
 */
function redocBrowserBundle() {
  const stub = '\0redoc-openapi-core-stub';
  const fromRedoc = (/** @type {string | undefined} */ importer) =>
    !!importer && /[\\/]redoc[\\/]bundles[\\/]redoc\.browser\.lib\.js$/.test(importer);
  return {
    name: 'handbook:redoc-browser-bundle',
    enforce: /** @type {const} */ ('pre'),
    /** @param {string} source @param {string | undefined} importer @param {{ ssr?: boolean }} [options] */
    resolveId(source, importer, options) {
      if (options?.ssr || !fromRedoc(importer)) return null;
      if (source === 'polished')
        return fileURLToPath(new URL('./src/lib/openapi/polished-browser.ts', import.meta.url));
      if (source.startsWith('@redocly/openapi-core/')) return stub;
      // Only swagger2openapi, inlined in Redoc for Swagger 2.0 specs, uses
      // yaml; our specs are OpenAPI 3.x (the validator rejects anything else).
      if (source === 'yaml') return stub;
      return null;
    },
    /** @param {string} id */
    load(id) {
      if (id !== stub) return null;
      return [
        'const disabled = () => { throw new Error("Redoc: loading or converting specs in the browser is disabled in the handbook"); };',
        'export const bundle = disabled, parse = disabled, stringify = disabled;',
        'export class Config {}',
        'export default { parse, stringify };',
      ].join('\n');
    },
    /** @param {string} code @param {string} id */
    transform(code, id) {
      if (!/[\\/]redoc[\\/]bundles[\\/]redoc\.browser\.lib\.js$/.test(id)) return null;
      return { code: patchRedocSource(code, id), map: null };
    },
  };
}

// https://astro.build/config
export default defineConfig({
  site: site.url,
  trailingSlash: 'ignore',
  integrations: [
    starlight({
      title: site.title,
      description: site.description,
      logo: { src: './src/assets/logo.svg', alt: '' },
      favicon: '/favicon.svg',
      // Pages live in the top-level content/ folder, not src/content/docs/, so
      // Starlight's remark plugins (asides, heading anchors) must be told to
      // process them. See src/content.config.ts for the loader.
      markdown: { processedDirs: ['./content/handbook'] },
      editLink: { baseUrl: site.editBaseUrl },
      // Starlight reads git dates only under src/content/docs; our route
      // middleware fills them in for content/ (src/middleware/last-updated.ts).
      lastUpdated: true,
      routeMiddleware: ['./src/middleware/last-updated.ts'],
      sidebar,
      customCss: ['./src/styles/global.css'],
      credits: false,
      // Wrap long code lines instead of scrolling them sideways: code stays
      // readable at 375 px, and a scrolling block would need a tab stop.
      expressiveCode: { defaultProps: { wrap: true } },
      components: { Search: './src/components/overrides/Search.astro' },
    }),
    mdx(),
  ],
  vite: {
    plugins: [tailwindcss(), redocBrowserBundle()],
  },
});
