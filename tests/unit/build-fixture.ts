import { fileURLToPath } from 'node:url';
import { build } from 'astro';

/** What a failed Astro build throws: the message, and where Astro located the problem. */
export type BuildError = Error & { loc?: { file?: string } };

/**
 * Builds the fixture site tests/fixtures/<name>/ with Astro's programmatic
 * `build()` and returns the error it failed with, or `undefined` if it built.
 * Fixtures are small sites whose content is broken on purpose, to prove that
 * bad input fails the build with a message naming the file, the field and the fix.
 */
export async function buildFixture(name: string): Promise<BuildError | undefined> {
  const root = fileURLToPath(new URL(`../fixtures/${name}/`, import.meta.url));
  return build({ root, logLevel: 'silent' }).then(
    () => undefined,
    (e: unknown) => e as BuildError,
  );
}
