// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import starlight from '@astrojs/starlight';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { redocBrowserBundle } from './config/redoc-browser-bundle.ts';
import { focusableTables } from './config/focusable-tables.ts';
import { sidebar } from './config/sidebar.ts';
import { site } from './config/site.ts';
import { dataLinks } from './src/integrations/data-links.ts';

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
    dataLinks(),
  ],
  markdown: { processor: satteri({ hastPlugins: [focusableTables] }) },
  vite: {
    plugins: [tailwindcss(), redocBrowserBundle()],
  },
});
