import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';

/** What a failed Astro build throws: the message, and where Astro located the problem. */
export type BuildError = Error & { loc?: { file?: string } };

/**
 * Builds the fixture site tests/fixtures/<name>/ with Astro's programmatic
 * `build()` and returns the error it failed with, or `undefined` if it built.
 * Fixtures are small sites whose content is broken on purpose, to prove that
 * bad input fails the build with a message naming the file, the field and the fix.
 *
 * Each fixture's src/content.config.ts re-exports the real one
 * (src/content.config.ts); `HANDBOOK_ROOT` points that config at the
 * fixture, which holds only the content it breaks (the rest comes from the
 * handbook). Each build starts without the fixture's caches, so a content
 * layer cache from an earlier run cannot hide a change of the schema.
 */
export async function buildFixture(name: string): Promise<BuildError | undefined> {
  const root = fileURLToPath(new URL(`../fixtures/${name}/`, import.meta.url));
  process.env['HANDBOOK_ROOT'] = root;
  for (const cache of ['node_modules/.astro', '.astro', 'dist'])
    rmSync(`${root}${cache}`, { recursive: true, force: true });
  return build({ root, logLevel: 'silent' }).then(
    () => undefined,
    (e: unknown) => e as BuildError,
  );
}
