import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SplitOptions } from '../../lib/openapi/split.ts';
import { redocBrowserBundle } from './vite-plugin.ts';

/**
 * The handbook's Redoc integration, in one folder:
 * - `vite-plugin.ts`: patches Redoc's browser bundle, guarded;
 * - `patches.ts`: the source patches, shared by server and browser;
 * - `ssr.ts`: loads the patched server bundle and prerenders a spec;
 * - `polished-vars.ts`, `polished-browser.ts`: polished on CSS variables;
 * - `options.ts`: Redoc's options and theme, shared by server and browser;
 * - `search-markup.ts`: Pagefind markup on the prerendered HTML;
 * - `hydrate.ts`: the browser side, loaded on the first interaction.
 *
 * Sets `HANDBOOK_ROOT` to Astro's project root, so the
 * spec loader finds `content/apis/` and `redocly.yaml` of the site being
 * built, whatever the working directory (a fixture site has its own).
 * `options` override when a spec is split into pages (src/lib/openapi/split.ts).
 */
export function redoc(options: Partial<SplitOptions> = {}): AstroIntegration {
  return {
    name: 'handbook:redoc',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        process.env['HANDBOOK_ROOT'] = fileURLToPath(config.root);
        if (options.splitAbove) process.env['HANDBOOK_API_SPLIT_ABOVE'] = String(options.splitAbove);
        if (options.perPage) process.env['HANDBOOK_API_PER_PAGE'] = String(options.perPage);
        if (options.pageBytes) process.env['HANDBOOK_API_PAGE_BYTES'] = String(options.pageBytes);
        updateConfig({ vite: { plugins: [redocBrowserBundle()] } });
      },
    },
  };
}
