/**
 * Writes GitHub and GitLab issue templates for every checklist:
 *
 * ```sh
 * npm run export:issue-templates -- ../product-repo
 * ```
 *
 * creates `<dir>/.github/ISSUE_TEMPLATE/<id>.md` and
 * `<dir>/.gitlab/issue_templates/<id>.md`, overwriting earlier exports.
 * Checklists are validated with the content collection's zod schema first;
 * an invalid file stops the export with its name, field and fix.
 *
 * Runs on Node 24's built-in type stripping (`node scripts/export-issue-templates.ts`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { site } from '../config/site.ts';
import { loadChecklists } from '../src/lib/load-checklists.ts';
import { issueTemplates } from '../src/lib/issue-templates.ts';

const target = process.argv[2];
if (!target) {
  console.error('Usage: npm run export:issue-templates -- <dir>   (the repository to write templates into)');
  process.exit(1);
}

try {
  const root = resolve(import.meta.dirname, '..');
  const files = issueTemplates(loadChecklists(join(root, 'content/checklists')), site.url);
  for (const file of files) {
    const path = join(resolve(target), file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
  console.log(`Wrote ${files.length} issue templates to ${resolve(target)}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
