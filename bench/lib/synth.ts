import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, sep } from 'node:path';
import { TEAM_IDS } from '../../config/teams.ts';

/**
 * Synthetic handbooks for the build benchmark: N generated pages of about
 * 600 words each (headings, a table, a code block; every tenth page, or more
 * often on small sites so that every comparison is shown, also a
 * checklist and a comparison), written twice from the same text:
 *
 * - `ours`: a copy of every committed file of this project but its handbook
 *   pages, tests and bench, with the generated pages in content/handbook/ and a generated
 *   config/sidebar.ts. It builds with our full configuration, unchanged;
 *   node_modules is a symlink to ours.
 * - `plain`: a stock Starlight project (src/content/docs/, docsLoader, no
 *   integrations or CSS of ours), the baseline a team would start from.
 *
 * The text is generated from a fixed seed, so every run builds the same pages.
 *
 * Pages are spread over {@link sectionCount} sections, as a handbook grows:
 * the real one has 7 groups of 4–16 pages; large ones (GitLab's) add
 * sections as well as pages, so both the number of sections and their size
 * grow, each as √N (100 pages: 10 × 10; 1,000: 32 × 31; 5,000: 71 × 70).
 */

/**
 * How many sidebar sections a synthetic handbook of `count` pages has:
 * √count, and at least 8 (the real handbook's groups and links).
 */
export function sectionCount(count: number): number {
  return Math.max(8, Math.round(Math.sqrt(count)));
}

/** Which configuration a synthetic project builds with. */
export type Flavour = 'ours' | 'plain';

/** What was generated, for the report. */
export interface SynthInfo {
  /** Project folder. */
  dir: string;
  pages: number;
  /** Pages with a checklist and a comparison (every tenth, or more often on small sites). */
  richPages: number;
  /** Mean words per page (prose, table and code included). */
  meanWords: number;
}

const WORDS = (
  'request response service client server schema contract endpoint handler queue cache database index ' +
  'migration release deploy rollback feature flag review test fixture coverage latency throughput budget ' +
  'error retry timeout idempotent token session cookie header payload validation pagination version ' +
  'frontend backend component route middleware logging metric trace alert dashboard incident owner ' +
  'ticket sprint estimate acceptance criteria stakeholder product design accessibility contrast keyboard ' +
  'focus layout render hydrate bundle chunk module import export static dynamic edge region replica'
).split(' ');

/** Mulberry32: a small seeded PRNG, so the generated text is the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(rand: () => number, n: number): string {
  const w = Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]!);
  const s = w.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1) + '.';
}

function paragraph(rand: () => number, words: number): string {
  const out: string[] = [];
  let left = words;
  while (left > 0) {
    const n = Math.min(left, 8 + Math.floor(rand() * 10));
    out.push(sentence(rand, n));
    left -= n;
  }
  return out.join(' ');
}

/** Ids of the data files of one kind (content/<kind>/<id>.yaml) in the real project, sorted. */
function dataIds(repo: string, kind: string): string[] {
  const dir = join(repo, 'content', kind);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => f.replace(/\.ya?ml$/, ''))
    .sort();
}

/** Markdown stand-in for a checklist: a GFM task list. */
function checklistMarkdown(rand: () => number): string {
  return Array.from({ length: 8 }, () => `- [ ] ${sentence(rand, 7)}`).join('\n');
}

/** Markdown stand-in for a comparison: a four-column table with six rows. */
function comparisonMarkdown(rand: () => number): string {
  const rows = Array.from(
    { length: 6 },
    () => `| ${sentence(rand, 2)} | ${sentence(rand, 5)} | ${sentence(rand, 5)} | ${sentence(rand, 5)} |`,
  );
  return ['| Criterion | Option A | Option B | Option C |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

interface PageText {
  slug: string;
  body: string;
  words: number;
}

/** The generated pages: `section-XX/page-YYYY` in {@link sectionCount} sections, plus an index page. */
function pages(
  count: number,
  flavour: Flavour,
  comps: { checklists: string[]; comparisons: string[] },
  importPrefix: string,
): PageText[] {
  const out: PageText[] = [];
  const per = Math.ceil((count - 1) / sectionCount(count));
  // Every tenth page has a checklist and a comparison, or more often when
  // needed for every comparison to be shown (its `page` must show it).
  const every = Math.max(1, Math.min(10, Math.floor(count / Math.max(1, comps.comparisons.length))));
  // Reviewed today, so no page carries an overdue-review banner whatever the date of the run.
  const today = new Date().toISOString().slice(0, 10);
  for (let i = 0; i < count; i++) {
    const rand = prng(1000 + i); // same text for both flavours
    const section = String(Math.floor((i - 1) / per) + 1).padStart(2, '0');
    const slug = i === 0 ? 'index' : `section-${section}/page-${String(i).padStart(4, '0')}`;
    const title = `Page ${i}: ${sentence(rand, 3).replace('.', '')}`;
    const parts: string[] = [
      '---',
      `title: '${title}'`,
      `description: '${sentence(rand, 12)}'`,
      `owner: ${TEAM_IDS[i % TEAM_IDS.length]}`,
      `lastReviewed: ${today}`,
      '---',
      '',
      paragraph(rand, 90),
      '',
      '## Overview',
      '',
      paragraph(rand, 110),
      '',
      '### When to use it',
      '',
      paragraph(rand, 90),
      '',
      '| Step | Owner | Output |',
      '| --- | --- | --- |',
      ...Array.from(
        { length: 5 },
        () => `| ${sentence(rand, 3)} | ${sentence(rand, 2)} | ${sentence(rand, 4)} |`,
      ),
      '',
      '## How it works',
      '',
      paragraph(rand, 110),
      '',
      '```ts',
      `export async function handle${i}(request: Request): Promise<Response> {`,
      `  const body = await request.json();`,
      `  if (!body.id) return new Response('missing id', { status: 400 });`,
      `  return Response.json({ id: body.id, page: ${i} });`,
      `}`,
      '```',
      '',
      '## Pitfalls',
      '',
      paragraph(rand, 100),
    ];
    const imports: string[] = [];
    if (i % every === 0) {
      parts.push('', '## Checklist', '');
      const cl = comps.checklists[(i / every) % Math.max(1, comps.checklists.length)];
      if (flavour === 'ours' && cl) {
        imports.push(`import Checklist from '${importPrefix}src/components/Checklist.astro';`);
        parts.push(`<Checklist id="${cl}" />`);
      } else parts.push(checklistMarkdown(rand));
      parts.push('', '## Comparison', '');
      const cmp = comps.comparisons[(i / every) % Math.max(1, comps.comparisons.length)];
      if (flavour === 'ours' && cmp) {
        imports.push(`import Comparison from '${importPrefix}src/components/Comparison.astro';`);
        parts.push(`<Comparison id="${cmp}" />`);
      } else parts.push(comparisonMarkdown(rand));
    }
    if (imports.length > 0) parts.splice(parts.indexOf('---', 1) + 2, 0, ...imports, '');
    const body = parts.join('\n') + '\n';
    const words = body
      .split('---')
      .slice(2)
      .join(' ')
      .split(/\s+/)
      .filter((w) => /[a-z]/i.test(w)).length;
    out.push({ slug, body, words });
  }
  return out;
}

/** Writes config/sidebar.ts listing every generated page, one group a section (as our curated sidebar does). */
function sidebarSource(slugs: string[]): string {
  const groups = new Map<string, string[]>();
  for (const s of slugs) {
    if (s === 'index') continue;
    const g = s.split('/')[0]!;
    groups.set(g, [...(groups.get(g) ?? []), s]);
  }
  const items = [...groups].map(
    ([g, list]) => ({ label: g, items: list.map((slug) => ({ slug })) }) as const,
  );
  return `// Generated by bench/lib/synth.ts.\nexport const sidebar = ${JSON.stringify(items, null, 1)};\n`;
}

/**
 * Makes the project its own git repository with one commit. bench/out/ is
 * gitignored in ours, and Tailwind's source detection honours .gitignore: in
 * an ignored folder it scanned node_modules and emitted ~40 KB of unused
 * utilities. A repository of its own also gives our "last updated"
 * middleware a `git log` to read, as in the real handbook.
 */
function initRepo(dir: string): void {
  writeFileSync(join(dir, '.gitignore'), 'node_modules/\ndist/\n.astro/\n.bench-cache/\n*.log\n');
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'bench',
    GIT_AUTHOR_EMAIL: 'bench@example.com',
    GIT_COMMITTER_NAME: 'bench',
    GIT_COMMITTER_EMAIL: 'bench@example.com',
  };
  for (const args of [
    ['init', '-q'],
    ['add', '-A'],
    ['commit', '-q', '--no-gpg-sign', '-m', 'synthetic handbook'],
  ]) {
    execFileSync('git', args, { cwd: dir, env, stdio: 'ignore' });
  }
}

/**
 * The URL path of a handbook page from its file under content/handbook/:
 * `roles/backend.mdx` → `/roles/backend/`, `index.mdx` → `/`, `x/index.mdx` → `/x/`.
 */
export function pagePath(file: string): string {
  const slug = file
    .split(sep)
    .join('/')
    .replace(/\.mdx?$/, '')
    .replace(/(?:^|\/)index$/, '');
  return slug ? `/${slug}/` : '/';
}

/**
 * Assigns each real page path a generated one, round robin in sorted order;
 * `/` stays `/`.
 *
 * @param real URL paths of the real handbook pages.
 * @param generated URL paths of the generated pages (at least one besides `/`).
 * @returns map from real path to generated path, `/` included.
 */
export function pageMap(real: string[], generated: string[]): Map<string, string> {
  const targets = generated.filter((p) => p !== '/');
  const others = real.filter((p) => p !== '/').sort();
  return new Map([['/', '/'], ...others.map((p, i): [string, string] => [p, targets[i % targets.length]!])]);
}

/**
 * Replaces links to real handbook pages in a data file's text (Markdown
 * links, `href:` and `page:` values, with or without a `#fragment`) by the
 * generated page each maps to. A path only matches whole: `/integration/`
 * does not match inside `/integration/rest/` or `/api/integration/`.
 *
 * @param text YAML source.
 * @param map from {@link pageMap}; `/` is left alone.
 */
export function retargetLinks(text: string, map: Map<string, string>): string {
  const keys = [...map.keys()].filter((k) => k !== '/').sort((a, b) => b.length - a.length);
  if (keys.length === 0) return text;
  const escaped = keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<=^|[\\s('"\`:\\[])(?:${escaped.join('|')})(?![\\w-])`, 'gm');
  return text.replace(pattern, (path) => map.get(path)!);
}

/** Folders of the project the `ours` copy leaves out: the build never reads them. */
const NOT_COPIED = /^(?:content\/handbook|bench|tests|\.github|\.ci)\//;

/**
 * The files `git ls-files` lists in `repo`, less {@link NOT_COPIED}.
 *
 * @throws Error when `repo` is not a git checkout (git's own message).
 */
function projectFiles(repo: string): string[] {
  return execFileSync('git', ['ls-files', '-z'], { cwd: repo, encoding: 'utf8' })
    .split('\0')
    .filter((f) => f && !NOT_COPIED.test(f) && existsSync(join(repo, f)));
}

/**
 * Generates one synthetic project and returns where it is.
 *
 * @param repo this project's root (what `ours` copies).
 * @param outDir where projects go (bench/out/).
 * @param count number of pages, ≥ 10.
 * @param name the project's folder under `outDir` (default `synth-<flavour>-<count>`).
 */
export async function generateSite(
  repo: string,
  outDir: string,
  count: number,
  flavour: Flavour,
  name = `synth-${flavour}-${count}`,
): Promise<SynthInfo> {
  const dir = join(outDir, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');

  const checklists = dataIds(repo, 'checklists');
  const comparisons = dataIds(repo, 'comparisons');

  const contentRoot = flavour === 'ours' ? join(dir, 'content/handbook') : join(dir, 'src/content/docs');
  const generated = pages(
    count,
    flavour,
    flavour === 'ours' ? { checklists, comparisons } : { checklists: [], comparisons: [] },
    '../../../',
  );
  for (const p of generated) {
    const file = join(contentRoot, `${p.slug}.mdx`);
    mkdirSync(join(file, '..'), { recursive: true });
    // The index page sits one folder higher than the others.
    writeFileSync(file, p.slug === 'index' ? p.body.replaceAll("'../../../src/", "'../../src/") : p.body);
  }

  if (flavour === 'ours') {
    // Every file of the project as committed (config, src/, public/, data,
    // redocly.yaml, whatever the build reads today) except the handbook pages
    // and what the build never reads; the sidebar is replaced by one listing
    // the generated pages.
    // Data files (not API specs) link to real handbook pages; those links are
    // pointed at generated pages, or the build's link checks would fail.
    const real = readdirSync(join(repo, 'content/handbook'), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.mdx?$/.test(f))
      .map(pagePath);
    const retarget = pageMap(
      real,
      generated.map((p) => pagePath(`${p.slug}.mdx`)),
    );
    for (const f of projectFiles(repo)) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      if (/^content\/(?!apis\/).*\.ya?ml$/.test(f)) {
        let text = retargetLinks(readFileSync(join(repo, f), 'utf8'), retarget);
        const id = /^content\/comparisons\/(.+)\.ya?ml$/.exec(f)?.[1];
        const shownOn = generated.find((p) => p.body.includes(`<Comparison id="${id}" />`));
        if (id && shownOn) text = text.replace(/^page: .*$/m, `page: ${pagePath(`${shownOn.slug}.mdx`)}`);
        writeFileSync(join(dir, f), text);
      } else cpSync(join(repo, f), join(dir, f));
    }
    writeFileSync(join(dir, 'config/sidebar.ts'), sidebarSource(generated.map((p) => p.slug)));
  } else {
    const groups = [...new Set(generated.map((p) => p.slug.split('/')[0]!).filter((g) => g !== 'index'))];
    writePlainProject(
      repo,
      dir,
      groups.map((g) => ({ label: g, items: [{ autogenerate: { directory: g } }] })),
    );
  }
  initRepo(dir);
  return {
    dir,
    pages: count,
    richPages: generated.filter((p) => p.body.includes('## Checklist')).length,
    meanWords: Math.round(generated.reduce((a, p) => a + p.words, 0) / generated.length),
  };
}

/**
 * Writes the scaffold of a stock Starlight project (package.json,
 * astro.config.mjs, content config, favicon) into `dir`; the pages go in
 * src/content/docs/.
 *
 * @param sidebar Starlight's `sidebar` option, JSON-serialisable.
 */
function writePlainProject(repo: string, dir: string, sidebar: unknown): void {
  // Astro finds packages with .astro components (Starlight) through the
  // root package.json's dependencies; without them it externalises Starlight.
  const deps = (
    JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }
  ).dependencies;
  const pick = { astro: deps['astro'], '@astrojs/starlight': deps['@astrojs/starlight'] };
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'plain-starlight', type: 'module', dependencies: pick }),
  );
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    [
      "import starlight from '@astrojs/starlight';",
      "import { defineConfig } from 'astro/config';",
      '// Plain Starlight: the baseline, with the same sidebar shape as ours.',
      'export default defineConfig({',
      "  site: 'https://handbook.example.com',",
      '  integrations: [starlight({',
      "    title: 'Plain Starlight',",
      `    sidebar: ${JSON.stringify(sidebar)},`,
      '  })],',
      '});',
      '',
    ].join('\n'),
  );
  // Starlight's starter ships public/favicon.svg; without one every page logs a 404.
  mkdirSync(join(dir, 'public'), { recursive: true });
  cpSync(join(repo, 'public/favicon.svg'), join(dir, 'public/favicon.svg'));
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    [
      "import { defineCollection } from 'astro:content';",
      "import { docsLoader } from '@astrojs/starlight/loaders';",
      "import { docsSchema } from '@astrojs/starlight/schema';",
      'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
      '',
    ].join('\n'),
  );
}

/**
 * Strips what only our project can render from a handbook page: imports of
 * our components (relative paths into src/) and their elements, written
 * self-closing (`<Checklist id="x" />`) or with children. Starlight's own
 * Markdown (asides, code) and imports from packages stay.
 *
 * @example toPlainMdx("import C from '../../../src/components/Checklist.astro';\n\n<C id=\"a\" />\nText") // '\n\nText'
 */
export function toPlainMdx(source: string): string {
  const names: string[] = [];
  let out = source.replace(
    /^import\s+(\w+)\s+from\s+'(\.\.?\/[^']*src\/[^']*)';?[ \t]*\n/gm,
    (_m, name: string) => {
      names.push(name);
      return '';
    },
  );
  for (const name of names) {
    out = out
      .replace(new RegExp(`<${name}\\b[^>]*?/>\\n?`, 'gs'), '')
      .replace(new RegExp(`<${name}\\b[^>]*>[\\s\\S]*?</${name}>\\n?`, 'g'), '');
  }
  return out;
}

/**
 * The real handbook's pages (content/handbook/) as a plain Starlight project
 * with the same sidebar (config/sidebar.ts), our components stripped
 * ({@link toPlainMdx}): the baseline for "ours ÷ plain of the same pages".
 * Our extra routes (checklists, comparisons, API reference) have no
 * counterpart in it, so their cost counts against ours.
 *
 * @returns the project folder and its page count.
 */
export async function generatePlainHandbook(
  repo: string,
  outDir: string,
): Promise<{ dir: string; pages: number }> {
  const dir = join(outDir, 'handbook-plain');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const src = join(repo, 'content/handbook');
  const files = (readdirSync(src, { recursive: true }) as string[]).filter((f) => /\.mdx?$/.test(f));
  for (const f of files) {
    const target = join(dir, 'src/content/docs', f);
    mkdirSync(join(target, '..'), { recursive: true });
    writeFileSync(target, toPlainMdx(readFileSync(join(src, f), 'utf8')));
  }
  const { sidebar } = (await import(join(repo, 'config/sidebar.ts'))) as { sidebar: unknown };
  writePlainProject(repo, dir, sidebar);
  initRepo(dir);
  return { dir, pages: files.length };
}
