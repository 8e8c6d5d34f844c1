import type { Plugin } from 'vite';

/** What identifies Vite's preload helper among the client chunks: the event it dispatches. */
const HELPER_MARK = 'vite:preloadError';

/**
 * A Vite plugin that keeps Vite's dynamic-import preload helper out of
 * every page.
 *
 * Each page's search button loads the search code on intent with one
 * dynamic `import()` (src/scripts/site-search.ts), and Vite wraps every
 * dynamic import of a client build in its preload helper, a shared chunk of
 * about 0.9 KB gzip that every page then loads, to preload the imported
 * chunk's dependencies and CSS. With `build.modulePreload` off for the client
 * there is nothing to preload: every call passes an empty list, and the
 * helper only calls the import. This plugin turns module preload off and
 * replaces the helper chunk's code with exactly that, so a content page ships
 * no more JavaScript than plain Starlight's (issue #11).
 *
 * @throws {Error} At the end of a client build, if a chunk still passes a
 *   dependency list to the helper (`__vite__mapDeps`, e.g. a lazily imported
 *   chunk that imports CSS): the plain call would not load it, so the build
 *   stops instead of shipping a page without its styles.
 */
export function leanPreload(): Plugin {
  return {
    name: 'handbook:lean-preload',
    // Astro sets the client build's options itself; this runs after it.
    configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
    generateBundle(_options, bundle) {
      if (this.environment.name !== 'client') return;
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const withDeps = chunks.filter((c) => c.code.includes('__vite__mapDeps')).map((c) => c.fileName);
      if (withDeps.length > 0) {
        this.error(
          `${withDeps.join(', ')}: a dynamic import still has dependencies to preload, which the lean preload helper ` +
            '(config/lean-preload.ts) would not load. Import what it needs statically, or remove leanPreload().',
        );
      }
      for (const chunk of chunks) {
        // The helper alone in its chunk (shared by the pages' scripts), nothing else.
        if (!chunk.code.includes(HELPER_MARK) || chunk.exports.length !== 1 || chunk.code.length > 4096)
          continue;
        chunk.code = `const preload = (load) => load();\nexport { preload as ${chunk.exports[0]} };\n`;
        chunk.map = null;
      }
    },
  };
}
