/**
 * Writes CODEOWNERS files that map each handbook page to its owner's
 * tracker handle, so owners are asked to review changes to their pages:
 *
 * ```sh
 * npm run export:codeowners -- .      # this repository
 * ```
 *
 * creates `<dir>/.github/CODEOWNERS` (GitHub) and `<dir>/.gitlab/CODEOWNERS`
 * (GitLab), overwriting earlier exports. Everything else under content/
 * falls to the handbook maintainers. Runs on Node 24's type stripping.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { teams } from '../config/teams.ts';
import { codeownersFile } from '../src/lib/codeowners.ts';
import { loadHandbookPages } from '../src/lib/handbook-pages.ts';

const target = process.argv[2];
if (!target) {
  console.error('Usage: npm run export:codeowners -- <dir>   (the repository root to write CODEOWNERS into)');
  process.exit(1);
}

try {
  const pages = loadHandbookPages(resolve(import.meta.dirname, '..'));
  const text = codeownersFile(
    pages.map((page) => ({ file: page.file, handle: teams[page.owner as keyof typeof teams].handle })),
    teams['handbook-maintainers'].handle,
  );
  for (const file of ['.github/CODEOWNERS', '.gitlab/CODEOWNERS']) {
    const path = join(resolve(target), file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  console.log(`Wrote CODEOWNERS for ${pages.length} pages to ${resolve(target)}/.github/ and .gitlab/`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
