// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import starlight from '@astrojs/starlight';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { leanPreload } from './config/lean-preload.ts';
import { sidebar } from './config/sidebar.ts';
import { postBuild } from './config/post-build.ts';
import { site } from './config/site.ts';
import { redoc } from './src/integrations/redoc/index.ts';
import { dataLinks } from './src/integrations/data-links.ts';
import { markdownCopies } from './src/integrations/markdown-copies.ts';

// The post-build pass writes the copies while Pagefind writes its index.
const copies = markdownCopies();

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
      // Each page carries its own sidebar section, not the whole site's.
      routeMiddleware: ['./src/middleware/last-updated.ts', './src/middleware/section-sidebar.ts'],
      sidebar,
      customCss: ['./src/styles/global.css'],
      credits: false,
      // Wrap long code lines instead of scrolling them sideways: code stays
      // readable at 375 px, and a scrolling block would need a tab stop.
      expressiveCode: { defaultProps: { wrap: true } },
      // Handbook upkeep (issue #12): owner and review lines next to "Last
      // updated", page actions above the footer, the overdue-review notice.
      components: {
        Search: './src/components/overrides/Search.astro',
        LastUpdated: './src/components/overrides/LastUpdated.astro',
        Footer: './src/components/overrides/Footer.astro',
        Banner: './src/components/overrides/Banner.astro',
      },
      // The change log's Atom feed (src/pages/changes.xml.ts), for feed readers.
      head: [
        {
          tag: 'link',
          attrs: {
            rel: 'alternate',
            type: 'application/atom+xml',
            title: 'Handbook changes',
            href: '/changes.xml',
          },
        },
      ],
      // Our own Pagefind run (config/post-build.ts) indexes the site and
      // adds records for checklist items, API operations and glossary terms.
      pagefind: false,
    }),
    // Starlight's own default when it adds MDX itself: static Markdown is
    // compiled to HTML strings, not a tree of JSX calls. Without it, the
    // bench's 1,000 pages compiled to 26 MB of modules against 14 MB, and
    // single builds spent 5–6 s more in Vite (2026-12-04). Nothing here
    // overrides HTML elements through MDX's `components`, which optimize
    // would bypass.
    mdx({ optimize: true }),
    redoc(),
    dataLinks(),
    copies,
    // Last: the search index, focusable tables and the CSP and headers for every host, in one pass over dist/.
    postBuild({ whileIndexWrites: [copies.write] }),
  ],
  markdown: { processor: satteri() },
  // Render up to four pages at once: at 1, the main thread sat idle on I/O
  // for 2.3 s of the bench's 18 s render of 1,000 pages; at 4 the render
  // took 12–13 s (2026-12-04). Redoc's prerenders still run one at a time
  // (src/integrations/redoc/ssr.ts).
  build: { concurrency: 4 },
  vite: {
    // leanPreload: no 0.9 KB preload helper on every page for the imports made on intent.
    plugins: [tailwindcss(), leanPreload()],
    build: {
      rolldownOptions: {
        // Astro marks every MDX page "use astro:head-inject", and Rolldown
        // warns about it once per page, with a code frame: 1,000 warnings at
        // 1,000 pages, burying any real one. Harmless, and a known Astro bug
        // (https://github.com/withastro/astro/issues/18087); only that one is dropped.
        onwarn(warning, warn) {
          if (
            warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
            warning.message.includes('"use astro:head-inject"')
          )
            return;
          warn(warning);
        },
      },
    },
  },
});
